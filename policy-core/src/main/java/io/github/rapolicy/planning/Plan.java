package io.github.rapolicy.planning;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import com.google.common.collect.Multimaps;
import io.github.rapolicy.funding.Money;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.immutables.value.Value;

/**
 * Which fund pays how much of which cost, and what is left unfunded and why: what {@link
 * AllocationPlanner} returns. A plan changes no balance; {@link Ledger#apply} makes its charges.
 *
 * <p>Every plan conserves money to the fen: for each cost, what is allocated plus what is unfunded
 * is the cost; no fund is allocated more than it holds; and every allocation is of a fund the rules
 * allow to pay the cost.
 *
 * <pre>{@code
 * Plan plan = AllocationPlanner.using(rules).planMonthly(september, funds);
 * plan.allocations();          // cost ← fund amount, by cost, then by the caller's order of funds
 * plan.shortfalls();           // what cannot be funded, with the reason and its clauses
 * plan.totalCost();            // = plan.totalAllocated().plus(plan.totalUnfunded())
 * plan.fundsAfter();           // the funds' balances once the plan is charged
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; plans are equal when their date, costs, funds,
 * allocations and shortfalls are.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Plan {

  Plan() {}

  /** Returns the date the rules were asked on. */
  public abstract LocalDate date();

  /** Returns the costs planned, in the order given. */
  public abstract ImmutableList<ActualCost> costs();

  /** Returns the funds as given, with their balances before the plan, in the caller's order. */
  public abstract ImmutableList<Fund> funds();

  /** Returns the allocations: by cost in the order given, then by fund in the caller's order. */
  public abstract ImmutableList<Allocation> allocations();

  /** Returns what is left unfunded, by cost in the order given. */
  public abstract ImmutableList<Shortfall> shortfalls();

  /** Returns the sum of the costs. */
  @Value.Lazy
  public Money totalCost() {
    long total = 0;
    for (ActualCost cost : costs()) {
      total = Math.addExact(total, cost.amount().toFen());
    }
    return Money.ofFen(total);
  }

  /** Returns the sum of the allocations. */
  @Value.Lazy
  public Money totalAllocated() {
    long total = 0;
    for (Allocation allocation : allocations()) {
      total = Math.addExact(total, allocation.amount().toFen());
    }
    return Money.ofFen(total);
  }

  /** Returns the sum of the shortfalls. */
  @Value.Lazy
  public Money totalUnfunded() {
    long total = 0;
    for (Shortfall shortfall : shortfalls()) {
      total = Math.addExact(total, shortfall.amount().toFen());
    }
    return Money.ofFen(total);
  }

  /** Returns the sum of the shortfalls by reason, in the order of {@link ShortfallReason}. */
  @Value.Lazy
  public ImmutableMap<ShortfallReason, Money> unfundedByReason() {
    Map<ShortfallReason, Money> byReason = new EnumMap<>(ShortfallReason.class);
    for (Shortfall shortfall : shortfalls()) {
      byReason.merge(shortfall.reason(), shortfall.amount(), Money::plus);
    }
    return ImmutableMap.copyOf(byReason);
  }

  /** Returns what is allocated from each fund, zero included, in the caller's order of funds. */
  @Value.Lazy
  public ImmutableMap<String, Money> allocatedByFund() {
    Map<String, Long> byFund = new LinkedHashMap<>();
    for (Fund fund : funds()) {
      byFund.put(fund.id(), 0L);
    }
    for (Allocation allocation : allocations()) {
      byFund.merge(allocation.fundId(), allocation.amount().toFen(), Math::addExact);
    }
    ImmutableMap.Builder<String, Money> result = ImmutableMap.builderWithExpectedSize(byFund.size());
    byFund.forEach((id, fen) -> result.put(id, Money.ofFen(fen)));
    return result.buildOrThrow();
  }

  /** Returns the funds with what is left in them once the plan is charged, in the caller's order. */
  @Value.Lazy
  public ImmutableList<Fund> fundsAfter() {
    ImmutableMap<String, Money> allocated = allocatedByFund();
    ImmutableList.Builder<Fund> after = ImmutableList.builderWithExpectedSize(funds().size());
    for (Fund fund : funds()) {
      Money used = allocated.getOrDefault(fund.id(), Money.ZERO);
      after.add(fund.withAvailable(fund.available().minus(used)));
    }
    return after.build();
  }

  @Value.Lazy
  ImmutableListMultimap<ActualCost, Allocation> allocationsByCost() {
    return Multimaps.index(allocations(), Allocation::cost);
  }

  @Value.Lazy
  ImmutableMap<ActualCost, Shortfall> shortfallsByCost() {
    return Maps.uniqueIndex(shortfalls(), Shortfall::cost);
  }

  /** Returns the allocations of {@code cost}, in the caller's order of funds; empty if none. */
  public final ImmutableList<Allocation> allocationsOf(ActualCost cost) {
    return allocationsByCost().get(checkNotNull(cost, "cost"));
  }

  /** Returns what is allocated to {@code cost}, from all funds together. */
  public final Money allocatedTo(ActualCost cost) {
    long total = 0;
    for (Allocation allocation : allocationsOf(cost)) {
      total += allocation.amount().toFen();
    }
    return Money.ofFen(total);
  }

  /** Returns what of {@code cost} is left unfunded; zero if it is funded in full or not planned. */
  public final Money unfundedOf(ActualCost cost) {
    Shortfall shortfall = shortfallsByCost().get(checkNotNull(cost, "cost"));
    return shortfall == null ? Money.ZERO : shortfall.amount();
  }

  /** Returns the date, the number of costs and funds, and the totals. */
  @Override
  public String toString() {
    return "Plan["
        + date()
        + ", "
        + costs().size()
        + " costs, "
        + funds().size()
        + " funds, cost "
        + totalCost()
        + ", allocated "
        + totalAllocated()
        + ", unfunded "
        + totalUnfunded()
        + "]";
  }
}
