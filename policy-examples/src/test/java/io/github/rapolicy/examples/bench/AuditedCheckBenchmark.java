package io.github.rapolicy.examples.bench;

import io.github.rapolicy.examples.ledger.LedgerCheck;
import io.github.rapolicy.funding.CostKind;
import io.github.rapolicy.funding.FundingSource;
import io.github.rapolicy.planning.ActualCost;
import io.github.rapolicy.planning.LedgerEntry;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * The ledger check end to end, a ledger file in and a CSV report out ({@code -o FILE}), on the
 * ledger of {@link AuditBenchmark} (1,000,000 lines over 100,000 distinct costs, shuffled) written
 * as CSV twice: with the columns {@code position} and {@code period}, so that the check audits it
 * as a whole, and without them, so that it judges each line alone; in the same run.
 *
 * <p>Judged alone, the 3 % of lines that are reversals (negative amounts) are {@code ERROR}, as the
 * ledger format says; every other line is judged as in the audited file. Run from the project
 * root, outside the tests:
 *
 * <pre>
 * ./mvnw -q -DskipTests -Pbench -pl policy-examples -am package exec:exec -Dbench.main=io.github.rapolicy.examples.bench.AuditedCheckBenchmark
 * </pre>
 *
 * <p>After JMH's report it prints the ratio of the two.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(java.util.concurrent.TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3)
@Measurement(iterations = 5)
public class AuditedCheckBenchmark {

  /** The folder the ledgers and the reports are written in. */
  @Param("/dev/shm")
  public String dir;

  private Path folder = Path.of("");
  private Path audited = Path.of("");
  private Path alone = Path.of("");
  private Path report = Path.of("");

  @Setup(Level.Trial)
  public void writeLedgers() throws IOException {
    Path base = Path.of(dir);
    folder =
        Files.createTempDirectory(
            Files.isDirectory(base) ? base : Path.of(System.getProperty("java.io.tmpdir")),
            "audited-bench-");
    audited = folder.resolve("audited.csv");
    alone = folder.resolve("alone.csv");
    report = folder.resolve("report.csv");
    List<LedgerEntry> ledger =
        AuditBenchmark.ledger(AuditBenchmark.LINES / AuditBenchmark.COSTS, new Random(20_240_625L));
    write(ledger, audited, true);
    write(ledger, alone, false);
  }

  @TearDown(Level.Trial)
  public void deleteFolder() throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    }
  }

  /** Writes {@code ledger} as the ledger check reads it, with or without position and period. */
  static void write(List<LedgerEntry> ledger, Path file, boolean asAWhole) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(
          "line,position_category,position_project,service_agreement,fund,fund_project,cost,amount,actual"
              + (asAWhole ? ",position,period" : "")
              + "\n");
      for (LedgerEntry entry : ledger) {
        ActualCost cost = entry.cost();
        String positionId = cost.position().id();
        String project = "P" + (Integer.parseInt(positionId.substring("RA-".length())) % 500);
        boolean matching = entry.fund().equals(FundingSource.matchingFund());
        out.write(
            entry.line()
                + ",科研项目辅助研究,"
                + project
                + ",是,"
                + (matching ? "配套资金," : "劳务费," + project)
                + ","
                + (cost.kind() == CostKind.LABOUR_REMUNERATION ? "劳务性报酬" : "社会保险补助")
                + ","
                + (entry.isReversal() ? "-" : "")
                + entry.amount()
                + ","
                + cost.amount()
                + (asAWhole ? "," + positionId + "," + cost.month() : "")
                + "\n");
      }
    }
  }

  /** The lines judged alone: the ledger without position and period. */
  @Benchmark
  public int judgedAlone() {
    return check(alone);
  }

  /** The same lines audited as a whole: the ledger with position and period. */
  @Benchmark
  public int auditedAsAWhole() {
    return check(audited);
  }

  private int check(Path ledger) {
    int code =
        LedgerCheck.run(
            new String[] {"--date", "2024-10-31", "--format", "csv", "-o", report.toString(), ledger.toString()},
            OutputStream.nullOutputStream(),
            OutputStream.nullOutputStream());
    if (code != 1 && code != 2) { // some lines are refused, some (judged alone, the reversals) ERROR
      throw new IllegalStateException("the ledger check exited with " + code);
    }
    return code;
  }

  /** Runs the benchmarks, then prints their ratio. */
  public static void main(String[] args) throws Exception {
    CommandLineOptions command = new CommandLineOptions(args);
    OptionsBuilder builder = new OptionsBuilder();
    builder.parent(command);
    if (command.getIncludes().isEmpty()) {
      builder.include(AuditedCheckBenchmark.class.getName() + "\\.");
    }
    Collection<RunResult> results = new Runner(builder.build()).run();
    double alone = Double.NaN;
    double audited = Double.NaN;
    for (RunResult result : results) {
      String name = result.getParams().getBenchmark();
      if (name.endsWith(".judgedAlone")) {
        alone = result.getPrimaryResult().getScore();
      } else if (name.endsWith(".auditedAsAWhole")) {
        audited = result.getPrimaryResult().getScore();
      }
    }
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    out.printf(
        Locale.ROOT,
        "%nthe ledger check, %,d lines over %,d costs: judged alone %,.0f ms, audited as a whole %,.0f ms,"
            + " audited / alone %.2f%n",
        AuditBenchmark.LINES,
        AuditBenchmark.COSTS,
        alone,
        audited,
        audited / alone);
  }
}
