package io.github.rapolicy.position;

import com.google.common.collect.ImmutableMap;
import io.github.rapolicy.internal.Terms;
import io.github.rapolicy.notice.Term;
import io.github.rapolicy.notice.UnknownTermException;

/**
 * The level of government that runs an S&amp;T plan project; the notice covers every level (各级).
 *
 * <pre>{@code
 * PlanProject provincial = PlanProject.of(
 *     "ZJ-2024-KJ-088", PlanProgramme.NOT_NAMED_BY_NOTICE, ProjectLevel.parse("省级"));
 * }</pre>
 *
 * <p>This enum is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum ProjectLevel implements Term {
  /** 国家级: a national plan project, such as those of the programmes named in 3.2.2. */
  NATIONAL("国家级", "national"),
  /** 省级: a provincial plan project. */
  PROVINCIAL("省级", "provincial"),
  /** 市县级: a city or county plan project. */
  SUB_PROVINCIAL("市县级", "city or county");

  private static final ImmutableMap<String, ProjectLevel> BY_LABEL = Terms.index(values());

  private final String chineseName;
  private final String englishName;

  ProjectLevel(String chineseName, String englishName) {
    this.chineseName = chineseName;
    this.englishName = englishName;
  }

  /**
   * Returns the constant with this code ({@code "NATIONAL"}), Chinese name ({@code "国家级"}) or English name.
   *
   * @throws UnknownTermException if {@code label} names no constant of this vocabulary
   */
  public static ProjectLevel parse(String label) {
    return Terms.parse(BY_LABEL, ProjectLevel.class, label);
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
