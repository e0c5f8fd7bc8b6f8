package io.github.rapolicy.planning;

import io.github.rapolicy.funding.CostKind;
import io.github.rapolicy.funding.Money;
import io.github.rapolicy.position.Position;
import io.github.rapolicy.rules.Expense;
import java.time.YearMonth;
import org.immutables.value.Value;

/**
 * One cost a position actually incurred in one month: its kind and the actual amount. The notice
 * lets a unit charge actual amounts only (据实列支, 3.3.5), so this amount is the most that may be
 * charged for the cost, in total, to all funds together.
 *
 * <p>A cost is identified by its position's identifier, its kind and its month: a {@link Ledger}
 * adds up what is charged for it, and a {@link Plan} lists each cost once.
 *
 * <pre>{@code
 * ActualCost salary =
 *     ActualCost.of(position, CostKind.LABOUR_REMUNERATION, YearMonth.of(2024, 9), Money.parse("6500"));
 * salary.expense();   // the Expense of decision 4, charging exactly the actual amount
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; costs are equal when their position, kind, month and
 * amount are.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class ActualCost {

  ActualCost() {}

  /** Returns the cost of {@code kind} that {@code position} actually incurred in {@code month}. */
  public static ActualCost of(Position position, CostKind kind, YearMonth month, Money amount) {
    return ImmutableActualCost.of(position, kind, month, amount);
  }

  /** Returns the position the cost was incurred for. */
  @Value.Parameter
  public abstract Position position();

  /** Returns the kind of cost. */
  @Value.Parameter
  public abstract CostKind kind();

  /** Returns the month the cost belongs to. */
  @Value.Parameter
  public abstract YearMonth month();

  /** Returns the amount actually incurred. */
  @Value.Parameter
  public abstract Money amount();

  /** Returns the expense of charging exactly the actual amount, as decision 4 asks about it. */
  public final Expense expense() {
    return Expense.of(position(), kind(), amount(), amount());
  }

  /**
   * Returns the expense of charging {@code charged} in total for this cost, as decision 4 asks
   * about it; it exceeds the actual cost when {@code charged} is more than {@link #amount()}.
   */
  public final Expense expense(Money charged) {
    return Expense.of(position(), kind(), charged, amount());
  }

  /** Returns the identity of the cost: its position's identifier, kind and month. */
  final CostKey key() {
    return new CostKey(position().id(), kind(), month());
  }

  /** Returns the position, kind, month and amount, such as {@code "RA-1 LABOUR_REMUNERATION 2024-09 6500.00"}. */
  @Override
  public String toString() {
    return position().id() + " " + kind() + " " + month() + " " + amount();
  }
}
