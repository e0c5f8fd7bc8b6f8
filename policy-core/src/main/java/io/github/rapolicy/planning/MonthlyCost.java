package io.github.rapolicy.planning;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.rapolicy.funding.CostKind;
import io.github.rapolicy.funding.Money;
import io.github.rapolicy.position.Position;
import java.time.YearMonth;
import org.immutables.value.Value;

/**
 * What one position actually cost in one month: remuneration, the unit's social-insurance
 * contribution, the housing provident fund and other costs. Amounts not set are zero.
 *
 * <p>Each amount is a {@link CostKind}: remuneration is the labour remuneration (劳务性报酬) and the
 * social-insurance contribution the social-insurance subsidy (社会保险补助) that 3.3.3 and 3.3.4 name;
 * the housing provident fund (住房公积金) is one the notice only encourages (3.3.2); other costs are
 * costs it does not name.
 *
 * <pre>{@code
 * MonthlyCost september = MonthlyCost.builder()
 *     .position(position)
 *     .month(YearMonth.of(2024, 9))
 *     .remuneration(Money.parse("6500"))
 *     .socialInsurance(Money.parse("1183.50"))
 *     .housingFund(Money.parse("780"))
 *     .build();
 * september.items();   // three ActualCosts, one per kind with a non-zero amount
 * september.total();   // 8463.50
 * september.repeatedThrough(YearMonth.of(2025, 6));   // the same costs for each month to June 2025
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; monthly costs are equal when all their attributes
 * are.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class MonthlyCost {

  MonthlyCost() {}

  /** Returns a new builder; the position and the month must be set, each amount at most once. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the position the costs were incurred for. */
  public abstract Position position();

  /** Returns the month. */
  public abstract YearMonth month();

  /** Returns the labour remuneration (劳务性报酬); zero unless set. */
  @Value.Default
  public Money remuneration() {
    return Money.ZERO;
  }

  /** Returns the unit's social-insurance contribution (社会保险补助); zero unless set. */
  @Value.Default
  public Money socialInsurance() {
    return Money.ZERO;
  }

  /** Returns the housing provident fund (住房公积金); zero unless set. */
  @Value.Default
  public Money housingFund() {
    return Money.ZERO;
  }

  /** Returns the costs the notice does not name, such as travel or training; zero unless set. */
  @Value.Default
  public Money otherCosts() {
    return Money.ZERO;
  }

  /** Returns the amount of {@code kind}. */
  public final Money amountOf(CostKind kind) {
    checkNotNull(kind, "kind");
    return switch (kind) {
      case LABOUR_REMUNERATION -> remuneration();
      case SOCIAL_INSURANCE_SUBSIDY -> socialInsurance();
      case HOUSING_FUND -> housingFund();
      case NOT_NAMED_BY_NOTICE -> otherCosts();
    };
  }

  /** Returns one {@link ActualCost} per kind with a non-zero amount, in the order of {@link CostKind}. */
  public final ImmutableList<ActualCost> items() {
    ImmutableList.Builder<ActualCost> items = ImmutableList.builder();
    for (CostKind kind : CostKind.values()) {
      Money amount = amountOf(kind);
      if (!amount.isZero()) {
        items.add(ActualCost.of(position(), kind, month(), amount));
      }
    }
    return items.build();
  }

  /**
   * Returns the sum of the four amounts.
   *
   * @throws ArithmeticException if the sum overflows
   */
  public final Money total() {
    return remuneration().plus(socialInsurance()).plus(housingFund()).plus(otherCosts());
  }

  /** Returns these costs in month {@code month} instead. */
  public final MonthlyCost inMonth(YearMonth month) {
    checkNotNull(month, "month");
    return builder()
        .position(position())
        .month(month)
        .remuneration(remuneration())
        .socialInsurance(socialInsurance())
        .housingFund(housingFund())
        .otherCosts(otherCosts())
        .build();
  }

  /**
   * Returns these costs for every month from this one through {@code last}, such as the expected
   * costs of a position from its first month to the end of a budget period.
   *
   * @throws IllegalArgumentException if {@code last} is before this cost's month
   */
  public final ImmutableList<MonthlyCost> repeatedThrough(YearMonth last) {
    checkNotNull(last, "last");
    checkArgument(
        !last.isBefore(month()), "last month %s is before the first month %s", last, month());
    ImmutableList.Builder<MonthlyCost> months = ImmutableList.builder();
    for (YearMonth month = month(); !month.isAfter(last); month = month.plusMonths(1)) {
      months.add(inMonth(month));
    }
    return months.build();
  }

  /**
   * Builds a {@link MonthlyCost}; each attribute is set at most once, and the amounts not set are
   * zero.
   *
   * <pre>{@code
   * MonthlyCost.Builder builder = MonthlyCost.builder().position(position).month(YearMonth.of(2024, 9));
   * MonthlyCost september = builder.remuneration(Money.parse("6500")).build();
   * }</pre>
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableMonthlyCost.Builder {
    Builder() {}
  }
}
