package io.github.rapolicy.obligations;

import com.google.common.collect.ImmutableMap;
import io.github.rapolicy.internal.Terms;
import io.github.rapolicy.notice.Term;
import io.github.rapolicy.notice.UnknownTermException;

/**
 * The overall status of a unit's {@link Checklist}, taken from its obligations only: any obligation
 * {@linkplain ItemStatus#NOT_MET not met} makes it {@link #NOT_MET}; otherwise any obligation
 * {@linkplain ItemStatus#NOT_KNOWN not known} makes it {@link #NOT_KNOWN}; otherwise it is {@link
 * #MET}. Encouragements never enter it.
 *
 * <pre>{@code
 * if (checklist.compliance() == Compliance.NOT_MET) {
 *   checklist.unmet();   // the obligations to act on
 * }
 * }</pre>
 *
 * <p>This enum is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum Compliance implements Term {
  /** 义务均已履行: every obligation that applies to the unit is met. */
  MET("义务均已履行", "every obligation met"),
  /** 有义务未履行: at least one obligation is not met. */
  NOT_MET("有义务未履行", "an obligation not met"),
  /** 有义务情况不明: none is known to be unmet, but the facts given leave at least one open. */
  NOT_KNOWN("有义务情况不明", "an obligation not known"),
  /** 通知尚未生效: the checklist is dated before the notice was issued (25 June 2024). */
  NOT_IN_FORCE("通知尚未生效", "notice not yet in force");

  private static final ImmutableMap<String, Compliance> BY_LABEL = Terms.index(values());

  private final String chineseName;
  private final String englishName;

  Compliance(String chineseName, String englishName) {
    this.chineseName = chineseName;
    this.englishName = englishName;
  }

  /**
   * Returns the compliance with this code ({@code "NOT_MET"}), Chinese name ({@code "有义务未履行"})
   * or English name.
   *
   * @throws UnknownTermException if {@code label} names no compliance
   */
  public static Compliance parse(String label) {
    return Terms.parse(BY_LABEL, Compliance.class, label);
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
