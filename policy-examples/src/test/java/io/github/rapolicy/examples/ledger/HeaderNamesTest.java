package io.github.rapolicy.examples.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Header names, end to end: every column's Chinese name beside its English one, and a system's
 * own names mapped with {@code --column HEADER=COLUMN} or a column-map file.
 */
class HeaderNamesTest {

  /** The Chinese headers, in the README's order of the English ones. */
  static final String CHINESE_HEADER =
      "行号,岗位类别,岗位依托项目,服务协议,列支经费,列支项目,结余资金按规定留用,结余资金用于科研项目,支出类型,列支金额,实际支出";

  /** The shipped ledger with a finance system's own headers, and its column map. */
  static final Path FINANCE_SYSTEM = Path.of("ledgers", "finance-system-2024-09.csv");

  static final Path FINANCE_SYSTEM_COLUMNS = Path.of("ledgers", "finance-system-columns.yaml");

  @TempDir Path dir;

  @Test
  void everyColumnHasAChineseHeaderName() {
    for (Column column : Column.values()) {
      assertThat(Column.byHeader(column.chineseHeader())).contains(column);
      assertThat(Column.byHeader(" " + column.header().toUpperCase(java.util.Locale.ROOT) + " ")).contains(column);
    }
    Path ledger =
        Ledgers.write(
            dir.resolve("chinese.csv"),
            List.of(
                CHINESE_HEADER + ",岗位编号,所属期间",
                Ledgers.ALLOWED_ROW + ",RA-1,2024-09",
                "L-2,科研项目辅助研究,P1,是,劳务费,P1,,,劳务性报酬,6500.00,6500.00,RA-1,2024-09"));

    Run run = Run.of("--date", "2024-09-30", "--format", "csv", ledger.toString());

    // position and period found by their Chinese names too: the second line adds up with the first
    assertThat(run.rows()).extracting(r -> r.get(1)).containsExactly("ALLOWED", "NOT_ALLOWED");
    assertThat(run.rows().get(1).get(4)).contains("with line L-ok the cost's charges come to 13000.00");
  }

  @Test
  void theReadmesTableNamesEachColumnsChineseHeaderAsTheProgramReadsIt() throws java.io.IOException {
    String readme = java.nio.file.Files.readString(Path.of("..", "README.md"));
    java.util.regex.Matcher row =
        java.util.regex.Pattern.compile("\n\\| `(\\w+)` \\| (\\p{IsHan}+) \\|")
            .matcher(readme.substring(readme.indexOf("**Input.**"), readme.indexOf("**Cells.**")));
    List<Column> documented = new java.util.ArrayList<>();
    while (row.find()) {
      Column column = Column.byHeader(row.group(1)).orElseThrow();
      assertThat(Column.byHeader(row.group(2))).as(row.group(0)).contains(column);
      documented.add(column);
    }
    assertThat(documented).containsExactlyInAnyOrder(Column.values());
  }

  @Test
  void aGbkExportWithChineseHeadersIsRead() {
    byte[] gbk =
        (CHINESE_HEADER + "\r\n" + Ledgers.ALLOWED_ROW + "\r\n").getBytes(Charset.forName("GBK"));

    Run run = Run.of("--date", "2024-09-30", "--format", "csv", Ledgers.write(dir.resolve("gbk.csv"), gbk).toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.rows()).extracting(r -> r.get(1)).containsExactly("ALLOWED");
    assertThat(run.err()).contains("encoding: GB18030 (GBK) (detected)");
  }

  @Test
  void columnMapsASystemsOwnHeaders() {
    Path ledger =
        Ledgers.write(
            dir.resolve("own.csv"),
            List.of(
                "行号,岗位类别,岗位依托项目,服务协议,列支经费,列支项目,费用类型,金额,实际金额",
                "L-1,科研项目辅助研究,P1,是,劳务费,P1,劳务性报酬,6500.00,6500.00"));

    Run without = Run.of("--date", "2024-09-30", ledger.toString());
    Run with =
        Run.of(
            "--date", "2024-09-30", "--format", "csv",
            "--column", "金额=amount", "--column", "实际金额=实际支出", "--column", " 费用类型 =COST",
            ledger.toString());

    assertThat(without.exitCode()).isEqualTo(3);
    assertThat(without.err())
        .contains("lacks the columns cost (支出类型), amount (列支金额), actual (实际支出)")
        .contains("closest: \"费用类型\" for cost, \"金额\" for amount, \"实际金额\" for actual");
    assertThat(with.exitCode()).as(with.err()).isZero();
    assertThat(with.rows()).extracting(r -> r.get(1)).containsExactly("ALLOWED");
    assertThat(with.err()).contains("columns mapped: 金额=amount, 实际金额=actual, 费用类型=cost");
  }

  @Test
  void theShippedColumnMapReadsTheShippedFinanceSystemLedger() {
    Run run =
        Run.of(
            "--date", "2024-09-30", "--format", "csv",
            "--column-map", FINANCE_SYSTEM_COLUMNS.toString(), FINANCE_SYSTEM.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    List<CSVRecord> rows = run.rows();
    assertThat(rows)
        .extracting(r -> r.get(0), r -> r.get(1))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("记-0001", "ALLOWED"),
            org.assertj.core.groups.Tuple.tuple("记-0002", "ALLOWED"),
            org.assertj.core.groups.Tuple.tuple("记-0003", "NOT_ALLOWED"),
            org.assertj.core.groups.Tuple.tuple("记-0004", "NOT_ALLOWED"),
            org.assertj.core.groups.Tuple.tuple("记-0005", "ALLOWED"),
            org.assertj.core.groups.Tuple.tuple("记-0006", "ERROR"));
    assertThat(rows.get(3).get(4)).contains("service agreement");
    assertThat(rows.get(5).get(4))
        .isEqualTo(
            "file line 7: amount \"65,00.00\" has thousands separators not in groups of three"
                + " digits (such as 6,500.00): the amount is ambiguous");
    assertThat(run.err()).contains("columns mapped: 凭证行号=line, 金额=amount, 实际金额=actual");
  }

  @Test
  void columnOptionsAddToTheColumnMap() {
    Path map = Ledgers.write(dir.resolve("map.yaml"), List.of("金额: amount"));
    Path ledger =
        Ledgers.write(
            dir.resolve("own.csv"),
            List.of(
                "line,position_category,position_project,service_agreement,fund,fund_project,cost,金额,实际金额",
                "L-1,科研项目辅助研究,P1,是,劳务费,P1,劳务性报酬,6500.00,6500.00"));

    Run run =
        Run.of(
            "--date", "2024-09-30", "--column-map", map.toString(), "--column", "实际金额=actual",
            ledger.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
  }

  @Test
  void aWrongColumnOptionIsAWrongCommandLine() {
    Run noEquals = Run.of("--date", "2024-09-30", "--column", "金额", Ledgers.SAMPLE.toString());
    Run noColumn = Run.of("--date", "2024-09-30", "--column", "金额=money", Ledgers.SAMPLE.toString());

    assertThat(noEquals.exitCode()).isEqualTo(4);
    assertThat(noEquals.err()).contains("'金额' is not HEADER=COLUMN, such as 金额=amount");
    assertThat(noColumn.exitCode()).isEqualTo(4);
    assertThat(noColumn.err())
        .contains("\"money\" is not a column of the ledger check; the columns are line (行号),");
  }

  @Test
  void aHeaderMappedToTwoColumnsIsRefused() {
    Run run =
        Run.of(
            "--date", "2024-09-30", "--column", "金额=amount", "--column", "金额=actual",
            Ledgers.SAMPLE.toString());

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("the header \"金额\" is mapped to two columns: amount and actual");
  }

  @Test
  void aColumnMapWithAMistakeNamesTheFileAndLine() {
    Path unknown = Ledgers.write(dir.resolve("unknown.yaml"), List.of("# comment", "金额: amount", "实际: real"));
    Path twice = Ledgers.write(dir.resolve("twice.yaml"), List.of("金额: amount", "金额: actual"));
    Path list = Ledgers.write(dir.resolve("list.yaml"), List.of("- 金额", "- amount"));
    Path broken = Ledgers.write(dir.resolve("broken.yaml"), List.of("金额: amount", "  实际: [actual"));
    Path gbk = Ledgers.write(dir.resolve("gbk.yaml"), "金额: amount\n".getBytes(Charset.forName("GBK")));

    assertThat(mistake(unknown)).contains(unknown + ":3: \"real\" is not a column of the ledger check");
    assertThat(mistake(twice)).contains(twice + ":2: the header \"金额\" is mapped again (first on line 1)");
    assertThat(mistake(list)).contains(list + ":1: not a mapping of header names to columns");
    assertThat(mistake(broken)).contains(broken + ":2: not YAML");
    assertThat(mistake(gbk)).contains(gbk + ":1: not UTF-8");
    assertThat(mistake(dir.resolve("none.yaml"))).contains("cannot read the column map");
  }

  private static String mistake(Path columnMap) {
    Run run =
        Run.of("--date", "2024-09-30", "--column-map", columnMap.toString(), Ledgers.SAMPLE.toString());
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines()).hasSize(2);
    return run.err().lines().toList().get(0);
  }

  @Test
  void editDistanceCountsInsertionsDeletionsAndReplacements() {
    assertThat(Header.editDistance("金额", "列支金额")).isEqualTo(2);
    assertThat(Header.editDistance("amount", "amuont")).isEqualTo(2);
    assertThat(Header.editDistance("", "cost")).isEqualTo(4);
    assertThat(Header.editDistance("actual", "actual")).isZero();
  }
}
