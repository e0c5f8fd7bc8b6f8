package io.github.rapolicy.planning;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import com.google.common.math.LongMath;
import io.github.rapolicy.funding.BalanceCondition;
import io.github.rapolicy.funding.FundingSource;
import io.github.rapolicy.funding.Money;
import io.github.rapolicy.notice.Notice;
import io.github.rapolicy.position.PlanProject;
import io.github.rapolicy.rules.Answer;
import io.github.rapolicy.rules.Expense;
import io.github.rapolicy.rules.Policy;
import io.github.rapolicy.rules.Remedy;
import io.github.rapolicy.rules.Verdict;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Plans which funds pay a month's actual costs, and estimates the funding need over a period (测算,
 * 3.3.5), under one policy on one date.
 *
 * <p>{@link #plan} returns a {@link Plan} that
 *
 * <ul>
 *   <li>pays each cost only from funds the rules allow to pay it (decision 4 of {@link Policy}, with
 *       its overlays, answering "allowed");
 *   <li>never pays a cost more than its actual amount (据实列支, 3.3.5) nor takes from a fund more than
 *       it holds;
 *   <li>funds as much as can be funded at all: a maximum flow from costs to funds, not a greedy
 *       pass, which can strand money a better plan would use;
 *   <li>among the plans that fund the most, follows the caller's order of funds: the first fund pays
 *       as much as it can, then the second, and so on (the use of the funds in order is
 *       lexicographically greatest, which is also the plan that minimises the sum over funds of
 *       their rank times what they pay);
 *   <li>returns what cannot be funded with its reason: no fund may pay it, the funds that may are
 *       exhausted, the notice does not decide (such as the housing provident fund from a
 *       labour-fee line, unless an overlay settles it), or the notice was not yet in force on the
 *       date.
 * </ul>
 *
 * <p>Within a set of costs that the same funds may pay, costs are paid in the order given, each
 * from the funds in the caller's order; the plan is a deterministic function of its inputs.
 *
 * <pre>{@code
 * AllocationPlanner planner = AllocationPlanner.using(Policy.ofNotice().on(LocalDate.of(2024, 9, 30)));
 * Plan plan = planner.planMonthly(septemberCosts, fundsInOrderOfPreference);
 * FundingNeed need = planner.estimateNeed(
 *     expected.repeatedThrough(YearMonth.of(2025, 6)), List.of(labourFee, balance, matching));
 * }</pre>
 *
 * <p>Time: the rules are asked once per class of costs that differ only in their position's
 * identifier, for each distinct fund source that is not a project's budget line, for the budget
 * lines of the position's own project and for one budget line of another project; the flow runs on
 * those classes and on runs of consecutive funds the same classes may use. For the usual shape of
 * the problem — labour-fee lines that pay only their own project's positions, and matching funds
 * and balances that pay everyone — time and memory grow linearly with the costs times the funds
 * each may use.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class AllocationPlanner {

  private final Policy.OnDate rules;

  private AllocationPlanner(Policy.OnDate rules) {
    this.rules = rules;
  }

  /** Returns a planner that asks {@code rules} which funds may pay which costs. */
  public static AllocationPlanner using(Policy.OnDate rules) {
    return new AllocationPlanner(checkNotNull(rules, "rules"));
  }

  /** Returns the date the rules are asked on. */
  public LocalDate date() {
    return rules.date();
  }

  /**
   * Plans the monthly costs {@code costs}, each split into its {@link MonthlyCost#items()}, from
   * {@code funds} in order of preference.
   *
   * @throws ConflictingCostException if one cost is given twice
   * @throws ArithmeticException if the costs add up to more than the largest {@link Money}
   * @throws IllegalArgumentException if two funds have the same identifier
   */
  public Plan planMonthly(Iterable<MonthlyCost> costs, Iterable<Fund> funds) {
    checkNotNull(costs, "costs");
    List<ActualCost> items = new ArrayList<>();
    for (MonthlyCost cost : costs) {
      items.addAll(checkNotNull(cost, "cost").items());
    }
    return plan(items, funds);
  }

  /**
   * Plans {@code costs} from {@code funds}, given in order of preference.
   *
   * @throws ConflictingCostException if one cost is given twice
   * @throws ArithmeticException if the costs add up to more than the largest {@link Money}
   * @throws IllegalArgumentException if two funds have the same identifier
   */
  public Plan plan(Iterable<ActualCost> costs, Iterable<Fund> funds) {
    ImmutableList<ActualCost> costList = distinctCosts(costs);
    ImmutableList<Fund> fundList = distinctFunds(funds);
    List<FundingSource> sources = new ArrayList<>(fundList.size());
    for (Fund fund : fundList) {
      sources.add(fund.source());
    }
    Eligibility eligibility = Eligibility.of(rules, costList, sources);
    boolean inForce = Notice.instance().isInForceOn(rules.date());
    int costCount = costList.size();
    int classCount = eligibility.classCount();
    int fundCount = fundList.size();

    // The costs of each class, in the order given, and each class's demand.
    long[] demand = new long[classCount];
    int[] memberStart = new int[classCount + 1];
    for (int i = 0; i < costCount; i++) {
      int c = eligibility.classOf[i];
      demand[c] = Math.addExact(demand[c], costList.get(i).amount().toFen());
      memberStart[c + 1]++;
    }
    for (int c = 0; c < classCount; c++) {
      memberStart[c + 1] += memberStart[c];
    }
    int[] members = new int[costCount];
    int[] fill = Arrays.copyOf(memberStart, classCount);
    for (int i = 0; i < costCount; i++) {
      members[fill[eligibility.classOf[i]]++] = i;
    }

    // Blocks: runs of consecutive funds that the same classes may use.
    List<int[]> blockClasses = new ArrayList<>();
    List<Integer> blockFirstFund = new ArrayList<>();
    long[] supply = new long[fundCount];
    for (int f = 0; f < fundCount; f++) {
      int group = eligibility.groupOf[f];
      boolean joins =
          f > 0
              && (group == eligibility.groupOf[f - 1]
                  || Arrays.equals(
                      eligibility.groupClasses[group],
                      eligibility.groupClasses[eligibility.groupOf[f - 1]]));
      if (!joins) {
        blockClasses.add(eligibility.groupClasses[group]);
        blockFirstFund.add(f);
      }
      // A block never pays more than all the costs together, so a sum beyond the largest amount
      // of money may be cut to it.
      int b = blockClasses.size() - 1;
      supply[b] = LongMath.saturatedAdd(supply[b], fundList.get(f).available().toFen());
    }
    int blockCount = blockClasses.size();
    blockFirstFund.add(fundCount);

    TransportSolver solver =
        new TransportSolver(
            demand, Arrays.copyOf(supply, blockCount), blockClasses.toArray(new int[0][]));
    solver.solve();

    // What each fund pays: a block's use, taken from its funds in order.
    long[] fundUsed = new long[fundCount];
    for (int b = 0; b < blockCount; b++) {
      long used = 0;
      for (int e = solver.blockStart(b); e < solver.blockStart(b + 1); e++) {
        used += solver.flow(e);
      }
      for (int f = blockFirstFund.get(b); f < blockFirstFund.get(b + 1) && used > 0; f++) {
        fundUsed[f] = Math.min(used, fundList.get(f).available().toFen());
        used -= fundUsed[f];
      }
    }

    // Each block's flow to each class, split among the block's funds in order: per class, a list
    // of (fund, amount) in the caller's order of funds, because blocks come in that order.
    Chain perClass = new Chain(classCount);
    for (int b = 0; b < blockCount; b++) {
      int f = blockFirstFund.get(b);
      long fundLeft = fundUsed[f];
      for (int e = solver.blockStart(b); e < solver.blockStart(b + 1); e++) {
        long need = solver.flow(e);
        while (need > 0) {
          while (fundLeft == 0) {
            f++;
            fundLeft = fundUsed[f];
          }
          long take = Math.min(need, fundLeft);
          perClass.append(solver.edgeClass(e), f, take);
          need -= take;
          fundLeft -= take;
        }
      }
    }

    // Each class's (fund, amount) list split among its costs in the order given.
    Triples lines = new Triples(costCount + perClass.size);
    long[] funded = new long[costCount];
    for (int c = 0; c < classCount; c++) {
      int entry = perClass.head[c];
      long entryLeft = entry < 0 ? 0 : perClass.amount[entry];
      for (int m = memberStart[c]; m < memberStart[c + 1]; m++) {
        int i = members[m];
        long need = costList.get(i).amount().toFen();
        while (need > 0 && entry >= 0) {
          long take = Math.min(need, entryLeft);
          lines.add(i, perClass.fund[entry], take);
          need -= take;
          funded[i] += take;
          entryLeft -= take;
          if (entryLeft == 0) {
            entry = perClass.next[entry];
            entryLeft = entry < 0 ? 0 : perClass.amount[entry];
          }
        }
      }
    }

    // Allocations by cost in the order given (a stable counting sort keeps the funds' order).
    int[] lineStart = new int[costCount + 1];
    for (int k = 0; k < lines.size; k++) {
      lineStart[lines.cost[k] + 1]++;
    }
    for (int i = 0; i < costCount; i++) {
      lineStart[i + 1] += lineStart[i];
    }
    int[] order = new int[lines.size];
    int[] next = Arrays.copyOf(lineStart, costCount);
    for (int k = 0; k < lines.size; k++) {
      order[next[lines.cost[k]]++] = k;
    }
    ImmutableList.Builder<Allocation> allocations =
        ImmutableList.builderWithExpectedSize(lines.size);
    for (int k : order) {
      allocations.add(
          Allocation.of(
              costList.get(lines.cost[k]),
              fundList.get(lines.fund[k]).id(),
              Money.ofFen(lines.amount[k])));
    }

    ImmutableList.Builder<Shortfall> shortfalls = ImmutableList.builder();
    Map<Integer, Unfunded> unfundedByClass = new HashMap<>();
    @Nullable GivenFunds given = null;
    for (int i = 0; i < costCount; i++) {
      ActualCost cost = costList.get(i);
      long unfunded = cost.amount().toFen() - funded[i];
      if (unfunded > 0) {
        if (given == null) {
          given = GivenFunds.of(fundList);
        }
        GivenFunds offered = given;
        Unfunded why =
            unfundedByClass.computeIfAbsent(
                eligibility.classOf[i],
                c -> Unfunded.of(eligibility, c, fundList, inForce, offered.unhelpful(cost)));
        shortfalls.add(
            ImmutableShortfall.builder()
                .cost(cost)
                .amount(Money.ofFen(unfunded))
                .reason(why.reason())
                .addAllEligibleFunds(why.eligible())
                .addAllUndecidedFunds(why.undecided())
                .addAllAnswers(why.answers())
                .addAllUnhelpfulRemedies(why.unhelpful())
                .build());
      }
    }

    return ImmutablePlan.builder()
        .date(rules.date())
        .addAllCosts(costList)
        .addAllFunds(fundList)
        .addAllAllocations(allocations.build())
        .addAllShortfalls(shortfalls.build())
        .build();
  }

  /**
   * What the plan's funds already offer, so that a shortfall's remedies suggest only what would
   * help: not the labour fee of the position's own project (3.3.3) when it is among the funds, not
   * matching funds (3.3.6) when some are, not "balance or matching funds" when both are given.
   */
  private record GivenFunds(
      Set<String> labourFeeProjects, boolean matchingFund, boolean qualifyingBalance) {

    static GivenFunds of(List<Fund> funds) {
      Set<String> labourFeeProjects = new HashSet<>();
      boolean matching = false;
      boolean balance = false;
      for (Fund fund : funds) {
        FundingSource source = fund.source();
        switch (source.kind()) {
          case LABOUR_FEE -> source.projectId().ifPresent(labourFeeProjects::add);
          case MATCHING_FUND -> matching = true;
          case RETAINED_BALANCE ->
              balance |=
                  source.meets(BalanceCondition.RETAINED_UNDER_RULES)
                      && source.meets(BalanceCondition.ARRANGED_FOR_RESEARCH_WITH_POSITIONS);
          case OTHER_BUDGET_LINE -> {}
        }
      }
      return new GivenFunds(labourFeeProjects, matching, balance);
    }

    /** The remedies that would bring {@code cost} no fund the plan does not already have. */
    ImmutableSet<Remedy> unhelpful(ActualCost cost) {
      Set<Remedy> unhelpful = EnumSet.noneOf(Remedy.class);
      Optional<PlanProject> project = cost.position().basis().planProject();
      if (project.isPresent() && labourFeeProjects.contains(project.get().id())) {
        unhelpful.add(Remedy.CHARGE_POSITION_PROJECT);
      }
      if (matchingFund) {
        unhelpful.add(Remedy.USE_MATCHING_FUND);
        if (qualifyingBalance) {
          unhelpful.add(Remedy.USE_BALANCE_OR_MATCHING_FUND);
        }
      }
      return Sets.immutableEnumSet(unhelpful);
    }
  }

  /** Why the costs of one class are left unfunded, shared by their shortfalls. */
  private record Unfunded(
      ShortfallReason reason,
      ImmutableList<String> eligible,
      ImmutableList<String> undecided,
      ImmutableSet<Answer> answers,
      ImmutableSet<Remedy> unhelpful) {

    static Unfunded of(
        Eligibility eligibility,
        int c,
        List<Fund> funds,
        boolean inForce,
        ImmutableSet<Remedy> unhelpful) {
      ImmutableList<String> eligible = fundIds(eligibility, eligibility.eligible[c], funds);
      // Before the notice, every answer is "not in force": no fund is undecided for an overlay to
      // settle.
      ImmutableList<String> undecided =
          inForce ? fundIds(eligibility, eligibility.undecided[c], funds) : ImmutableList.of();
      ShortfallReason reason = unfundedReason(inForce, !eligible.isEmpty(), !undecided.isEmpty());
      return new Unfunded(reason, eligible, undecided, eligibility.refusals.get(c), unhelpful);
    }
  }

  /** The identifiers of the funds of {@code groups}, in the caller's order. */
  private static ImmutableList<String> fundIds(
      Eligibility eligibility, int[] groups, List<Fund> funds) {
    if (groups.length == 0) {
      return ImmutableList.of();
    }
    int count = 0;
    for (int g : groups) {
      count += eligibility.groupFunds[g].length;
    }
    int[] indices = new int[count];
    int k = 0;
    for (int g : groups) {
      for (int f : eligibility.groupFunds[g]) {
        indices[k++] = f;
      }
    }
    Arrays.sort(indices);
    ImmutableList.Builder<String> ids = ImmutableList.builderWithExpectedSize(count);
    for (int f : indices) {
      ids.add(funds.get(f).id());
    }
    return ids.build();
  }

  /**
   * Estimates the funding need (测算, 3.3.5) of the expected monthly costs {@code expected}: each
   * cost is assigned to the first of {@code preference} the rules allow to pay it, with no limit
   * on balances, and classified by which of the notice's channels may pay it at all — in
   * particular the part the notice leaves to the unit's matching funds (3.3.6).
   *
   * <pre>{@code
   * FundingNeed need = planner.estimateNeed(
   *     september.repeatedThrough(YearMonth.of(2025, 6)),
   *     List.of(FundingSource.labourFee("62301234"), FundingSource.matchingFund()));
   * need.byFund();                 // labour-fee line: remuneration and social insurance; matching: the rest
   * need.leftToMatchingFunds();    // the housing provident fund: matching funds may pay it (3.3.6)
   * }</pre>
   *
   * @throws ConflictingCostException if one cost (position, kind, month) is given twice
   */
  public FundingNeed estimateNeed(
      Iterable<MonthlyCost> expected, Iterable<FundingSource> preference) {
    checkNotNull(expected, "expected");
    checkNotNull(preference, "preference");
    List<ActualCost> items = new ArrayList<>();
    for (MonthlyCost cost : expected) {
      items.addAll(checkNotNull(cost, "cost").items());
    }
    ImmutableList<ActualCost> costList = distinctCosts(items);
    Set<FundingSource> distinct = new LinkedHashSet<>();
    for (FundingSource source : preference) {
      distinct.add(checkNotNull(source, "source"));
    }
    List<FundingSource> sources = new ArrayList<>(distinct);
    Eligibility eligibility = Eligibility.of(rules, costList, sources);
    boolean inForce = Notice.instance().isInForceOn(rules.date());

    int classCount = eligibility.classCount();
    NeedShare[] shares = new NeedShare[classCount];
    for (int c = 0; c < classCount; c++) {
      shares[c] = shareOf(costList.get(eligibility.representative[c]), inForce);
    }

    Map<FundingSource, Long> byFund = new LinkedHashMap<>();
    for (FundingSource source : sources) {
      byFund.put(source, 0L);
    }
    Map<ShortfallReason, Long> unassigned = new EnumMap<>(ShortfallReason.class);
    unassigned.put(ShortfallReason.NO_ELIGIBLE_FUND, 0L);
    unassigned.put(ShortfallReason.NOT_DECIDED_BY_NOTICE, 0L);
    unassigned.put(ShortfallReason.NOT_IN_FORCE, 0L);
    Map<NeedShare, Long> byShare = new EnumMap<>(NeedShare.class);
    for (NeedShare share : NeedShare.values()) {
      byShare.put(share, 0L);
    }
    Map<List<Object>, LineTally> lines = new LinkedHashMap<>();
    TreeSet<YearMonth> months = new TreeSet<>();
    for (int i = 0; i < costList.size(); i++) {
      ActualCost cost = costList.get(i);
      int c = eligibility.classOf[i];
      long fen = cost.amount().toFen();
      months.add(cost.month());
      @Nullable FundingSource fund =
          eligibility.eligible[c].length == 0
              ? null
              : eligibility.groupSource.get(eligibility.eligible[c][0]);
      @Nullable ShortfallReason reason = null;
      if (fund == null) {
        reason = unfundedReason(inForce, false, eligibility.undecided[c].length > 0);
        unassigned.merge(reason, fen, Math::addExact);
      } else {
        byFund.merge(fund, fen, Math::addExact);
      }
      byShare.merge(shares[c], fen, Math::addExact);
      LineTally tally =
          lines.computeIfAbsent(
              List.of(cost.position(), cost.kind()), k -> new LineTally(cost, shares[c]));
      tally.months++;
      tally.fen = Math.addExact(tally.fen, fen);
      tally.fund = fund;
      tally.reason = reason;
    }

    ImmutableList.Builder<NeedLine> needLines = ImmutableList.builderWithExpectedSize(lines.size());
    for (LineTally tally : lines.values()) {
      needLines.add(
          ImmutableNeedLine.builder()
              .position(tally.cost.position())
              .kind(tally.cost.kind())
              .months(tally.months)
              .amount(Money.ofFen(tally.fen))
              .share(tally.share)
              .fund(Optional.ofNullable(tally.fund))
              .unassignedReason(Optional.ofNullable(tally.reason))
              .build());
    }
    return ImmutableFundingNeed.builder()
        .date(rules.date())
        .addAllMonths(months)
        .addAllLines(needLines.build())
        .putAllByFund(toMoney(byFund))
        .putAllUnassigned(toMoney(unassigned))
        .putAllByShare(toMoney(byShare))
        .build();
  }

  /**
   * Why a cost is left unfunded: the notice was not in force on the date; or the funds allowed to
   * pay it are exhausted; or no fund is allowed to, and the notice does not decide for some; or it
   * decides for every one that it may not pay.
   */
  private static ShortfallReason unfundedReason(
      boolean inForce, boolean anyEligible, boolean anyUndecided) {
    if (!inForce) {
      return ShortfallReason.NOT_IN_FORCE;
    }
    if (anyEligible) {
      return ShortfallReason.ELIGIBLE_FUNDS_EXHAUSTED;
    }
    return anyUndecided ? ShortfallReason.NOT_DECIDED_BY_NOTICE : ShortfallReason.NO_ELIGIBLE_FUND;
  }

  /** Which of the notice's channels may pay {@code cost} at all (3.3.3, 3.3.4, 3.3.6). */
  private NeedShare shareOf(ActualCost cost, boolean inForce) {
    if (!inForce) {
      return NeedShare.NOT_IN_FORCE;
    }
    Expense expense = cost.expense();
    List<Answer> projectOrBalance = new ArrayList<>();
    Optional<String> project = cost.position().basis().planProject().map(PlanProject::id);
    if (project.isPresent()) {
      projectOrBalance.add(rules.mayCharge(expense).to(FundingSource.labourFee(project.get())));
    }
    projectOrBalance.add(
        rules
            .mayCharge(expense)
            .to(
                FundingSource.retainedBalance(
                    BalanceCondition.RETAINED_UNDER_RULES,
                    BalanceCondition.ARRANGED_FOR_RESEARCH_WITH_POSITIONS)));
    Answer matching = rules.mayCharge(expense).to(FundingSource.matchingFund());
    boolean undecided = matching.verdict() == Verdict.UNDECIDED;
    for (Answer answer : projectOrBalance) {
      if (answer.verdict() == Verdict.ALLOWED) {
        return NeedShare.PROJECT_OR_BALANCE_FUNDS;
      }
      undecided |= answer.verdict() == Verdict.UNDECIDED;
    }
    if (matching.verdict() == Verdict.ALLOWED) {
      return NeedShare.MATCHING_FUNDS;
    }
    return undecided ? NeedShare.NOT_DECIDED : NeedShare.NOT_ALLOWED;
  }

  private static <K> ImmutableMap<K, Money> toMoney(Map<K, Long> fen) {
    ImmutableMap.Builder<K, Money> money = ImmutableMap.builderWithExpectedSize(fen.size());
    fen.forEach((key, amount) -> money.put(key, Money.ofFen(amount)));
    return money.buildOrThrow();
  }

  private static ImmutableList<ActualCost> distinctCosts(Iterable<ActualCost> costs) {
    checkNotNull(costs, "costs");
    Map<CostKey, ActualCost> seen = new HashMap<>();
    ImmutableList.Builder<ActualCost> list = ImmutableList.builder();
    for (ActualCost cost : costs) {
      checkNotNull(cost, "cost");
      ActualCost before = seen.putIfAbsent(cost.key(), cost);
      if (before != null) {
        throw new ConflictingCostException(before, cost);
      }
      list.add(cost);
    }
    return list.build();
  }

  private static ImmutableList<Fund> distinctFunds(Iterable<Fund> funds) {
    checkNotNull(funds, "funds");
    Set<String> ids = new LinkedHashSet<>();
    ImmutableList.Builder<Fund> list = ImmutableList.builder();
    for (Fund fund : funds) {
      checkNotNull(fund, "fund");
      checkArgument(ids.add(fund.id()), "duplicate fund id: %s", fund.id());
      list.add(fund);
    }
    return list.build();
  }

  /** Returns the date of the rules. */
  @Override
  public String toString() {
    return "AllocationPlanner[" + rules.date() + "]";
  }

  /** A need line being added up. */
  private static final class LineTally {
    final ActualCost cost;
    final NeedShare share;
    int months;
    long fen;
    @Nullable FundingSource fund;
    @Nullable ShortfallReason reason;

    LineTally(ActualCost cost, NeedShare share) {
      this.cost = cost;
      this.share = share;
    }
  }

  /** Per class, a linked list of (fund, amount) entries, appended at the tail. */
  private static final class Chain {
    final int[] head;
    private final int[] tail;
    int[] fund = new int[16];
    long[] amount = new long[16];
    int[] next = new int[16];
    int size;

    Chain(int lists) {
      head = new int[lists];
      tail = new int[lists];
      Arrays.fill(head, -1);
      Arrays.fill(tail, -1);
    }

    void append(int list, int f, long fen) {
      if (size == fund.length) {
        int capacity = Math.multiplyExact(size, 2);
        fund = Arrays.copyOf(fund, capacity);
        amount = Arrays.copyOf(amount, capacity);
        next = Arrays.copyOf(next, capacity);
      }
      fund[size] = f;
      amount[size] = fen;
      next[size] = -1;
      if (tail[list] < 0) {
        head[list] = size;
      } else {
        next[tail[list]] = size;
      }
      tail[list] = size;
      size++;
    }
  }

  /** Growable (cost, fund, amount) triples. */
  private static final class Triples {
    int[] cost;
    int[] fund;
    long[] amount;
    int size;

    Triples(int capacity) {
      int initial = Math.max(capacity, 16);
      cost = new int[initial];
      fund = new int[initial];
      amount = new long[initial];
    }

    void add(int c, int f, long fen) {
      if (size == cost.length) {
        int capacity = Math.multiplyExact(size, 2);
        cost = Arrays.copyOf(cost, capacity);
        fund = Arrays.copyOf(fund, capacity);
        amount = Arrays.copyOf(amount, capacity);
      }
      cost[size] = c;
      fund[size] = f;
      amount[size] = fen;
      size++;
    }
  }
}
