package io.github.rapolicy.examples.ledger;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The ledger's header row: where each known column stands, and how many cells a row has. */
final class Header {

  private final Map<Column, Integer> positions;
  private final int width;

  private Header(Map<Column, Integer> positions, int width) {
    this.positions = positions;
    this.width = width;
  }

  /**
   * Reads the header row.
   *
   * @throws UnreadableLedgerException if a column every ledger needs is missing, or a known column
   *     appears twice
   */
  static Header of(List<String> cells) throws UnreadableLedgerException {
    Map<Column, Integer> positions = new EnumMap<>(Column.class);
    List<String> twice = new ArrayList<>();
    for (int i = 0; i < cells.size(); i++) {
      String name = Column.normalise(cells.get(i));
      for (Column column : Column.values()) {
        if (column.header().equals(name) && positions.putIfAbsent(column, i) != null) {
          twice.add(column.header());
        }
      }
    }
    if (!twice.isEmpty()) {
      throw new UnreadableLedgerException(
          new Text(
              "表头中以下列出现了两次：" + String.join("、", twice),
              "the header has these columns twice: " + String.join(", ", twice)));
    }
    List<String> missing = new ArrayList<>();
    for (Column column : Column.values()) {
      if (column.inEveryLedger() && !positions.containsKey(column)) {
        missing.add(column.header());
      }
    }
    if (!missing.isEmpty()) {
      throw new UnreadableLedgerException(
          new Text(
              "表头缺少以下列：" + String.join("、", missing) + "（第1行应为表头）",
              "the header row (line 1) lacks the columns "
                  + String.join(", ", missing)
                  + "; it has "
                  + cells));
    }
    return new Header(positions, cells.size());
  }

  /** Returns the number of cells in the header, which every row must have. */
  int width() {
    return width;
  }

  /**
   * Returns whether the ledger has the columns position and period, so that a cost's lines are
   * added up across the ledger (据实列支, 3.3.5).
   */
  boolean addsUpCosts() {
    return positions.containsKey(Column.POSITION) && positions.containsKey(Column.PERIOD);
  }

  /** Returns the position of {@code column}; empty when the ledger leaves it out. */
  Optional<Integer> position(Column column) {
    return Optional.ofNullable(positions.get(column));
  }
}
