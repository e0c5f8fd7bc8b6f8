package io.github.rapolicy.examples.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JSON Lines report ({@code --format jsonl}), read back with the library that wrote it: a
 * header object, one object per ledger row in ledger order, a totals object; the same verdicts,
 * clauses and reasons as the CSV report, and each row's deciding findings and remedies.
 */
class JsonlReportTest {

  private static final String DATE = "2024-09-30";

  @TempDir Path dir;

  private static List<Map<String, @Nullable Object>> jsonl(Path ledger) {
    Run run = Run.of("--date", DATE, "--format", "jsonl", ledger.toString());
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).endsWith("}\n").doesNotContain("\r");
    return Json.lines(run.out());
  }

  /** The JSON Lines object of the sample's line {@code line}. */
  private static Map<String, @Nullable Object> sampleRow(String line) {
    return jsonl(Ledgers.SAMPLE).stream()
        .filter(r -> line.equals(r.get("line")))
        .findFirst()
        .orElseThrow();
  }

  @SuppressWarnings("unchecked")
  private static <T> T get(Map<String, @Nullable Object> object, String member) {
    assertThat(object).containsKey(member);
    return (T) Objects.requireNonNull(object.get(member), member);
  }

  @Test
  void theSampleIsAHeaderOneObjectPerRowAndTheTotals() {
    List<Map<String, @Nullable Object>> records = jsonl(Ledgers.SAMPLE);

    assertThat(records).hasSize(1 + 29 + 1 + 1);
    Map<String, @Nullable Object> header = records.get(0);
    assertThat(header)
        .containsEntry("record", "header")
        .containsEntry("report", "ledger-check")
        .containsEntry("notice", "工信部联规〔2024〕122号")
        .containsEntry("ledger", Ledgers.SAMPLE.toString())
        .containsEntry("date", DATE);
    assertThat(records.subList(1, 30))
        .allSatisfy(
            row -> {
              assertThat(row).containsEntry("record", "row");
              assertThat(row.keySet()).containsExactlyElementsOf(JsonlReport.ROW_MEMBERS);
            });
    // The sample has position and period: each charge's cost is audited as a whole.
    assertThat(records.get(1).get("cost_total"))
        .isEqualTo(
            Map.of(
                "cost", "RA-001 2024-09 劳务性报酬",
                "running_total", "6500.00",
                "actual", "6500.00",
                "above_actual", false,
                "refused_for", List.of()));
    assertThat(records.get(29)).containsEntry("verdict", "SKIPPED").containsEntry("cost_total", null);
    assertThat(records.get(30)).containsEntry("record", "totals");
    assertThat(records.get(31)) // the last line: the report is complete (ReportOutput)
        .containsExactlyEntriesOf(
            Json.lines(JsonlReport.END_RECORD.complete(29) + "\n").get(0))
        .containsEntry("record", "end")
        .containsEntry("complete", true);
  }

  @Test
  void everyRowSaysWhatTheCsvReportSays() {
    List<CSVRecord> csv = Run.of("--date", DATE, "--format", "csv", Ledgers.SAMPLE.toString()).rows();
    List<Map<String, @Nullable Object>> rows = jsonl(Ledgers.SAMPLE).subList(1, 30);

    for (int i = 0; i < csv.size(); i++) {
      CSVRecord expected = csv.get(i);
      Map<String, @Nullable Object> row = rows.get(i);
      assertThat(row.get("line")).isEqualTo(expected.get(0));
      assertThat(row.get("verdict")).isEqualTo(expected.get(1));
      List<String> clauses = get(row, "clauses");
      assertThat(String.join(";", clauses)).isEqualTo(expected.get(2));
      List<Map<String, @Nullable Object>> findings = get(row, "findings");
      if (expected.get(1).equals("SKIPPED")) {
        assertThat(findings).isEmpty();
        assertThat(row.get("amount")).isNull();
      } else if (row.get("cost_total") != null) {
        // Audited as a whole: the reasons are decision 4's deciding findings (where they decide)
        // and the audit's own sentences with the cost's amounts and lines.
        boolean addsUp = expected.get(4).contains("the cost's charges come to");
        for (Map<String, @Nullable Object> finding : findings) {
          Object reason = finding.get("reason");
          if (!"ABOVE_ACTUAL_COST".equals(reason) // said with the amounts
              && !("WITHIN_ACTUAL_COST".equals(reason) && addsUp)) { // so is this, with earlier lines
            assertThat(expected.get(4)).contains((String) get(finding, "en"));
          }
        }
      } else if (expected.get(1).equals("ERROR")) {
        assertThat(findings).isEmpty();
        assertThat(row.get("amount")).isNull();
        Map<String, @Nullable Object> problem = get(row, "problem");
        assertThat(problem)
            .containsEntry("zh", expected.get(3))
            .containsEntry("en", expected.get(4));
      } else {
        assertThat(row.get("problem")).isNull();
        assertThat(findings).isNotEmpty();
        List<String> zh = new ArrayList<>();
        List<String> en = new ArrayList<>();
        for (Map<String, @Nullable Object> finding : findings) {
          assertThat(clauses).containsAll(get(finding, "clauses"));
          zh.add(get(finding, "zh"));
          en.add(get(finding, "en"));
        }
        assertThat(String.join("；", zh)).isEqualTo(expected.get(3));
        assertThat(String.join("; ", en)).isEqualTo(expected.get(4));
      }
    }
  }

  @Test
  void aLineWithoutAServiceAgreementNamesItsReasonCodeClauseAndRemedy() {
    Map<String, @Nullable Object> row = sampleRow("2024-09-0008");

    assertThat(row)
        .containsEntry("file_line", 10L)
        .containsEntry("verdict", "NOT_ALLOWED")
        .containsEntry("fund", "劳务费")
        .containsEntry("amount", "5000.00");
    assertThat(row.get("findings"))
        .isEqualTo(
            List.of(
                Map.of(
                    "reason", "SERVICE_AGREEMENT_MISSING",
                    "outcome", "NOT_ALLOWED",
                    "clauses", List.of("3.3.2"),
                    "zh", "设立科研助理岗位的单位应签订服务协议，该岗位尚未签订",
                    "en",
                        "a unit setting up research-assistant positions shall sign a service"
                            + " agreement, and none is signed for this position")));
    assertThat(row.get("remedies"))
        .isEqualTo(
            List.of(
                Map.of(
                    "remedy", "SIGN_SERVICE_AGREEMENT",
                    "zh", "与科研助理签订服务协议",
                    "en", "sign the service agreement with the research assistant")));
  }

  @Test
  void aCostTotalSaysWhyTheAuditRefusesARow() {
    Path ledger =
        Ledgers.write(
            dir.resolve("reversal.csv"),
            List.of(
                Ledgers.HEADER + ",position,period",
                "L-1,学术助理,,是,配套资金,,,,住房公积金,650.00,650.00,RA-1,2024-09",
                "L-2,学术助理,,是,配套资金,,,,住房公积金,-700.00,650.00,RA-1,2024-09",
                "L-3,学术助理,,是,配套资金,,,,住房公积金,650.00,650.00,RA-1,2024-09"));

    List<Map<String, @Nullable Object>> rows = jsonl(ledger).subList(1, 4);

    assertThat(rows)
        .extracting(
            r -> r.get("verdict"),
            r -> ((Map<?, ?>) java.util.Objects.requireNonNull(r.get("cost_total"))).get("refused_for"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("ALLOWED", List.of()),
            org.assertj.core.groups.Tuple.tuple("NOT_ALLOWED", List.of("REVERSAL_ABOVE_CHARGED")),
            org.assertj.core.groups.Tuple.tuple("NOT_ALLOWED", List.of("ABOVE_ACTUAL_COST")));
  }

  @Test
  void aReversalsAmountIsNegativeAsInTheLedger() {
    Map<String, @Nullable Object> row = sampleRow("2024-09-0020");

    assertThat(row).containsEntry("amount", "-650.00");
  }

  @Test
  void theTotalsAreTheCsvReportsTotals() {
    Map<String, @Nullable Object> totals = jsonl(Ledgers.SAMPLE).get(30);

    assertThat(totals).containsEntry("rows", 29L);
    Map<String, Map<String, @Nullable Object>> verdicts = get(totals, "verdicts");
    assertThat(verdicts.keySet()).containsExactly("ALLOWED", "NOT_ALLOWED", "UNDECIDED", "ERROR", "SKIPPED");
    assertThat(verdicts.get("ALLOWED")).containsEntry("rows", 11L).containsEntry("amount", "43813.50");
    assertThat(verdicts.get("NOT_ALLOWED"))
        .containsEntry("rows", 7L)
        .containsEntry("amount", "38550.00");
    assertThat(verdicts.get("UNDECIDED")).containsEntry("rows", 4L).containsEntry("amount", "6200.00");
    assertThat(verdicts.get("ERROR")).containsEntry("rows", 6L).containsEntry("amount", null);
    assertThat(verdicts.get("SKIPPED")).containsEntry("rows", 1L).containsEntry("amount", null);
    List<Map<String, @Nullable Object>> funds = get(totals, "funds");
    Map<String, @Nullable Object> labourFee = funds.get(0);
    assertThat(labourFee).containsEntry("fund", "劳务费");
    assertThat(labourFee.get("verdicts"))
        .isEqualTo(
            Map.of(
                "ALLOWED", Map.of("rows", 6L, "amount", "30863.50"),
                "NOT_ALLOWED", Map.of("rows", 5L, "amount", "31000.00"),
                "UNDECIDED", Map.of("rows", 1L, "amount", "780.00"),
                "ERROR", rowsWithoutAmount(4)));
  }

  private static Map<String, @Nullable Object> rowsWithoutAmount(long rows) {
    Map<String, @Nullable Object> tally = new LinkedHashMap<>();
    tally.put("rows", rows);
    tally.put("amount", null);
    return tally;
  }

  @Test
  void textThatNeedsEscapingReadsBackExactly() {
    String tricky = "L \"引号\" \\ back\tslash\n第二行 \u0001 😀";
    Path ledger =
        Ledgers.write(
            dir.resolve("tricky.csv"),
            List.of(
                Ledgers.HEADER,
                "\"" + tricky.replace("\"", "\"\"") + "\",科研项目辅助研究,P1,是,\"设备费, \"\"旧\"\"\",P1,,,劳务性报酬,6500.00,6500.00"));

    List<Map<String, @Nullable Object>> records = jsonl(ledger);

    assertThat(records).hasSize(4);
    assertThat(records.get(1))
        .containsEntry("line", tricky)
        .containsEntry("fund", "设备费, \"旧\"")
        .containsEntry("verdict", "NOT_ALLOWED");
  }
}
