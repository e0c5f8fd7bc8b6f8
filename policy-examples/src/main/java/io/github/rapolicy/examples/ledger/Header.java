package io.github.rapolicy.examples.ledger;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The ledger's header row: where each known column stands, and how many cells a row has. */
final class Header {

  private final Map<Column, Integer> positions;
  private final int[] indexes;
  private final int width;

  private Header(Map<Column, Integer> positions, int width) {
    this.positions = positions;
    this.width = width;
    this.indexes = new int[Column.values().length];
    for (Column column : Column.values()) {
      indexes[column.ordinal()] = positions.getOrDefault(column, -1);
    }
  }

  /** Reads the header row, line 1 of a CSV file, with no column mapping. */
  static Header of(List<String> cells) throws UnreadableLedgerException {
    return of(cells, ColumnMap.NONE, 1);
  }

  /**
   * Reads the header row, found on line (or sheet row) {@code line}: each cell is a column's English
   * or Chinese name, or a header {@code mapping} maps to a column.
   *
   * @throws UnreadableLedgerException if a column every ledger needs is missing (named in English
   *     and Chinese, with the closest headers the row has), or a known column appears twice
   */
  static Header of(List<String> cells, ColumnMap mapping, long line)
      throws UnreadableLedgerException {
    Map<Column, Integer> positions = new EnumMap<>(Column.class);
    List<String> twice = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    Set<String> names = new HashSet<>();
    // A mapped header wins over a cell that is its column's own name, which is then ignored.
    List<Optional<Column>> byMapping = new ArrayList<>(cells.size());
    Set<Column> mapped = EnumSet.noneOf(Column.class);
    for (String cell : cells) {
      Optional<Column> column = mapping.column(cell);
      byMapping.add(column);
      column.ifPresent(mapped::add);
    }
    for (int i = 0; i < cells.size(); i++) {
      String cell = cells.get(i);
      names.add(Column.normalise(cell));
      Optional<Column> own = Column.byHeader(cell);
      Optional<Column> column = byMapping.get(i).or(() -> own.filter(c -> !mapped.contains(c)));
      if (column.isPresent()) {
        Integer first = positions.putIfAbsent(column.orElseThrow(), i);
        if (first != null) {
          twice.add(twice(column.orElseThrow(), cells, first, i));
        }
      } else if (own.isEmpty() && !cell.isBlank()) {
        unknown.add(cell.strip());
      }
    }
    if (!twice.isEmpty()) {
      throw new UnreadableLedgerException(
          new Text(
              "表头中以下列出现了两次：" + String.join("、", twice),
              "the header has these columns twice: " + String.join(", ", twice)));
    }
    List<Column> missing = new ArrayList<>();
    for (Column column : Column.values()) {
      if (column.inEveryLedger() && !positions.containsKey(column)) {
        missing.add(column);
      }
    }
    if (!missing.isEmpty()) {
      throw missing(missing, cells, unknown, mapping.headersNotIn(names), line);
    }
    return new Header(positions, cells.size());
  }

  /** Names {@code column} and the two headers, at {@code first} and {@code second}, that give it. */
  private static String twice(Column column, List<String> cells, int first, int second) {
    return column.bothNames()
        + " (“" + cells.get(first).strip() + "” #" + (first + 1)
        + ", “" + cells.get(second).strip() + "” #" + (second + 1) + ")";
  }

  private static UnreadableLedgerException missing(
      List<Column> missing,
      List<String> cells,
      List<String> unknown,
      List<String> unusedMappings,
      long line) {
    List<String> en = new ArrayList<>();
    List<String> zh = new ArrayList<>();
    List<String> closestEn = new ArrayList<>();
    List<String> closestZh = new ArrayList<>();
    for (Column column : missing) {
      en.add(column.bothNames());
      zh.add(column.header() + "（" + column.chineseHeader() + "）");
      closest(column, unknown)
          .ifPresent(
              header -> {
                closestEn.add("\"" + header + "\" for " + column.header());
                closestZh.add("“" + header + "”→" + column.header());
              });
    }
    StringBuilder english =
        new StringBuilder("the header row (line ")
            .append(line)
            .append(") lacks the columns ")
            .append(String.join(", ", en))
            .append("; it has ")
            .append(cells);
    StringBuilder chinese =
        new StringBuilder("表头（第")
            .append(line)
            .append("行）缺少以下列：")
            .append(String.join("、", zh))
            .append("；表头为 ")
            .append(cells);
    if (!closestEn.isEmpty()) {
      english.append("; closest: ").append(String.join(", ", closestEn));
      chinese.append("；最接近的表头：").append(String.join("、", closestZh));
    }
    if (!unusedMappings.isEmpty()) {
      english.append("; mapped headers not in the file: ").append(unusedMappings);
      chinese.append("；对照中的表头不在文件中：").append(unusedMappings);
    }
    english.append("; name a header of yours with --column HEADER=COLUMN");
    chinese.append("；可用 --column 表头=列名 指定");
    return new UnreadableLedgerException(new Text(chinese.toString(), english.toString()));
  }

  /**
   * Returns the header, of those no column claims, closest to either name of {@code column} by
   * edit distance, if it is close: at most half the longer of the two names apart.
   */
  private static Optional<String> closest(Column column, List<String> headers) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String header : headers) {
      String name = Column.normalise(header);
      for (String columnName : List.of(column.header(), column.chineseHeader())) {
        int distance = editDistance(name, columnName);
        if (distance <= Math.max(1, Math.max(name.length(), columnName.length()) / 2)
            && distance < bestDistance) {
          best = header;
          bestDistance = distance;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /** The Levenshtein distance of {@code a} and {@code b}: insertions, deletions, replacements. */
  static int editDistance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int replace = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(replace, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
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

  /** Returns where {@code column} stands, counting from 0, or -1 if the header has no such column. */
  int index(Column column) {
    return indexes[column.ordinal()];
  }
}
