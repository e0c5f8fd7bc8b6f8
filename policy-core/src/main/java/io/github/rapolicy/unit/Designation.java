package io.github.rapolicy.unit;

import com.google.common.collect.ImmutableMap;
import io.github.rapolicy.internal.Terms;
import io.github.rapolicy.notice.Term;
import io.github.rapolicy.notice.UnknownTermException;

/**
 * A recognition a unit holds, of those the notice names in 2.2.2 and 2.3.2. A unit may hold several
 * at once: an enterprise can be a high-tech enterprise and a 专精特新 SME at the same time.
 *
 * <pre>{@code
 * Designation designation = Designation.parse("专精特新中小企业"); // SPECIALISED_INNOVATIVE_SME
 * unit.holds(designation);
 * }</pre>
 *
 * <p>This enum is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum Designation implements Term {
  /** 高新技术企业: a certified high-tech enterprise (2.2.2 inside national zones, 2.3.2 outside). */
  HIGH_TECH_ENTERPRISE("高新技术企业", "high-tech enterprise"),
  /** 独角兽企业: a unicorn enterprise (2.2.2). */
  UNICORN_ENTERPRISE("独角兽企业", "unicorn enterprise"),
  /** 专精特新中小企业: a specialised, refined, distinctive and innovative SME (2.2.2). */
  SPECIALISED_INNOVATIVE_SME("专精特新中小企业", "specialised and innovative SME"),
  /** 科技型中小企业: a technology-based SME (2.2.2). */
  TECHNOLOGY_BASED_SME("科技型中小企业", "technology-based SME"),
  /** 科技企业孵化器: a technology business incubator (2.2.2; also a platform in 3.2.2). */
  TECHNOLOGY_BUSINESS_INCUBATOR("科技企业孵化器", "technology business incubator"),
  /** 新型研发机构: a new-type research and development institution (2.3.2). */
  NEW_TYPE_RD_INSTITUTION("新型研发机构", "new-type R&D institution");

  private static final ImmutableMap<String, Designation> BY_LABEL = Terms.index(values());

  private final String chineseName;
  private final String englishName;

  Designation(String chineseName, String englishName) {
    this.chineseName = chineseName;
    this.englishName = englishName;
  }

  /**
   * Returns the constant with this code ({@code "HIGH_TECH_ENTERPRISE"}), Chinese name ({@code "高新技术企业"}) or English name.
   *
   * @throws UnknownTermException if {@code label} names no constant of this vocabulary
   */
  public static Designation parse(String label) {
    return Terms.parse(BY_LABEL, Designation.class, label);
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
