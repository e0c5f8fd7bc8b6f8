package io.github.rapolicy.examples.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Progress on standard error: a line updated in place every so many rows, only where the program
 * runs in a terminal and the report goes to a file; never in the report, never where standard
 * error is read by a program.
 */
class ProgressTest {

  @TempDir Path dir;

  private Path ledger(int rows) {
    List<String> lines = new ArrayList<>();
    lines.add(Ledgers.HEADER);
    for (int i = 0; i < rows; i++) {
      lines.add(Ledgers.ALLOWED_ROW.replace("L-ok", "L-" + i));
    }
    return Ledgers.write(dir.resolve("ledger.csv"), lines);
  }

  private static String err(long every, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = LedgerCheck.run(args, out, err, every);
    assertThat(code).isZero();
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void inATerminalWithAReportFileEveryNthRowIsCounted() throws Exception {
    Path report = dir.resolve("report.txt");

    String err = err(2, "--date", "2024-09-30", "-o", report.toString(), ledger(5).toString());

    assertThat(err)
        .isEqualTo(
            "\rledger-check: 2 rows checked / 已核查2行"
                + "\rledger-check: 4 rows checked / 已核查4行"
                + System.lineSeparator());
    assertThat(Files.readString(report)).doesNotContain("rows checked");
  }

  @Test
  void withoutATerminalOrWithTheReportOnStandardOutputThereIsNone() {
    Path ledger = ledger(5);

    assertThat(err(0, "--date", "2024-09-30", "-o", dir.resolve("r.txt").toString(), ledger.toString()))
        .isEmpty();
    assertThat(err(2, "--date", "2024-09-30", ledger.toString())).isEmpty();
    // what the tests' JVM is: no console, so run() shows none
    assertThat(System.console()).isNull();
  }
}
