package io.github.rapolicy.examples.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rapolicy.examples.Jvm;
import org.junit.jupiter.api.Test;

/**
 * The program as a finance system runs it: {@code main} in a JVM of its own, whose exit code is
 * the documented one and whose output has no stack trace and no log noise.
 */
class LedgerCheckProcessTest {

  @Test
  void theSampleExitsWith2AndWritesTheReport() throws Exception {
    Jvm.Result result =
        Jvm.run(LedgerCheck.class, "--date", "2024-09-30", Ledgers.SAMPLE.toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.out()).startsWith("账本核查 Ledger check").contains("29 行 rows:");
    assertThat(result.err()).isEmpty();
  }

  @Test
  void aMissingFileExitsWith3AndOneMessage() throws Exception {
    Jvm.Result result = Jvm.run(LedgerCheck.class, "--date", "2024-09-30", "no-such.csv");

    assertThat(result.exitCode()).isEqualTo(3);
    assertThat(result.out()).isEmpty();
    assertThat(result.err())
        .isEqualTo("ledger-check: no such file: no-such.csv\nledger-check: 找不到账本文件“no-such.csv”\n");
  }

  @Test
  void aWrongCommandLineExitsWith4() throws Exception {
    Jvm.Result result = Jvm.run(LedgerCheck.class, Ledgers.SAMPLE.toString());

    assertThat(result.exitCode()).isEqualTo(4);
    assertThat(result.err()).startsWith("ledger-check: Missing required option: '--date=YYYY-MM-DD'");
  }
}
