package io.github.rapolicy.notice;

import com.google.common.collect.ImmutableMap;
import io.github.rapolicy.internal.Terms;

/**
 * The bodies the notice is addressed to ({@link Clause#ADDRESSEES}): six kinds of local authority,
 * in every province, autonomous region, municipality, separately-planned city and the Xinjiang
 * Production and Construction Corps, and every national high-tech zone's management committee.
 *
 * <pre>{@code
 * Notice.instance().addressees();  // the seven kinds of addressee
 * Addressee.parse("科技主管部门"); // SCIENCE_AND_TECHNOLOGY_AUTHORITY
 * }</pre>
 *
 * <p>This enum is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum Addressee implements Term {
  /** 工业和信息化主管部门: local industry-and-IT authorities; they also report progress (3.4.2). */
  INDUSTRY_AND_IT_AUTHORITY("工业和信息化主管部门", "industry and information technology authority"),
  /** 教育主管部门: local education authorities. */
  EDUCATION_AUTHORITY("教育主管部门", "education authority"),
  /** 科技主管部门: local science-and-technology authorities; they also report progress (3.4.2). */
  SCIENCE_AND_TECHNOLOGY_AUTHORITY("科技主管部门", "science and technology authority"),
  /** 财政主管部门: local finance authorities. */
  FINANCE_AUTHORITY("财政主管部门", "finance authority"),
  /** 人力资源社会保障主管部门: local human-resources-and-social-security authorities. */
  HUMAN_RESOURCES_AND_SOCIAL_SECURITY_AUTHORITY(
      "人力资源社会保障主管部门", "human resources and social security authority"),
  /** 国有资产监管主管部门: local state-owned-assets supervision authorities. */
  STATE_ASSETS_AUTHORITY("国有资产监管主管部门", "state-owned assets supervision authority"),
  /** 国家高新区管委会: the management committee of a national high-tech zone. */
  NATIONAL_HIGH_TECH_ZONE_COMMITTEE(
      "国家高新区管委会", "national high-tech zone management committee");

  private static final ImmutableMap<String, Addressee> BY_LABEL = Terms.index(values());

  private final String chineseName;
  private final String englishName;

  Addressee(String chineseName, String englishName) {
    this.chineseName = chineseName;
    this.englishName = englishName;
  }

  /**
   * Returns the addressee with this code, Chinese name ({@code "科技主管部门"}) or English name.
   *
   * @throws UnknownTermException if {@code label} names no addressee
   */
  public static Addressee parse(String label) {
    return Terms.parse(BY_LABEL, Addressee.class, label);
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
