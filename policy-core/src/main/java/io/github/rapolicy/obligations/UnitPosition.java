package io.github.rapolicy.obligations;

import io.github.rapolicy.position.Position;
import io.github.rapolicy.unit.Unit;
import org.immutables.value.Value;

/**
 * A research-assistant position together with the unit that set it up: one row of the data a
 * national high-tech zone's evaluation draws on (2.2.3).
 *
 * <pre>{@code
 * UnitPosition row = UnitPosition.of(sme, position);
 * row.unit().zone();   // Optional[中关村科技园区]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; rows are equal when their units and positions are.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class UnitPosition {

  UnitPosition() {}

  /** Returns the row: {@code position}, set up by {@code unit}. */
  public static UnitPosition of(Unit unit, Position position) {
    return ImmutableUnitPosition.of(unit, position);
  }

  /** Returns the unit that set up the position. */
  @Value.Parameter
  public abstract Unit unit();

  /** Returns the position. */
  @Value.Parameter
  public abstract Position position();

  /** Returns the unit's name and the position's ID. */
  @Override
  public final String toString() {
    return unit().name() + "/" + position().id();
  }
}
