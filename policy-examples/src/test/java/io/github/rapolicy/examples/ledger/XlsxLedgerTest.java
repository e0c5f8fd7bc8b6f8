package io.github.rapolicy.examples.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ledgers in Excel workbooks, end to end, written here with FastExcel's writer: numbers as exact
 * yuan, text as text, dates, hidden rows, the sheet asked for; and the files that are not .xlsx
 * (an .xls, a PDF, random bytes), each one message naming the format and what to save it as.
 */
class XlsxLedgerTest {

  /** Columns in the order the sheets below write them. */
  private static final List<String> COLUMNS =
      List.of(
          "line", "position_category", "position_project", "service_agreement", "fund",
          "fund_project", "cost", "amount", "actual", "position", "period");

  @TempDir Path dir;

  /** Writes a workbook with one sheet per entry of {@code sheets}, in that order. */
  static byte[] workbook(Map<String, Consumer<Worksheet>> sheets) {
    try (java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream()) {
      write(bytes, sheets);
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(OutputStream out, Map<String, Consumer<Worksheet>> sheets)
      throws IOException {
    Workbook workbook = new Workbook(out, "ledger-check tests", "1.0");
    for (Map.Entry<String, Consumer<Worksheet>> sheet : sheets.entrySet()) {
      sheet.getValue().accept(workbook.newWorksheet(sheet.getKey()));
    }
    workbook.finish();
  }

  private static void header(Worksheet sheet, List<String> names) {
    for (int c = 0; c < names.size(); c++) {
      sheet.value(0, c, names.get(c));
    }
  }

  /** A charge row: text cells, the amounts as numbers, the period as a date cell. */
  private static void row(
      Worksheet sheet, int r, String line, BigDecimal amount, BigDecimal actual, LocalDate period) {
    List<String> text = List.of(line, "科研项目辅助研究", "62301234", "是", "劳务费", "62301234", "劳务性报酬");
    for (int c = 0; c < text.size(); c++) {
      sheet.value(r, c, text.get(c));
    }
    sheet.value(r, 7, amount);
    sheet.value(r, 8, actual);
    sheet.value(r, 9, "RA-" + line);
    sheet.value(r, 10, period);
    sheet.style(r, 10).format("yyyy-mm").set();
  }

  private Path xlsx(String name, Map<String, Consumer<Worksheet>> sheets) {
    return Ledgers.write(dir.resolve(name), workbook(sheets));
  }

  @Test
  void numbersAreExactYuanTextIsTextDatesAreMonthsAndHiddenRowsAreRead() {
    Path ledger =
        xlsx(
            "ledger.xlsx",
            Map.of(
                "账本",
                sheet -> {
                  header(sheet, COLUMNS);
                  row(sheet, 1, "X-1", new BigDecimal("6500.1"), new BigDecimal("6500.1"), LocalDate.of(2024, 9, 1));
                  // 0.1 + 0.2 as a double, as a formula's result is stored: 0.30000000000000004
                  row(sheet, 2, "X-2", BigDecimal.valueOf(0.1 + 0.2), new BigDecimal("0.3"), LocalDate.of(2024, 9, 15));
                  row(sheet, 3, "X-3", new BigDecimal("1183.505"), new BigDecimal("1183.505"), LocalDate.of(2024, 9, 30));
                  sheet.hideRow(3);
                  // a text cell holding an amount, and a line that is a number
                  row(sheet, 4, "X-4", BigDecimal.ONE, BigDecimal.ONE, LocalDate.of(2024, 10, 1));
                  sheet.value(4, 0, 4);
                  sheet.value(4, 7, "6,500.00");
                  sheet.value(4, 8, "6500");
                }));

    Run run = Run.of("--date", "2024-10-31", "--format", "jsonl", ledger.toString());

    List<Map<String, @Nullable Object>> records = Json.lines(run.out());
    assertThat(records.get(0))
        .containsEntry("format", "xlsx, sheet \"账本\"")
        .doesNotContainKey("encoding");
    List<Map<String, @Nullable Object>> rows = records.subList(1, 5);
    assertThat(rows).extracting(r -> r.get("line")).containsExactly("X-1", "X-2", "X-3", "4");
    assertThat(rows).extracting(r -> r.get("file_line")).containsExactly(2L, 3L, 4L, 5L);
    assertThat(rows.get(0)).containsEntry("verdict", "ALLOWED").containsEntry("amount", "6500.10");
    assertThat(String.valueOf(rows.get(0).get("charge"))).contains("RA-X-1 2024-09");
    assertThat(rows.get(1)).containsEntry("verdict", "ALLOWED").containsEntry("amount", "0.30");
    assertThat(String.valueOf(rows.get(1).get("charge"))).contains("RA-X-2 2024-09");
    // the hidden row is read, and its three decimals are an ERROR, never rounded
    assertThat(rows.get(2)).containsEntry("verdict", "ERROR");
    assertThat(String.valueOf(rows.get(2).get("problem")))
        .contains("file line 4: amount \"1183.505\" has more than two decimal places");
    assertThat(rows.get(3)).containsEntry("verdict", "ALLOWED").containsEntry("amount", "6500.00");
    assertThat(String.valueOf(rows.get(3).get("charge"))).contains("RA-X-4 2024-10");
  }

  @Test
  void aCellLongerThanTheLimitIsOneClearErrorAndNoRowIsChecked() {
    String huge = "x".repeat(BoundedCells.MAX_CELL + 1);
    Path ledger =
        xlsx(
            "huge.xlsx",
            Map.of(
                "账本",
                sheet -> {
                  header(sheet, COLUMNS);
                  row(sheet, 1, "X-1", BigDecimal.ONE, BigDecimal.ONE, LocalDate.of(2024, 9, 1));
                  sheet.value(2, 0, huge);
                }));

    Run run = Run.of("--date", "2024-10-31", "--format", "csv", ledger.toString());

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .contains("a cell starting on line 3 is longer than the limit of 1048576 characters")
        .contains("no row was checked");
  }

  @Test
  void sharedStringsLongerThanTheirLimitTogetherAreOneClearError() {
    Path ledger =
        xlsx(
            "many-strings.xlsx",
            Map.of(
                "账本",
                sheet -> {
                  header(sheet, COLUMNS);
                  row(sheet, 1, "X-1", BigDecimal.ONE, BigDecimal.ONE, LocalDate.of(2024, 9, 1));
                }));
    long text = COLUMNS.stream().mapToLong(String::length).sum();

    assertThatThrownBy(() -> XlsxBounds.check(ledger, "rId1", text))
        .isInstanceOf(UnreadableLedgerException.class)
        .hasMessageContaining(
            "the shared strings (the text cells) of the workbook are longer than the limit of "
                + text
                + " characters together: not a ledger export; no row was checked");
  }

  @Test
  void anOverlongSharedStringNoRowUsesIsStillAnError() {
    String huge = "x".repeat(BoundedCells.MAX_CELL + 1);
    Path ledger =
        xlsx(
            "unused.xlsx",
            Map.of(
                "账本",
                sheet -> {
                  header(sheet, COLUMNS);
                  row(sheet, 1, "X-1", BigDecimal.ONE, BigDecimal.ONE, LocalDate.of(2024, 9, 1));
                },
                "其他",
                sheet -> sheet.value(0, 0, huge)));

    Run run = Run.of("--date", "2024-10-31", "--sheet", "账本", "--format", "csv", ledger.toString());

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .contains(
            "a shared string (a text cell) of the workbook is longer than the limit of 1048576"
                + " characters: not a ledger export; no row was checked");
  }

  @Test
  void theSameLedgerAsCsvAndAsXlsxGetsTheSameReport() throws IOException {
    List<CSVRecord> sample = org.apache.commons.csv.CSVFormat.RFC4180.parse(
        Files.newBufferedReader(Ledgers.SAMPLE)).getRecords();
    Path ledger =
        xlsx(
            "sample.xlsx",
            Map.of(
                "Sheet1",
                sheet -> {
                  for (int r = 0; r < sample.size(); r++) {
                    for (int c = 0; c < sample.get(r).size(); c++) {
                      sheet.value(r, c, sample.get(r).get(c));
                    }
                  }
                }));

    Run fromXlsx = Run.of("--date", "2024-09-30", "--format", "csv", ledger.toString());
    Run fromCsv = Run.of("--date", "2024-09-30", "--format", "csv", Ledgers.SAMPLE.toString());

    // Text cells are read as text: the same rows, the same verdicts, the same reasons; a row's
    // line is its row number in the sheet, which differs where a CSV cell spans two lines.
    assertThat(fromXlsx.exitCode()).isEqualTo(2);
    assertThat(fromXlsx.rows())
        .extracting(r -> List.of(r.get(0), r.get(1), r.get(2)))
        .isEqualTo(fromCsv.rows().stream().map(r -> List.of(r.get(0), r.get(1), r.get(2))).toList());
  }

  @Test
  void sheetReadsTheSheetNamedAndAnUnknownSheetListsTheSheets() {
    Path ledger =
        xlsx(
            "two-sheets.xlsx",
                orderedSheets(
                    "说明", sheet -> sheet.value(0, 0, "本工作簿第二张表为账本"),
                    "2024年9月", sheet -> {
                      header(sheet, COLUMNS);
                      row(sheet, 1, "S-1", new BigDecimal("6500"), new BigDecimal("6500"), LocalDate.of(2024, 9, 1));
                    }));

    Run first = Run.of("--date", "2024-09-30", ledger.toString());
    Run named = Run.of("--date", "2024-09-30", "--format", "csv", "--sheet", "2024年9月", ledger.toString());
    Run unknown = Run.of("--date", "2024-09-30", "--sheet", "九月", ledger.toString());

    assertThat(first.exitCode()).isEqualTo(3);
    assertThat(first.err())
        .contains("the header row (line 1) lacks the columns line (行号)")
        .contains(
            "(read from the first sheet, \"说明\"; the workbook's sheets are: 说明, 2024年9月;"
                + " choose the ledger's with --sheet NAME)")
        .contains("请用 --sheet 名称 选择账本所在的工作表");
    assertThat(named.exitCode()).isZero();
    assertThat(named.rows()).extracting(r -> r.get(0)).containsExactly("S-1");
    assertThat(named.err()).contains("format: xlsx, sheet \"2024年9月\"");
    assertThat(unknown.exitCode()).isEqualTo(3);
    assertThat(unknown.out()).isEmpty();
    assertThat(unknown.err())
        .contains("has no sheet \"九月\"; its sheets are: \"说明\", \"2024年9月\"")
        .contains("没有名为“九月”的工作表；其工作表为：说明、2024年9月");
  }

  private static Map<String, Consumer<Worksheet>> orderedSheets(
      String first, Consumer<Worksheet> a, String second, Consumer<Worksheet> b) {
    Map<String, Consumer<Worksheet>> sheets = new java.util.LinkedHashMap<>();
    sheets.put(first, a);
    sheets.put(second, b);
    return sheets;
  }

  @Test
  void chineseHeadersInAWorkbook() {
    Path ledger =
        xlsx(
            "chinese.xlsx",
            Map.of(
                "账本",
                sheet -> {
                  header(
                      sheet,
                      List.of("行号", "岗位类别", "岗位依托项目", "服务协议", "列支经费", "列支项目", "支出类型", "列支金额", "实际支出", "岗位编号", "所属期间"));
                  row(sheet, 1, "C-1", new BigDecimal("6500"), new BigDecimal("6500"), LocalDate.of(2024, 9, 1));
                }));

    Run run = Run.of("--date", "2024-09-30", "--format", "csv", ledger.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.rows()).extracting(r -> r.get(0), r -> r.get(1))
        .containsExactly(org.assertj.core.groups.Tuple.tuple("C-1", "ALLOWED"));
  }

  @Test
  void anXlsFileIsNamedWithWhatToSaveItAs() {
    byte[] ole2 = new byte[4096];
    byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    System.arraycopy(magic, 0, ole2, 0, magic.length);
    // named .csv: the content decides, not the name
    Run run = Run.of("--date", "2024-09-30", Ledgers.write(dir.resolve("ledger.csv"), ole2).toString());

    assertUnreadable(
        run,
        "is an Excel 97–2003 workbook (.xls) or another OLE2 file (such as a password-protected"
            + " workbook), which the ledger check does not read; save it as an .xlsx workbook or as"
            + " CSV UTF-8",
        "是Excel 97–2003 工作簿（.xls）");
  }

  @Test
  void randomBytesAreABinaryFile() {
    byte[] random = new byte[4096];
    new Random(20240625).nextBytes(random);

    Run run = Run.of("--date", "2024-09-30", Ledgers.write(dir.resolve("random.xlsx"), random).toString());

    assertUnreadable(run, "is a binary file, not text (it has NUL bytes)", "二进制文件");
  }

  @Test
  void aPdfAndAZipThatIsNoWorkbookAreNamed() throws IOException {
    Path pdf = Ledgers.write(dir.resolve("ledger.pdf"), "%PDF-1.7\n%âãÏÓ\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    Path zip = dir.resolve("ledger.zip");
    try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
      out.putNextEntry(new java.util.zip.ZipEntry("ledger.csv"));
      out.write(Ledgers.HEADER.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      out.closeEntry();
    }

    assertUnreadable(Run.of("--date", "2024-09-30", pdf.toString()), "is a PDF document", "PDF 文档");
    assertUnreadable(
        Run.of("--date", "2024-09-30", zip.toString()),
        "begins as a ZIP archive but is not an .xlsx workbook that can be read",
        "不是可读取的 .xlsx 工作簿");
  }

  @Test
  void anEmptySheetHasNoHeaderRow() {
    Path ledger = xlsx("empty.xlsx", Map.of("空表", sheet -> {}));

    assertUnreadable(
        Run.of("--date", "2024-09-30", ledger.toString()),
        "the sheet \"空表\" is empty: it has no header row",
        "工作表“空表”为空");
  }

  @Test
  void dateFormatsAreToldFromNumberFormats() {
    assertThat(XlsxLedger.isDate(14, null)).isTrue();
    assertThat(XlsxLedger.isDate(57, null)).isTrue(); // yyyy"年"m"月", Chinese Excel
    assertThat(XlsxLedger.isDate(164, "yyyy-mm")).isTrue();
    assertThat(XlsxLedger.isDate(165, "[$-804]yyyy\"年\"m\"月\";@")).isTrue();
    assertThat(XlsxLedger.isDate(2, null)).isFalse();
    assertThat(XlsxLedger.isDate(166, "#,##0.00_);[Red](#,##0.00)")).isFalse();
    assertThat(XlsxLedger.isDate(167, "\"¥\"#,##0.00")).isFalse();
    assertThat(XlsxLedger.isDate(168, "0.00E+00")).isFalse();
    assertThat(XlsxLedger.isDate(169, "\"day \"0")).isFalse();
    assertThat(XlsxLedger.isDate(null, "General")).isFalse();
  }

  private static void assertUnreadable(Run run, String english, String chinese) {
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines()).hasSize(2);
    assertThat(run.err().lines().toList().get(0)).startsWith("ledger-check: ").contains(english);
    assertThat(run.err().lines().toList().get(1)).startsWith("ledger-check: ").contains(chinese);
  }
}
