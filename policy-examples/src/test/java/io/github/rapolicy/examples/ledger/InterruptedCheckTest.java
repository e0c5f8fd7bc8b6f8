package io.github.rapolicy.examples.ledger;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ledger check interrupted mid-report, as a user's Ctrl-C (SIGINT) or a scheduler's SIGTERM
 * does it: the program runs in a JVM of its own on a large ledger and is signalled while it writes.
 */
class InterruptedCheckTest {

  private static final int ROWS = 60_000;

  @TempDir Path dir;

  private Path ledger;

  @BeforeEach
  void writeLargeLedger() throws IOException {
    ledger = dir.resolve("large.csv");
    try (BufferedWriter writer = Files.newBufferedWriter(ledger, UTF_8)) {
      writer.write(Ledgers.HEADER);
      writer.newLine();
      for (int i = 0; i < ROWS; i++) {
        writer.write(Ledgers.ALLOWED_ROW.replace("L-ok", "L" + i));
        writer.newLine();
      }
    }
  }

  @Test
  void sigtermWhileWritingToAFileLeavesThePreviousReportAndNoPartialOne() throws Exception {
    Path report = Files.writeString(dir.resolve("report.csv"), "the previous report\n");
    Process process =
        start("--date", "2024-09-30", "--format", "csv", "-o", report.toString(), ledger.toString());
    drain(process.getInputStream());
    drain(process.getErrorStream());

    Path partial = awaitPartialFile(process);
    process.destroy(); // SIGTERM

    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isEqualTo(128 + 15);
    assertThat(partial).doesNotExist();
    assertThat(Files.readString(report)).isEqualTo("the previous report\n");
    assertThat(ReportOutputTest.filesIn(dir)).containsExactly("large.csv", "report.csv");
  }

  @Test
  void sigintWhileStreamingEndsStandardOutputWithWholeRowsAndTheIncompleteLine() throws Exception {
    // A program started in the background by a shell without job control inherits SIGINT ignored,
    // and a JVM then never sees Ctrl-C: there is no interrupt to test (a terminal's Ctrl-C is
    // never ignored so). Linux shows the ignored signals in /proc/self/status.
    Assumptions.assumeFalse(sigintIgnored(), "SIGINT is ignored in this process and its children");
    Process process = start("--date", "2024-09-30", "--format", "csv", ledger.toString());
    drain(process.getErrorStream());
    InputStream stdout = process.getInputStream();
    ByteArrayOutputStream seen = new ByteArrayOutputStream();
    byte[] chunk = new byte[8192];
    while (seen.size() < 64 * 1024) {
      int n = stdout.read(chunk);
      assertThat(n).as("the report ended before it could be interrupted").isPositive();
      seen.write(chunk, 0, n);
    }
    new ProcessBuilder("kill", "-INT", String.valueOf(process.pid())).start().waitFor();
    seen.write(stdout.readAllBytes());

    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isEqualTo(128 + 2);
    String out = seen.toString(UTF_8);
    String[] lines = out.split("\n");
    String last = lines[lines.length - 1];
    assertThat(last).startsWith("# ledger-check: report INCOMPLETE after ").contains("interrupted");
    List<CSVRecord> records =
        CSVFormat.RFC4180.builder().setCommentMarker('#').get().parse(new StringReader(out)).getRecords();
    long rows = records.size() - 1L;
    assertThat(rows).isPositive().isLessThan(ROWS);
    assertThat(last).startsWith("# ledger-check: report INCOMPLETE after " + rows + " rows");
    for (int i = 1; i < records.size(); i++) { // whole rows, in ledger order
      assertThat(records.get(i).size()).isEqualTo(5);
      assertThat(records.get(i).get(0)).isEqualTo("L" + (i - 1));
      assertThat(records.get(i).get(1)).isEqualTo("ALLOWED");
    }
  }

  /** Whether this JVM was started with SIGINT ignored, which its children inherit. */
  private static boolean sigintIgnored() throws IOException {
    Path status = Path.of("/proc/self/status");
    if (!Files.isReadable(status)) {
      return false;
    }
    for (String line : Files.readAllLines(status, UTF_8)) {
      if (line.startsWith("SigIgn:")) {
        return (Long.parseUnsignedLong(line.substring("SigIgn:".length()).strip(), 16) & 0x2) != 0;
      }
    }
    return false;
  }

  private static Process start(String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(LedgerCheck.class.getName());
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).start();
    process.getOutputStream().close();
    return process;
  }

  /** Waits until the report's temporary file beside it holds part of the report. */
  private Path awaitPartialFile(Process process) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (System.nanoTime() < deadline) {
      assertThat(process.isAlive()).as("the check ended before it could be interrupted").isTrue();
      for (String name : ReportOutputTest.filesIn(dir)) {
        Path file = dir.resolve(name);
        if (name.startsWith(".report.csv.") && name.endsWith(".part") && Files.size(file) > 64 * 1024) {
          return file;
        }
      }
      Thread.sleep(10);
    }
    throw new AssertionError("no partial report appeared");
  }

  private static void drain(InputStream stream) {
    Thread thread =
        new Thread(
            () -> {
              try {
                stream.transferTo(java.io.OutputStream.nullOutputStream());
              } catch (IOException e) {
                // the process is gone
              }
            });
    thread.setDaemon(true);
    thread.start();
  }
}
