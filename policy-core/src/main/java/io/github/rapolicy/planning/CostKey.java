package io.github.rapolicy.planning;

import io.github.rapolicy.funding.CostKind;
import java.time.YearMonth;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What identifies a cost: its position, its kind (and, for a kind the notice does not name, the
 * caller's own name of it) and its month; not its amount. An {@link ActualCost} makes its key once,
 * and the key works out its hash once, so that looking a cost up again is cheap.
 *
 * <p>This class is immutable and thread-safe.
 */
final class CostKey {

  private final String positionId;
  private final CostKind kind;
  private final String otherKindName;
  private final YearMonth month;
  private final int hash;

  CostKey(String positionId, CostKind kind, String otherKindName, YearMonth month) {
    this.positionId = positionId;
    this.kind = kind;
    this.otherKindName = otherKindName;
    this.month = month;
    this.hash = Objects.hash(positionId, kind.name(), otherKindName, month);
  }

  String positionId() {
    return positionId;
  }

  CostKind kind() {
    return kind;
  }

  /** Returns the caller's name of a kind the notice does not name; empty for a named kind. */
  String otherKindName() {
    return otherKindName;
  }

  YearMonth month() {
    return month;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other == this
        || other instanceof CostKey that
            && kind == that.kind
            && positionId.equals(that.positionId)
            && month.equals(that.month)
            && otherKindName.equals(that.otherKindName);
  }

  @Override
  public int hashCode() {
    return hash;
  }
}
