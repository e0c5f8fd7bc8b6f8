package io.github.rapolicy.examples.ledger;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A column of the ledger, found by its header name, English or Chinese (such as {@code amount} or
 * 列支金额); the order of columns in the file is free.
 */
enum Column {
  /** The ledger line's identifier. */
  LINE("line", "行号", true),
  /** The research-assistant position's category (0.0.1). */
  POSITION_CATEGORY("position_category", "岗位类别", true),
  /** The plan project the position is based on; empty for none. */
  POSITION_PROJECT("position_project", "岗位依托项目", true),
  /** Whether the service agreement is signed (3.3.2). */
  SERVICE_AGREEMENT("service_agreement", "服务协议", true),
  /** What is charged: 劳务费, 结余资金, 配套资金 or another budget line. */
  FUND("fund", "列支经费", true),
  /** The project whose budget line is charged. */
  FUND_PROJECT("fund_project", "列支项目", true),
  /** For 结余资金: retained according to the rules (3.3.4). */
  BALANCE_RETAINED("balance_retained", "结余资金按规定留用", false),
  /** For 结余资金: arranged for research projects with RA positions (3.3.4). */
  BALANCE_FOR_RESEARCH("balance_for_research", "结余资金用于科研项目", false),
  /** The kind of cost. */
  COST("cost", "支出类型", true),
  /** The amount charged, in yuan. */
  AMOUNT("amount", "列支金额", true),
  /** The actual cost incurred, in yuan (3.3.5). */
  ACTUAL("actual", "实际支出", true),
  /**
   * The RA position (or payee) the cost belongs to. With {@link #PERIOD}, a cost is (position,
   * period, cost) and its lines are added up across the ledger (据实列支, 3.3.5).
   */
  POSITION("position", "岗位编号", false),
  /** The month the cost is for, {@code YYYY-MM}. */
  PERIOD("period", "所属期间", false);

  private final String header;
  private final String chineseHeader;
  private final boolean inEveryLedger;

  Column(String header, String chineseHeader, boolean inEveryLedger) {
    this.header = header;
    this.chineseHeader = chineseHeader;
    this.inEveryLedger = inEveryLedger;
  }

  /** Returns the header name, such as {@code "fund_project"}. */
  String header() {
    return header;
  }

  /** Returns the Chinese header name, such as {@code "列支项目"} (fund_project). */
  String chineseHeader() {
    return chineseHeader;
  }

  /** Returns both names, as messages name a column: {@code "fund_project (列支项目)"}. */
  String bothNames() {
    return header + " (" + chineseHeader + ")";
  }

  /**
   * Returns the column whose English or Chinese header is {@code headerCell} (compared as {@link
   * #normalise} leaves it); empty for any other text.
   */
  static Optional<Column> byHeader(String headerCell) {
    String name = normalise(headerCell);
    for (Column column : values()) {
      if (column.header.equals(name) || column.chineseHeader.equals(name)) {
        return Optional.of(column);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the column named {@code name}, English or Chinese, as a column mapping names it.
   *
   * @throws IllegalArgumentException naming {@code name} and every column, if it names none
   */
  static Column parse(String name) {
    return byHeader(name)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "\""
                        + name
                        + "\" is not a column of the ledger check; the columns are "
                        + Arrays.stream(values())
                            .map(Column::bothNames)
                            .collect(Collectors.joining(", "))));
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
