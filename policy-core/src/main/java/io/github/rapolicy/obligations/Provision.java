package io.github.rapolicy.obligations;

import com.google.common.collect.ImmutableMap;
import io.github.rapolicy.internal.Terms;
import io.github.rapolicy.notice.Clause;
import io.github.rapolicy.notice.ClauseKind;
import io.github.rapolicy.notice.Term;
import io.github.rapolicy.notice.UnknownTermException;
import io.github.rapolicy.rules.Language;

/**
 * What the notice asks of a unit besides money: an obligation (应, 要) it shall meet or an
 * encouragement (鼓励, 支持) it may take up, with the clause that says so. Each is one kind of item of
 * a unit's {@link Checklist}.
 *
 * <p>Obligations, in the order a checklist lists them: the service agreement for each position
 * (3.3.2), estimating RA funding needs and charging actual amounts (3.3.5), the lead role (3.1.3)
 * and the host unit's main responsibility (3.2.3). Encouragements: social insurance and the housing
 * fund (3.3.2), pooled funding channels and dedicated matching funds (3.3.6), matching events
 * (3.1.5) and positions based on self-organised projects in national high-tech zones (2.2.2).
 *
 * <pre>{@code
 * Provision agreement = Provision.parse("签订服务协议");
 * agreement.clause();        // 3.3.2
 * agreement.isObligation();  // true
 * Provision.MATCHING_FUNDS.kind(); // ENCOURAGEMENT
 * }</pre>
 *
 * <p>This enum is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum Provision implements Term {
  /** 签订服务协议: a unit that sets up RA positions shall sign a service agreement (3.3.2, 应). */
  SERVICE_AGREEMENT(
      "签订服务协议",
      "sign a service agreement",
      Clause.C3_3_2,
      ClauseKind.OBLIGATION,
      "设立科研助理岗位的单位，应根据国家有关规定签订服务协议",
      "a unit that sets up RA positions shall sign a service agreement according to national"
          + " regulations",
      "已签订服务协议",
      "the service agreement is signed",
      "签订服务协议",
      "sign the service agreement",
      "所给情况未说明是否已签订服务协议",
      "the facts given do not say whether the service agreement is signed",
      "单位未设立科研助理岗位",
      "the unit has set up no RA position"),

  /** 测算科研助理经费需求: the unit shall estimate its RA funding needs (3.3.5, 应). */
  FUNDING_NEEDS_ESTIMATED(
      "测算科研助理经费需求",
      "estimate RA funding needs",
      Clause.C3_3_5,
      ClauseKind.OBLIGATION,
      "单位应认真测算科研助理经费需求",
      "the unit shall carefully estimate its RA funding needs",
      "单位已测算科研助理经费需求",
      "the unit has estimated its RA funding needs",
      "认真测算科研助理经费需求",
      "estimate the RA funding needs",
      "所给情况未说明单位是否已测算科研助理经费需求（UnitPractice.fundingNeedsEstimated）",
      "the facts given do not say whether the unit has estimated its RA funding needs"
          + " (UnitPractice.fundingNeedsEstimated)",
      "单位未设立科研助理岗位，本项不适用",
      "the unit has set up no RA position, so this does not apply"),

  /** 据实列支: the unit shall charge RA costs at the amounts actually incurred (3.3.5, 应). */
  ACTUAL_AMOUNTS_CHARGED(
      "据实列支",
      "charge actual amounts",
      Clause.C3_3_5,
      ClauseKind.OBLIGATION,
      "单位应据实列支科研助理经费",
      "the unit shall charge RA costs at the amounts actually incurred",
      "单位据实列支",
      "the unit charges the amounts actually incurred",
      "按实际发生的金额列支，不超过实际支出",
      "charge no more than the amounts actually incurred",
      "所给情况未说明单位是否据实列支（UnitPractice.actualAmountsCharged）",
      "the facts given do not say whether the unit charges actual amounts"
          + " (UnitPractice.actualAmountsCharged)",
      "单位未设立科研助理岗位，本项不适用",
      "the unit has set up no RA position, so this does not apply"),

  /**
   * 发挥带头作用: ministry-affiliated universities, central-level research institutes, central SOEs
   * and national high-tech zones are to take the lead in developing RA positions (3.1.3, 要).
   */
  LEAD_ROLE(
      "发挥带头作用",
      "take the lead",
      Clause.C3_1_3,
      ClauseKind.OBLIGATION,
      "部属高校、中央级科研院所、中央企业、国家高新区等要发挥带头作用，积极开发科研助理岗位",
      "ministry-affiliated universities, central-level research institutes, central SOEs and"
          + " national high-tech zones are to take the lead in developing RA positions",
      "单位已开发科研助理岗位（通知未规定数量，本库以开发至少一个岗位为已履行）",
      "the unit has developed RA positions (the notice sets no number; this library counts one or"
          + " more as met)",
      "积极开发科研助理岗位",
      "develop RA positions",
      "所给情况未说明单位是否须发挥带头作用",
      "the facts given do not say whether the unit is to take the lead",
      "单位不属通知点名须发挥带头作用的部属高校、中央级科研院所、中央企业、国家高新区（列举以“等”结尾，本库不推定其他单位负有此项）",
      "the unit is not among the ministry-affiliated universities, central-level research"
          + " institutes, central SOEs and national high-tech zones the notice names to take the lead"
          + " (the list ends with 等; this library does not presume other units bear the duty)"),

  /**
   * 依托单位主体责任: host units of national S&amp;T plan projects and innovation bases and platforms
   * bear the main responsibility and recruit graduates (3.2.3).
   */
  HOST_UNIT_RESPONSIBILITY(
      "依托单位主体责任",
      "host unit's main responsibility",
      Clause.C3_2_3,
      ClauseKind.OBLIGATION,
      "国家科技计划项目和创新基地平台的依托单位要强化主体责任，发挥示范带头作用，积极招录高校毕业生就业",
      "host units of national S&T plan projects and innovation bases and platforms bear the main"
          + " responsibility, set an example and actively recruit graduates",
      "单位已设立科研助理岗位（通知未规定数量，本库以设立至少一个岗位为已履行；是否已招录毕业生，本库未核实）",
      "the unit has set up RA positions (the notice sets no number; this library counts one or more"
          + " as met, and does not check whether graduates were recruited)",
      "设立科研助理岗位，积极招录高校毕业生",
      "set up RA positions and recruit graduates",
      "所给情况未说明单位是否为国家科技计划项目或创新基地平台的依托单位"
          + "（UnitPractice.hostsNationalProjectsOrPlatforms），其岗位也未显示",
      "the facts given do not say whether the unit hosts a national S&T plan project or an"
          + " innovation base or platform (UnitPractice.hostsNationalProjectsOrPlatforms), and none"
          + " of its positions shows it",
      "单位不是国家科技计划项目或创新基地平台的依托单位",
      "the unit hosts no national S&T plan project and no innovation base or platform"),

  /** 办理社会保险及住房公积金: units are encouraged to enrol RAs in them (3.3.2, 鼓励). */
  SOCIAL_INSURANCE_AND_HOUSING_FUND(
      "办理社会保险及住房公积金",
      "enrol RAs in social insurance and the housing fund",
      Clause.C3_3_2,
      ClauseKind.ENCOURAGEMENT,
      "鼓励为科研助理办理参加社会保险及住房公积金等",
      "units are encouraged to enrol RAs in social insurance, the housing provident fund and the"
          + " like",
      "单位已为科研助理办理",
      "the unit enrols its RAs",
      "为科研助理办理参加社会保险及住房公积金",
      "enrol the RAs in social insurance and the housing provident fund",
      "所给情况未说明单位是否已为科研助理办理（UnitPractice.socialInsuranceAndHousingFund）",
      "the facts given do not say whether the unit enrols its RAs"
          + " (UnitPractice.socialInsuranceAndHousingFund)",
      "单位未设立科研助理岗位",
      "the unit has set up no RA position"),

  /** 统筹相关经费渠道: units are encouraged to pool related funding channels (3.3.6, 鼓励). */
  POOLED_FUNDING_CHANNELS(
      "统筹相关经费渠道",
      "pool related funding channels",
      Clause.C3_3_6,
      ClauseKind.ENCOURAGEMENT,
      "鼓励设立科研助理岗位的单位统筹相关经费渠道，提高岗位收入和综合保障水平",
      "units that set up RA positions are encouraged to pool related funding channels and raise"
          + " RA income and security",
      "单位已统筹相关经费渠道",
      "the unit pools related funding channels",
      "统筹相关经费渠道，提高岗位收入和综合保障水平",
      "pool related funding channels to raise RA income and security",
      "所给情况未说明单位是否统筹相关经费渠道（UnitPractice.pooledFundingChannels）",
      "the facts given do not say whether the unit pools funding channels"
          + " (UnitPractice.pooledFundingChannels)",
      "单位未设立科研助理岗位",
      "the unit has set up no RA position"),

  /** 配套专门资金: units are encouraged to provide dedicated matching funds (3.3.6, 鼓励). */
  MATCHING_FUNDS(
      "配套专门资金",
      "provide dedicated matching funds",
      Clause.C3_3_6,
      ClauseKind.ENCOURAGEMENT,
      "鼓励设立科研助理岗位的单位配套专门资金，为科研助理岗位提供长期稳定支持",
      "units that set up RA positions are encouraged to provide dedicated matching funds for"
          + " long-term stable support",
      "单位已配套专门资金",
      "the unit provides dedicated matching funds",
      "配套专门资金，为科研助理岗位提供长期稳定支持",
      "provide dedicated matching funds for long-term stable support",
      "所给情况未说明单位是否配套专门资金（UnitPractice.matchingFunds）",
      "the facts given do not say whether the unit provides matching funds"
          + " (UnitPractice.matchingFunds)",
      "单位未设立科研助理岗位",
      "the unit has set up no RA position"),

  /**
   * 组织供需对接活动: high-tech zone management committees are supported in holding supply–demand
   * matching events; departments and localities are encouraged to hold joint recruitment events
   * (3.1.5, 鼓励, 支持).
   */
  MATCHING_EVENTS(
      "组织供需对接活动",
      "hold matching events",
      Clause.C3_1_5,
      ClauseKind.ENCOURAGEMENT,
      "支持各高新区管委会集中组织开展科研助理岗供需对接活动",
      "high-tech zone management committees are supported in holding supply-demand matching events"
          + " for RA positions",
      "高新区已组织供需对接活动",
      "the zone holds matching events",
      "集中组织开展科研助理岗供需对接活动",
      "hold supply-demand matching events for RA positions",
      "所给情况未说明高新区是否组织供需对接活动（UnitPractice.matchingEvents）",
      "the facts given do not say whether the zone holds matching events"
          + " (UnitPractice.matchingEvents)",
      "该条鼓励各部门与地方联动举办招录活动、支持高新区管委会组织对接活动，单位不是高新区",
      "3.1.5 addresses departments, localities and high-tech zone management committees, and the"
          + " unit is not a high-tech zone"),

  /**
   * 依托自行组织的项目设立岗位: national high-tech zones and the units inside them are encouraged to
   * base RA positions on self-organised projects (2.2.2, 鼓励).
   */
  SELF_ORGANISED_PROJECT_POSITIONS(
      "依托自行组织的项目设立岗位",
      "positions based on self-organised projects",
      Clause.C2_2_2,
      ClauseKind.ENCOURAGEMENT,
      "鼓励国家高新区及区内单位依托自行组织的项目设立科研助理岗位",
      "national high-tech zones and the units inside them are encouraged to base RA positions on"
          + " self-organised projects",
      "单位已有依托自行组织的项目设立的岗位",
      "the unit has positions based on self-organised projects",
      "依托自行组织的项目设立科研助理岗位",
      "set up RA positions based on self-organised projects",
      "单位岗位中没有依托自行组织的项目设立的岗位",
      "none of the unit's positions is based on a self-organised project",
      "单位不是国家高新区，也不在国家高新区内",
      "the unit is neither a national high-tech zone nor inside one");

  private static final ImmutableMap<String, Provision> BY_LABEL = Terms.index(values());

  private final String chineseName;
  private final String englishName;
  private final Clause clause;
  private final ClauseKind kind;
  private final String dutyZh;
  private final String dutyEn;
  private final String doneZh;
  private final String doneEn;
  private final String toDoZh;
  private final String toDoEn;
  private final String notKnownZh;
  private final String notKnownEn;
  private final String notApplicableZh;
  private final String notApplicableEn;

  Provision(
      String chineseName,
      String englishName,
      Clause clause,
      ClauseKind kind,
      String dutyZh,
      String dutyEn,
      String doneZh,
      String doneEn,
      String toDoZh,
      String toDoEn,
      String notKnownZh,
      String notKnownEn,
      String notApplicableZh,
      String notApplicableEn) {
    this.chineseName = chineseName;
    this.englishName = englishName;
    this.clause = clause;
    this.kind = kind;
    this.dutyZh = dutyZh;
    this.dutyEn = dutyEn;
    this.doneZh = doneZh;
    this.doneEn = doneEn;
    this.toDoZh = toDoZh;
    this.toDoEn = toDoEn;
    this.notKnownZh = notKnownZh;
    this.notKnownEn = notKnownEn;
    this.notApplicableZh = notApplicableZh;
    this.notApplicableEn = notApplicableEn;
  }

  /**
   * Returns the provision with this code ({@code "SERVICE_AGREEMENT"}), Chinese name ({@code
   * "签订服务协议"}) or English name.
   *
   * @throws UnknownTermException if {@code label} names no provision
   */
  public static Provision parse(String label) {
    return Terms.parse(BY_LABEL, Provision.class, label);
  }

  /** Returns the clause that makes the provision, such as {@link Clause#C3_3_2}. */
  public Clause clause() {
    return clause;
  }

  /** Returns {@link ClauseKind#OBLIGATION} or {@link ClauseKind#ENCOURAGEMENT}. */
  public ClauseKind kind() {
    return kind;
  }

  /** Returns whether this is an obligation: something the unit shall do (应, 要). */
  public boolean isObligation() {
    return kind == ClauseKind.OBLIGATION;
  }

  /** Returns whether this is an encouragement: advice, never a failure (鼓励, 支持). */
  public boolean isEncouragement() {
    return kind == ClauseKind.ENCOURAGEMENT;
  }

  /**
   * Returns whether a checklist holds one item of this provision per position, as it does for the
   * service agreement (3.3.2): ask {@link Checklist#items(Provision)} for those.
   */
  public boolean isPerPosition() {
    return this == SERVICE_AGREEMENT;
  }

  /**
   * Returns what the notice asks, as a sentence in {@code language}, such as {@code
   * "设立科研助理岗位的单位，应根据国家有关规定签订服务协议"}.
   */
  public String duty(Language language) {
    return language.pick(dutyZh, dutyEn);
  }

  /** Returns what a unit does to meet or take up the provision, in {@code language}. */
  public String action(Language language) {
    return language.pick(toDoZh, toDoEn);
  }

  /** Returns the wording of an item of this provision with {@code status}. */
  String wording(ItemStatus status, Language language) {
    return switch (status) {
      case MET, TAKEN_UP -> language.pick(doneZh, doneEn);
      case NOT_MET, ADVISED -> language.pick(toDoZh, toDoEn);
      case NOT_KNOWN -> language.pick(notKnownZh, notKnownEn);
      case NOT_APPLICABLE -> language.pick(notApplicableZh, notApplicableEn);
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
