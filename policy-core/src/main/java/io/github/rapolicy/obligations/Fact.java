package io.github.rapolicy.obligations;

import com.google.common.collect.ImmutableMap;
import io.github.rapolicy.internal.Terms;
import io.github.rapolicy.notice.Term;
import io.github.rapolicy.notice.UnknownTermException;

/**
 * One fact about a unit's practice, as the caller knows it: yes, no, or not known. "Not known" is
 * never read as "yes": an obligation whose fact is not known is {@linkplain ItemStatus#NOT_KNOWN
 * not known}, not met.
 *
 * <pre>{@code
 * Fact estimated = Fact.of(record.isBudgeted()); // YES or NO
 * Fact.parse("不明");                             // NOT_KNOWN
 * }</pre>
 *
 * <p>This enum is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum Fact implements Term {
  /** 是: the unit does it. */
  YES("是", "yes"),
  /** 否: the unit does not do it. */
  NO("否", "no"),
  /** 不明: the caller does not know, or did not say. */
  NOT_KNOWN("不明", "not known");

  private static final ImmutableMap<String, Fact> BY_LABEL = Terms.index(values());

  private final String chineseName;
  private final String englishName;

  Fact(String chineseName, String englishName) {
    this.chineseName = chineseName;
    this.englishName = englishName;
  }

  /**
   * Returns {@link #YES} for {@code true} and {@link #NO} for {@code false}.
   *
   * <pre>{@code
   * Fact.of(true); // YES
   * }</pre>
   */
  public static Fact of(boolean fact) {
    return fact ? YES : NO;
  }

  /**
   * Returns the fact with this code ({@code "YES"}), Chinese name ({@code "是"}) or English name.
   *
   * @throws UnknownTermException if {@code label} names no fact
   */
  public static Fact parse(String label) {
    return Terms.parse(BY_LABEL, Fact.class, label);
  }

  @Override
  public String code() {
    return name();
  }

  @Override
  public String chineseName() {
    return chineseName;
  }

  @Override
  public String englishName() {
    return englishName;
  }
}
