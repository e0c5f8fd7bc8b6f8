package io.github.rapolicy.examples.ledger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Ledgers for the tests: the shipped sample, and files written on the spot. */
final class Ledgers {

  /** The sample ledger shipped in the repository; tests run in policy-examples/. */
  static final Path SAMPLE = Path.of("ledgers", "sample-2024-09.csv");

  /** Every column, in the README's order. */
  static final String HEADER =
      "line,position_category,position_project,service_agreement,fund,fund_project,"
          + "balance_retained,balance_for_research,cost,amount,actual";

  /** A row that is allowed: labour remuneration from its own project's labour fee. */
  static final String ALLOWED_ROW = "L-ok,科研项目辅助研究,P1,是,劳务费,P1,,,劳务性报酬,6500.00,6500.00";

  private Ledgers() {}

  /** Writes {@code lines} (joined with LF, ending with one) to {@code file} in UTF-8. */
  static Path write(Path file, List<String> lines) {
    return write(file, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
  }

  static Path write(Path file, byte[] bytes) {
    try {
      Files.write(file, bytes);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
