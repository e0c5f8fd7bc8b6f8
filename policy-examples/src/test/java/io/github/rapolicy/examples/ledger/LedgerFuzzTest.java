package io.github.rapolicy.examples.ledger;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Timeout;

/**
 * Coverage-guided fuzz tests of the ledger check, from the bytes of a file. In {@code ./mvnw
 * verify} they run in regression mode on the inputs kept in {@code
 * src/test/resources/io/github/rapolicy/examples/ledger/LedgerFuzzTestInputs/}; with {@code
 * JAZZER_FUZZ=1} Jazzer fuzzes one of them (the README's "Reliability").
 */
class LedgerFuzzTest {

  private static final Path DIR = temporaryDirectory();
  private static final Path LEDGER = DIR.resolve("ledger.csv");
  private static final Path WORKBOOK = DIR.resolve("ledger.xlsx");
  private static final RowChecker CHECKER =
      new RowChecker(io.github.rapolicy.rules.Policy.ofNotice().on(LocalDate.of(2024, 9, 30)));

  /**
   * The CSV reader: either the file cannot be split into rows at all (the one documented
   * exception, with a message in both languages), or every row comes out once, in file order,
   * each with the line it starts on, and the count returned is the count given.
   */
  @FuzzTest
  @Timeout(10)
  void csvReader(byte[] bytes) throws IOException {
    write(bytes);
    List<LedgerRow> rows = new ArrayList<>();
    long count;
    try {
      count = LedgerReader.read(LEDGER, sink(rows));
    } catch (UnreadableLedgerException e) {
      assertThat(e.text().en()).isNotBlank();
      assertThat(e.text().zh()).isNotBlank();
      return;
    }
    assertThat(count).isEqualTo(rows.size());
    long previous = 1; // the header's line, at least
    for (LedgerRow row : rows) {
      assertThat(row.fileLine()).isGreaterThan(previous);
      assertThat(row.cells()).isNotEmpty();
      previous = row.fileLine();
    }
  }

  /**
   * The .xlsx reader (FastExcel's, and how cells become text): whatever the bytes, either the one
   * documented exception, with a message in both languages, or the header and then every row that
   * is not blank, once, in sheet order, each as wide as the header or wider, and the count
   * returned is the count given. Nothing else is thrown, whatever FastExcel, the XML parser or
   * the ZIP reader make of the bytes.
   */
  @FuzzTest
  @Timeout(10)
  void xlsxReader(byte[] bytes) throws IOException {
    Files.write(WORKBOOK, bytes);
    List<LedgerRow> rows = new ArrayList<>();
    Header[] header = new Header[1];
    long count;
    try {
      count = LedgerReader.open(WORKBOOK, LedgerReader.Options.DEFAULT).read(sinkWithHeader(rows, header));
    } catch (UnreadableLedgerException e) {
      assertThat(e.text().en()).isNotBlank();
      assertThat(e.text().zh()).isNotBlank();
      return;
    }
    assertThat(count).isEqualTo(rows.size());
    assertThat(header[0]).isNotNull();
    long previous = 0;
    for (LedgerRow row : rows) {
      assertThat(row.fileLine()).isGreaterThan(previous);
      if (isZip(bytes)) {
        // A sheet's rows are padded to the header's width; a CSV file's rows are as written (a
        // short row is the checker's ERROR), found by the campaign: the reader reads CSV too.
        assertThat(row.cells())
            .hasSizeGreaterThanOrEqualTo(java.util.Objects.requireNonNull(header[0]).width());
      }
      previous = row.fileLine();
    }
  }

  private static boolean isZip(byte[] bytes) {
    return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
  }

  /**
   * The whole check, from the bytes of a ledger to the CSV report: never exit 5 (an internal
   * error); exit 3 with nothing on standard output for a file that cannot be read; otherwise one
   * report row per ledger row, in ledger order, and the last line saying the report is complete.
   */
  @FuzzTest
  @Timeout(20)
  void wholeCheck(byte[] bytes) throws IOException {
    write(bytes);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        LedgerCheck.run(
            new String[] {"--date", "2024-09-30", "--format", "csv", LEDGER.toString()}, out, err);
    String report = out.toString(UTF_8);

    assertThat(code).as(err.toString(UTF_8)).isBetween(0, 3);
    if (code == ExitCode.UNREADABLE.code()) {
      assertThat(report).isEmpty();
      assertThat(err.toString(UTF_8)).startsWith("ledger-check: ");
      return;
    }
    List<String> expected = new ArrayList<>();
    List<LedgerRow> rows = new ArrayList<>();
    Header[] header = new Header[1];
    try {
      LedgerReader.read(LEDGER, sinkWithHeader(rows, header));
    } catch (UnreadableLedgerException e) {
      throw new AssertionError("the check read a file the reader cannot", e);
    }
    for (LedgerRow row : rows) {
      expected.add(CHECKER.check(java.util.Objects.requireNonNull(header[0]), row).line());
    }
    List<CSVRecord> records =
        CSVFormat.RFC4180.builder().setCommentMarker('#').get().parse(new StringReader(report)).getRecords();
    assertThat(records.get(0).values()).containsExactly(CsvReport.HEADER);
    assertThat(records.subList(1, records.size())).extracting(r -> r.get(0)).isEqualTo(expected);
    String[] lines = report.split("\r?\n");
    assertThat(lines[lines.length - 1]).isEqualTo(ReportOutput.COMMENT_LINE.complete(rows.size()));
  }

  @AfterAll
  static void cleanUp() throws IOException {
    Files.deleteIfExists(LEDGER);
    Files.deleteIfExists(WORKBOOK);
    Files.deleteIfExists(DIR);
  }

  private static void write(byte[] bytes) throws IOException {
    Files.write(LEDGER, bytes);
  }

  private static LedgerReader.RowSink sink(List<LedgerRow> rows) {
    return sinkWithHeader(rows, new Header[1]);
  }

  private static LedgerReader.RowSink sinkWithHeader(List<LedgerRow> rows, @Nullable Header[] header) {
    return new LedgerReader.RowSink() {
      @Override
      public void header(Header read) {
        assertThat(header[0]).isNull();
        assertThat(rows).isEmpty();
        header[0] = read;
      }

      @Override
      public void row(LedgerRow row) {
        assertThat(header[0]).isNotNull();
        rows.add(row);
      }
    };
  }

  private static Path temporaryDirectory() {
    try {
      return Files.createTempDirectory("ledger-fuzz");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
