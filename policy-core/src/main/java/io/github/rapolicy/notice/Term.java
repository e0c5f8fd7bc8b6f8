package io.github.rapolicy.notice;

import com.google.common.collect.ImmutableSet;

/**
 * A term of the notice's vocabulary: a value with a stable code and names in Chinese and English.
 *
 * <p>Every enumeration of this library that finance and HR systems exchange implements this
 * interface, and each offers a {@code parse(String)} factory that accepts the stable code ({@code
 * "LABOUR_FEE"}), the Chinese label such systems export ({@code "劳务费"}), the English name, and
 * the term's {@linkplain #synonyms() synonyms}: other labels finance systems write for it ({@code
 * "劳务费科目"}). Parsing and printing round-trip: {@code X.parse(x.code()) == x} and {@code
 * X.parse(x.chineseName()) == x}. {@code parse} is strict: a label it does not know is an {@link
 * UnknownTermException}. The three vocabularies whose lists are open also read any label as their
 * "other" term, keeping the label: see {@link Label}.
 *
 * <pre>{@code
 * FundKind fund = FundKind.parse("劳务费");
 * fund.code();        // "LABOUR_FEE"
 * fund.chineseName(); // "劳务费"
 * fund.englishName(); // "labour-fee budget line"
 * }</pre>
 *
 * <p>Implementations are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public interface Term {

  /** Returns the stable code, the same in every release: the enum constant's name. */
  String code();

  /** Returns the Chinese name, as the notice or the exporting system writes it. */
  String chineseName();

  /** Returns the English name. */
  String englishName();

  /**
   * Returns the other labels finance and HR systems write for this term, which {@code parse}
   * accepts beside the code and the names; empty unless the term's documentation lists some.
   */
  default ImmutableSet<String> synonyms() {
    return ImmutableSet.of();
  }
}
