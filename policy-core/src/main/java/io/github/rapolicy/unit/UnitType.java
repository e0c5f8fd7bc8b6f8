package io.github.rapolicy.unit;

import com.google.common.collect.ImmutableMap;
import io.github.rapolicy.internal.Terms;
import io.github.rapolicy.notice.Term;
import io.github.rapolicy.notice.UnknownTermException;

/**
 * What kind of organisation a unit is. Recognitions such as high-tech enterprise status are {@link
 * Designation}s, not types.
 *
 * <pre>{@code
 * UnitType.parse("高校");       // UNIVERSITY
 * UnitType.parse("ENTERPRISE"); // ENTERPRISE
 * }</pre>
 *
 * <p>This enum is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum UnitType implements Term {
  /** 高校: a university or other higher-education institution (2.1.2, 2.3.2, 3.1.3). */
  UNIVERSITY("高校", "university"),
  /** 科研院所: a research institute, also the notice's 科研机构 inside national zones (2.1.2, 2.2.2). */
  RESEARCH_INSTITUTE("科研院所", "research institute"),
  /** 企业: an enterprise, state-owned or not (2.1.2, 2.2.2, 2.3.2). */
  ENTERPRISE("企业", "enterprise"),
  /** 高新区: a high-tech zone itself, acting through its management committee (2.2.1, 2.3.2). */
  HIGH_TECH_ZONE("高新区", "high-tech zone"),
  /** 其他单位: any other organisation, such as a hospital or a social organisation. */
  OTHER("其他单位", "other organisation");

  private static final ImmutableMap<String, UnitType> BY_LABEL = Terms.index(values());

  private final String chineseName;
  private final String englishName;

  UnitType(String chineseName, String englishName) {
    this.chineseName = chineseName;
    this.englishName = englishName;
  }

  /**
   * Returns the constant with this code ({@code "UNIVERSITY"}), Chinese name ({@code "高校"}) or English name.
   *
   * @throws UnknownTermException if {@code label} names no constant of this vocabulary
   */
  public static UnitType parse(String label) {
    return Terms.parse(BY_LABEL, UnitType.class, label);
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
