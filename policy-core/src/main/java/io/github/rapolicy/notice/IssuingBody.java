package io.github.rapolicy.notice;

import com.google.common.collect.ImmutableMap;
import io.github.rapolicy.internal.Terms;

/**
 * The eight departments that issued the notice, in the order of its signature block ({@link
 * Clause#ISSUERS}).
 *
 * <pre>{@code
 * Notice.instance().issuers().get(0);     // MIIT, the lead issuer
 * IssuingBody.parse("国家自然科学基金委员会"); // NSFC
 * }</pre>
 *
 * <p>This enum is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum IssuingBody implements Term {
  /** 工业和信息化部, the Ministry of Industry and Information Technology, lead issuer. */
  MIIT("工业和信息化部", "Ministry of Industry and Information Technology"),
  /** 科学技术部, the Ministry of Science and Technology. */
  MOST("科学技术部", "Ministry of Science and Technology"),
  /** 教育部, the Ministry of Education. */
  MOE("教育部", "Ministry of Education"),
  /** 财政部, the Ministry of Finance. */
  MOF("财政部", "Ministry of Finance"),
  /** 人力资源社会保障部, the Ministry of Human Resources and Social Security. */
  MOHRSS("人力资源社会保障部", "Ministry of Human Resources and Social Security"),
  /** 国务院国有资产监督管理委员会, the State-owned Assets Supervision and Administration Commission. */
  SASAC("国务院国有资产监督管理委员会", "State-owned Assets Supervision and Administration Commission"),
  /** 中国科学院, the Chinese Academy of Sciences. */
  CAS("中国科学院", "Chinese Academy of Sciences"),
  /** 国家自然科学基金委员会, the National Natural Science Foundation of China. */
  NSFC("国家自然科学基金委员会", "National Natural Science Foundation of China");

  private static final ImmutableMap<String, IssuingBody> BY_LABEL = Terms.index(values());

  private final String chineseName;
  private final String englishName;

  IssuingBody(String chineseName, String englishName) {
    this.chineseName = chineseName;
    this.englishName = englishName;
  }

  /**
   * Returns the body with this code ({@code "MIIT"}), Chinese name ({@code "工业和信息化部"}) or
   * English name.
   *
   * @throws UnknownTermException if {@code label} names no issuing body
   */
  public static IssuingBody parse(String label) {
    return Terms.parse(BY_LABEL, IssuingBody.class, label);
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
