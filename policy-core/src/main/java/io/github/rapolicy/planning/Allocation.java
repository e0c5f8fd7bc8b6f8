package io.github.rapolicy.planning;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.rapolicy.funding.Money;
import io.github.rapolicy.internal.Identifiers;
import org.immutables.value.Value;

/**
 * An amount of one actual cost charged to one fund: a line of a {@link Plan}, and a charge a
 * {@link Ledger} records.
 *
 * <pre>{@code
 * Allocation line = Allocation.of(salary, "LF-62301234", Money.parse("6000"));
 * Ledger after = ledger.charge(line).ledger().orElseThrow();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; allocations are equal when their cost, fund and
 * amount are.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Allocation {

  Allocation() {}

  /**
   * Returns {@code amount} of {@code cost} charged to the fund {@code fundId}.
   *
   * @throws IllegalArgumentException if {@code fundId} is blank or {@code amount} is zero
   */
  public static Allocation of(ActualCost cost, String fundId, Money amount) {
    return ImmutableAllocation.of(cost, fundId, amount);
  }

  /** Returns the cost charged. */
  @Value.Parameter
  public abstract ActualCost cost();

  /** Returns the identifier of the fund charged. */
  @Value.Parameter
  public abstract String fundId();

  /** Returns the amount charged; never zero. */
  @Value.Parameter
  public abstract Money amount();

  @Value.Check
  final void check() {
    Identifiers.check("fund id", fundId());
    checkArgument(!amount().isZero(), "an allocation of %s to %s must not be zero", cost(), fundId());
  }

  /** Returns the cost, the fund and the amount, such as {@code "RA-1 LABOUR_REMUNERATION 2024-09 6500.00 <- LF-1 6000.00"}. */
  @Override
  public String toString() {
    return cost() + " <- " + fundId() + " " + amount();
  }
}
