package io.github.rapolicy.planning;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What charging a {@link Ledger} returns: the new ledger, with every charge asked for applied, or
 * the {@link Refusal} of a charge, with none applied. Never both, never neither.
 *
 * <pre>{@code
 * ChargeResult result = ledger.charge(salary, "LF-62301234", Money.parse("6500"));
 * if (result.isCharged()) {
 *   ledger = result.ledger().orElseThrow();
 * } else {
 *   log(result.refusal().orElseThrow().explain(Language.CHINESE));
 * }
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ChargeResult {

  private final @Nullable Ledger ledger;
  private final @Nullable Refusal refusal;

  private ChargeResult(@Nullable Ledger ledger, @Nullable Refusal refusal) {
    this.ledger = ledger;
    this.refusal = refusal;
  }

  static ChargeResult charged(Ledger ledger) {
    return new ChargeResult(checkNotNull(ledger, "ledger"), null);
  }

  static ChargeResult refused(Refusal refusal) {
    return new ChargeResult(null, checkNotNull(refusal, "refusal"));
  }

  /** Returns whether the charges were made. */
  public boolean isCharged() {
    return ledger != null;
  }

  /** Returns the ledger with the charges made; empty if they were refused. */
  public Optional<Ledger> ledger() {
    return Optional.ofNullable(ledger);
  }

  /** Returns the refusal; empty if the charges were made. */
  public Optional<Refusal> refusal() {
    return Optional.ofNullable(refusal);
  }

  /** Returns {@code "charged"} or the refusal. */
  @Override
  public String toString() {
    return refusal == null ? "charged" : refusal.toString();
  }
}
