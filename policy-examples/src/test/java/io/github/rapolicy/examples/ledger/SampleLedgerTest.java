package io.github.rapolicy.examples.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The shipped sample ledger, end to end: every verdict, in ledger order, with its clauses. */
class SampleLedgerTest {

  private static final String DATE = "2024-09-30";

  /** line → verdict and clauses, in ledger order, as a reviewer reads the sample. */
  private static final List<List<String>> EXPECTED =
      List.of(
          List.of("2024-09-0001", "ALLOWED", "0.0.1;3.3.2;3.3.3;3.3.5"),
          List.of("2024-09-0002", "ALLOWED", "0.0.1;3.3.2;3.3.3;3.3.5"),
          List.of("2024-09-0003", "UNDECIDED", "0.0.1;3.3.2;3.3.3;3.3.5"),
          List.of("2024-09-0004", "NOT_ALLOWED", "0.0.1;3.3.2;3.3.3;3.3.5"),
          List.of("2024-09-0005", "NOT_ALLOWED", "0.0.1;3.3.2;3.3.3;3.3.5"),
          List.of("2024-09-0006", "NOT_ALLOWED", "0.0.1;3.3.2;3.3.3;3.3.5"),
          List.of("2024-09-0007", "ALLOWED", "0.0.1;3.3.2;3.3.3;3.3.5"),
          List.of("2024-09-0008", "NOT_ALLOWED", "0.0.1;3.3.2;3.3.3;3.3.5"),
          List.of("2024-09-0009", "ALLOWED", "0.0.1;3.3.2;3.3.4;3.3.5"),
          List.of("2024-09-0010", "NOT_ALLOWED", "0.0.1;3.3.2;3.3.4;3.3.5"),
          List.of("2024-09-0011", "UNDECIDED", "0.0.1;3.3.2;3.3.4;3.3.5"),
          List.of("2024-09-0012", "ALLOWED", "0.0.1;3.3.2;3.3.5;3.3.6"),
          List.of("2024-09-0013", "ALLOWED", "0.0.1;3.3.2;3.3.5;3.3.6"),
          List.of("2024-09-0014", "UNDECIDED", "0.0.1;3.3.2;3.3.5;3.3.6"),
          List.of("2024-09-0015", "UNDECIDED", "0.0.1;3.3.2;3.3.5;3.3.6"),
          List.of("2024-09-0016", "NOT_ALLOWED", "0.0.1;3.3.2;3.3.3;3.3.5"),
          List.of("2024-09-0017", "ALLOWED", "0.0.1;3.3.2;3.3.3;3.3.5"),
          List.of("2024-09-0018", "ALLOWED", "0.0.1;3.3.2;3.3.3;3.3.5"),
          List.of("2024-09-0019", "ERROR", ""),
          List.of("2024-09-0020", "ALLOWED", "3.3.5"),
          List.of("2024-09-0021", "ERROR", ""),
          List.of("", "ERROR", ""),
          List.of("2024-09-0023", "ERROR", ""),
          List.of("2024-09-0024", "ERROR", ""),
          List.of("2024-09-0025", "ERROR", ""),
          List.of("2024-09-0026", "ALLOWED", "0.0.1;3.3.2;3.3.3;3.3.5"),
          List.of("2024-09-0027", "ALLOWED", "0.0.1;3.3.2;3.3.5;3.3.6"),
          List.of("2024-09-0028", "NOT_ALLOWED", "0.0.1;3.3.2;3.3.3;3.3.5"),
          List.of("合计", "SKIPPED", ""));

  @Test
  void everyRowGetsItsVerdictAndClausesInLedgerOrder() {
    Run run = Run.of("--date", DATE, "--format", "csv", Ledgers.SAMPLE.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.csv().get(0).toList())
        .containsExactly("line", "verdict", "clauses", "reason_zh", "reason_en");
    assertThat(run.rows())
        .extracting(r -> List.of(r.get(0), r.get(1), r.get(2)))
        .containsExactlyElementsOf(EXPECTED);
    assertThat(run.rows()).allSatisfy(r -> assertThat(r.get(3)).isNotBlank());
    assertThat(run.rows()).allSatisfy(r -> assertThat(r.get(4)).isNotBlank());
  }

  @Test
  void theSampleExercisesEveryVerdict() {
    Map<String, Long> verdicts =
        Run.of("--date", DATE, "--format", "csv", Ledgers.SAMPLE.toString()).rows().stream()
            .collect(Collectors.groupingBy(r -> r.get(1), Collectors.counting()));

    assertThat(verdicts)
        .containsOnlyKeys("ALLOWED", "NOT_ALLOWED", "UNDECIDED", "ERROR", "SKIPPED")
        .containsEntry("ALLOWED", 11L)
        .containsEntry("NOT_ALLOWED", 7L)
        .containsEntry("UNDECIDED", 4L)
        .containsEntry("ERROR", 6L)
        .containsEntry("SKIPPED", 1L);
  }

  @Test
  void reasonsAreTheDecisiveFindingsInBothLanguages() {
    List<CSVRecord> rows =
        Run.of("--date", DATE, "--format", "csv", Ledgers.SAMPLE.toString()).rows();

    CSVRecord equipment = rows.get(3);
    assertThat(equipment.get(3)).isEqualTo("通知只授权项目经费中的“劳务费”科目支付科研助理费用，其他科目本通知未授权 〔3.3.3〕");
    assertThat(equipment.get(4))
        .isEqualTo(
            "the notice authorises only the labour-fee (劳务费) line of project funds to pay"
                + " research assistants; other budget lines are not authorised [3.3.3]");
    CSVRecord housing = rows.get(2);
    assertThat(housing.get(3)).contains("未列明可否用于住房公积金");
    assertThat(housing.get(4)).contains("leaves open whether it pays housing provident fund");
    CSVRecord allowed = rows.get(0);
    assertThat(allowed.get(3)).contains("单位已按规定签订服务协议 〔3.3.2〕；列支金额未超过实际支出");
  }

  @Test
  void malformedRowsNameTheirFileLineAndWhatIsWrong() {
    List<CSVRecord> rows =
        Run.of("--date", DATE, "--format", "csv", Ledgers.SAMPLE.toString()).rows();

    // Line 0007's summary spans two lines of the file, so the rows after it are one line further.
    assertThat(rows.get(18).get(4))
        .isEqualTo(
            "file line 21: amount \"1183.505\" has more than two decimal places (amounts are exact"
                + " to the fen); actual \"1183.505\" has more than two decimal places (amounts are"
                + " exact to the fen)");
    assertThat(rows.get(18).get(3)).startsWith("文件第21行：amount“1183.505”超过两位小数");
    assertThat(rows.get(19).get(4)).startsWith("takes back 650.00 of the 650.00 charged earlier");
    assertThat(rows.get(20).get(4))
        .isEqualTo(
            "file line 23: service_agreement \"待补签\" is neither yes (是, true, yes, Y, 1) nor no"
                + " (否, false, no, N, 0)");
    assertThat(rows.get(21).get(4)).isEqualTo("file line 24: line is empty (required)");
    assertThat(rows.get(22).get(4))
        .isEqualTo(
            "file line 25: fund_project is empty (required for 劳务费: the project whose budget line"
                + " is charged)");
    assertThat(rows.get(23).get(4))
        .isEqualTo(
            "file line 26: amount \"6,50.00\" has thousands separators not in groups of three"
                + " digits (such as 6,500.00): the amount is ambiguous");
    assertThat(rows.get(24).get(4))
        .isEqualTo(
            "file line 27: balance_retained is empty (required for 结余资金); balance_for_research is"
                + " empty (required for 结余资金)");
  }

  @Test
  void theTextReportShowsEachRowThenTheTotals() {
    Run run = Run.of("--date", DATE, Ledgers.SAMPLE.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .startsWith("账本核查 Ledger check — 工信部联规〔2024〕122号\n")
        .contains("列支日期 charges as of: 2024-09-30")
        .contains("2024-09-0004     NOT_ALLOWED  [0.0.1, 3.3.2, 3.3.3, 3.3.5]")
        .contains("    科研项目辅助研究（62301234） · RA-002 2024-09 · 劳务性报酬 6500.00 → 设备费 62301234")
        .contains("    理由：通知只授权项目经费中的“劳务费”科目支付科研助理费用，其他科目本通知未授权")
        .contains("    to change it: charge the labour-fee line of the project the position is based on")
        .contains("(file line 24)   ERROR")
        .contains("    problem: file line 24: line is empty (required)")
        .contains("29 行 rows: 11 ALLOWED, 7 NOT_ALLOWED, 4 UNDECIDED, 6 ERROR, 1 SKIPPED")
        .contains("  劳务费                6 · 30863.50   5 · 31000.00    1 · 780.00       4         ·")
        .contains("  设备费                           ·    1 · 6500.00             ·       ·         ·")
        .contains("  合计 all    11 · 43813.50 − 650.00   7 · 38550.00   4 · 6200.00       6         1")
        .contains("超过实际支出的费用 Costs charged above their actual amount (据实列支, 3.3.5): 4")
        .contains("  RA-001 2024-09 劳务性报酬: 实际 actual 6500.00, 最高累计 highest charged 13000.00")
        .contains("    行 lines: 2024-09-0001, 2024-09-0028")
        .doesNotContain("could not be added up")
        .doesNotContain("Exception");
  }

  @Test
  void inCsvFormatTheTotalsGoToStandardErrorAndTheCsvStaysOneTable() {
    Run run = Run.of("--date", DATE, "--format", "CSV", Ledgers.SAMPLE.toString());

    assertThat(run.csv()).hasSize(30).allSatisfy(r -> assertThat(r.size()).isEqualTo(5));
    assertThat(run.out()).contains("\r\n"); // RFC 4180 line breaks
    assertThat(run.err())
        .startsWith("29 行 rows: 11 ALLOWED, 7 NOT_ALLOWED, 4 UNDECIDED, 6 ERROR, 1 SKIPPED")
        .contains("合计 all    11 · 43813.50 − 650.00");
  }
}
