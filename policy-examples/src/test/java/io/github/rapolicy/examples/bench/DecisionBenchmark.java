package io.github.rapolicy.examples.bench;

import io.github.rapolicy.funding.BalanceCondition;
import io.github.rapolicy.funding.CostKind;
import io.github.rapolicy.funding.FundKind;
import io.github.rapolicy.funding.FundingSource;
import io.github.rapolicy.funding.Money;
import io.github.rapolicy.notice.Notice;
import io.github.rapolicy.position.BasisKind;
import io.github.rapolicy.position.PlanProgramme;
import io.github.rapolicy.position.PlanProject;
import io.github.rapolicy.position.Position;
import io.github.rapolicy.position.PositionBasis;
import io.github.rapolicy.position.PositionCategory;
import io.github.rapolicy.position.PositionOrigin;
import io.github.rapolicy.rules.Answer;
import io.github.rapolicy.rules.Expense;
import io.github.rapolicy.rules.Overlay;
import io.github.rapolicy.rules.OverlayRule;
import io.github.rapolicy.rules.Policy;
import io.github.rapolicy.rules.Verdict;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
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
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Decision 4 — may this cost be charged to this fund? — through the library, beside a hand-written
 * if/else of the same rules, in the same run: one decision, a batch of 1,000,000 ledger lines held
 * in memory, and the same batch under two overlays.
 *
 * <p>The library gives a full cited answer (verdict, findings, clauses, remedies); the baseline
 * gives a verdict and nothing else. Both read the same inputs, the {@link Expense} and the {@link
 * FundingSource}. The batch benchmarks count one operation per ledger line, so every figure is per
 * decision. Run from the project root, outside the tests (JMH's GC profiler is always on, so the
 * report has {@code gc.alloc.rate.norm}, the bytes allocated per decision):
 *
 * <pre>
 * ./mvnw -q -DskipTests -Pbench package exec:exec -Dbench.main=io.github.rapolicy.examples.bench.DecisionBenchmark
 * </pre>
 *
 * <p>After JMH's report it prints each benchmark's time beside its baseline's, their ratio, and the
 * bytes each allocates per decision.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class DecisionBenchmark {

  /** The number of ledger lines in a batch. */
  static final int LINES = 1_000_000;

  private static final LocalDate SEPTEMBER = LocalDate.of(2024, 9, 30);
  private static final LocalDate ISSUED = Notice.instance().dateOfIssue();

  /** A funding reform settling the housing fund from labour fees, as the README's example. */
  static final Overlay REFORM =
      Overlay.of(
          "中央财政科研经费管理改革",
          "国办发〔2021〕32号",
          OverlayRule.settleCharge(
              FundKind.LABOUR_FEE,
              CostKind.HOUSING_FUND,
              Verdict.ALLOWED,
              "项目聘用人员的住房公积金纳入劳务费科目列支",
              "the housing provident fund of project-hired staff is charged to the labour fee"));

  /** A university's own rule: no retained balances for postdoctoral posts. */
  static final Overlay UNIVERSITY =
      Overlay.of(
          "某大学科研经费管理办法",
          "某大学〔2024〕5号",
          OverlayRule.restrictCharges(
              Optional.of(FundKind.RETAINED_BALANCE),
              Optional.empty(),
              Optional.of(PositionCategory.POSTDOCTORAL_RESEARCH),
              "博士后研究岗位不使用结余资金",
              "postdoctoral posts are not paid from retained balances"));

  /** One ledger line: the date, the expense and the fund charged. */
  record Line(LocalDate date, Expense expense, FundingSource fund) {}

  Line[] lines = new Line[0];
  Policy.OnDate notice = Policy.ofNotice().on(SEPTEMBER);
  Policy withOverlays = Policy.ofNotice();
  int next;

  @Setup
  public void setUp() {
    lines = ledger(LINES, 20240625L);
    withOverlays = Policy.ofNotice().withOverlay(REFORM).withOverlay(UNIVERSITY);
    notice = Policy.ofNotice().on(SEPTEMBER);
  }

  /** Builds {@code count} realistic, mixed ledger lines from a fixed seed. */
  static Line[] ledger(int count, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<PositionBasis> bases = new ArrayList<>();
    for (int p = 0; p < 50; p++) {
      bases.add(
          PositionBasis.planProject(
              PlanProject.of("P-" + p, PlanProgramme.NATIONAL_NATURAL_SCIENCE_FOUNDATION)));
    }
    bases.add(PositionBasis.none());
    PositionCategory[] categories = PositionCategory.values();
    CostKind[] costs = CostKind.values();
    List<Position> positions = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      positions.add(
          Position.builder()
              .id("RA-" + i)
              .category(categories[random.nextInt(categories.length)])
              .basis(bases.get(random.nextInt(bases.size())))
              .origin(PositionOrigin.NEW)
              .serviceAgreementSigned(random.nextInt(10) != 0)
              .build());
    }
    List<FundingSource> funds = new ArrayList<>();
    for (int p = 0; p < 50; p++) {
      funds.add(FundingSource.labourFee("P-" + p));
    }
    funds.add(FundingSource.budgetLine("P-0", "设备费"));
    funds.add(
        FundingSource.retainedBalance(
            BalanceCondition.RETAINED_UNDER_RULES,
            BalanceCondition.ARRANGED_FOR_RESEARCH_WITH_POSITIONS));
    funds.add(FundingSource.retainedBalance(BalanceCondition.RETAINED_UNDER_RULES));
    funds.add(FundingSource.matchingFund());
    Line[] lines = new Line[count];
    for (int i = 0; i < count; i++) {
      Position position = positions.get(random.nextInt(positions.size()));
      // Most lines charge the position's own project, or matching funds; some go astray.
      FundingSource fund =
          random.nextInt(3) == 0
              ? funds.get(random.nextInt(funds.size()))
              : position.basis().planProject().map(p -> FundingSource.labourFee(p.id()))
                  .orElse(FundingSource.matchingFund());
      Money actual = Money.ofFen(random.nextLong(10_000, 1_000_000));
      Money amount = random.nextInt(20) == 0 ? actual.plus(Money.ofFen(100)) : actual;
      LocalDate date = random.nextInt(50) == 0 ? ISSUED.minusDays(3) : SEPTEMBER;
      lines[i] =
          new Line(date, Expense.of(position, costs[random.nextInt(costs.length)], amount, actual), fund);
    }
    return lines;
  }

  private Line nextLine() {
    int i = next;
    next = i + 1 == lines.length ? 0 : i + 1;
    return lines[i];
  }

  // One decision

  /** The two-step form, as a sentence: {@code today.mayCharge(expense).to(fund)}. */
  @Benchmark
  public Answer decision() {
    Line line = nextLine();
    return notice.mayCharge(line.expense()).to(line.fund());
  }

  /** The one-step form for hot loops: {@code today.mayCharge(expense, fund)}. */
  @Benchmark
  public Answer decisionInOneStep() {
    Line line = nextLine();
    return notice.mayCharge(line.expense(), line.fund());
  }

  @Benchmark
  public Verdict decisionBaseline() {
    Line line = nextLine();
    return Baseline.decide(SEPTEMBER, line.expense(), line.fund(), false);
  }

  // A batch of 1,000,000 ledger lines

  /** Each line asked on its own date, in one step. */
  @Benchmark
  @OperationsPerInvocation(LINES)
  public void batch(Blackhole blackhole) {
    Policy policy = Policy.ofNotice();
    for (Line line : lines) {
      blackhole.consume(policy.on(line.date()).mayCharge(line.expense(), line.fund()));
    }
  }

  /** The same, in the two-step form. */
  @Benchmark
  @OperationsPerInvocation(LINES)
  public void batchInTwoSteps(Blackhole blackhole) {
    Policy policy = Policy.ofNotice();
    for (Line line : lines) {
      blackhole.consume(policy.on(line.date()).mayCharge(line.expense()).to(line.fund()));
    }
  }

  @Benchmark
  @OperationsPerInvocation(LINES)
  public void batchBaseline(Blackhole blackhole) {
    for (Line line : lines) {
      blackhole.consume(Baseline.decide(line.date(), line.expense(), line.fund(), false));
    }
  }

  @Benchmark
  @OperationsPerInvocation(LINES)
  public void batchWithTwoOverlays(Blackhole blackhole) {
    for (Line line : lines) {
      blackhole.consume(withOverlays.on(line.date()).mayCharge(line.expense(), line.fund()));
    }
  }

  @Benchmark
  @OperationsPerInvocation(LINES)
  public void batchWithTwoOverlaysBaseline(Blackhole blackhole) {
    for (Line line : lines) {
      blackhole.consume(Baseline.decide(line.date(), line.expense(), line.fund(), true));
    }
  }

  /**
   * The same rules as nested if/else, verdict only: what a finance system might write by hand. It
   * is also the oracle the examples' tests compare the library with.
   */
  static final class Baseline {
    private Baseline() {}

    static Verdict decide(LocalDate date, Expense expense, FundingSource fund, boolean overlays) {
      if (date.isBefore(ISSUED)) {
        return Verdict.UNDECIDED; // not in force
      }
      Position position = expense.position();
      CostKind cost = expense.cost();
      boolean notAllowed = !position.serviceAgreementSigned() || expense.exceedsActualCost();
      boolean undecided = position.category() == PositionCategory.NOT_NAMED_BY_NOTICE;
      boolean named =
          cost == CostKind.LABOUR_REMUNERATION || cost == CostKind.SOCIAL_INSURANCE_SUBSIDY;
      FundKind kind = fund.kind();
      if (kind == FundKind.LABOUR_FEE) {
        PositionBasis basis = position.basis();
        if (basis.kind() != BasisKind.PLAN_PROJECT
            || !basis.isPlanProject(fund.projectId().orElseThrow())) {
          notAllowed = true;
        }
        if (!named && !(overlays && cost == CostKind.HOUSING_FUND)) {
          undecided = true;
        }
      } else if (kind == FundKind.OTHER_BUDGET_LINE) {
        notAllowed = true;
      } else if (kind == FundKind.RETAINED_BALANCE) {
        if (!fund.meets(BalanceCondition.RETAINED_UNDER_RULES)
            || !fund.meets(BalanceCondition.ARRANGED_FOR_RESEARCH_WITH_POSITIONS)) {
          notAllowed = true;
        }
        if (!named) {
          undecided = true;
        }
        if (overlays && position.category() == PositionCategory.POSTDOCTORAL_RESEARCH) {
          notAllowed = true;
        }
      } else if (cost == CostKind.NOT_NAMED_BY_NOTICE) {
        undecided = true; // matching funds and a cost the notice does not name
      }
      if (notAllowed) {
        return Verdict.NOT_ALLOWED;
      }
      return undecided ? Verdict.UNDECIDED : Verdict.ALLOWED;
    }
  }

  /** Runs the benchmarks with the GC profiler and prints the ratios to the baselines. */
  public static void main(String[] args) throws Exception {
    CommandLineOptions command = new CommandLineOptions(args);
    OptionsBuilder builder = new OptionsBuilder();
    builder.parent(command);
    if (command.getIncludes().isEmpty()) {
      builder.include(DecisionBenchmark.class.getName() + "\\.");
    }
    builder.addProfiler(GCProfiler.class);
    Collection<RunResult> results = new Runner(builder.build()).run();

    Map<String, double[]> byName = new TreeMap<>();
    for (RunResult result : results) {
      String name = result.getParams().getBenchmark();
      name = name.substring(name.lastIndexOf('.') + 1);
      Result<?> bytes = result.getSecondaryResults().get("gc.alloc.rate.norm");
      byName.put(
          name,
          new double[] {
            result.getPrimaryResult().getScore(),
            result.getPrimaryResult().getScoreError(),
            bytes == null ? Double.NaN : bytes.getScore()
          });
    }
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    out.println();
    out.println(
        "benchmark              library ns/decision  baseline ns/decision  library/baseline"
            + "  library B/decision  baseline B/decision");
    // Each form of asking beside the baseline of the same work.
    Map<String, String> baselines = new LinkedHashMap<>();
    baselines.put("decision", "decisionBaseline");
    baselines.put("decisionInOneStep", "decisionBaseline");
    baselines.put("batch", "batchBaseline");
    baselines.put("batchInTwoSteps", "batchBaseline");
    baselines.put("batchWithTwoOverlays", "batchWithTwoOverlaysBaseline");
    for (Map.Entry<String, String> pair : baselines.entrySet()) {
      String name = pair.getKey();
      double[] library = byName.get(name);
      double[] baseline = byName.get(pair.getValue());
      if (library == null || baseline == null) {
        continue;
      }
      out.printf(
          Locale.ROOT,
          "%-22s %12.1f ± %-6.1f %12.1f ± %-6.1f %16.2f  %18.2f  %19.2f%n",
          name,
          library[0],
          library[1],
          baseline[0],
          baseline[1],
          library[0] / baseline[0],
          library[2],
          baseline[2]);
    }
  }
}
