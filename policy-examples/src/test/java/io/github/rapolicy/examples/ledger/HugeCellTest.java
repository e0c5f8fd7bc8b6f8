package io.github.rapolicy.examples.ledger;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Memory stays bounded: a 100 MB cell is one clear error, in a JVM of 64 MB, in a CSV file and in
 * a workbook (a shared string or an inline one).
 */
class HugeCellTest {

  private static final String PLACEHOLDER = "HUGE-CELL-PLACEHOLDER";

  @TempDir Path dir;

  @Test
  void aHundredMegabyteCellIsOneClearErrorInA64MegabyteHeap() throws Exception {
    Path ledger = dir.resolve("huge.csv");
    byte[] chunk = new byte[1 << 20];
    Arrays.fill(chunk, (byte) 'x');
    try (OutputStream out = Files.newOutputStream(ledger)) { // streamed: never one String
      out.write((Ledgers.HEADER + "\n" + Ledgers.ALLOWED_ROW + "\n\"L-huge\",\"").getBytes(UTF_8));
      for (int i = 0; i < 100; i++) {
        out.write(chunk);
      }
      out.write("\",,,,,,,,,\n".getBytes(UTF_8));
    }
    assertThat(Files.size(ledger)).isGreaterThan(100L << 20);

    assertOneClearErrorInA64MegabyteHeap(ledger);
  }

  @Test
  void aHundredMegabyteSharedStringOfAWorkbookIsOneClearErrorInA64MegabyteHeap() throws Exception {
    Path ledger = hugeWorkbook(false, "", "");
    assertThat(Files.size(ledger)).isLessThan(1L << 20); // 100 MB of x compress to little

    assertOneClearErrorInA64MegabyteHeap(ledger);
  }

  @Test
  void aHundredMegabyteInlineCellOfAWorkbookIsOneClearErrorInA64MegabyteHeap() throws Exception {
    assertOneClearErrorInA64MegabyteHeap(hugeWorkbook(true, "<t>", "</t>"));
  }

  @Test
  void aHundredMegabyteCellInCdataOrBehindANestedElementIsOneClearErrorToo() throws Exception {
    assertOneClearErrorInA64MegabyteHeap(hugeWorkbook(true, "<t><![CDATA[", "]]></t>"));
    assertOneClearErrorInA64MegabyteHeap(hugeWorkbook(true, "<t><c/>", "</t>"));
    assertOneClearErrorInA64MegabyteHeap(hugeWorkbook(false, "<si/>", ""));
  }

  /**
   * Writes a workbook whose third row's first cell holds 100 MB of text, streamed into the zip: a
   * shared string (as Excel writes text), or with {@code inline} an inline string of the sheet;
   * {@code open} and {@code close} go before and after the text (for a shared string, {@code
   * "<si/>"} is written between its megabytes).
   */
  private Path hugeWorkbook(boolean inline, String open, String close) throws IOException {
    Path small = dir.resolve("small.xlsx");
    OutputStream smallOut = Files.newOutputStream(small);
    Workbook workbook = new Workbook(smallOut, "ledger-check tests", "1.0");
    Worksheet sheet = workbook.newWorksheet("账本");
    List<String> header = Arrays.asList(Ledgers.HEADER.split(","));
    for (int c = 0; c < header.size(); c++) {
      sheet.value(0, c, header.get(c));
    }
    List<String> allowed = Arrays.asList(Ledgers.ALLOWED_ROW.split(",", -1));
    for (int c = 0; c < allowed.size(); c++) {
      sheet.value(1, c, allowed.get(c));
    }
    sheet.value(2, 0, PLACEHOLDER);
    workbook.finish();
    smallOut.close();

    Path ledger = Files.createTempFile(dir, inline ? "huge-inline" : "huge-shared", ".xlsx");
    byte[] chunk = new byte[1 << 20];
    Arrays.fill(chunk, (byte) 'x');
    try (ZipFile in = new ZipFile(small.toFile());
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(ledger))) {
      for (ZipEntry entry : Collections.list(in.entries())) {
        String xml = new String(in.getInputStream(entry).readAllBytes(), UTF_8);
        out.putNextEntry(new ZipEntry(entry.getName()));
        String before;
        String after;
        if (!inline && xml.contains(PLACEHOLDER) && entry.getName().endsWith("sharedStrings.xml")) {
          before = xml.substring(0, xml.indexOf(PLACEHOLDER));
          after = xml.substring(xml.indexOf(PLACEHOLDER) + PLACEHOLDER.length());
        } else if (inline && entry.getName().startsWith("xl/worksheets/")) {
          Matcher cell = Pattern.compile("<c r=\"A3\"[^>]*>.*?</c>").matcher(xml);
          assertThat(cell.find()).as("the sheet has cell A3: %s", xml).isTrue();
          before = xml.substring(0, cell.start()) + "<c r=\"A3\" t=\"inlineStr\"><is>" + open;
          after = close + "</is></c>" + xml.substring(cell.end());
        } else {
          out.write(xml.getBytes(UTF_8));
          continue;
        }
        out.write(before.getBytes(UTF_8));
        for (int i = 0; i < 100; i++) {
          out.write(chunk);
          if (!inline) {
            out.write(open.getBytes(UTF_8));
          }
        }
        out.write(after.getBytes(UTF_8));
      }
    }
    return ledger;
  }

  private static void assertOneClearErrorInA64MegabyteHeap(Path ledger) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx64m");
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(LedgerCheck.class.getName());
    command.addAll(List.of("--date", "2024-09-30", ledger.toString()));
    Process process = new ProcessBuilder(command).start();
    process.getOutputStream().close();
    byte[] out = process.getInputStream().readAllBytes();
    String err = new String(process.getErrorStream().readAllBytes(), UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();

    assertThat(process.exitValue()).as(err).isEqualTo(3);
    assertThat(out).isEmpty();
    assertThat(err)
        .isEqualTo(
            "ledger-check: a cell starting on line 3 is longer than the limit of 1048576"
                + " characters: not a ledger export; no row was checked\n"
                + "ledger-check: 第3行起的一个单元格超过1048576个字符的上限，不是账本导出文件；未核查任何行\n");
  }

  @Test
  void theLimitsCountCellsAndRowsAsTheParserSplitsThem() throws IOException {
    assertThat(read("ab,cd\r\n\"e,\"\"f\"\n", 7, 100)).isEqualTo("ab,cd\r\n\"e,\"\"f\"\n");
    assertThatThrownBy(() -> read("ab,cd\n\"x,\"\"yz\",1\n", 5, 100))
        .isInstanceOf(BoundedCells.CellTooLongException.class)
        .hasMessage("a cell starting on line 2 is longer than 5 characters");
    assertThatThrownBy(() -> read("a\r\n\r\nb,c,\"d\ne\",f\n", 10, 6))
        .isInstanceOf(BoundedCells.CellTooLongException.class)
        .hasMessage("a row starting on line 3 is longer than 6 characters");
    // a quote inside an unquoted cell does not open a quoted one: the next line is a new row
    assertThat(read("ab\"c\nde\n", 4, 4)).isEqualTo("ab\"c\nde\n");
  }

  @Test
  void aLedgerWithACellAtTheLimitIsRead() throws Exception {
    String cell = "y".repeat(BoundedCells.MAX_CELL - 2);
    Path ledger =
        Ledgers.write(dir.resolve("at-limit.csv"), List.of(Ledgers.HEADER, "\"" + cell + "\",,,,,,,,,,"));
    List<LedgerRow> rows = new ArrayList<>();
    LedgerReader.read(
        ledger,
        new LedgerReader.RowSink() {
          @Override
          public void header(Header header) {}

          @Override
          public void row(LedgerRow row) {
            rows.add(row);
          }
        });
    assertThat(rows).singleElement().satisfies(r -> assertThat(r.cells().get(0)).isEqualTo(cell));
  }

  private static String read(String text, int maxCell, int maxRecord) throws IOException {
    StringBuilder read = new StringBuilder();
    try (BoundedCells cells = new BoundedCells(new StringReader(text), maxCell, maxRecord)) {
      char[] buffer = new char[3];
      int n;
      while ((n = cells.read(buffer, 0, buffer.length)) >= 0) {
        read.append(buffer, 0, n);
      }
    }
    return read.toString();
  }
}
