package io.github.rapolicy.examples.ledger;

import io.github.rapolicy.funding.Money;
import java.util.List;

/**
 * A cost the ledger charges above its actual amount (据实列支, 3.3.5), as the report shows it once at
 * the end: the cost, its actual amount, the highest running total its lines reached, the total
 * after its last line, and its lines in ledger order.
 *
 * @param cost the cost for people to read: position, period and kind
 * @param lines the lines of the cost, in ledger order; where more than the library names came
 *     before the first line above the actual amount, a note says how many
 */
record OverCharge(String cost, Money actual, Money highest, Money last, List<String> lines) {

  OverCharge {
    lines = List.copyOf(lines);
  }
}
