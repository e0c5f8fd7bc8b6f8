package io.github.rapolicy.planning;

import io.github.rapolicy.funding.CostKind;
import java.time.YearMonth;

/**
 * The identity of an {@link ActualCost}: its position's identifier, its kind (with the caller's name
 * for a kind the notice does not name, else "") and its month.
 */
record CostKey(String positionId, CostKind kind, String otherKindName, YearMonth month) {}
