package io.github.rapolicy.planning;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import io.github.rapolicy.funding.CostKind;
import io.github.rapolicy.funding.FundingSource;
import io.github.rapolicy.funding.Money;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The funding need of research-assistant positions over a period (测算, 3.3.5): what each fund the
 * caller prefers would pay, with no limit on balances, and how the notice divides the need among
 * its channels — in particular the part it leaves to the unit's matching funds (3.3.6).
 * {@link AllocationPlanner#estimateNeed} computes it.
 *
 * <pre>{@code
 * FundingNeed need = planner.estimateNeed(expectedMonthlyCosts, preference);
 * need.total();                      // every expected cost over the period
 * need.byFund();                     // per fund of the preference, zero included
 * need.unassigned();                 // what none of them may pay, by reason
 * need.byShare();                    // PROJECT_OR_BALANCE_FUNDS, MATCHING_FUNDS, NOT_DECIDED, NOT_ALLOWED,
 *                                    // NOT_IN_FORCE
 * need.leftToMatchingFunds();        // what the notice leaves to matching funds
 * }</pre>
 *
 * <p>Totals reconcile to the fen: {@code total()} is the sum of {@code byFund()} and {@code
 * unassigned()}, and the sum of {@code byShare()}.
 *
 * <p>This class is immutable and thread-safe; needs are equal when all their attributes are.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class FundingNeed {

  FundingNeed() {}

  /** Returns the date the rules were asked on. */
  public abstract LocalDate date();

  /** Returns the months with an expected cost. */
  @Value.NaturalOrder
  public abstract ImmutableSortedSet<YearMonth> months();

  /** Returns the need per position and kind of cost, in the order first given. */
  public abstract ImmutableList<NeedLine> lines();

  /** Returns the need assigned to each fund of the caller's preference, zero included, in order. */
  public abstract ImmutableMap<FundingSource, Money> byFund();

  /**
   * Returns the need none of the caller's funds may pay, by reason ({@link
   * ShortfallReason#NO_ELIGIBLE_FUND}, {@link ShortfallReason#NOT_DECIDED_BY_NOTICE} and {@link
   * ShortfallReason#NOT_IN_FORCE}), zero included.
   */
  public abstract ImmutableMap<ShortfallReason, Money> unassigned();

  /** Returns the need by the notice's share, every share present, zero included. */
  public abstract ImmutableMap<NeedShare, Money> byShare();

  /** Returns the whole need over the period. */
  @Value.Lazy
  public Money total() {
    Money total = Money.ZERO;
    for (NeedLine line : lines()) {
      total = total.plus(line.amount());
    }
    return total;
  }

  /** Returns the need by kind of cost, in the order of {@link CostKind}. */
  @Value.Lazy
  public ImmutableMap<CostKind, Money> byCostKind() {
    Map<CostKind, Money> byKind = new EnumMap<>(CostKind.class);
    for (NeedLine line : lines()) {
      byKind.merge(line.kind(), line.amount(), Money::plus);
    }
    return ImmutableMap.copyOf(byKind);
  }

  /** Returns the need none of the caller's funds may pay, whatever the reason. */
  public final Money totalUnassigned() {
    Money total = Money.ZERO;
    for (Money amount : unassigned().values()) {
      total = total.plus(amount);
    }
    return total;
  }

  /**
   * Returns the part of the need that neither a labour-fee line nor balance funds may pay and the
   * notice leaves to the unit's matching funds (3.3.6).
   */
  public final Money leftToMatchingFunds() {
    return byShare().getOrDefault(NeedShare.MATCHING_FUNDS, Money.ZERO);
  }

  /** Returns the date, the months and the totals. */
  @Override
  public String toString() {
    return "FundingNeed["
        + date()
        + ", "
        + (months().isEmpty() ? "no months" : months().first() + ".." + months().last())
        + ", total "
        + total()
        + ", by share "
        + byShare()
        + "]";
  }
}
