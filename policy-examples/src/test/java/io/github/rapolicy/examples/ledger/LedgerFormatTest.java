package io.github.rapolicy.examples.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ledger's format: header names in any order, extra columns, BOM, quoting, terms, codes. */
class LedgerFormatTest {

  @TempDir Path dir;

  private List<CSVRecord> check(Path ledger) {
    return Run.of("--date", "2024-09-30", "--format", "csv", ledger.toString()).rows();
  }

  @Test
  void aLeadingByteOrderMarkChangesNothing() throws Exception {
    byte[] sample = Ledgers.read(Ledgers.SAMPLE);
    byte[] withBom = new byte[sample.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(sample, 0, withBom, 3, sample.length);
    Path bom = Ledgers.write(dir.resolve("bom.csv"), withBom);

    Run withMark = Run.of("--date", "2024-09-30", "--format", "csv", bom.toString());
    Run without = Run.of("--date", "2024-09-30", "--format", "csv", Ledgers.SAMPLE.toString());

    assertThat(withMark.out()).isEqualTo(without.out());
    assertThat(withMark.rows()).hasSize(29);
    assertThat(withMark.rows().get(0).get(0)).isEqualTo("2024-09-0001");
  }

  @Test
  void windowsLineBreaksAndABomAsExcelWritesThem() {
    String text =
        "\uFEFF" + Ledgers.HEADER + "\r\n" + Ledgers.ALLOWED_ROW + "\r\n" + "L-2,科研项目辅助研究,P1,是,劳务费,P1,,,劳务性报酬,1.5,1.5\r\n";
    Path ledger = Ledgers.write(dir.resolve("excel.csv"), text.getBytes(StandardCharsets.UTF_8));

    assertThat(check(ledger)).extracting(r -> r.get(1)).containsExactly("ALLOWED", "ALLOWED");
  }

  @Test
  void columnsAreFoundByNameInAnyOrderAndExtraColumnsAreIgnored() {
    Path ledger =
        Ledgers.write(
            dir.resolve("shuffled.csv"),
            List.of(
                " Amount ,备注,actual,COST,fund_project,fund,service_agreement,position_project,position_category,line,凭证号",
                "6500.00,\"摘要，含逗号\",6500.00,劳务性报酬,P1,劳务费,是,P1,科研项目辅助研究,L-1,记-0001",
                "6500.00,\"两行\n摘要\",6500.00,劳务性报酬,P2,劳务费,是,P1,科研项目辅助研究,L-2,记-0002",
                "7000.00,\"引号\"\"摘要\"\"\",6500.00,劳务性报酬,P1,劳务费,是,P1,科研项目辅助研究,L-3,记-0003",
                ",,,,,,,,,L-4,记-0004"));

    List<CSVRecord> rows = check(ledger);

    assertThat(rows).extracting(r -> r.get(0)).containsExactly("L-1", "L-2", "L-3", "L-4");
    assertThat(rows).extracting(r -> r.get(1)).containsExactly("ALLOWED", "NOT_ALLOWED", "NOT_ALLOWED", "ERROR");
    assertThat(rows.get(1).get(4)).contains("this position is based on another");
    assertThat(rows.get(2).get(4)).contains("exceeds the actual cost");
    // L-2's note spans two lines of the file: L-4 starts on line 6.
    assertThat(rows.get(3).get(4)).startsWith("file line 6: ");
  }

  @Test
  void theBalanceColumnsMayBeLeftOutOfALedgerWithoutRetainedBalance() {
    Path ledger =
        Ledgers.write(
            dir.resolve("no-balance.csv"),
            List.of(
                "line,position_category,position_project,service_agreement,fund,fund_project,cost,amount,actual",
                "L-1,学术助理,,是,配套资金,,住房公积金,650,650",
                "L-2,学术助理,,是,结余资金,,劳务性报酬,650,650"));

    List<CSVRecord> rows = check(ledger);

    assertThat(rows).extracting(r -> r.get(1)).containsExactly("ALLOWED", "ERROR");
    assertThat(rows.get(1).get(4)).contains("balance_retained is empty (required for 结余资金)");
  }

  @Test
  void codesAndLabelsAreBothAccepted() {
    Path ledger =
        Ledgers.write(
            dir.resolve("codes.csv"),
            List.of(
                Ledgers.HEADER,
                "L-1,FINANCIAL_ASSISTANT,P1,true,LABOUR_FEE,P1,,,SOCIAL_INSURANCE_SUBSIDY,980,980",
                "L-2,财务助理,P1,是,劳务费,P1,,,社会保险补助,980,980",
                "L-3,POSTDOCTORAL_RESEARCH,,TRUE,RETAINED_BALANCE,,TRUE,TRUE,LABOUR_REMUNERATION,9000,9000",
                "L-4,博士后研究,,是,MATCHING_FUND,,,,HOUSING_FUND,900,900"));

    assertThat(check(ledger)).extracting(r -> r.get(1)).containsOnly("ALLOWED");
  }

  @Test
  void textTheNoticeDoesNotNameIsACategoryOrCostItDoesNotName() {
    Path ledger =
        Ledgers.write(
            dir.resolve("unnamed.csv"),
            List.of(
                Ledgers.HEADER,
                "L-1,科普助理,P1,是,劳务费,P1,,,劳务性报酬,4500,4500",
                "L-2,财务助理,,是,配套资金,,,,差旅费,320,320",
                "L-3,财务助理,P1,是,业务费,P1,,,劳务性报酬,320,320"));

    List<CSVRecord> rows = check(ledger);

    assertThat(rows).extracting(r -> r.get(1)).containsExactly("UNDECIDED", "UNDECIDED", "NOT_ALLOWED");
    assertThat(rows.get(0).get(4)).contains("the notice does not name this category of work");
    assertThat(rows.get(1).get(4)).contains("the notice does not say whether matching funds pay");
    assertThat(rows.get(2).get(4)).contains("other budget lines are not authorised");
  }

  @Test
  void beforeTheNoticeWasIssuedEveryRowIsUndecidedCitingItsDate() {
    List<CSVRecord> rows =
        Run.of("--date", "2024-06-24", "--format", "csv", Ledgers.SAMPLE.toString()).rows();

    assertThat(rows.subList(0, 18)).allSatisfy(r -> {
      assertThat(r.get(1)).isEqualTo("UNDECIDED");
      assertThat(r.get(2)).isEqualTo("date");
    });
  }

  @Test
  void aLedgerWithAHeaderAndNoRowsIsAnEmptyReport() {
    Path ledger = Ledgers.write(dir.resolve("header-only.csv"), List.of(Ledgers.HEADER));

    Run run = Run.of("--date", "2024-09-30", ledger.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("0 行 rows: 0 ALLOWED, 0 NOT_ALLOWED, 0 UNDECIDED, 0 ERROR");
  }

  @Test
  void blankLinesAreNotRows() {
    Path ledger =
        Ledgers.write(
            dir.resolve("blank.csv"),
            List.of(Ledgers.HEADER, "", Ledgers.ALLOWED_ROW, "", "", "L-2,,P1,是,劳务费,P1,,,劳务性报酬,1,1", ""));

    List<CSVRecord> rows = check(ledger);

    assertThat(rows).extracting(r -> r.get(1)).containsExactly("ALLOWED", "ERROR");
    assertThat(rows.get(1).get(4)).startsWith("file line 6: position_category is empty");
  }

  @Test
  void theExitCodeSaysWhetherEveryRowIsAllowed() {
    Path allowed = Ledgers.write(dir.resolve("allowed.csv"), List.of(Ledgers.HEADER, Ledgers.ALLOWED_ROW));
    Path notAllowed =
        Ledgers.write(
            dir.resolve("not-allowed.csv"),
            List.of(Ledgers.HEADER, Ledgers.ALLOWED_ROW, "L-2,科研项目辅助研究,P1,否,劳务费,P1,,,劳务性报酬,1,1"));
    Path undecided =
        Ledgers.write(
            dir.resolve("undecided.csv"),
            List.of(Ledgers.HEADER, "L-2,科研项目辅助研究,P1,是,劳务费,P1,,,住房公积金,1,1"));

    assertThat(Run.of("--date", "2024-09-30", allowed.toString()).exitCode()).isEqualTo(0);
    assertThat(Run.of("--date", "2024-09-30", notAllowed.toString()).exitCode()).isEqualTo(1);
    assertThat(Run.of("--date", "2024-09-30", undecided.toString()).exitCode()).isEqualTo(1);
  }

  @Test
  void theReportCanGoToAFile() throws Exception {
    Path report = dir.resolve("report.csv");

    Run run =
        Run.of("--date", "2024-09-30", "--format", "csv", "-o", report.toString(), Ledgers.SAMPLE.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(Files.readAllLines(report, StandardCharsets.UTF_8).get(0))
        .isEqualTo("line,verdict,clauses,reason_zh,reason_en");
  }
}
