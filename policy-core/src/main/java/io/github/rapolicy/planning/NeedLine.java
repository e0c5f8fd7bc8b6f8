package io.github.rapolicy.planning;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.rapolicy.funding.CostKind;
import io.github.rapolicy.funding.FundingSource;
import io.github.rapolicy.funding.Money;
import io.github.rapolicy.position.Position;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One line of a {@link FundingNeed}: one position's cost of one kind over the period, the fund the
 * caller's preference assigns it to, and the notice's share it falls in.
 *
 * <pre>{@code
 * NeedLine line = need.lines().get(0);
 * line.position().id();  line.kind();   // RA-1, HOUSING_FUND
 * line.months();  line.amount();        // 10, 7800.00
 * line.fund();                          // Optional[matching funds]
 * line.share();                         // MATCHING_FUNDS
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; lines are equal when all their attributes are.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class NeedLine {

  NeedLine() {}

  /** Returns the position. */
  public abstract Position position();

  /** Returns the kind of cost. */
  public abstract CostKind kind();

  /** Returns the number of months with a cost of this kind. */
  public abstract int months();

  /** Returns the cost over those months. */
  public abstract Money amount();

  /** Returns the first of the caller's funds the rules allow to pay it; empty if none. */
  public abstract Optional<FundingSource> fund();

  /** Returns why no fund is assigned, when none is. */
  public abstract Optional<ShortfallReason> unassignedReason();

  /** Returns which of the notice's channels may pay it. */
  public abstract NeedShare share();

  @Value.Check
  final void check() {
    checkArgument(months() > 0, "a need line has at least one month: %s", months());
    checkArgument(
        fund().isPresent() != unassignedReason().isPresent(),
        "a need line has a fund or a reason for having none, not both: %s, %s",
        fund(),
        unassignedReason());
  }
}
