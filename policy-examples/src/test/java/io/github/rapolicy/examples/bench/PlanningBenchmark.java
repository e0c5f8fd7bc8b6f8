package io.github.rapolicy.examples.bench;

import io.github.rapolicy.funding.BalanceCondition;
import io.github.rapolicy.funding.FundingSource;
import io.github.rapolicy.funding.Money;
import io.github.rapolicy.planning.ActualCost;
import io.github.rapolicy.planning.AllocationPlanner;
import io.github.rapolicy.planning.Fund;
import io.github.rapolicy.planning.MonthlyCost;
import io.github.rapolicy.planning.Plan;
import io.github.rapolicy.position.InnovationPlatform;
import io.github.rapolicy.position.PlanProgramme;
import io.github.rapolicy.position.PlanProject;
import io.github.rapolicy.position.PlatformKind;
import io.github.rapolicy.position.Position;
import io.github.rapolicy.position.PositionBasis;
import io.github.rapolicy.position.PositionCategory;
import io.github.rapolicy.position.PositionOrigin;
import io.github.rapolicy.rules.Policy;
import io.github.rapolicy.rules.Verdict;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Planning one month for many research assistants over 1,000 funds: the allocation planner beside
 * the simple baseline, a greedy pass by preference that asks the rules about each cost and fund in
 * turn.
 *
 * <p>The month: each position is based on one of 900 plan projects (90 %), a platform (5 %) or
 * nothing (5 %), costs remuneration, the social-insurance contribution, the housing provident fund
 * and, for some, other costs. The funds, in order of preference: the 900 projects' labour-fee
 * lines (each holding 60–100 % of what its positions' remuneration and social insurance come to),
 * 40 matching funds, then 60 retained balances (40 meeting both conditions of 3.3.4, 20 not). A
 * labour-fee line may pay only its own project's positions; matching funds and balances may pay
 * everyone. With matching funds preferred to balances, a greedy pass spends them on remuneration
 * and leaves housing provident funds unpaid while balances lie unused; the planner does not.
 *
 * <p>Run it from the project root, outside the tests:
 *
 * <pre>
 * ./mvnw -q -DskipTests -Pbench package exec:exec
 * ./mvnw -q -DskipTests -Pbench package exec:exec -Dbench.args="-p positions=10000"
 * </pre>
 *
 * <p>After JMH's own report it prints, per size, the planner's and the baseline's time and their
 * ratio.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 4, time = 2)
public class PlanningBenchmark {

  private static final int PROJECTS = 900;
  private static final int MATCHING_FUNDS = 40;
  private static final int BALANCES_MEETING_BOTH = 40;
  private static final int BALANCES_MEETING_ONE = 20;
  private static final YearMonth MONTH = YearMonth.of(2024, 9);
  private static final List<PositionCategory> NAMED_CATEGORIES =
      Arrays.stream(PositionCategory.values()).filter(PositionCategory::isNamedByNotice).toList();
  private static final List<PositionOrigin> ORIGINS = List.of(PositionOrigin.values());

  /** Positions planned. */
  @Param({"2500", "5000", "10000"})
  public int positions;

  /**
   * The order of the 100 matching and balance funds after the labour-fee lines: {@code grouped}
   * (matching funds, then balances) or {@code shuffled}, so that hardly any two neighbours are
   * alike and the planner cannot merge them into one block.
   */
  @Param({"grouped"})
  public String fundOrder;

  private Policy.OnDate rules = Policy.ofNotice().on(LocalDate.of(2024, 9, 30));
  private AllocationPlanner planner = AllocationPlanner.using(rules);
  private List<ActualCost> costs = List.of();
  private List<Fund> funds = List.of();

  /** Builds the month and says how much each way funds. */
  @Setup(Level.Trial)
  public void setUp() {
    SplittableRandom random = new SplittableRandom(20_240_625L + positions);
    List<MonthlyCost> month = new ArrayList<>(positions);
    long[] projectNeed = new long[PROJECTS];
    long named = 0;
    long housing = 0;
    for (int i = 0; i < positions; i++) {
      int roll = random.nextInt(100);
      int project = random.nextInt(PROJECTS);
      PositionBasis basis =
          roll < 90
              ? PositionBasis.planProject(
                  PlanProject.of(projectId(project), PlanProgramme.NATIONAL_NATURAL_SCIENCE_FOUNDATION))
              : roll < 95
                  ? PositionBasis.platform(
                      InnovationPlatform.of(PlatformKind.NATIONAL_KEY_LABORATORY, "某全国重点实验室"))
                  : PositionBasis.none();
      Position position =
          Position.builder()
              .id(String.format(Locale.ROOT, "RA-%05d", i))
              .category(NAMED_CATEGORIES.get(random.nextInt(NAMED_CATEGORIES.size())))
              .basis(basis)
              .origin(ORIGINS.get(random.nextInt(ORIGINS.size())))
              .serviceAgreementSigned(random.nextInt(100) < 97)
              .build();
      long remuneration = random.nextLong(500_000, 900_001);
      long insurance = remuneration * random.nextInt(14, 19) / 100;
      long housingFund = remuneration * random.nextInt(5, 13) / 100;
      long other = random.nextInt(10) < 3 ? random.nextLong(10_000, 50_001) : 0;
      month.add(
          MonthlyCost.builder()
              .position(position)
              .month(MONTH)
              .remuneration(Money.ofFen(remuneration))
              .socialInsurance(Money.ofFen(insurance))
              .housingFund(Money.ofFen(housingFund))
              .otherCosts(Money.ofFen(other))
              .build());
      if (roll < 90) {
        projectNeed[project] += remuneration + insurance;
      }
      named += remuneration + insurance;
      housing += housingFund;
    }
    List<ActualCost> items = new ArrayList<>();
    for (MonthlyCost cost : month) {
      items.addAll(cost.items());
    }
    List<Fund> list = new ArrayList<>();
    long labourFees = 0;
    for (int p = 0; p < PROJECTS; p++) {
      long available = projectNeed[p] * random.nextInt(60, 101) / 100;
      labourFees += available;
      list.add(Fund.of("LF-" + projectId(p), FundingSource.labourFee(projectId(p)), Money.ofFen(available)));
    }
    long rest = named - labourFees;
    long matching = housing + rest / 2;
    List<Fund> dense = new ArrayList<>();
    for (int m = 0; m < MATCHING_FUNDS; m++) {
      dense.add(Fund.of("MATCH-" + m, FundingSource.matchingFund(), Money.ofFen(matching / MATCHING_FUNDS)));
    }
    FundingSource both =
        FundingSource.retainedBalance(
            BalanceCondition.RETAINED_UNDER_RULES,
            BalanceCondition.ARRANGED_FOR_RESEARCH_WITH_POSITIONS);
    for (int b = 0; b < BALANCES_MEETING_BOTH; b++) {
      dense.add(Fund.of("BAL-" + b, both, Money.ofFen(rest / BALANCES_MEETING_BOTH)));
    }
    for (int b = 0; b < BALANCES_MEETING_ONE; b++) {
      dense.add(
          Fund.of(
              "BAL-X" + b,
              FundingSource.retainedBalance(BalanceCondition.RETAINED_UNDER_RULES),
              Money.ofFen(rest / BALANCES_MEETING_ONE)));
    }
    if (fundOrder.equals("shuffled")) {
      Collections.shuffle(dense, new Random(random.nextLong()));
    }
    list.addAll(dense);
    costs = List.copyOf(items);
    funds = List.copyOf(list);

    Plan plan = planner.plan(costs, funds);
    long greedy = greedyByPreference(rules, costs, funds);
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    out.printf(
        Locale.ROOT,
        "%n%,d positions, %,d costs, %,d funds (%s): cost %s yuan; planner funds %s, greedy %s"
            + " (planner funds %s more); unfunded by reason %s%n",
        positions,
        costs.size(),
        funds.size(),
        fundOrder,
        plan.totalCost(),
        plan.totalAllocated(),
        Money.ofFen(greedy),
        plan.totalAllocated().minus(Money.ofFen(greedy)),
        plan.unfundedByReason());
  }

  /** The allocation planner: maximum flow in the caller's order of preference. */
  @Benchmark
  public Plan planner() {
    return planner.plan(costs, funds);
  }

  /** The baseline: each cost, in order, from each fund the rules allow, in order of preference. */
  @Benchmark
  public long greedyBaseline() {
    return greedyByPreference(rules, costs, funds);
  }

  /** Returns what a greedy pass by preference funds, in fen. */
  static long greedyByPreference(Policy.OnDate rules, List<ActualCost> costs, List<Fund> funds) {
    long[] left = new long[funds.size()];
    for (int f = 0; f < funds.size(); f++) {
      left[f] = funds.get(f).available().toFen();
    }
    long funded = 0;
    for (ActualCost cost : costs) {
      long need = cost.amount().toFen();
      Policy.OnDate.ChargeQuestion question = rules.mayCharge(cost.expense());
      for (int f = 0; f < funds.size() && need > 0; f++) {
        if (left[f] > 0 && question.to(funds.get(f).source()).verdict() == Verdict.ALLOWED) {
          long take = Math.min(need, left[f]);
          left[f] -= take;
          need -= take;
          funded += take;
        }
      }
    }
    return funded;
  }

  private static String projectId(int p) {
    return String.format(Locale.ROOT, "NSFC-6230%04d", p);
  }

  /**
   * Runs the benchmark with JMH's command-line options {@code args}, then prints the planner's and
   * the baseline's time per size and their ratio.
   */
  public static void main(String[] args) throws Exception {
    CommandLineOptions command = new CommandLineOptions(args);
    OptionsBuilder builder = new OptionsBuilder();
    builder.parent(command);
    if (command.getIncludes().isEmpty()) {
      builder.include(PlanningBenchmark.class.getName() + "\\.");
    }
    Options options = builder.build();
    Collection<RunResult> results = new Runner(options).run();

    Map<String, double[]> byCase = new TreeMap<>();
    for (RunResult result : results) {
      String name = result.getParams().getBenchmark();
      int size = Integer.parseInt(result.getParams().getParam("positions"));
      String order = result.getParams().getParam("fundOrder");
      double[] scores =
          byCase.computeIfAbsent(
              String.format(Locale.ROOT, "%-8s %9d", order, size), s -> new double[] {0, 0, size});
      scores[name.endsWith(".planner") ? 0 : 1] = result.getPrimaryResult().getScore();
    }
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    out.println();
    out.println(
        "funds    positions  planner ms/op  greedy ms/op  greedy/planner  planner ms per 1,000 positions");
    for (Map.Entry<String, double[]> entry : byCase.entrySet()) {
      double[] s = entry.getValue();
      out.printf(
          Locale.ROOT,
          "%s  %13.1f  %12.1f  %14.1f  %30.2f%n",
          entry.getKey(),
          s[0],
          s[1],
          s[0] > 0 ? s[1] / s[0] : Double.NaN,
          s[0] * 1000 / s[2]);
    }
  }
}
