package io.github.rapolicy.examples.ledger;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A report is never half-written: a file only whole, standard output ending with what it is. */
class ReportOutputTest {

  @TempDir Path dir;

  @Test
  void aCompletedFileReplacesThePreviousOneWithItsLastLineAndNoTemporaryFile() throws IOException {
    Path report = Files.writeString(dir.resolve("report.csv"), "previous\n");
    Files.setPosixFilePermissions(report, PosixFilePermissions.fromString("rw-r-----"));

    try (ReportOutput output = ReportOutput.replacing(report, ReportOutput.COMMENT_LINE)) {
      output.writer().println("row 1");
      output.rowWritten();
      output.writer().println("row 2");
      output.rowWritten();
      assertThat(Files.readString(report)).isEqualTo("previous\n");
      output.complete();
    }

    assertThat(Files.readAllLines(report, UTF_8))
        .containsExactly("row 1", "row 2", "# ledger-check: report complete, 2 rows / 报告完整，共2行");
    assertThat(Files.getPosixFilePermissions(report))
        .isEqualTo(PosixFilePermissions.fromString("rw-r-----"));
    assertThat(filesIn(dir)).containsExactly("report.csv");
  }

  @Test
  void aNewFileIsReadableByAll() throws IOException {
    Path report = dir.resolve("new.txt");
    try (ReportOutput output = ReportOutput.replacing(report, ReportOutput.COMMENT_LINE)) {
      output.complete();
    }
    assertThat(Files.getPosixFilePermissions(report))
        .isEqualTo(PosixFilePermissions.fromString("rw-r--r--"));
    assertThat(Files.readString(report)).isEqualTo("# ledger-check: report complete, 0 rows / 报告完整，共0行\n");
  }

  @Test
  void aFailureMidFileLeavesThePreviousFileUntouchedAndNoPartialOne() throws IOException {
    Path report = Files.writeString(dir.resolve("report.csv"), "previous\n");

    try (ReportOutput output = ReportOutput.replacing(report, ReportOutput.COMMENT_LINE)) {
      for (int i = 0; i < 10_000; i++) { // well past what is held back: the temporary file grows
        output.writer().println("row " + i);
        output.rowWritten();
      }
      assertThat(filesIn(dir)).hasSize(2);
      // a failure: the check throws, and the report is closed without being completed
    }

    assertThat(Files.readString(report)).isEqualTo("previous\n");
    assertThat(filesIn(dir)).containsExactly("report.csv");
  }

  @Test
  void noFileAtAllWhenThereWasNoneBefore() throws IOException {
    Path report = dir.resolve("report.csv");
    try (ReportOutput output = ReportOutput.replacing(report, ReportOutput.COMMENT_LINE)) {
      output.writer().println("row");
      output.rowWritten();
    }
    assertThat(filesIn(dir)).isEmpty();
  }

  @Test
  void aReportToAMissingDirectoryCannotStart() {
    Path report = dir.resolve("no-such-dir").resolve("report.csv");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> ReportOutput.replacing(report, ReportOutput.COMMENT_LINE))
        .isInstanceOf(IOException.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> ReportOutput.replacing(dir, ReportOutput.COMMENT_LINE))
        .isInstanceOf(IOException.class)
        .hasMessage("is a directory");
  }

  @Test
  void aStreamedReportCutShortEndsWithWholeRowsAndTheLineThatSaysSo() {
    StringWriter out = new StringWriter();
    try (ReportOutput output = ReportOutput.streaming(out, ReportOutput.COMMENT_LINE)) {
      output.writer().println("heading");
      output.partWritten();
      output.writer().println("row 1");
      output.rowWritten();
      output.writer().print("half of row 2"); // the failure strikes here
    }
    assertThat(out.toString())
        .isEqualTo(
            "heading\nrow 1\n# ledger-check: report INCOMPLETE after 1 rows, the check did not"
                + " finish; do not use it / 报告不完整（已写1行，核查未完成），请勿使用\n");
  }

  @Test
  void aStreamedReportGoesOutAsItIsWrittenAndEndsWithTheCompleteLine() throws IOException {
    int rows = 1000; // of 100 characters: more than one part goes out before the end
    StringWriter out = new StringWriter();
    try (ReportOutput output = ReportOutput.streaming(out, ReportOutput.COMMENT_LINE)) {
      String row = "x".repeat(99);
      for (int i = 0; i < rows; i++) {
        output.writer().println(row);
        output.rowWritten();
      }
      // What is released goes out on the writing thread, soon after: wait for it, at most 10 s.
      long deadline = System.nanoTime() + 10_000_000_000L;
      while (out.getBuffer().length() < ReportOutput.RELEASE_AT && System.nanoTime() < deadline) {
        Thread.onSpinWait();
      }
      assertThat(out.getBuffer().length())
          .isGreaterThanOrEqualTo(ReportOutput.RELEASE_AT)
          .isLessThan(rows * 100);
      output.complete();
      output.abandon(new Text("晚了", "too late")); // does nothing once complete
    }
    assertThat(out.toString())
        .endsWith("x\n# ledger-check: report complete, 1000 rows / 报告完整，共1000行\n")
        .hasSize(rows * 100 + "# ledger-check: report complete, 1000 rows / 报告完整，共1000行\n".length());
  }

  @Test
  void nothingIsWrittenOnceTheReportIsAbandoned() {
    StringWriter out = new StringWriter();
    try (ReportOutput output = ReportOutput.streaming(out, ReportOutput.COMMENT_LINE)) {
      output.abandon(new Text("文件已变", "the file changed"));
      output.writer().println("late row");
      output.rowWritten();
      assertThat(output.writer().checkError()).isTrue();
      org.assertj.core.api.Assertions.assertThatThrownBy(output::complete)
          .isInstanceOf(IOException.class);
    }
    assertThat(out.toString())
        .isEqualTo(
            "# ledger-check: report INCOMPLETE after 0 rows, the file changed; do not use it /"
                + " 报告不完整（已写0行，文件已变），请勿使用\n");
  }

  static List<String> filesIn(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(f -> String.valueOf(f.getFileName())).sorted().toList();
    }
  }

  @Test
  void everyReleasedRowComesOutOnceInOrderAsItWasWritten() throws IOException {
    int rows = 2_000;
    StringWriter out = new StringWriter();
    StringBuilder expected = new StringBuilder();
    try (ReportOutput output = ReportOutput.streaming(out, ReportOutput.COMMENT_LINE)) {
      for (int i = 0; i < rows; i++) {
        String row = String.format(Locale.ROOT, "%06d", i) + "x".repeat(93);
        output.writer().println(row);
        output.rowWritten();
        expected.append(row).append('\n');
      }
      String big = "big " + "y".repeat(3 * ReportOutput.RELEASE_AT); // larger than a part's room
      output.writer().println(big);
      output.rowWritten();
      expected.append(big).append('\n');
      output.complete();
    }
    assertThat(out.toString())
        .isEqualTo(expected + ReportOutput.COMMENT_LINE.complete(rows + 1) + "\n");
  }
}
