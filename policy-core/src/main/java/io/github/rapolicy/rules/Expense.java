package io.github.rapolicy.rules;

import io.github.rapolicy.funding.CostKind;
import io.github.rapolicy.funding.Money;
import io.github.rapolicy.position.Position;
import org.immutables.value.Value;

/**
 * A cost incurred for a research-assistant position: what kind, the amount to be charged and the
 * actual cost incurred (the notice allows charging actual amounts only, 据实列支, 3.3.5).
 *
 * <pre>{@code
 * Expense salary = Expense.of(position, CostKind.LABOUR_REMUNERATION, Money.parse("6500"));
 * Expense claimed = Expense.of(position, CostKind.SOCIAL_INSURANCE_SUBSIDY,
 *     Money.parse("1300"), Money.parse("1183.50")); // charges more than was spent
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; expenses are equal when all their attributes are.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Expense {

  Expense() {}

  /** Returns an expense charging exactly its actual cost {@code amount}. */
  public static Expense of(Position position, CostKind cost, Money amount) {
    return of(position, cost, amount, amount);
  }

  /** Returns an expense charging {@code amount} for a cost that actually came to {@code actual}. */
  public static Expense of(Position position, CostKind cost, Money amount, Money actual) {
    return ImmutableExpense.of(position, cost, amount, actual);
  }

  /** Returns the position the cost was incurred for. */
  @Value.Parameter
  public abstract Position position();

  /** Returns the kind of cost. */
  @Value.Parameter
  public abstract CostKind cost();

  /** Returns the amount to be charged. */
  @Value.Parameter
  public abstract Money amount();

  /** Returns the cost actually incurred. */
  @Value.Parameter
  public abstract Money actualCost();

  /** Returns whether the amount charged exceeds the actual cost (3.3.5). */
  public final boolean exceedsActualCost() {
    return amount().isGreaterThan(actualCost());
  }
}
