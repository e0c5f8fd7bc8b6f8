package io.github.rapolicy.examples.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A month of a large university's ledger: 100,000 rows in, 100,000 report rows out, in ledger
 * order, with every verdict counted. No wall-clock bound: speed is measured by {@code
 * bench.LedgerCheckBenchmark} against a baseline in the same run (BENCHMARKS.md).
 */
class LargeLedgerTest {

  private static final int ROWS = 100_000;

  /** Ten kinds of row, repeated: four allowed, one not allowed, one undecided, four malformed. */
  private static final List<String> BODIES =
      List.of(
          "科研项目辅助研究,P%1$d,是,劳务费,P%1$d,,,劳务性报酬,6500.00,6500.00",
          "科研项目辅助研究,P%1$d,是,劳务费,P%1$d,,,社会保险补助,1183.50,1183.50",
          "科研项目辅助研究,P%1$d,是,劳务费,P%1$d,,,住房公积金,780.00,780.00",
          "学术助理,,是,结余资金,,是,是,劳务性报酬,5800.00,5800.00",
          "财务助理,,是,配套资金,,,,住房公积金,650.00,650.00",
          "科研项目辅助研究,P%1$d,否,设备费,P%1$d,,,劳务性报酬,6500.00,6500.00",
          "科研项目辅助研究,P%1$d,是,劳务费,P%1$d,,,劳务性报酬,6500.005,6500.005",
          "科研项目辅助研究,P%1$d,是,劳务费,,,,劳务性报酬,6500.00,6500.00",
          "科研项目辅助研究,P%1$d,待补签,劳务费,P%1$d,,,劳务性报酬,6500.00,6500.00",
          "科研项目辅助研究,P%1$d");

  @TempDir Path dir;

  @Test
  void aHundredThousandRowsInAHundredThousandRowsOut() throws IOException {
    Path ledger = dir.resolve("large.csv");
    try (BufferedWriter writer = Files.newBufferedWriter(ledger, StandardCharsets.UTF_8)) {
      writer.write(Ledgers.HEADER);
      writer.newLine();
      for (int i = 0; i < ROWS; i++) {
        writer.write("R" + i + "," + String.format(BODIES.get(i % BODIES.size()), i % 997));
        writer.newLine();
      }
    }
    Path report = dir.resolve("report.csv");

    Run run = Run.of("--date", "2024-09-30", "--format", "csv", "-o", report.toString(), ledger.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    List<String> lines = Files.readAllLines(report, StandardCharsets.UTF_8);
    assertThat(lines).hasSize(ROWS + 2);
    assertThat(lines.get(ROWS)).startsWith("R" + (ROWS - 1) + ",ERROR,,");
    assertThat(lines.get(ROWS + 1)).isEqualTo(ReportOutput.COMMENT_LINE.complete(ROWS));
    Map<String, Long> verdicts =
        lines.stream().skip(1).limit(ROWS).collect(Collectors.groupingBy(l -> l.split(",", -1)[1], Collectors.counting()));
    assertThat(verdicts)
        .containsEntry("ALLOWED", 40_000L)
        .containsEntry("NOT_ALLOWED", 10_000L)
        .containsEntry("UNDECIDED", 10_000L)
        .containsEntry("ERROR", 40_000L);
    assertThat(run.err())
        .startsWith("100000 行 rows: 40000 ALLOWED, 10000 NOT_ALLOWED, 10000 UNDECIDED, 40000 ERROR");
  }
}
