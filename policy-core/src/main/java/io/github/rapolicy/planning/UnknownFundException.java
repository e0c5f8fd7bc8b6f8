package io.github.rapolicy.planning;

import com.google.common.collect.ImmutableSet;
import java.util.Collection;

/**
 * Thrown when a charge names a fund the ledger does not hold: a mistake in the caller's data, not a
 * refusal under the rules.
 *
 * <pre>{@code
 * try {
 *   ledger.charge(salary, "LF-99999999", Money.parse("100"));
 * } catch (UnknownFundException e) {
 *   e.fundId();     // "LF-99999999"
 *   e.knownFunds(); // the identifiers the ledger holds
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class UnknownFundException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String fundId;
  private final ImmutableSet<String> knownFunds;

  UnknownFundException(String fundId, Collection<String> knownFunds) {
    super(
        "no fund \""
            + fundId
            + "\" in the ledger; it holds: "
            + (knownFunds.isEmpty() ? "no funds" : String.join(", ", knownFunds)));
    this.fundId = fundId;
    this.knownFunds = ImmutableSet.copyOf(knownFunds);
  }

  /** Returns the identifier asked for. */
  public String fundId() {
    return fundId;
  }

  /** Returns the identifiers of the funds the ledger holds. */
  public ImmutableSet<String> knownFunds() {
    return knownFunds;
  }
}
