package io.github.rapolicy.planning;

import io.github.rapolicy.funding.FundingSource;
import io.github.rapolicy.funding.Money;
import io.github.rapolicy.internal.Identifiers;
import org.immutables.value.Value;

/**
 * A fund the unit can charge: a {@link FundingSource} (a project's labour-fee line, retained
 * balance funds, matching funds …) under the identifier the unit's books give it, with the amount
 * available in it.
 *
 * <p>The identifier tells apart funds of the same source, such as two matching funds of different
 * departments; it is what {@link Ledger} and {@link Plan} name a fund by.
 *
 * <pre>{@code
 * Fund labourFee = Fund.of("LF-62301234", FundingSource.labourFee("62301234"), Money.parse("48000"));
 * Fund matching = Fund.of("MATCH-2024", FundingSource.matchingFund(), Money.parse("120000"));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; funds are equal when their identifier, source and
 * available amount are.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Fund {

  Fund() {}

  /**
   * Returns the fund {@code id} of {@code source} with {@code available} in it.
   *
   * @throws IllegalArgumentException if {@code id} is blank
   */
  public static Fund of(String id, FundingSource source, Money available) {
    return ImmutableFund.of(id, source, available);
  }

  /** Returns the identifier of the fund in the unit's books, such as {@code "LF-62301234"}. */
  @Value.Parameter
  public abstract String id();

  /** Returns the money the fund is: a labour-fee line, retained balance or matching funds. */
  @Value.Parameter
  public abstract FundingSource source();

  /** Returns the amount available in the fund. */
  @Value.Parameter
  public abstract Money available();

  /** Returns this fund with {@code amount} available instead. */
  final Fund withAvailable(Money amount) {
    return amount.equals(available()) ? this : of(id(), source(), amount);
  }

  @Value.Check
  final void check() {
    Identifiers.check("fund id", id());
  }
}
