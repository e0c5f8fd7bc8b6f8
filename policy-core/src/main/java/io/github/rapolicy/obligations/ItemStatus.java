package io.github.rapolicy.obligations;

import com.google.common.collect.ImmutableMap;
import io.github.rapolicy.internal.Terms;
import io.github.rapolicy.notice.Term;
import io.github.rapolicy.notice.UnknownTermException;

/**
 * The status of one item of a unit's {@link Checklist}.
 *
 * <p>An obligation (应, {@link io.github.rapolicy.notice.ClauseKind#OBLIGATION}) is {@link #MET},
 * {@link #NOT_MET}, {@link #NOT_KNOWN} or {@link #NOT_APPLICABLE}. An encouragement (鼓励, {@link
 * io.github.rapolicy.notice.ClauseKind#ENCOURAGEMENT}) is {@link #TAKEN_UP}, {@link #ADVISED} or
 * {@link #NOT_APPLICABLE}: advice, never a failure. Only {@link #NOT_MET} is a failure.
 *
 * <pre>{@code
 * for (ChecklistItem item : checklist.items()) {
 *   if (item.status().isFailure()) { ... }   // an obligation not met
 *   if (item.status() == ItemStatus.ADVISED) { ... } // advice, not a failure
 * }
 * }</pre>
 *
 * <p>This enum is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum ItemStatus implements Term {
  /** 已履行: the obligation is met. */
  MET("已履行", "met"),
  /** 未履行: the obligation is not met; the one failing status. */
  NOT_MET("未履行", "not met"),
  /** 情况不明: the facts given do not say whether the obligation is met, or whether it applies. */
  NOT_KNOWN("情况不明", "not known"),
  /** 不适用: the obligation or encouragement does not address this unit. */
  NOT_APPLICABLE("不适用", "not applicable"),
  /** 已采纳: the unit has taken up the encouragement. */
  TAKEN_UP("已采纳", "taken up"),
  /** 建议采纳: the notice encourages this and the unit has not taken it up, or did not say; advice. */
  ADVISED("建议采纳", "advised");

  private static final ImmutableMap<String, ItemStatus> BY_LABEL = Terms.index(values());

  private final String chineseName;
  private final String englishName;

  ItemStatus(String chineseName, String englishName) {
    this.chineseName = chineseName;
    this.englishName = englishName;
  }

  /**
   * Returns the status with this code ({@code "NOT_MET"}), Chinese name ({@code "未履行"}) or
   * English name.
   *
   * @throws UnknownTermException if {@code label} names no status
   */
  public static ItemStatus parse(String label) {
    return Terms.parse(BY_LABEL, ItemStatus.class, label);
  }

  /** Returns whether this is a failure: true for {@link #NOT_MET} only. */
  public boolean isFailure() {
    return this == NOT_MET;
  }

  /** Returns whether an obligation's item may have this status. */
  public boolean isForObligations() {
    return this == MET || this == NOT_MET || this == NOT_KNOWN || this == NOT_APPLICABLE;
  }

  /** Returns whether an encouragement's item may have this status. */
  public boolean isForEncouragements() {
    return this == TAKEN_UP || this == ADVISED || this == NOT_APPLICABLE;
  }

  /** Returns the one-character mark explanations print before an item. */
  String mark() {
    return switch (this) {
      case MET, TAKEN_UP -> "✓";
      case NOT_MET -> "✗";
      case NOT_KNOWN -> "?";
      case NOT_APPLICABLE -> "–";
      case ADVISED -> "○";
    };
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
