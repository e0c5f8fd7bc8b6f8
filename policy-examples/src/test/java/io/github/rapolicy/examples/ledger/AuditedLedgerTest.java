package io.github.rapolicy.examples.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rapolicy.funding.CostKind;
import io.github.rapolicy.funding.FundingSource;
import io.github.rapolicy.funding.Money;
import io.github.rapolicy.planning.ActualCost;
import io.github.rapolicy.planning.AuditAnswer;
import io.github.rapolicy.planning.LedgerAudit;
import io.github.rapolicy.planning.LedgerEntry;
import io.github.rapolicy.position.PlanProgramme;
import io.github.rapolicy.position.PlanProject;
import io.github.rapolicy.position.Position;
import io.github.rapolicy.position.PositionBasis;
import io.github.rapolicy.position.PositionCategory;
import io.github.rapolicy.position.PositionOrigin;
import io.github.rapolicy.position.ProjectLevel;
import io.github.rapolicy.rules.Language;
import io.github.rapolicy.rules.Policy;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The ledger audited as a whole: with the columns position and period, a cost's lines add up over
 * all funds (据实列支, 3.3.5), a negative amount is a reversal, and a totals row is SKIPPED; without
 * them, lines are judged alone and the report says so once.
 */
class AuditedLedgerTest {

  private static final String HEADER = Ledgers.HEADER + ",position,period";

  @TempDir Path dir;

  private static String row(String line, String fund, String project, String amount, String actual) {
    return line + ",科研项目辅助研究,P1,是," + fund + "," + project + ",,,劳务性报酬," + amount + "," + actual
        + ",RA-1,2024-09";
  }

  private Run check(String... rows) {
    List<String> lines = new ArrayList<>(List.of(HEADER));
    lines.addAll(List.of(rows));
    Path ledger = Ledgers.write(dir.resolve("ledger.csv"), lines);
    return Run.of("--date", "2024-09-30", "--format", "csv", ledger.toString());
  }

  @Test
  void costsOfKindsTheNoticeDoesNotNameAddUpByTheirOwnLabel() {
    String travel = "L1,科研项目辅助研究,P1,是,配套资金,,,,差旅费,800.00,800.00,RA-1,2024-09";
    String equipment = "L2,科研项目辅助研究,P1,是,配套资金,,,,设备费,800.00,800.00,RA-1,2024-09";
    String travelAgain = "L3,科研项目辅助研究,P1,是,配套资金,,,,差旅费,800.00,800.00,RA-1,2024-09";

    List<CSVRecord> rows = check(travel, equipment, travelAgain).rows();

    // 差旅费 and 设备费 are two costs: only travel's second line goes above its actual amount.
    assertThat(rows.get(0).get(4)).doesNotContain("above its actual amount");
    assertThat(rows.get(1).get(4)).doesNotContain("above its actual amount");
    assertThat(rows.get(1).get(1)).isEqualTo(rows.get(0).get(1)).isNotEqualTo("NOT_ALLOWED");
    assertThat(rows.get(2).get(1)).isEqualTo("NOT_ALLOWED");
    assertThat(rows.get(2).get(2)).contains("3.3.5");
    assertThat(rows.get(2).get(4)).contains("with line L1 the cost's charges come to 1600.00");
  }

  @Test
  void theIssuesLedgerTheSalaryChargedTwiceIsRefusedFromTheLineThatGoesAbove() {
    Run run =
        check(
            row("L1", "劳务费", "P1", "6000.00", "6500.00"),
            row("L2", "配套资金", "", "1000.00", "6500.00"),
            row("L3", "劳务费", "P1", "6000.00", "6500.00"));

    List<CSVRecord> rows = run.rows();
    assertThat(rows).extracting(r -> r.get(1)).containsExactly("ALLOWED", "NOT_ALLOWED", "NOT_ALLOWED");
    assertThat(rows.get(1).get(2)).contains("3.3.5");
    assertThat(rows.get(1).get(4))
        .contains("with line L1 the cost's charges come to 7000.00, 500.00 above its actual amount 6500.00");
    assertThat(rows.get(2).get(4))
        .contains("with lines L1, L2 the cost's charges come to 13000.00, 6500.00 above its actual amount");
    assertThat(rows.get(2).get(3)).contains("连同第 L1、L2 行，该费用累计列支 13000.00");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .contains("Costs charged above their actual amount (据实列支, 3.3.5): 1")
        .contains("RA-1 2024-09 劳务性报酬: 实际 actual 6500.00, 最高累计 highest charged 13000.00")
        .contains("行 lines: L1, L2, L3")
        .doesNotContain("cost_totals")
        .doesNotContain("could not be added up");
  }

  @Test
  void aCostSplitCorrectlyOverTwoFundsIsAllowed() {
    Run run =
        check(
            row("L1", "劳务费", "P1", "6000.00", "6500.00"),
            row("L2", "配套资金", "", "500.00", "6500.00"));

    assertThat(run.rows()).extracting(r -> r.get(1)).containsExactly("ALLOWED", "ALLOWED");
    assertThat(run.rows().get(1).get(4)).contains("within its actual amount 6500.00");
    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).doesNotContain("Costs charged above");
  }

  @Test
  void aReversalOfTheDuplicateIsAllowedAndAReversalOfMoreIsRefused() {
    Run run =
        check(
            row("L1", "劳务费", "P1", "6500.00", "6500.00"),
            row("L2", "劳务费", "P1", "6500.00", "6500.00"),
            row("L3", "劳务费", "P1", "-6500.00", "6500.00"),
            row("L4", "配套资金", "", "-1.00", "6500.00"));

    List<CSVRecord> rows = run.rows();
    assertThat(rows).extracting(r -> r.get(1))
        .containsExactly("ALLOWED", "NOT_ALLOWED", "ALLOWED", "NOT_ALLOWED");
    assertThat(rows.get(2).get(4))
        .isEqualTo(
            "takes back 6500.00 of the 13000.00 charged earlier to this fund for this cost; the"
                + " cost's charges now come to 6500.00 of its actual amount 6500.00 [3.3.5]");
    assertThat(rows.get(3).get(4)).contains("but only 0.00 was charged earlier to this fund");
    assertThat(run.err())
        .contains("最高累计 highest charged 13000.00, 最终累计 finally 6500.00")
        .contains("行 lines: L1, L2, L3")
        .contains("6500.00 − 6500.00");
  }

  @Test
  void aSecondActualAmountIsRefusedNamingTheLineThatGaveTheFirst() {
    Run run =
        check(
            row("L1", "劳务费", "P1", "3000.00", "6500.00"),
            row("L2", "配套资金", "", "3000.00", "7000.00"));

    assertThat(run.rows().get(1).get(1)).isEqualTo("NOT_ALLOWED");
    assertThat(run.rows().get(1).get(4))
        .contains("line L1 gives this cost an actual amount of 6500.00, this line 7000.00");
  }

  @Test
  void linesOfAnotherPositionPeriodOrCostAreNotAddedUp() {
    Run run =
        check(
            row("L1", "劳务费", "P1", "6500.00", "6500.00"),
            row("L2", "劳务费", "P1", "6500.00", "6500.00").replace("RA-1", "RA-2"),
            row("L3", "劳务费", "P1", "6500.00", "6500.00").replace("2024-09", "2024-10"),
            row("L4", "配套资金", "", "6500.00", "6500.00").replace("劳务性报酬", "住房公积金"));

    assertThat(run.rows()).extracting(r -> r.get(1)).containsExactly("ALLOWED", "ALLOWED", "ALLOWED", "ALLOWED");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024-13", "2024-00", "2024-9", "202409", "九月", "2024-09-01"})
  void aPeriodThatIsNotAMonthIsAnError(String period) {
    Run run = check(row("L1", "劳务费", "P1", "6500.00", "6500.00").replace("2024-09", period));

    assertThat(run.rows().get(0).get(1)).isEqualTo("ERROR");
    assertThat(run.rows().get(0).get(4)).contains("period \"" + period + "\" is not a month (YYYY-MM, such as 2024-09)");
    assertThat(run.exitCode()).isEqualTo(2);
  }

  @Test
  void positionAndPeriodAreRequiredInEveryChargeAndActualIsNeverNegative() {
    Run run =
        check(
            row("L1", "劳务费", "P1", "6500.00", "6500.00").replace("RA-1", ""),
            row("L2", "劳务费", "P1", "6500.00", "6500.00").replace(",2024-09", ","),
            row("L3", "劳务费", "P1", "-6500.00", "-6500.00"));

    assertThat(run.rows()).extracting(r -> r.get(1)).containsOnly("ERROR");
    assertThat(run.rows().get(0).get(4)).contains("position is empty (required)");
    assertThat(run.rows().get(1).get(4)).contains("period is empty (required)");
    assertThat(run.rows().get(2).get(4)).contains("actual \"-6500.00\" is negative");
  }

  @Test
  void aRowTooMalformedToReadDoesNotCount() {
    Run run =
        check(
            row("L1", "劳务费", "P1", "六千五百", "6500.00"),
            row("L2", "劳务费", "P1", "6500.00", "6500.00"));

    assertThat(run.rows()).extracting(r -> r.get(1)).containsExactly("ERROR", "ALLOWED");
  }

  @ParameterizedTest
  @ValueSource(strings = {"合计", "小计", "总计", "total", " Subtotal ", "TOTAL"})
  void aTotalsRowIsSkippedCountedApartAndNeverAnError(String line) {
    Run run =
        check(
            row("L1", "劳务费", "P1", "6500.00", "6500.00"),
            "\"" + line + "\",,,,,,,,,6500.00,,,");

    assertThat(run.rows()).hasSize(2);
    assertThat(run.rows().get(1).get(1)).isEqualTo("SKIPPED");
    assertThat(run.rows().get(1).get(0)).isEqualTo(line.strip());
    assertThat(run.exitCode()).as("SKIPPED counts like ALLOWED").isZero();
    assertThat(run.err()).contains("2 行 rows: 1 ALLOWED, 0 NOT_ALLOWED, 0 UNDECIDED, 0 ERROR, 1 SKIPPED");
  }

  @Test
  void withoutPositionAndPeriodLinesAreJudgedAloneAndTheReportSaysSoOnce() {
    Path ledger =
        Ledgers.write(
            dir.resolve("alone.csv"),
            List.of(
                Ledgers.HEADER,
                Ledgers.ALLOWED_ROW,
                Ledgers.ALLOWED_ROW,
                "L-neg,科研项目辅助研究,P1,是,劳务费,P1,,,劳务性报酬,-6500.00,6500.00",
                "合计,,,,,,,,,13000.00,"));

    Run csv = Run.of("--date", "2024-09-30", "--format", "csv", ledger.toString());
    Run text = Run.of("--date", "2024-09-30", ledger.toString());

    assertThat(csv.rows()).extracting(r -> r.get(1)).containsExactly("ALLOWED", "ALLOWED", "ERROR", "SKIPPED");
    assertThat(csv.rows().get(2).get(4))
        .contains("is negative; amounts are never negative (a reversal needs the columns position and period)");
    assertThat(csv.out()).startsWith("line,verdict,");
    assertThat(csv.exitCode()).isEqualTo(2);
    String note = "charges of one cost across lines could not be added up";
    assertThat(text.out()).containsOnlyOnce(note).containsOnlyOnce("without the columns position and period");
    assertThat(text.out().indexOf(note)).isLessThan(text.out().indexOf("L-ok"));
    assertThat(csv.err()).containsOnlyOnce(note);
  }

  @Test
  void theCheckGivesExactlyTheAnswersOfTheLibrarysAudit() {
    Run run =
        check(
            row("L1", "劳务费", "P1", "6000.00", "6500.00"),
            row("L2", "配套资金", "", "1000.00", "6500.00"),
            row("L3", "劳务费", "P1", "-1000.00", "6500.00"));

    Position position =
        Position.builder()
            .id("RA-1")
            .category(PositionCategory.AUXILIARY_RESEARCH)
            .basis(
                PositionBasis.planProject(
                    PlanProject.of("P1", PlanProgramme.NOT_NAMED_BY_NOTICE, ProjectLevel.NATIONAL)))
            .origin(PositionOrigin.NEW)
            .serviceAgreementSigned(true)
            .build();
    ActualCost salary =
        ActualCost.of(position, CostKind.LABOUR_REMUNERATION, YearMonth.of(2024, 9), Money.parse("6500"));
    List<AuditAnswer> answers =
        LedgerAudit.using(Policy.ofNotice().on(LocalDate.of(2024, 9, 30)))
            .auditAll(
                List.of(
                    LedgerEntry.charge("L1", salary, FundingSource.labourFee("P1"), Money.parse("6000")),
                    LedgerEntry.charge("L2", salary, FundingSource.matchingFund(), Money.parse("1000")),
                    LedgerEntry.reversal("L3", salary, FundingSource.labourFee("P1"), Money.parse("1000"))));
    for (int i = 0; i < answers.size(); i++) {
      AuditAnswer answer = answers.get(i);
      CSVRecord row = run.rows().get(i);
      assertThat(row.get(1)).isEqualTo(answer.verdict().name());
      assertThat(row.get(2).split(";"))
          .containsExactlyElementsOf(answer.clauses().stream().map(c -> c.id()).toList());
      assertThat(row.get(3)).isEqualTo(String.join("；", answer.reasons(Language.CHINESE)));
      assertThat(row.get(4)).isEqualTo(String.join("; ", answer.reasons(Language.ENGLISH)));
    }
  }
}
