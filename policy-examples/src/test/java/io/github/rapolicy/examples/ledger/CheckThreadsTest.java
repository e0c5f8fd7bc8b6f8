package io.github.rapolicy.examples.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ledger check's threads (the reading thread, the report's writing thread) end with the check,
 * however it ends: a finance system runs the check again and again in one JVM.
 */
class CheckThreadsTest {

  @TempDir Path dir;

  @Test
  void noThreadOfTheCheckOutlivesItWhetherItFinishesFailsOrReadsAgain() {
    StringBuilder many = new StringBuilder(Ledgers.HEADER).append('\n');
    for (int i = 0; i < 3_000; i++) {
      many.append(Ledgers.ALLOWED_ROW.replace("L-ok", "L-" + i)).append('\n');
    }
    Path good = Ledgers.write(dir.resolve("good.csv"), many.toString().getBytes(StandardCharsets.UTF_8));
    Path broken =
        Ledgers.write(
            dir.resolve("broken.csv"),
            (many + "L-x,\"科研项目辅助研究,P1,是,劳务费,P1,,,劳务性报酬,1,1\n").getBytes(StandardCharsets.UTF_8));
    Path gbk = Ledgers.write(dir.resolve("gbk.csv"), many.toString().getBytes(Charset.forName("GBK")));
    Path report = dir.resolve("report.csv");

    List<Integer> codes = new ArrayList<>();
    for (Path ledger : List.of(good, broken, gbk)) {
      codes.add(Run.of("--date", "2024-09-30", "--format", "csv", ledger.toString()).exitCode());
      codes.add(
          Run.of("--date", "2024-09-30", "--format", "csv", "-o", report.toString(), ledger.toString())
              .exitCode());
    }

    assertThat(codes).containsExactly(0, 0, 3, 3, 0, 0);
    assertThat(checkThreads()).isEmpty(); // ended before the check returned, not some time later
  }

  @Test
  void theRowsReadBeforeAFailureAreFinishedBeforeItIsThrown() throws Exception {
    StringBuilder text = new StringBuilder(Ledgers.HEADER).append('\n');
    for (int i = 0; i < 300; i++) { // more than one batch, and a part of the next
      text.append(Ledgers.ALLOWED_ROW.replace("L-ok", "L-" + i)).append('\n');
    }
    text.append("L-x,\"科研项目辅助研究,P1,是,劳务费,P1,,,劳务性报酬,1,1\n");
    Path ledger = Ledgers.write(dir.resolve("cut.csv"), text.toString().getBytes(StandardCharsets.UTF_8));
    RowChecker checker = new RowChecker(io.github.rapolicy.rules.Policy.ofNotice().on(java.time.LocalDate.of(2024, 9, 30)));
    List<String> finished = new ArrayList<>();

    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                ReadAhead.read(
                    LedgerReader.open(ledger, LedgerReader.Options.DEFAULT),
                    checker,
                    read -> finished.add(checker.finish(read).line())))
        .isInstanceOf(UnreadableLedgerException.class)
        .hasMessageContaining("not closed");
    assertThat(finished).hasSize(300).startsWith("L-0").endsWith("L-299");
    assertThat(checkThreads()).isEmpty();
  }

  @Test
  void aCallerThatIsInterruptedGetsTheWholeReportAndItsInterruptBack() throws Exception {
    StringBuilder text = new StringBuilder(Ledgers.HEADER).append('\n');
    for (int i = 0; i < 2_000; i++) {
      text.append(Ledgers.ALLOWED_ROW.replace("L-ok", "L-" + i)).append('\n');
    }
    Path ledger = Ledgers.write(dir.resolve("many.csv"), text.toString().getBytes(StandardCharsets.UTF_8));

    Thread.currentThread().interrupt(); // as an embedding system's cancel would, before the check
    Run run;
    boolean stillInterrupted;
    try {
      run = Run.of("--date", "2024-09-30", "--format", "csv", ledger.toString());
    } finally {
      stillInterrupted = Thread.interrupted(); // and clears it for the next test
    }

    assertThat(stillInterrupted).isTrue();
    assertThat(run.exitCode()).isZero();
    assertThat(run.rows()).hasSize(2_000);
    assertThat(run.out()).endsWith("# ledger-check: report complete, 2000 rows / 报告完整，共2000行\n");
  }

  private static List<String> checkThreads() {
    List<String> names = new ArrayList<>();
    for (Thread thread : Thread.getAllStackTraces().keySet()) {
      if (thread.isAlive() && thread.getName().startsWith("ledger-check-")) {
        names.add(thread.getName());
      }
    }
    return names;
  }
}
