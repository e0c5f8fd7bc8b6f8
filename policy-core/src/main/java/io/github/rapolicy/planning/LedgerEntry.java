package io.github.rapolicy.planning;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.rapolicy.funding.FundingSource;
import io.github.rapolicy.funding.Money;
import org.immutables.value.Value;

/**
 * One line of a ledger as a {@link LedgerAudit} reads it: the line's reference, the cost it is
 * for, the fund and the amount, and whether it charges the amount or reverses an earlier charge
 * (冲销, 红字: a negative amount in most exports).
 *
 * <pre>{@code
 * ActualCost salary =
 *     ActualCost.of(position, CostKind.LABOUR_REMUNERATION, YearMonth.of(2024, 9), Money.parse("6500"));
 * LedgerEntry first = LedgerEntry.charge("2024-09-0001", salary, FundingSource.labourFee("62301234"), Money.parse("6000"));
 * LedgerEntry undo = LedgerEntry.reversal("2024-09-0031", salary, FundingSource.labourFee("62301234"), Money.parse("6000"));
 * undo.amount();       // 6000.00: a reversal's amount is what it takes back, never negative
 * undo.isReversal();   // true
 * }</pre>
 *
 * <p>The cost carries the line's actual amount (据实列支, 3.3.5) and the position's facts that
 * decision 4 asks about; lines of one cost share its position's identifier, kind and month.
 *
 * <p>This class is immutable and thread-safe; entries are equal when their line, cost, fund,
 * amount and direction are.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class LedgerEntry {

  LedgerEntry() {}

  /**
   * Returns the line {@code line} charging {@code amount} of {@code cost} to {@code fund}.
   *
   * @throws IllegalArgumentException if {@code line} is blank
   */
  public static LedgerEntry charge(String line, ActualCost cost, FundingSource fund, Money amount) {
    return ImmutableLedgerEntry.of(line, cost, fund, amount, false);
  }

  /**
   * Returns the line {@code line} reversing {@code amount} of what was charged earlier for {@code
   * cost} to {@code fund}.
   *
   * @throws IllegalArgumentException if {@code line} is blank or {@code amount} is zero
   */
  public static LedgerEntry reversal(
      String line, ActualCost cost, FundingSource fund, Money amount) {
    return ImmutableLedgerEntry.of(line, cost, fund, amount, true);
  }

  /** Returns the line's reference, such as {@code "2024-09-0001"}. */
  @Value.Parameter
  public abstract String line();

  /** Returns the cost the line charges or reverses, with the line's actual amount. */
  @Value.Parameter
  public abstract ActualCost cost();

  /** Returns the fund charged, or the fund whose earlier charge is reversed. */
  @Value.Parameter
  public abstract FundingSource fund();

  /** Returns the amount charged, or taken back by a reversal; never negative. */
  @Value.Parameter
  public abstract Money amount();

  /** Returns whether the line reverses an earlier charge rather than charging. */
  @Value.Parameter
  public abstract boolean isReversal();

  @Value.Check
  final void check() {
    checkArgument(!line().isBlank(), "line must not be blank: \"%s\"", line());
    checkArgument(
        !isReversal() || !amount().isZero(), "a reversal of %s must not be zero", cost());
  }

  /**
   * Returns the line, the cost, the fund and the signed amount, such as {@code "2024-09-0001: RA-1
   * LABOUR_REMUNERATION 2024-09 6500.00 <- LABOUR_FEE(62301234) 6000.00"}.
   */
  @Override
  public String toString() {
    return line() + ": " + cost() + " <- " + fund() + " " + (isReversal() ? "-" : "") + amount();
  }
}
