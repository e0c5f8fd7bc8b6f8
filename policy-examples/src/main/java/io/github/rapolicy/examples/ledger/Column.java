package io.github.rapolicy.examples.ledger;

import java.util.Locale;

/** A column of the ledger, found by its header name; the order of columns in the file is free. */
enum Column {
  /** The ledger line's identifier. */
  LINE("line", true),
  /** The research-assistant position's category (0.0.1). */
  POSITION_CATEGORY("position_category", true),
  /** The plan project the position is based on; empty for none. */
  POSITION_PROJECT("position_project", true),
  /** Whether the service agreement is signed (3.3.2). */
  SERVICE_AGREEMENT("service_agreement", true),
  /** What is charged: 劳务费, 结余资金, 配套资金 or another budget line. */
  FUND("fund", true),
  /** The project whose budget line is charged. */
  FUND_PROJECT("fund_project", true),
  /** For 结余资金: retained according to the rules (3.3.4). */
  BALANCE_RETAINED("balance_retained", false),
  /** For 结余资金: arranged for research projects with RA positions (3.3.4). */
  BALANCE_FOR_RESEARCH("balance_for_research", false),
  /** The kind of cost. */
  COST("cost", true),
  /** The amount charged, in yuan. */
  AMOUNT("amount", true),
  /** The actual cost incurred, in yuan (3.3.5). */
  ACTUAL("actual", true),
  /**
   * The RA position (or payee) the cost belongs to. With {@link #PERIOD}, a cost is (position,
   * period, cost) and its lines are added up across the ledger (据实列支, 3.3.5).
   */
  POSITION("position", false),
  /** The month the cost is for, {@code YYYY-MM}. */
  PERIOD("period", false);

  private final String header;
  private final boolean inEveryLedger;

  Column(String header, boolean inEveryLedger) {
    this.header = header;
    this.inEveryLedger = inEveryLedger;
  }

  /** Returns the header name, such as {@code "fund_project"}. */
  String header() {
    return header;
  }

  /**
   * Returns whether every ledger must have this column; the two balance columns may be left out of
   * a ledger that charges no 结余资金, and position and period of a ledger judged line by line.
   */
  boolean inEveryLedger() {
    return inEveryLedger;
  }

  /** Returns a header cell as it is compared: without surrounding space, in lower case. */
  static String normalise(String headerCell) {
    return headerCell.strip().toLowerCase(Locale.ROOT);
  }
}
