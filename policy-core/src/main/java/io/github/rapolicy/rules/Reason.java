package io.github.rapolicy.rules;

import static io.github.rapolicy.notice.Clause.C0_0_1;
import static io.github.rapolicy.notice.Clause.C0_0_3;
import static io.github.rapolicy.notice.Clause.C0_0_4;
import static io.github.rapolicy.notice.Clause.C2_1_2;
import static io.github.rapolicy.notice.Clause.C2_1_3;
import static io.github.rapolicy.notice.Clause.C2_2_2;
import static io.github.rapolicy.notice.Clause.C2_3_2;
import static io.github.rapolicy.notice.Clause.C3_1_3;
import static io.github.rapolicy.notice.Clause.C3_2_2;
import static io.github.rapolicy.notice.Clause.C3_3_2;
import static io.github.rapolicy.notice.Clause.C3_3_3;
import static io.github.rapolicy.notice.Clause.C3_3_4;
import static io.github.rapolicy.notice.Clause.C3_3_5;
import static io.github.rapolicy.notice.Clause.C3_3_6;
import static io.github.rapolicy.notice.Clause.DATE;
import static io.github.rapolicy.rules.Verdict.ALLOWED;
import static io.github.rapolicy.rules.Verdict.NOT_ALLOWED;
import static io.github.rapolicy.rules.Verdict.UNDECIDED;

import com.google.common.collect.ImmutableList;
import io.github.rapolicy.internal.Wording;
import io.github.rapolicy.notice.Clause;

/**
 * Why a rule reached its outcome: one step of the rule base, with the clauses it rests on, its
 * outcome and its wording in Chinese and English. {@code {0}} and {@code {1}} in the wording stand
 * for the finding's subjects.
 *
 * <pre>{@code
 * answer.decidingFindings().get(0).reason();     // e.g. SERVICE_AGREEMENT_MISSING
 * Reason.LABOUR_FEE_OWN_PROJECT.clauses(); // [3.3.3]
 * }</pre>
 *
 * <p>This enum is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum Reason {
  /** The question is dated before the notice was issued. */
  NOT_IN_FORCE(
      UNDECIDED,
      ImmutableList.of(DATE),
      Wording.NOT_IN_FORCE_CHINESE,
      Wording.NOT_IN_FORCE_ENGLISH,
      Remedy.ASK_ON_OR_AFTER_ISSUE),

  // Position category (0.0.1)
  /** The position's category is one the notice names. */
  CATEGORY_NAMED(
      ALLOWED,
      ImmutableList.of(C0_0_1),
      "岗位类别“{0}”是通知所列的科研助理工作",
      "{0} is work the notice names for research assistants"),
  /** The position's category is not one the notice names; the list is open. */
  CATEGORY_NOT_NAMED(
      UNDECIDED,
      ImmutableList.of(C0_0_1),
      "岗位类别不在通知所列之中；该列举以“等”结尾，未列举不等于排除",
      "the notice does not name this category of work; its list is open (等), so it neither"
          + " includes nor excludes it",
      Remedy.APPLY_OUTSIDE_RULE),

  // Position basis and origin (the unit's channels of section 二: 2.1.2, 2.2.2, 2.3.2; 2.1.3)
  /**
   * The position is based on an S&amp;T plan project. At a unit, the finding cites the clause of
   * each channel that names the unit (2.1.2, 2.2.2, 2.3.2), or 3.2.4 where none does, and 3.2.2.
   */
  BASIS_PLAN_PROJECT(
      ALLOWED,
      ImmutableList.of(C2_1_2, C3_2_2),
      "岗位依托科技计划项目设立",
      "the position is based on an S&T plan project"),
  /**
   * The position is based on an innovation base or platform; cited as {@link #BASIS_PLAN_PROJECT}.
   */
  BASIS_PLATFORM(
      ALLOWED,
      ImmutableList.of(C2_1_2, C3_2_2),
      "岗位依托创新基地平台设立",
      "the position is based on an innovation base or platform"),
  /** The position is based on a self-organised project of a unit in a national high-tech zone. */
  BASIS_SELF_ORGANISED_IN_ZONE(
      ALLOWED,
      ImmutableList.of(C2_2_2),
      "国家高新区内单位依托自行组织的项目设立岗位，为通知所鼓励",
      "the notice encourages units in national high-tech zones to base positions on self-organised"
          + " projects"),
  /** The position is based on a self-organised project, or on nothing: the definition still holds. */
  BASIS_OTHER(
      ALLOWED,
      ImmutableList.of(C0_0_1, C3_3_3),
      "科研助理按所从事的工作界定，不以依托计划项目为前提；但岗位未依托科技计划项目，本通知未授权其使用项目劳务费",
      "research assistants are defined by their work, not by a plan project; but for a position based"
          + " on no plan project the notice does not authorise a project's labour-fee line to pay"),
  /**
   * The position is newly set up. At a unit, the finding cites the clause of each channel that
   * names the unit (2.1.2, 2.2.2, 2.3.2), or 0.0.3 where none does.
   */
  ORIGIN_NEW(
      ALLOWED,
      ImmutableList.of(C2_1_2),
      "岗位为新设置的科研助理岗位",
      "the position is a newly set-up research-assistant position"),
  /**
   * The position is unfilled or vacated: the notice asks units to fill it first (2.1.3, which
   * article 二（一） addresses to units of every kind, whatever their channel).
   */
  ORIGIN_FILL_FIRST(
      ALLOWED,
      ImmutableList.of(C2_1_3),
      "岗位为“{0}”，通知要求充分利用此类岗位招录高校毕业生",
      "the position is {0}; the notice asks units to make full use of such positions to recruit"
          + " graduates"),

  // Graduation cohort (0.0.4)
  /** The graduate belongs to the class of 2024. */
  COHORT_2024(
      ALLOWED, ImmutableList.of(C0_0_4), "毕业生属于2024届", "the graduate is of the class of 2024"),
  /** The graduate belongs to another cohort. */
  COHORT_OTHER(
      NOT_ALLOWED,
      ImmutableList.of(C0_0_4),
      "本通知针对2024届高校毕业生，该毕业生不属于2024届",
      "the notice concerns the class of 2024, and the graduate is of another cohort"),

  // Unit scope (二, 3.1.3)
  /**
   * A central unit of 2.1.2: a university of MIIT, MOE, SASAC or CAS, or a central-level research
   * institute or central enterprise of any central department.
   */
  CENTRAL_UNIT(
      ALLOWED,
      ImmutableList.of(C2_1_2),
      "单位为{1}{0}，属通知第二部分（一）所列中央单位",
      "the unit is a {0} {1}, one of the central units of section 二（一）"),
  /** A university of another central department: a ministry-affiliated university of 3.1.3. */
  MINISTRY_UNIVERSITY(
      ALLOWED,
      ImmutableList.of(C2_1_2, C3_1_3),
      "单位为部属高校，属中央单位（所列以“等”结尾），并须发挥带头作用",
      "the unit is a ministry-affiliated university: a central unit (the list of 二（一） is open)"
          + " named among the leaders"),
  /** The unit is a national high-tech zone. */
  NATIONAL_ZONE(
      ALLOWED,
      ImmutableList.of(C2_2_2),
      "单位为国家高新区，属通知第二部分（二）",
      "the unit is a national high-tech zone, addressed by section 二（二）"),
  /** The unit is a research institution or a designated enterprise inside a national zone. */
  IN_NATIONAL_ZONE(
      ALLOWED,
      ImmutableList.of(C2_2_2),
      "单位为国家高新区内的{0}，属通知第二部分（二）所列",
      "the unit is a {0} inside a national high-tech zone, named in section 二（二）"),
  /** The unit is a provincial university or research institute. */
  PROVINCIAL_UNIT(
      ALLOWED,
      ImmutableList.of(C2_3_2),
      "单位为{1}{0}，属通知第二部分（三）各地方开发的对象",
      "the unit is a {1} {0}, a target of the localities in section 二（三）"),
  /** The unit is a new-type R&amp;D institution or a provincial high-tech zone. */
  LOCAL_UNIT(
      ALLOWED,
      ImmutableList.of(C2_3_2),
      "单位为{0}，属通知第二部分（三）各地方开发的对象",
      "the unit is a {0}, a target of the localities in section 二（三）"),
  /** The unit is a high-tech enterprise outside national high-tech zones. */
  HIGH_TECH_ENTERPRISE_OUTSIDE_ZONES(
      ALLOWED,
      ImmutableList.of(C2_3_2),
      "单位为国家高新区外的高新技术企业，属通知第二部分（三）各地方开发的对象",
      "the unit is a high-tech enterprise outside national high-tech zones, a target of the"
          + " localities in section 二（三）"),
  /** The unit must take the lead. */
  LEAD_UNIT(
      ALLOWED,
      ImmutableList.of(C3_1_3),
      "单位属部属高校、中央级科研院所、中央企业或国家高新区，要发挥带头作用",
      "the unit is a ministry-affiliated university, central-level institute, central SOE or"
          + " national high-tech zone, and is to take the lead"),
  /**
   * The unit matches no channel of section 二: of that section only the general encouragement
   * reaches it, while section 三 binds it as any unit that sets up positions.
   */
  GENERAL_ENCOURAGEMENT_ONLY(
      UNDECIDED,
      ImmutableList.of(C0_0_3, C2_1_2, C2_2_2, C2_3_2),
      "单位不属通知第二部分所列任何渠道；所列均以“等”结尾，未列举不等于排除，序言鼓励各类创新主体开发岗位；单位设立岗位的，第三部分对设立岗位单位的要求同样适用",
      "the unit matches none of the channels of section 二; their lists are open (等), so it is not"
          + " excluded: the preamble encourages innovation entities of every kind, and a unit that"
          + " sets up positions is bound by what section 三 asks of such units all the same"),

  // Charging a cost to a fund (3.3.2 – 3.3.6)
  /** The service agreement is signed. */
  SERVICE_AGREEMENT_SIGNED(
      ALLOWED,
      ImmutableList.of(C3_3_2),
      "单位已按规定签订服务协议",
      "the unit has signed the service agreement"),
  /** The service agreement is not signed: the position is not compliant. */
  SERVICE_AGREEMENT_MISSING(
      NOT_ALLOWED,
      ImmutableList.of(C3_3_2),
      "设立科研助理岗位的单位应签订服务协议，该岗位尚未签订",
      "a unit setting up research-assistant positions shall sign a service agreement, and none is"
          + " signed for this position",
      Remedy.SIGN_SERVICE_AGREEMENT),
  /** The amount charged is within the actual cost. */
  WITHIN_ACTUAL_COST(
      ALLOWED,
      ImmutableList.of(C3_3_5),
      "列支金额未超过实际支出，符合据实列支",
      "the amount charged does not exceed the actual cost (据实列支)"),
  /** The amount charged exceeds the actual cost. */
  ABOVE_ACTUAL_COST(
      NOT_ALLOWED,
      ImmutableList.of(C3_3_5),
      "列支金额超过实际支出，不符合据实列支",
      "the amount charged exceeds the actual cost; only actual amounts may be charged (据实列支)",
      Remedy.CHARGE_ACTUAL_COST),
  /** The labour-fee line is charged for a position based on its own project. */
  LABOUR_FEE_OWN_PROJECT(
      ALLOWED,
      ImmutableList.of(C3_3_3),
      "岗位依托所列支的科技计划项目设立",
      "the position is based on the plan project whose labour-fee line is charged"),
  /** The labour-fee line is charged for a position based on another project. */
  LABOUR_FEE_OTHER_PROJECT(
      NOT_ALLOWED,
      ImmutableList.of(C3_3_3),
      "通知允许依托科技计划项目设立的岗位使用所依托项目的“劳务费”科目；该岗位依托的是另一项目，本通知未授权从此项目列支",
      "the notice lets the labour-fee line of the project a position is based on pay for it; this"
          + " position is based on another project, and the notice does not authorise charging this"
          + " one",
      Remedy.CHARGE_POSITION_PROJECT),
  /** The labour-fee line is charged for a position based on no plan project. */
  LABOUR_FEE_NO_PLAN_PROJECT(
      NOT_ALLOWED,
      ImmutableList.of(C3_3_3),
      "通知允许依托科技计划项目设立的岗位使用项目“劳务费”科目；该岗位未依托科技计划项目，本通知未授权其使用项目劳务费",
      "the notice lets a project's labour-fee line pay for positions based on plan projects; this"
          + " position is based on none, and the notice does not authorise the charge",
      Remedy.USE_BALANCE_OR_MATCHING_FUND),
  /** A budget line other than the labour fee is charged. */
  OTHER_BUDGET_LINE(
      NOT_ALLOWED,
      ImmutableList.of(C3_3_3),
      "通知只授权项目经费中的“劳务费”科目支付科研助理费用，其他科目本通知未授权",
      "the notice authorises only the labour-fee (劳务费) line of project funds to pay research assistants;"
          + " other budget lines are not authorised",
      Remedy.CHARGE_POSITION_PROJECT),
  /** The labour-fee line pays a cost the notice names, according to the relevant regulations. */
  LABOUR_FEE_PAYS(
      ALLOWED,
      ImmutableList.of(C3_3_3),
      "劳务费可按照有关规定用于{0}（具体标准按有关规定执行）",
      "the labour-fee line may pay {0}, according to the relevant regulations (按照有关规定), which"
          + " the caller may add as an overlay"),
  /** The labour-fee line and a cost the notice does not name. */
  LABOUR_FEE_COST_NOT_NAMED(
      UNDECIDED,
      ImmutableList.of(C3_3_3),
      "通知列明劳务费可用于劳务性报酬和社会保险补助“等”支出，未列明可否用于{0}，本通知未作决定",
      "the notice names labour remuneration and social-insurance subsidy among the costs the labour"
          + " fee pays, in an open list (等), and leaves open whether it pays {0}",
      Remedy.APPLY_OUTSIDE_RULE,
      Remedy.USE_MATCHING_FUND),
  /** The retained balance meets both conditions of 3.3.4. */
  BALANCE_CONDITIONS_MET(
      ALLOWED,
      ImmutableList.of(C3_3_4),
      "结余资金系按规定留用，并已安排用于科研项目、设立科研助理岗位",
      "the balance was retained according to the rules and arranged for research projects that set"
          + " up RA positions"),
  /** The retained balance was not retained according to the rules. */
  BALANCE_NOT_RETAINED_UNDER_RULES(
      NOT_ALLOWED,
      ImmutableList.of(C3_3_4),
      "只有按规定留用的结余资金可列支，该结余资金并非按规定留用",
      "only balance funds retained according to the rules may pay, and this balance was not",
      Remedy.USE_MATCHING_FUND),
  /** The retained balance was not arranged for research projects with RA positions. */
  BALANCE_NOT_ARRANGED(
      NOT_ALLOWED,
      ImmutableList.of(C3_3_4),
      "结余资金须安排用于科研项目并设立科研助理岗位，该结余资金未作此安排",
      "the balance must be arranged for research projects that set up RA positions, and this one"
          + " was not",
      Remedy.ARRANGE_BALANCE_FOR_RESEARCH),
  /** The retained balance pays a cost the notice names. */
  BALANCE_PAYS(
      ALLOWED,
      ImmutableList.of(C3_3_4),
      "结余资金可列支科研助理的{0}",
      "retained balance funds may pay the research assistant's {0}"),
  /** The retained balance and a cost the notice does not name. */
  BALANCE_COST_NOT_NAMED(
      UNDECIDED,
      ImmutableList.of(C3_3_4),
      "通知列明结余资金可列支劳务性报酬和社会保险补助“等”支出，未列明可否列支{0}，本通知未作决定",
      "the notice names labour remuneration and social-insurance subsidy among the costs balance"
          + " funds pay, in an open list (等), and leaves open whether they pay {0}",
      Remedy.APPLY_OUTSIDE_RULE,
      Remedy.USE_MATCHING_FUND),
  /** Matching funds pay the position's income or security. */
  MATCHING_FUND_PAYS(
      ALLOWED,
      ImmutableList.of(C3_3_6),
      "单位配套专门资金用于提高科研助理岗位收入和综合保障水平，可支付{0}",
      "the unit's dedicated matching funds support RA income and security, and may pay {0}"),
  /** Matching funds pay the housing provident fund, which 3.3.2 encourages. */
  MATCHING_FUND_PAYS_HOUSING_FUND(
      ALLOWED,
      ImmutableList.of(C3_3_6, C3_3_2),
      "单位配套专门资金用于提高综合保障水平，可支付通知鼓励办理的住房公积金",
      "the unit's dedicated matching funds support RA security, and may pay the housing provident"
          + " fund the notice encourages"),
  /** Matching funds and a cost the notice does not name. */
  MATCHING_FUND_COST_NOT_NAMED(
      UNDECIDED,
      ImmutableList.of(C3_3_6),
      "通知未说明配套资金可否用于{0}，本通知未作决定",
      "the notice does not say whether matching funds pay {0}",
      Remedy.APPLY_OUTSIDE_RULE),

  // Overlays
  /** An overlay rule settled a point the notice leaves open. */
  OVERLAY_SETTLED(UNDECIDED, ImmutableList.of(), "", ""),
  /** An overlay rule restricted what the notice allows. */
  OVERLAY_RESTRICTED(NOT_ALLOWED, ImmutableList.of(), "", "");

  private final Verdict outcome;
  private final ImmutableList<Clause> clauses;
  private final String chinese;
  private final String english;
  private final ImmutableList<Remedy> remedies;

  Reason(
      Verdict outcome,
      ImmutableList<Clause> clauses,
      String chinese,
      String english,
      Remedy... remedies) {
    this.outcome = outcome;
    this.clauses = clauses;
    this.chinese = chinese;
    this.english = english;
    this.remedies = ImmutableList.copyOf(remedies);
  }

  /**
   * Returns the outcome of this step of the rules; for {@link #OVERLAY_SETTLED} the overlay rule's
   * verdict decides instead.
   */
  public Verdict outcome() {
    return outcome;
  }

  /** Returns the clauses of the notice this step rests on; empty for overlay steps. */
  public ImmutableList<Clause> clauses() {
    return clauses;
  }

  /**
   * Returns what usually changes this step's outcome; a {@link Finding} keeps those that would
   * change it in its case.
   */
  public ImmutableList<Remedy> remedies() {
    return remedies;
  }

  /** Returns the wording in {@code language}, with {@code {0}}, {@code {1}} for the subjects. */
  String template(Language language) {
    return language.pick(chinese, english);
  }
}
