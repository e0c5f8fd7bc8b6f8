package io.github.rapolicy.notice;

import com.google.common.collect.ImmutableMap;
import io.github.rapolicy.internal.Terms;

/**
 * What a sentence of the notice is for a program, as {@code CLAUSES.md} classifies it.
 *
 * <pre>{@code
 * Clause.C3_3_2.kinds();                         // [OBLIGATION, ENCOURAGEMENT]
 * Clause.C3_3_3.isOfKind(ClauseKind.RULE);         // true
 * }</pre>
 *
 * <p>This enum is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum ClauseKind implements Term {
  /** Fixes the meaning of a term (定义); decidable. */
  DEFINITION("定义", "definition"),
  /** Says who or what the notice covers (适用范围); decidable. */
  SCOPE("适用范围", "scope"),
  /** A permission or condition on money or positions (规则); decidable except where it defers. */
  RULE("规则", "rule"),
  /** Something a unit shall (应) do (义务); checkable. */
  OBLIGATION("义务", "obligation"),
  /** Something units are encouraged (鼓励) to do (鼓励); advice, never a failure. */
  ENCOURAGEMENT("鼓励", "encouragement"),
  /** An enumeration of programmes, platforms or bodies (列举); data. */
  REFERENCE_LIST("列举", "reference list"),
  /** Dates (时间安排); computable. */
  SCHEDULE("时间安排", "schedule"),
  /** No decidable content (叙述). */
  NARRATIVE("叙述", "narrative");

  private static final ImmutableMap<String, ClauseKind> BY_LABEL = Terms.index(values());

  private final String chineseName;
  private final String englishName;

  ClauseKind(String chineseName, String englishName) {
    this.chineseName = chineseName;
    this.englishName = englishName;
  }

  /**
   * Returns the kind with this code ({@code "RULE"}), Chinese name ({@code "规则"}) or English name.
   *
   * @throws UnknownTermException if {@code label} names no kind
   */
  public static ClauseKind parse(String label) {
    return Terms.parse(BY_LABEL, ClauseKind.class, label);
  }

  /** Returns true for the kinds whose content a program can decide or check. */
  public boolean isDecidable() {
    return this == DEFINITION || this == SCOPE || this == RULE || this == OBLIGATION;
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
