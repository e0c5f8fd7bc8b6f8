package io.github.rapolicy.examples.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The program as a finance system runs it: {@code main} in a JVM of its own, whose exit code is
 * the documented one and whose output has no stack trace and no log noise.
 */
class LedgerCheckProcessTest {

  record Result(int exitCode, String out, String err) {}

  static Result java(String mainClass, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(mainClass);
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).start();
    process.getOutputStream().close();
    byte[] out = process.getInputStream().readAllBytes();
    byte[] err = process.getErrorStream().readAllBytes();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Result(
        process.exitValue(),
        new String(out, StandardCharsets.UTF_8),
        new String(err, StandardCharsets.UTF_8));
  }

  @Test
  void theSampleExitsWith2AndWritesTheReport() throws Exception {
    Result result =
        java(LedgerCheck.class.getName(), "--date", "2024-09-30", Ledgers.SAMPLE.toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.out()).startsWith("账本核查 Ledger check").contains("25 行 rows:");
    assertThat(result.err()).isEmpty();
  }

  @Test
  void aMissingFileExitsWith3AndOneMessage() throws Exception {
    Result result = java(LedgerCheck.class.getName(), "--date", "2024-09-30", "no-such.csv");

    assertThat(result.exitCode()).isEqualTo(3);
    assertThat(result.out()).isEmpty();
    assertThat(result.err())
        .isEqualTo("ledger-check: no such file: no-such.csv\nledger-check: 找不到账本文件“no-such.csv”\n");
  }

  @Test
  void aWrongCommandLineExitsWith4() throws Exception {
    Result result = java(LedgerCheck.class.getName(), Ledgers.SAMPLE.toString());

    assertThat(result.exitCode()).isEqualTo(4);
    assertThat(result.err()).startsWith("ledger-check: Missing required option: '--date=YYYY-MM-DD'");
  }
}
