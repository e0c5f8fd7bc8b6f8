package io.github.rapolicy.planning;

/**
 * Thrown when one cost (one position's cost of one kind in one month) is given twice: listed twice
 * for one plan, or recorded in a ledger with another amount or another position of the same
 * identifier. Either would let more than the actual cost be charged (据实列支, 3.3.5), so the library
 * refuses the input instead of guessing which one is right.
 *
 * <pre>{@code
 * try {
 *   ledger.charge(ActualCost.of(position, LABOUR_REMUNERATION, september, Money.parse("7000")), …);
 * } catch (ConflictingCostException e) {
 *   e.recorded();   // the cost as first given: 6500.00
 *   e.given();      // the cost as given now: 7000.00
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ConflictingCostException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  @SuppressWarnings("serial") // costs are values, not meant for serialisation
  private final ActualCost recorded;

  @SuppressWarnings("serial")
  private final ActualCost given;

  ConflictingCostException(ActualCost recorded, ActualCost given) {
    super(
        recorded.equals(given)
            ? "cost " + given + " is listed twice"
            : "cost "
                + given
                + " conflicts with "
                + recorded
                + ", given before for the same position, kind and month");
    this.recorded = recorded;
    this.given = given;
  }

  /** Returns the cost as first given. */
  public ActualCost recorded() {
    return recorded;
  }

  /** Returns the cost given again, equal to or in conflict with {@link #recorded()}. */
  public ActualCost given() {
    return given;
  }
}
