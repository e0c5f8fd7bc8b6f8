package io.github.rapolicy.examples.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Amount cells as finance systems write them, end to end: thousands separators in groups of
 * three, a leading ¥ or ￥, full-width digits (全角) — each read as the exact amount; the
 * ambiguous forms are ERROR rows (MalformedRowsTest).
 */
class CellFormsTest {

  @TempDir Path dir;

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          plain                    | 6500.00        | 6500.00
          grouped                  | '6,500.00'     | 6500.00
          grouped, no decimals     | '1,234,567'    | 1234567.00
          yen sign                 | ¥6500          | 6500.00
          full-width yen sign      | ￥6500.5        | 6500.50
          sign, space, grouped     | '¥ 6,500.00'   | 6500.00
          full-width digits        | ６５００．００     | 6500.00
          full-width, grouped      | ￥６，５００      | 6500.00
          """)
  void anAmountIsReadExactly(String kind, String cell, String amount) {
    Path ledger =
        Ledgers.write(
            dir.resolve("forms.csv"),
            List.of(
                Ledgers.HEADER,
                "L-1,科研项目辅助研究,P1,是,劳务费,P1,,,劳务性报酬,\"" + cell + "\",\"" + cell + "\""));

    Run run = Run.of("--date", "2024-09-30", "--format", "jsonl", ledger.toString());

    assertThat(run.exitCode()).as(kind + ": " + run.err()).isZero();
    Map<String, @Nullable Object> row = Json.lines(run.out()).get(1);
    assertThat(row).containsEntry("verdict", "ALLOWED").containsEntry("amount", amount);
  }

  @Test
  void aReversalMayCarryTheCurrencySignBeforeOrAfterTheMinus() {
    Path ledger =
        Ledgers.write(
            dir.resolve("reversal.csv"),
            List.of(
                Ledgers.HEADER + ",position,period",
                "L-1,学术助理,,是,配套资金,,,,住房公积金,\"1,650.00\",1650,RA-1,2024-09",
                "L-2,学术助理,,是,配套资金,,,,住房公积金,-¥650.00,1650,RA-1,2024-09",
                "L-3,学术助理,,是,配套资金,,,,住房公积金,￥-1000,1650,RA-1,2024-09"));

    Run run = Run.of("--date", "2024-09-30", "--format", "jsonl", ledger.toString());

    List<Map<String, @Nullable Object>> records = Json.lines(run.out());
    assertThat(records.subList(1, 4))
        .extracting(r -> r.get("verdict"), r -> r.get("amount"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("ALLOWED", "1650.00"),
            org.assertj.core.groups.Tuple.tuple("ALLOWED", "-650.00"),
            org.assertj.core.groups.Tuple.tuple("ALLOWED", "-1000.00"));
    assertThat(run.exitCode()).isZero();
  }

  @Test
  void aReversalOfZeroIsAnErrorOfTheCell() {
    Path ledger =
        Ledgers.write(
            dir.resolve("zero.csv"),
            List.of(
                Ledgers.HEADER + ",position,period",
                "L-1,学术助理,,是,配套资金,,,,住房公积金,650.00,650.00,RA-1,2024-09",
                "L-2,学术助理,,是,配套资金,,,,住房公积金,-0.00,650.00,RA-1,2024-09"));

    Run run = Run.of("--date", "2024-09-30", "--format", "csv", ledger.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.rows().get(1).get(1)).isEqualTo("ERROR");
    assertThat(run.rows().get(1).get(3)).contains("amount“-0.00”是零的冲销").doesNotContain("本库不接受");
    assertThat(run.rows().get(1).get(4))
        .contains("amount \"-0.00\" reverses nothing: a reversal's amount must be above zero")
        .doesNotContain("LABOUR_REMUNERATION");
  }

  @Test
  void fullWidthFormsAreTheirAsciiTwinsAndNothingElseIsMapped() {
    assertThat(AmountCell.halfWidth("６５００．００")).isEqualTo("6500.00");
    assertThat(AmountCell.halfWidth("１，０００")).isEqualTo("1,000");
    assertThat(AmountCell.halfWidth("①")).isEqualTo("①");
    assertThat(AmountCell.halfWidth("6500²")).isEqualTo("6500²");
  }
}
