package io.github.rapolicy.planning;

import io.github.rapolicy.funding.CostKind;
import java.time.YearMonth;

/** The identity of an {@link ActualCost}: its position's identifier, its kind and its month. */
record CostKey(String positionId, CostKind kind, YearMonth month) {}
