package io.github.rapolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.io.Resources;
import io.github.rapolicy.funding.CostKind;
import io.github.rapolicy.funding.FundKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Decision 4's table, generated from the rules, against the reviewed fixture {@code
 * charge-decision-table.md}. A change to the rules that changes any verdict or clause fails here
 * until the fixture is reviewed and updated with the generated text printed in the failure.
 */
class ChargeDecisionTableTest {

  private static final LocalDate IN_FORCE = LocalDate.of(2024, 9, 30);

  @Test
  @DisplayName("the table is not public API: package-private, like its conditions")
  void notPublicApi() {
    assertThat(java.lang.reflect.Modifier.isPublic(ChargeDecisionTable.class.getModifiers())).isFalse();
    assertThat(java.lang.reflect.Modifier.isPublic(ChargeDecisionTable.Row.class.getModifiers())).isFalse();
    assertThat(java.lang.reflect.Modifier.isPublic(ChargeCondition.class.getModifiers())).isFalse();
    assertThatThrownBy(() -> ChargeDecisionTable.of(nullOf(Policy.class), IN_FORCE))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("policy");
    assertThatThrownBy(() -> ChargeDecisionTable.of(Policy.ofNotice(), nullOf(LocalDate.class)))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("date");
  }

  /** Returns null as a {@code type}, to pass where a test means to pass null. */
  @SuppressWarnings("NullAway") // deliberately null, to check the null check
  private static <T> T nullOf(Class<T> type) {
    return type.cast(null);
  }

  static String generated() {
    ChargeDecisionTable table = ChargeDecisionTable.of(Policy.ofNotice(), IN_FORCE);
    return "# Decision 4: may this cost be charged to this fund?\n\n"
        + "Generated from the rules of notice 工信部联规〔2024〕122号 by `ChargeDecisionTable`"
        + " and reviewed; `ChargeDecisionTableTest` fails when the rules and this table part.\n"
        + "The first rows hold each fund's own conditions, with a named position category, a"
        + " signed service agreement and the actual cost charged; the last rows take each fund at"
        + " its best condition and break one condition that bears on every charge. The clauses"
        + " are those the verdict rests on.\n\n"
        + "## English\n\n"
        + table.toMarkdown(Language.ENGLISH)
        + "\n## 中文\n\n"
        + table.toMarkdown(Language.CHINESE);
  }

  @Test
  @DisplayName("decision 4: the generated table matches the reviewed fixture")
  void matchesReviewedFixture() throws IOException {
    String fixture =
        Resources.toString(
            Resources.getResource(getClass(), "charge-decision-table.md"), StandardCharsets.UTF_8);
    String generated = generated();
    if (!generated.equals(fixture)) {
      Path written = Path.of("target", "charge-decision-table.md");
      Files.writeString(written, generated, StandardCharsets.UTF_8);
    }
    assertThat(generated)
        .withFailMessage(
            "the rules no longer match the reviewed decision table; if the change is intended,"
                + " review target/charge-decision-table.md and copy it over"
                + " src/test/resources/io/github/rapolicy/rules/charge-decision-table.md")
        .isEqualTo(fixture);
  }

  @Test
  @DisplayName("decision 4: every fund kind and cost kind appears, and every verdict")
  void coversEveryFundCostAndVerdict() {
    ChargeDecisionTable table = ChargeDecisionTable.of(Policy.ofNotice(), IN_FORCE);
    assertThat(table.rows()).extracting(ChargeDecisionTable.Row::fund).contains(FundKind.values());
    assertThat(table.rows()).extracting(ChargeDecisionTable.Row::cost).contains(CostKind.values());
    assertThat(table.rows())
        .extracting(row -> row.answer().verdict())
        .contains(Verdict.values());
    assertThat(table.rows())
        .extracting(ChargeDecisionTable.Row::condition)
        .contains(ChargeCondition.values());
  }

  @Test
  @DisplayName("decision 4: an overlay settling the housing fund changes exactly its rows")
  void overlayChangesItsRows() {
    Overlay reform =
        Overlay.of(
            "中央财政科研经费管理改革",
            "国办发〔2021〕32号",
            OverlayRule.settleCharge(
                FundKind.LABOUR_FEE,
                CostKind.HOUSING_FUND,
                Verdict.ALLOWED,
                "项目聘用人员的住房公积金纳入劳务费科目列支",
                "the housing provident fund of project-hired staff is charged to the labour fee"));
    ChargeDecisionTable notice = ChargeDecisionTable.of(Policy.ofNotice(), IN_FORCE);
    ChargeDecisionTable layered = ChargeDecisionTable.of(Policy.ofNotice().withOverlay(reform), IN_FORCE);
    for (int i = 0; i < notice.rows().size(); i++) {
      ChargeDecisionTable.Row before = notice.rows().get(i);
      ChargeDecisionTable.Row after = layered.rows().get(i);
      boolean settledPoint =
          before.fund() == FundKind.LABOUR_FEE
              && before.cost() == CostKind.HOUSING_FUND
              && before.answer().verdict() == Verdict.UNDECIDED
              && before.answer().decidingFindings().stream()
                  .allMatch(f -> f.reason() == Reason.LABOUR_FEE_COST_NOT_NAMED);
      if (settledPoint) {
        assertThat(after.answer().verdict()).as("row %s", i).isEqualTo(Verdict.ALLOWED);
      } else {
        assertThat(after.answer().verdict()).as("row %s", i).isEqualTo(before.answer().verdict());
      }
    }
  }
}
