package io.github.rapolicy.planning;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.rapolicy.funding.Money;
import io.github.rapolicy.rules.Answer;
import io.github.rapolicy.rules.Policy;
import io.github.rapolicy.rules.Verdict;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The funds' balances and every charge made so far, under one policy on one date. Charging returns
 * a new ledger or a cited {@link Refusal}; a ledger never changes.
 *
 * <p>A charge is made only if all of these hold, and refused, citing the clauses, otherwise:
 *
 * <ul>
 *   <li>the rules allow the fund to pay the cost (decision 4 of {@link Policy}, with its overlays):
 *       a "not allowed" and a "not decided by this notice" are both refused;
 *   <li>the charge, added to what was charged for the same cost before, to any fund, does not
 *       exceed the actual cost (据实列支, 3.3.5);
 *   <li>the fund holds the amount (the ledger's own bookkeeping: the notice has no rule on
 *       balances).
 * </ul>
 *
 * <p>{@link #chargeAll} and {@link #apply} make a batch of charges all together or not at all:
 * each charge of the batch is judged after the ones before it, and the first refusal returns the
 * ledger's state unchanged.
 *
 * <pre>{@code
 * Ledger ledger = Ledger.using(Policy.ofNotice().on(LocalDate.of(2024, 9, 30)), funds);
 * ChargeResult result = ledger.charge(salary, "LF-62301234", Money.parse("6000"));
 * Ledger after = result.ledger().orElseThrow();
 * after.available("LF-62301234");    // 6000.00 less
 * after.charged(salary);             // 6000.00
 * after.charge(salary, "MATCH-2024", Money.parse("600")).refusal();   // 6600 > 6500: 3.3.5
 * }</pre>
 *
 * <p>Each charge copies the ledger's state, in time proportional to the funds and the costs charged
 * so far; charge many costs at once with {@link #chargeAll} or {@link #apply}, in time proportional
 * to the state and the batch.
 *
 * <p>This class is immutable and thread-safe. Ledgers compare by identity, like {@link Policy}.
 *
 * @since 0.1.0
 */
public final class Ledger {

  /** What was charged for one cost so far, in fen, with the cost as first given. */
  private record Tally(ActualCost cost, long chargedFen) {}

  private final Policy.OnDate rules;
  private final ImmutableMap<String, Fund> funds;
  private final ImmutableMap<CostKey, Tally> tallies;
  private final ImmutableList<Allocation> charges;

  private Ledger(
      Policy.OnDate rules,
      ImmutableMap<String, Fund> funds,
      ImmutableMap<CostKey, Tally> tallies,
      ImmutableList<Allocation> charges) {
    this.rules = rules;
    this.funds = funds;
    this.tallies = tallies;
    this.charges = charges;
  }

  /**
   * Returns a ledger of {@code funds}, with nothing charged, judging charges by {@code rules}.
   *
   * @throws IllegalArgumentException if two funds have the same identifier
   */
  public static Ledger using(Policy.OnDate rules, Iterable<Fund> funds) {
    checkNotNull(rules, "rules");
    checkNotNull(funds, "funds");
    Map<String, Fund> byId = new LinkedHashMap<>();
    for (Fund fund : funds) {
      checkNotNull(fund, "fund");
      checkArgument(byId.putIfAbsent(fund.id(), fund) == null, "duplicate fund id: %s", fund.id());
    }
    return new Ledger(rules, ImmutableMap.copyOf(byId), ImmutableMap.of(), ImmutableList.of());
  }

  /** Returns the date the charges are judged on. */
  public LocalDate date() {
    return rules.date();
  }

  /** Returns the funds with their current balances, in the order the ledger was opened with. */
  public ImmutableList<Fund> funds() {
    return funds.values().asList();
  }

  /**
   * Returns the fund {@code fundId} with its current balance.
   *
   * @throws UnknownFundException if the ledger holds no such fund
   */
  public Fund fund(String fundId) {
    checkNotNull(fundId, "fundId");
    Fund fund = funds.get(fundId);
    if (fund == null) {
      throw new UnknownFundException(fundId, funds.keySet());
    }
    return fund;
  }

  /**
   * Returns the amount available in the fund {@code fundId}.
   *
   * @throws UnknownFundException if the ledger holds no such fund
   */
  public Money available(String fundId) {
    return fund(fundId).available();
  }

  /**
   * Returns what has been charged for {@code cost} so far, to all funds together.
   *
   * @throws ConflictingCostException if the ledger has recorded the same cost with another amount
   *     or position
   */
  public Money charged(ActualCost cost) {
    checkNotNull(cost, "cost");
    return Money.ofFen(chargedFen(tallies.get(cost.key()), cost));
  }

  /**
   * Returns what of {@code cost} has not been charged yet: its actual amount less what has been
   * charged for it.
   *
   * @throws ConflictingCostException if the ledger has recorded the same cost with another amount
   *     or position
   */
  public Money outstanding(ActualCost cost) {
    return cost.amount().minus(charged(cost));
  }

  /** Returns every charge made, in the order made. */
  public ImmutableList<Allocation> charges() {
    return charges;
  }

  /**
   * Charges {@code amount} of {@code cost} to the fund {@code fundId}.
   *
   * @throws UnknownFundException if the ledger holds no such fund
   * @throws ConflictingCostException if the ledger has recorded the same cost with another amount
   *     or position
   * @throws IllegalArgumentException if {@code amount} is zero
   */
  public ChargeResult charge(ActualCost cost, String fundId, Money amount) {
    return charge(Allocation.of(cost, fundId, amount));
  }

  /**
   * Makes the charge {@code charge}.
   *
   * @throws UnknownFundException if the ledger holds no such fund
   * @throws ConflictingCostException if the ledger has recorded the same cost with another amount
   *     or position
   */
  public ChargeResult charge(Allocation charge) {
    checkNotNull(charge, "charge");
    return chargeAll(ImmutableList.of(charge));
  }

  /**
   * Makes all of {@code charges}, in order, or none: returns the ledger with all made, or the
   * refusal of the first charge refused.
   *
   * @throws UnknownFundException if a charge names a fund the ledger does not hold
   * @throws ConflictingCostException if two costs charged, or a cost charged and one recorded, are
   *     the same cost with other amounts or positions
   */
  public ChargeResult chargeAll(Iterable<Allocation> charges) {
    checkNotNull(charges, "charges");
    Map<String, Fund> newFunds = new LinkedHashMap<>(funds);
    Map<CostKey, Tally> newTallies = new HashMap<>(tallies);
    List<Allocation> made = new ArrayList<>();
    for (Allocation charge : charges) {
      checkNotNull(charge, "charge");
      Fund fund = newFunds.get(charge.fundId());
      if (fund == null) {
        throw new UnknownFundException(charge.fundId(), newFunds.keySet());
      }
      ActualCost cost = charge.cost();
      CostKey key = cost.key();
      long before = chargedFen(newTallies.get(key), cost);
      Money together = Money.ofFen(Math.addExact(before, charge.amount().toFen()));
      Answer answer = rules.mayCharge(cost.expense(together)).to(fund.source());
      if (answer.verdict() != Verdict.ALLOWED
          || together.isGreaterThan(cost.amount())
          || charge.amount().isGreaterThan(fund.available())) {
        return ChargeResult.refused(
            Refusal.of(charge, answer, fund.available(), Money.ofFen(before)));
      }
      newFunds.put(fund.id(), fund.withAvailable(fund.available().minus(charge.amount())));
      newTallies.put(key, new Tally(cost, together.toFen()));
      made.add(charge);
    }
    return ChargeResult.charged(
        new Ledger(
            rules,
            ImmutableMap.copyOf(newFunds),
            ImmutableMap.copyOf(newTallies),
            ImmutableList.<Allocation>builderWithExpectedSize(this.charges.size() + made.size())
                .addAll(this.charges)
                .addAll(made)
                .build()));
  }

  /**
   * Makes every allocation of {@code plan} or none, judging each by this ledger's rules and
   * balances, whatever rules and balances the plan was made with.
   *
   * @throws UnknownFundException if the plan names a fund the ledger does not hold
   * @throws ConflictingCostException if the plan charges a cost the ledger has recorded with another
   *     amount or position
   */
  public ChargeResult apply(Plan plan) {
    checkNotNull(plan, "plan");
    return chargeAll(plan.allocations());
  }

  private static long chargedFen(@Nullable Tally tally, ActualCost cost) {
    if (tally == null) {
      return 0;
    }
    if (!tally.cost().equals(cost)) {
      throw new ConflictingCostException(tally.cost(), cost);
    }
    return tally.chargedFen();
  }

  /** Returns the date, the number of funds and the number of charges. */
  @Override
  public String toString() {
    return "Ledger[" + date() + ", " + funds.size() + " funds, " + charges.size() + " charges]";
  }
}
