package io.github.rapolicy.planning;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.rapolicy.funding.CostKind;
import io.github.rapolicy.funding.Money;
import io.github.rapolicy.notice.Label;
import io.github.rapolicy.position.Position;
import io.github.rapolicy.rules.Expense;
import java.time.YearMonth;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One cost a position actually incurred in one month: its kind and the actual amount. The notice
 * lets a unit charge actual amounts only (据实列支, 3.3.5), so this amount is the most that may be
 * charged for the cost, in total, to all funds together.
 *
 * <p>A cost is identified by its position's identifier, its kind and its month: a {@link Ledger}
 * adds up what is charged for it, and a {@link Plan} lists each cost once. Costs of kinds the
 * notice does not name ({@link CostKind#NOT_NAMED_BY_NOTICE}) are told apart by the caller's name
 * for the kind, where given ({@link #of(Position, Label, YearMonth, Money)}): a position's travel
 * (差旅费) and equipment (设备费) in one month are two costs, each with its own actual amount.
 *
 * <pre>{@code
 * ActualCost salary =
 *     ActualCost.of(position, CostKind.LABOUR_REMUNERATION, YearMonth.of(2024, 9), Money.parse("6500"));
 * salary.expense();   // the Expense of decision 4, charging exactly the actual amount
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; costs are equal when their position, kind (with the
 * name of another kind), month and amount are.
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

  /**
   * Returns the cost of the kind a finance system's label stands for ({@link CostKind#label}). For
   * a kind the notice does not name, the label's own text names the kind and is part of the cost's
   * identity, so that 差旅费 and 设备费 are different costs; for the notice's kinds the label is only
   * a way of writing the kind, and 劳务费 and 劳务性报酬 are the same cost.
   *
   * <pre>{@code
   * ActualCost travel =
   *     ActualCost.of(position, CostKind.label("差旅费"), YearMonth.of(2024, 9), Money.parse("800"));
   * travel.otherKindName();   // Optional[差旅费]
   * }</pre>
   */
  public static ActualCost of(
      Position position, Label<CostKind> kind, YearMonth month, Money amount) {
    ImmutableActualCost.Builder cost =
        ImmutableActualCost.builder()
            .position(position)
            .kind(kind.term())
            .month(month)
            .amount(amount);
    if (kind.term() == CostKind.NOT_NAMED_BY_NOTICE && !kind.isOwnLabel()) {
      cost.otherKindName(kind.text());
    }
    return cost.build();
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

  /**
   * Returns the caller's name for a kind of cost the notice does not name, such as 差旅费; empty for
   * the notice's own kinds, and where no name was given.
   */
  public abstract Optional<String> otherKindName();

  /** A name for another kind belongs to {@link CostKind#NOT_NAMED_BY_NOTICE} only. */
  @Value.Check
  void checkOtherKindName() {
    checkArgument(
        otherKindName().isEmpty() || kind() == CostKind.NOT_NAMED_BY_NOTICE,
        "only a cost of a kind the notice does not name has a name of its own: %s is %s",
        otherKindName().orElse(""),
        kind());
  }

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

  /**
   * Returns the identity of the cost: its position's identifier, kind and month. Worked out once,
   * when the cost is made, as a session looks every line's cost up by it.
   */
  @Value.Derived
  @Value.Auxiliary
  CostKey key() {
    return new CostKey(position().id(), kind(), otherKindName().orElse(""), month());
  }

  /** Returns the position, kind, month and amount, such as {@code "RA-1 LABOUR_REMUNERATION 2024-09 6500.00"}. */
  @Override
  public String toString() {
    return position().id()
        + " "
        + kind()
        + otherKindName().map(name -> "(" + name + ")").orElse("")
        + " "
        + month()
        + " "
        + amount();
  }
}
