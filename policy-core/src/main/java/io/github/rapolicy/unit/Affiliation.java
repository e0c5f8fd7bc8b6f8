package io.github.rapolicy.unit;

import com.google.common.collect.ImmutableMap;
import io.github.rapolicy.internal.Terms;
import io.github.rapolicy.notice.Term;
import io.github.rapolicy.notice.UnknownTermException;

/**
 * Whom a unit belongs to (隶属关系): the central department it is affiliated with, a province, a
 * lower level of government, or none. The notice's central channel (2.1.2) and lead role (3.1.3) turn
 * on central affiliation, the local channel (2.3.2) on provincial affiliation.
 *
 * <p>A central state-owned enterprise (中央企业) is an {@link UnitType#ENTERPRISE} affiliated with
 * {@link #SASAC} or another central department; a central-level research institute (中央级科研院所) is a
 * {@link UnitType#RESEARCH_INSTITUTE} with a central affiliation.
 *
 * <pre>{@code
 * Affiliation.parse("省属");   // PROVINCIAL
 * Affiliation.MOE.isCentral(); // true
 * }</pre>
 *
 * <p>This enum is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum Affiliation implements Term {
  /** 工业和信息化部所属: affiliated with the Ministry of Industry and Information Technology. */
  MIIT("工业和信息化部所属", "affiliated with MIIT"),
  /** 教育部所属: affiliated with the Ministry of Education. */
  MOE("教育部所属", "affiliated with MOE"),
  /** 国务院国资委所属: affiliated with (or supervised by) SASAC, as central SOEs are. */
  SASAC("国务院国资委所属", "affiliated with SASAC"),
  /** 中国科学院所属: affiliated with the Chinese Academy of Sciences. */
  CAS("中国科学院所属", "affiliated with CAS"),
  /** 其他中央部门所属: affiliated with another central department or body. */
  OTHER_CENTRAL_DEPARTMENT("其他中央部门所属", "affiliated with another central department"),
  /** 省属: affiliated with a province, autonomous region or municipality (2.3.2). */
  PROVINCIAL("省属", "provincial"),
  /** 市县属: affiliated with a city, county or lower level of government. */
  SUB_PROVINCIAL("市县属", "affiliated with a city or county"),
  /** 无行政隶属: not affiliated with any government, as a private enterprise. */
  UNAFFILIATED("无行政隶属", "not affiliated with any government");

  private static final ImmutableMap<String, Affiliation> BY_LABEL = Terms.index(values());

  private final String chineseName;
  private final String englishName;

  Affiliation(String chineseName, String englishName) {
    this.chineseName = chineseName;
    this.englishName = englishName;
  }

  /**
   * Returns the constant with this code ({@code "MOE"}), Chinese name ({@code "教育部所属"}) or English name.
   *
   * @throws UnknownTermException if {@code label} names no constant of this vocabulary
   */
  public static Affiliation parse(String label) {
    return Terms.parse(BY_LABEL, Affiliation.class, label);
  }

  /** Returns whether this is an affiliation with a central department ({@code 中央级}, {@code 部属}). */
  public boolean isCentral() {
    return this == MIIT
        || this == MOE
        || this == SASAC
        || this == CAS
        || this == OTHER_CENTRAL_DEPARTMENT;
  }

  /**
   * Returns whether the notice names this department in 2.1.2 (MIIT, MOE, SASAC, CAS), whose
   * universities are addressed there by name.
   */
  public boolean isNamedIn212() {
    return this == MIIT || this == MOE || this == SASAC || this == CAS;
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
