package io.github.rapolicy.examples.ledger;

import io.github.rapolicy.rules.Policy;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What a report says about itself before its rows: the ledger, the date asked and any further
 * facts of the run (such as the encoding read, the library's version or the overlays applied), each
 * with a stable key for programs and a label in Chinese and English for people. Every format
 * renders all of them: text and HTML as a list at the top, JSON Lines as the first object, CSV on
 * standard error beside the totals.
 *
 * @param ledger the ledger file, as given on the command line
 * @param date the date the charges are asked about
 * @param fields further facts, in the order they are shown
 */
record ReportHeader(Path ledger, LocalDate date, List<Field> fields) {

  /**
   * One fact of the run.
   *
   * @param key the key in JSON Lines, lower case with underscores, such as {@code encoding}
   * @param label how people read it, in Chinese and English
   * @param value its value, as text
   */
  record Field(String key, Text label, String value) {}

  ReportHeader {
    fields = List.copyOf(fields);
  }

  /** A header of the ledger and date alone. */
  static ReportHeader of(Path ledger, LocalDate date) {
    return new ReportHeader(ledger, date, List.of());
  }

  /** Returns this header with {@code field} added at the end. */
  ReportHeader with(String key, Text label, String value) {
    List<Field> more = new ArrayList<>(fields);
    more.add(new Field(key, label, value));
    return new ReportHeader(ledger, date, more);
  }

  /**
   * Returns this header with the facts of the rules that check the ledger, so that two reports can
   * be told apart by what produced them: the library's version, the overlays applied (name and
   * source, or none) and the policy's fingerprints, one of what decides the verdicts and one of
   * their wording ({@link Policy#fingerprint()}).
   */
  ReportHeader withRules(Policy policy) {
    String overlays =
        policy.overlays().isEmpty()
            ? "none"
            : policy.overlays().stream()
                .map(o -> o.name() + " (" + o.source() + ")")
                .collect(Collectors.joining("; "));
    return with("library_version", new Text("库版本", "library version"), Policy.libraryVersion())
        .with("overlays", new Text("叠加规则", "overlays"), overlays)
        .with(
            "rules_fingerprint",
            new Text("规则指纹", "rules fingerprint"),
            policy.fingerprint().rules())
        .with(
            "texts_fingerprint",
            new Text("文字指纹", "texts fingerprint"),
            policy.fingerprint().texts());
  }

  /**
   * Returns every fact as people read it, the ledger and date first: label (Chinese, then English)
   * and value.
   */
  List<Field> all() {
    List<Field> all = new ArrayList<>();
    all.add(new Field("ledger", new Text("账本", "ledger"), ledger.toString()));
    all.add(new Field("date", new Text("列支日期", "charges as of"), date.toString()));
    all.addAll(fields);
    return all;
  }
}
