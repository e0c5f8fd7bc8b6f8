package io.github.rapolicy.position;

import com.google.common.collect.ImmutableMap;
import io.github.rapolicy.internal.Terms;
import io.github.rapolicy.notice.Term;
import io.github.rapolicy.notice.UnknownTermException;

/**
 * The kind of an innovation base or platform (创新基地和平台): the kinds 3.2.2 names, and {@link
 * #NOT_NAMED_BY_NOTICE} for any other, since that list is open (等).
 *
 * <pre>{@code
 * InnovationPlatform centre =
 *     InnovationPlatform.of(PlatformKind.parse("国家技术创新中心"), "某国家技术创新中心");
 * }</pre>
 *
 * <p>This enum is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum PlatformKind implements Term {
  /** 国家实验室: a national laboratory. */
  NATIONAL_LABORATORY("国家实验室", "national laboratory"),
  /** 全国重点实验室: a national key laboratory. */
  NATIONAL_KEY_LABORATORY("全国重点实验室", "national key laboratory"),
  /** 国家技术创新中心: a national technology innovation centre. */
  NATIONAL_TECHNOLOGY_INNOVATION_CENTRE("国家技术创新中心", "national technology innovation centre"),
  /** 国家制造业创新中心: a national manufacturing innovation centre. */
  NATIONAL_MANUFACTURING_INNOVATION_CENTRE(
      "国家制造业创新中心", "national manufacturing innovation centre"),
  /** 国家科技资源共享服务平台: a national S&amp;T resource-sharing service platform. */
  NATIONAL_RESOURCE_SHARING_PLATFORM(
      "国家科技资源共享服务平台", "national S&T resource-sharing service platform"),
  /** 大学科技园: a university science park. */
  UNIVERSITY_SCIENCE_PARK("大学科技园", "university science park"),
  /** 科技企业孵化器: a technology business incubator. */
  TECHNOLOGY_BUSINESS_INCUBATOR("科技企业孵化器", "technology business incubator"),
  /** 国家高新区: a national high-tech zone, counted among the platforms by 3.2.2. */
  NATIONAL_HIGH_TECH_ZONE("国家高新区", "national high-tech zone"),
  /** 其他创新基地平台: a base or platform 3.2.2 does not name. */
  NOT_NAMED_BY_NOTICE("其他创新基地平台", "platform not named by the notice");

  private static final ImmutableMap<String, PlatformKind> BY_LABEL = Terms.index(values());

  private final String chineseName;
  private final String englishName;

  PlatformKind(String chineseName, String englishName) {
    this.chineseName = chineseName;
    this.englishName = englishName;
  }

  /**
   * Returns the constant with this code ({@code "NATIONAL_KEY_LABORATORY"}), Chinese name ({@code "全国重点实验室"}) or English name.
   *
   * @throws UnknownTermException if {@code label} names no constant of this vocabulary
   */
  public static PlatformKind parse(String label) {
    return Terms.parse(BY_LABEL, PlatformKind.class, label);
  }

  /** Returns whether 3.2.2 names this kind of base or platform. */
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
