package io.github.rapolicy.examples.ledger;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * A system's own header names, each standing for a column of the ledger check: {@code 金额} for
 * {@code amount}, say. Given on the command line ({@code --column 金额=amount}, repeatable) or in a
 * column-map file ({@code --column-map FILE}), a YAML mapping of header to column:
 *
 * <pre>{@code
 * # header in the file: column of the ledger check (English or Chinese name)
 * 金额: amount
 * 实际金额: actual
 * 项目编号: fund_project
 * }</pre>
 *
 * <p>Header names are compared as {@link Column#normalise} leaves them (surrounding space removed,
 * lower case). A mapped header wins over the column names themselves: a cell that is the mapped
 * column's own name is then ignored.
 */
final class ColumnMap {

  /** No mapping: only the English and Chinese column names are known. */
  static final ColumnMap NONE = new ColumnMap(Map.of(), Map.of());

  /** Normalised header → column. */
  private final Map<String, Column> columns;

  /** Normalised header → the header as given, for messages. */
  private final Map<String, String> given;

  private ColumnMap(Map<String, Column> columns, Map<String, String> given) {
    this.columns = columns;
    this.given = given;
  }

  /**
   * Returns this map with {@code header} standing for {@code column}.
   *
   * @throws IllegalArgumentException if {@code header} is empty, or already stands for another
   *     column
   */
  ColumnMap with(String header, Column column) {
    String name = Column.normalise(header);
    if (name.isEmpty()) {
      throw new IllegalArgumentException(
          "the header name for " + column.bothNames() + " is empty");
    }
    Column before = columns.get(name);
    if (before != null && before != column) {
      throw new IllegalArgumentException(
          "the header \""
              + header.strip()
              + "\" is mapped to two columns: "
              + before.header()
              + " and "
              + column.header());
    }
    Map<String, Column> more = new LinkedHashMap<>(columns);
    more.put(name, column);
    Map<String, String> moreGiven = new LinkedHashMap<>(given);
    moreGiven.put(name, header.strip());
    return new ColumnMap(more, moreGiven);
  }

  /** Returns this map with every header of {@code other} added. */
  ColumnMap with(ColumnMap other) {
    ColumnMap all = this;
    for (Map.Entry<String, Column> entry : other.columns.entrySet()) {
      all = all.with(other.given.getOrDefault(entry.getKey(), entry.getKey()), entry.getValue());
    }
    return all;
  }

  /**
   * Reads {@code header=column}, the value of one {@code --column} option.
   *
   * @throws IllegalArgumentException naming {@code option}, if it has no {@code =} or names no
   *     column
   */
  static ColumnMap parseOption(String option) {
    int equals = option.lastIndexOf('=');
    if (equals < 0) {
      throw new IllegalArgumentException(
          "'" + option + "' is not HEADER=COLUMN, such as 金额=amount");
    }
    return NONE.with(option.substring(0, equals), Column.parse(option.substring(equals + 1)));
  }

  /**
   * Reads a column-map file: UTF-8 YAML, one mapping of header names to columns.
   *
   * @throws UnreadableLedgerException naming the file, and the line where there is one, if the
   *     file cannot be read or has a mistake
   */
  static ColumnMap read(Path file) throws UnreadableLedgerException {
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
              .toString();
    } catch (CharacterCodingException e) {
      throw mistake(file, 1, "not UTF-8", "不是UTF-8编码");
    } catch (IOException e) {
      throw new UnreadableLedgerException(
          new Text(
              "无法读取列名对照文件“" + file + "”：" + e.getMessage(),
              "cannot read the column map " + file + ": " + e.getMessage()),
          e);
    }
    Node root;
    try {
      root = new Yaml(new LoaderOptions()).compose(new StringReader(text));
    } catch (MarkedYAMLException e) {
      int line = e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1;
      throw mistake(file, line, "not YAML: " + e.getProblem(), "不是YAML：" + e.getProblem());
    } catch (YAMLException e) {
      throw mistake(file, 1, "not YAML: " + e.getMessage(), "不是YAML：" + e.getMessage());
    }
    if (!(root instanceof MappingNode mapping) || mapping.getValue().isEmpty()) {
      throw mistake(
          file,
          root == null ? 1 : line(root),
          "not a mapping of header names to columns, such as \"金额: amount\"",
          "应为表头到列名的对照，如“金额: amount”");
    }
    ColumnMap map = NONE;
    Map<String, Integer> lines = new LinkedHashMap<>();
    for (NodeTuple tuple : mapping.getValue()) {
      Node key = tuple.getKeyNode();
      Node value = tuple.getValueNode();
      int line = line(key);
      if (!(key instanceof ScalarNode header) || !(value instanceof ScalarNode column)) {
        throw mistake(
            file, line, "each entry is HEADER: COLUMN, both text", "每项应为“表头: 列名”，均为文字");
      }
      Integer before = lines.putIfAbsent(Column.normalise(header.getValue()), line);
      if (before != null) {
        throw mistake(
            file,
            line,
            "the header \"" + header.getValue() + "\" is mapped again (first on line " + before + ")",
            "表头“" + header.getValue() + "”重复（第" + before + "行已有）");
      }
      try {
        map = map.with(header.getValue(), Column.parse(column.getValue()));
      } catch (IllegalArgumentException e) {
        throw mistake(file, line, String.valueOf(e.getMessage()), "列名有误：" + e.getMessage());
      }
    }
    return map;
  }

  private static int line(Node node) {
    return node.getStartMark().getLine() + 1;
  }

  private static UnreadableLedgerException mistake(Path file, int line, String en, String zh) {
    return new UnreadableLedgerException(
        new Text(
            "列名对照文件 " + file + ":" + line + "：" + zh,
            "column map " + file + ":" + line + ": " + en));
  }

  /** Returns the column {@code headerCell} is mapped to; empty if it is not mapped. */
  Optional<Column> column(String headerCell) {
    return Optional.ofNullable(columns.get(Column.normalise(headerCell)));
  }

  /** Returns whether no header is mapped. */
  boolean isEmpty() {
    return columns.isEmpty();
  }

  /** Returns the headers as given that {@code headers} (normalised) does not contain. */
  java.util.List<String> headersNotIn(java.util.Set<String> headers) {
    return columns.keySet().stream()
        .filter(h -> !headers.contains(h))
        .map(given::get)
        .collect(Collectors.toList());
  }

  /** Returns the mapping as the report's header shows it: {@code 金额=amount, 实际金额=actual}. */
  @Override
  public String toString() {
    return columns.entrySet().stream()
        .map(e -> given.get(e.getKey()) + "=" + e.getValue().header())
        .collect(Collectors.joining(", "));
  }
}
