package io.github.rapolicy.position;

import com.google.common.collect.ImmutableMap;
import io.github.rapolicy.internal.Terms;
import io.github.rapolicy.notice.Term;
import io.github.rapolicy.notice.UnknownTermException;

/**
 * The programme an S&amp;T plan project (科技计划项目) belongs to: the three national programmes 3.2.2
 * names, and {@link #NOT_NAMED_BY_NOTICE} for any other, national or local, since that list is open
 * (等). The notice covers plan projects of every level (各级, 2.1.2, 3.3.3).
 *
 * <pre>{@code
 * PlanProgramme.parse("国家自然科学基金"); // NATIONAL_NATURAL_SCIENCE_FOUNDATION
 * PlanProgramme.NOT_NAMED_BY_NOTICE.isNamedByNotice(); // false
 * }</pre>
 *
 * <p>This enum is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum PlanProgramme implements Term {
  /** 国家重点研发计划: the National Key R&amp;D Programme (3.2.2). */
  NATIONAL_KEY_RD_PROGRAMME("国家重点研发计划", "National Key R&D Programme"),
  /** 国家科技重大专项: the National Science and Technology Major Projects (3.2.2). */
  NATIONAL_MAJOR_PROJECTS("国家科技重大专项", "National Science and Technology Major Projects"),
  /** 国家自然科学基金: the National Natural Science Foundation (3.2.2). */
  NATIONAL_NATURAL_SCIENCE_FOUNDATION("国家自然科学基金", "National Natural Science Foundation"),
  /** 其他科技计划: a plan programme 3.2.2 does not name, of any level. */
  NOT_NAMED_BY_NOTICE("其他科技计划", "plan programme not named by the notice");

  private static final ImmutableMap<String, PlanProgramme> BY_LABEL = Terms.index(values());

  private final String chineseName;
  private final String englishName;

  PlanProgramme(String chineseName, String englishName) {
    this.chineseName = chineseName;
    this.englishName = englishName;
  }

  /**
   * Returns the constant with this code ({@code "NATIONAL_NATURAL_SCIENCE_FOUNDATION"}), Chinese name ({@code "国家自然科学基金"}) or English name.
   *
   * @throws UnknownTermException if {@code label} names no constant of this vocabulary
   */
  public static PlanProgramme parse(String label) {
    return Terms.parse(BY_LABEL, PlanProgramme.class, label);
  }

  /** Returns whether 3.2.2 names this programme as a national S&amp;T plan programme. */
  public boolean isNamedByNotice() {
    return this != NOT_NAMED_BY_NOTICE;
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
