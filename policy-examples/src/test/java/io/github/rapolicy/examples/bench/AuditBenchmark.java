package io.github.rapolicy.examples.bench;

import com.google.common.collect.Lists;
import io.github.rapolicy.funding.CostKind;
import io.github.rapolicy.funding.FundingSource;
import io.github.rapolicy.funding.Money;
import io.github.rapolicy.planning.ActualCost;
import io.github.rapolicy.planning.LedgerAudit;
import io.github.rapolicy.planning.LedgerEntry;
import io.github.rapolicy.position.PlanProgramme;
import io.github.rapolicy.position.PlanProject;
import io.github.rapolicy.position.Position;
import io.github.rapolicy.position.PositionBasis;
import io.github.rapolicy.position.PositionCategory;
import io.github.rapolicy.position.PositionOrigin;
import io.github.rapolicy.rules.Expense;
import io.github.rapolicy.rules.Policy;
import io.github.rapolicy.rules.Verdict;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * A ledger audited as a whole ({@link LedgerAudit}: decision 4 and each cost's lines added up under
 * 据实列支, 3.3.5) beside the same lines judged alone (decision 4 in one step per line), in the same
 * run: 1,000,000 lines over 100,000 distinct costs, held in memory, in shuffled order.
 *
 * <p>The costs are 25,000 positions on 500 projects, two kinds of cost (remuneration, social
 * insurance) in two months; each cost has ten lines, split between its project's labour fee and
 * matching funds, 5 % of them charged twice and 3 % reversals. Both benchmarks count one operation
 * per line. Run from the project root, outside the tests:
 *
 * <pre>
 * ./mvnw -q -DskipTests -Pbench package exec:exec -Dbench.main=io.github.rapolicy.examples.bench.AuditBenchmark
 * </pre>
 *
 * <p>After JMH's report it prints the ratio of the two, and the live heap a session holds after the
 * whole ledger, beside ledgers of the same costs with a fifth and with twice the lines.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
@Warmup(iterations = 3, time = 4)
@Measurement(iterations = 5, time = 4)
public class AuditBenchmark {

  /** The number of ledger lines. */
  static final int LINES = 1_000_000;

  /** The number of distinct costs. */
  static final int COSTS = 100_000;

  /** The lines the ledger check hands over at once, and looks ahead to. */
  static final int LOOK_AHEAD = 256;

  private static final Policy.OnDate RULES = Policy.ofNotice().on(LocalDate.of(2024, 10, 31));
  private static final LedgerAudit AUDIT = LedgerAudit.using(RULES);

  private List<LedgerEntry> ledger = List.of();

  /** Builds the ledger: the same for both benchmarks, from a fixed seed. */
  @Setup
  public void setUp() {
    ledger = ledger(LINES / COSTS, new Random(20_240_625L));
  }

  /** Returns a ledger of {@link #COSTS} costs with {@code linesPerCost} lines each, shuffled. */
  static List<LedgerEntry> ledger(int linesPerCost, Random random) {
    List<LedgerEntry> lines = new ArrayList<>(COSTS * linesPerCost);
    int positions = COSTS / 4;
    for (int p = 0; p < positions; p++) {
      String project = "P" + (p % 500);
      Position position =
          Position.builder()
              .id("RA-" + p)
              .category(PositionCategory.AUXILIARY_RESEARCH)
              .basis(
                  PositionBasis.planProject(
                      PlanProject.of(project, PlanProgramme.NATIONAL_NATURAL_SCIENCE_FOUNDATION)))
              .origin(PositionOrigin.NEW)
              .serviceAgreementSigned(true)
              .build();
      FundingSource labourFee = FundingSource.labourFee(project);
      FundingSource matching = FundingSource.matchingFund();
      for (CostKind kind : List.of(CostKind.LABOUR_REMUNERATION, CostKind.SOCIAL_INSURANCE_SUBSIDY)) {
        for (YearMonth month : List.of(YearMonth.of(2024, 9), YearMonth.of(2024, 10))) {
          long actual = 100_000 + random.nextInt(800_000);
          ActualCost cost = ActualCost.of(position, kind, month, Money.ofFen(actual));
          long part = actual / linesPerCost;
          for (int k = 0; k < linesPerCost; k++) {
            String line = "L" + lines.size();
            FundingSource fund = k % 2 == 0 ? labourFee : matching;
            double roll = random.nextDouble();
            Money amount = Money.ofFen(roll < 0.05 ? 2 * part : part);
            lines.add(
                roll > 0.97 && k > 0
                    ? LedgerEntry.reversal(line, cost, k % 2 == 0 ? matching : labourFee, Money.ofFen(part))
                    : LedgerEntry.charge(line, cost, fund, amount));
          }
        }
      }
    }
    Collections.shuffle(lines, random);
    return lines;
  }

  /** The lines judged alone: decision 4 in one step, as a ledger check without position and period. */
  @Benchmark
  @OperationsPerInvocation(LINES)
  public void judgedAlone(Blackhole hole) {
    for (LedgerEntry entry : ledger) {
      ActualCost cost = entry.cost();
      hole.consume(
          RULES.mayCharge(
              Expense.of(cost.position(), cost.kind(), entry.amount(), cost.amount()),
              entry.fund()));
    }
  }

  /** The same lines audited as a whole, in one session: decision 4 and the costs' running totals. */
  @Benchmark
  @OperationsPerInvocation(LINES)
  public void auditedAsAWhole(Blackhole hole) {
    LedgerAudit.Session session = AUDIT.start();
    for (LedgerEntry entry : ledger) {
      hole.consume(session.audit(entry));
    }
  }

  /**
   * The same lines audited as a whole in batches of {@link #LOOK_AHEAD}, the session looking ahead
   * to each batch first ({@code LedgerAudit.Session.lookAhead}), as the ledger check does.
   */
  @Benchmark
  @OperationsPerInvocation(LINES)
  public void auditedLookingAhead(Blackhole hole) {
    LedgerAudit.Session session = AUDIT.start();
    for (List<LedgerEntry> batch : Lists.partition(ledger, LOOK_AHEAD)) {
      session.lookAhead(batch);
      for (LedgerEntry entry : batch) {
        hole.consume(session.audit(entry));
      }
    }
  }

  /** Runs the benchmarks, then prints their ratio and the live heap a session holds. */
  public static void main(String[] args) throws Exception {
    CommandLineOptions command = new CommandLineOptions(args);
    OptionsBuilder builder = new OptionsBuilder();
    builder.parent(command);
    if (command.getIncludes().isEmpty()) {
      builder.include(AuditBenchmark.class.getName() + "\\.");
    }
    Collection<RunResult> results = new Runner(builder.build()).run();
    double alone = Double.NaN;
    double audited = Double.NaN;
    double lookingAhead = Double.NaN;
    for (RunResult result : results) {
      String name = result.getParams().getBenchmark();
      double score = result.getPrimaryResult().getScore();
      if (name.endsWith(".judgedAlone")) {
        alone = score;
      } else if (name.endsWith(".auditedAsAWhole")) {
        audited = score;
      } else if (name.endsWith(".auditedLookingAhead")) {
        lookingAhead = score;
      }
    }
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    out.printf(
        Locale.ROOT,
        "%njudged alone %.1f ns/line, audited as a whole %.1f ns/line, audited / alone %.2f%n",
        alone,
        audited,
        audited / alone);
    out.printf(
        Locale.ROOT,
        "looking ahead %.1f ns/line: audited / alone %.2f, looking ahead / one by one %.2f%n",
        lookingAhead,
        lookingAhead / alone,
        lookingAhead / audited);
    for (int linesPerCost : new int[] {2, 10, 20}) {
      out.printf(
          Locale.ROOT,
          "%,d lines over %,d costs: a session holds %.1f MB of live heap after the ledger%n",
          linesPerCost * COSTS,
          COSTS,
          sessionHeap(linesPerCost) / 1e6);
    }
  }

  /** Returns the live heap a session holds after auditing a ledger, beyond the ledger itself. */
  static long sessionHeap(int linesPerCost) {
    List<LedgerEntry> lines = ledger(linesPerCost, new Random(1));
    long before = liveHeap();
    LedgerAudit.Session session = AUDIT.start();
    long refused = 0;
    for (LedgerEntry entry : lines) {
      if (session.audit(entry).verdict() != Verdict.ALLOWED) {
        refused++;
      }
    }
    long after = liveHeap();
    if (session.costs() != COSTS || refused == 0 || lines.isEmpty()) {
      throw new AssertionError("the ledger is not as described");
    }
    return after - before;
  }

  private static long liveHeap() {
    Runtime runtime = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return runtime.totalMemory() - runtime.freeMemory();
  }
}
