package io.github.rapolicy.position;

import io.github.rapolicy.internal.Identifiers;
import org.immutables.value.Value;

/**
 * A research-assistant position (科研助理岗位) a unit sets up or fills.
 *
 * <pre>{@code
 * Position position = Position.builder()
 *     .id("RA-2024-017")
 *     .category(PositionCategory.AUXILIARY_RESEARCH)
 *     .basis(PositionBasis.planProject(
 *         PlanProject.of("NSFC-62301234", PlanProgramme.NATIONAL_NATURAL_SCIENCE_FOUNDATION)))
 *     .origin(PositionOrigin.NEW)
 *     .serviceAgreementSigned(true)
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; positions are equal when all their attributes are.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Position {

  Position() {}

  /** Returns a new builder; every attribute must be set. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the position's identifier in the caller's records. */
  public abstract String id();

  /** Returns the work the position is for (0.0.1). */
  public abstract PositionCategory category();

  /** Returns what the position is based on (2.1.2, 2.2.2, 3.3.3). */
  public abstract PositionBasis basis();

  /** Returns whether the position is new, unfilled or vacated by turnover (2.1.3). */
  public abstract PositionOrigin origin();

  /**
   * Returns whether the unit has signed the service agreement (服务协议) for this position, as 3.3.2
   * says it shall.
   */
  public abstract boolean serviceAgreementSigned();

  @Value.Check
  final void check() {
    Identifiers.check("position id", id());
  }

  /**
   * Builds a {@link Position}; each attribute is set exactly once.
   *
   * <pre>{@code
   * Position.Builder builder = Position.builder().id("RA-7").category(PositionCategory.ACADEMIC_ASSISTANT);
   * Position position = builder.basis(PositionBasis.none())
   *     .origin(PositionOrigin.VACATED_BY_TURNOVER)
   *     .serviceAgreementSigned(false)
   *     .build();
   * }</pre>
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutablePosition.Builder {
    Builder() {}
  }
}
