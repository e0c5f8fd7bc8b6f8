package io.github.rapolicy.position;

import com.google.common.collect.ImmutableMap;
import io.github.rapolicy.internal.Terms;
import io.github.rapolicy.notice.Term;
import io.github.rapolicy.notice.UnknownTermException;

/**
 * What kind of thing a research-assistant position is based on (依托).
 *
 * <pre>{@code
 * PositionBasis.none().kind();                        // NONE
 * PositionBasis.selfOrganisedProject("自研-07").kind(); // SELF_ORGANISED_PROJECT
 * }</pre>
 *
 * <p>This enum is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum BasisKind implements Term {
  /** 依托科技计划项目: an S&amp;T plan project of some level and programme (2.1.2, 3.3.3). */
  PLAN_PROJECT("依托科技计划项目", "based on an S&T plan project"),
  /** 依托创新基地平台: an innovation base or platform (2.1.2, 3.2.2). */
  INNOVATION_PLATFORM("依托创新基地平台", "based on an innovation base or platform"),
  /** 依托自行组织的项目: a project the unit organised itself (2.2.2). */
  SELF_ORGANISED_PROJECT("依托自行组织的项目", "based on a self-organised project"),
  /** 无依托: based on no project or platform. */
  NONE("无依托", "based on nothing");

  private static final ImmutableMap<String, BasisKind> BY_LABEL = Terms.index(values());

  private final String chineseName;
  private final String englishName;

  BasisKind(String chineseName, String englishName) {
    this.chineseName = chineseName;
    this.englishName = englishName;
  }

  /**
   * Returns the constant with this code ({@code "PLAN_PROJECT"}), Chinese name ({@code "依托科技计划项目"}) or English name.
   *
   * @throws UnknownTermException if {@code label} names no constant of this vocabulary
   */
  public static BasisKind parse(String label) {
    return Terms.parse(BY_LABEL, BasisKind.class, label);
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
