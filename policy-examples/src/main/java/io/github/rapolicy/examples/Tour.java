package io.github.rapolicy.examples;

import io.github.rapolicy.funding.BalanceCondition;
import io.github.rapolicy.funding.CostKind;
import io.github.rapolicy.funding.FundKind;
import io.github.rapolicy.funding.FundingSource;
import io.github.rapolicy.funding.Money;
import io.github.rapolicy.notice.Clause;
import io.github.rapolicy.notice.Notice;
import io.github.rapolicy.position.GraduationCohort;
import io.github.rapolicy.position.PlanProgramme;
import io.github.rapolicy.position.PlanProject;
import io.github.rapolicy.position.Position;
import io.github.rapolicy.position.PositionBasis;
import io.github.rapolicy.position.PositionCategory;
import io.github.rapolicy.position.PositionOrigin;
import io.github.rapolicy.position.ProjectLevel;
import io.github.rapolicy.rules.Answer;
import io.github.rapolicy.rules.Expense;
import io.github.rapolicy.rules.Finding;
import io.github.rapolicy.rules.Language;
import io.github.rapolicy.rules.Overlay;
import io.github.rapolicy.rules.OverlayRule;
import io.github.rapolicy.rules.Policy;
import io.github.rapolicy.rules.Remedy;
import io.github.rapolicy.rules.ScopeAnswer;
import io.github.rapolicy.rules.Verdict;
import io.github.rapolicy.unit.Affiliation;
import io.github.rapolicy.unit.Designation;
import io.github.rapolicy.unit.HighTechZone;
import io.github.rapolicy.unit.Unit;
import io.github.rapolicy.unit.UnitType;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.stream.Collectors;

/**
 * The README's main example: four units, their positions and a month of expenses, and what the
 * notice says about each, in Chinese and English, with one overlay settling a point the notice
 * leaves open.
 *
 * <p>Run it from the project root with {@code ./mvnw -q -DskipTests package exec:java}.
 */
public final class Tour {

  /** Every question of the tour is asked on the last day of September 2024. */
  static final LocalDate DATE = LocalDate.of(2024, 9, 30);

  private final PrintStream out;
  private final Policy.OnDate notice = Policy.ofNotice().on(DATE);

  private Tour(PrintStream out) {
    this.out = out;
  }

  public static void main(String[] args) {
    run(new PrintStream(System.out, true, StandardCharsets.UTF_8));
  }

  /** Prints the tour to {@code out}. */
  static void run(PrintStream out) {
    new Tour(out).tour();
  }

  private void tour() {
    Notice notice = Notice.instance();
    out.println(notice.number() + "  " + notice.title());
    out.println(notice.englishTitle());
    out.println(
        "Every question below is asked on "
            + DATE
            + ". ✓ 允许 allowed   ✗ 不允许 not allowed   ? 本通知未作决定 not decided by this notice");
    university();
    enterpriseInZone();
    provincialInstitute();
    unitNotNamed();
    graduates();
  }

  // 1. A university affiliated with the Ministry of Education, with an NSFC project.
  private void university() {
    Unit university =
        Unit.builder()
            .name("华东某大学")
            .type(UnitType.UNIVERSITY)
            .affiliation(Affiliation.MOE)
            .build();
    PlanProject nsfc =
        PlanProject.of("62301234", PlanProgramme.NATIONAL_NATURAL_SCIENCE_FOUNDATION);
    Position zhang =
        Position.builder()
            .id("RA-2024-017")
            .category(PositionCategory.AUXILIARY_RESEARCH)
            .basis(PositionBasis.planProject(nsfc))
            .origin(PositionOrigin.NEW)
            .serviceAgreementSigned(true)
            .build();
    FundingSource labourFee = FundingSource.labourFee("62301234");

    heading("1", university, "教育部所属高校，承担国家自然科学基金项目 62301234", "an MOE-affiliated university with an NSFC project");
    scope(university);
    question(
        "岗位 RA-2024-017（科研项目辅助研究，依托 62301234）是科研助理岗位吗？",
        "Is RA-2024-017 (auxiliary research on NSFC 62301234) a research-assistant position?",
        notice.qualifies(zhang, university));
    out.println("   9月支出 September's expenses:");
    charge(zhang, CostKind.LABOUR_REMUNERATION, "6500.00", labourFee, "劳务费 62301234");
    charge(zhang, CostKind.SOCIAL_INSURANCE_SUBSIDY, "1183.50", labourFee, "劳务费 62301234");
    Expense housing = Expense.of(zhang, CostKind.HOUSING_FUND, Money.parse("780.00"));
    charge(housing, labourFee, "劳务费 62301234", notice);
    charge(
        zhang,
        CostKind.LABOUR_REMUNERATION,
        "6500.00",
        FundingSource.budgetLine("62301234", "设备费"),
        "设备费 62301234");

    // The notice leaves the housing fund open (等支出, 按照有关规定); the 2021 reform of central
    // research funding settles it. An overlay layers that rule over the notice, citing it.
    Overlay reform =
        Overlay.of(
            "中央财政科研经费管理改革",
            "国办发〔2021〕32号",
            OverlayRule.settleCharge(
                FundKind.LABOUR_FEE,
                CostKind.HOUSING_FUND,
                Verdict.ALLOWED,
                "项目聘用人员的住房公积金纳入劳务费科目列支",
                "the housing provident fund of project-hired staff is charged to the labour fee"));
    Policy.OnDate withReform = Policy.ofNotice().withOverlay(reform).on(DATE);
    out.println(
        "   叠加规则 With an overlay: "
            + reform.name()
            + "（"
            + reform.source()
            + "）settles the open point:");
    charge(housing, labourFee, "劳务费 62301234", withReform);
    out.println(
        "   answer.explain(Language.CHINESE) or (Language.ENGLISH) gives an answer's whole trace,"
            + " quoting each clause.");
  }

  // 2. A 专精特新 SME inside a national high-tech zone, with a self-organised project.
  private void enterpriseInZone() {
    Unit sme =
        Unit.builder()
            .name("中关村某科技有限公司")
            .type(UnitType.ENTERPRISE)
            .affiliation(Affiliation.UNAFFILIATED)
            .addDesignations(Designation.SPECIALISED_INNOVATIVE_SME)
            .zone(HighTechZone.national("中关村科技园区"))
            .build();
    Position wu =
        Position.builder()
            .id("ZGC-RA-03")
            .category(PositionCategory.TECHNOLOGY_TRANSFER)
            .basis(PositionBasis.selfOrganisedProject("ZX-2024-07"))
            .origin(PositionOrigin.NEW)
            .serviceAgreementSigned(true)
            .build();

    heading("2", sme, "国家高新区内的专精特新中小企业，自行组织项目 ZX-2024-07", "a 专精特新 SME inside a national high-tech zone, with a self-organised project");
    scope(sme);
    question(
        "岗位 ZGC-RA-03（科技成果转移转化，依托自行组织的项目）是科研助理岗位吗？",
        "Is ZGC-RA-03 (technology transfer, on a self-organised project) a research-assistant position?",
        notice.qualifies(wu, sme));
    out.println("   9月支出 September's expenses:");
    charge(
        wu,
        CostKind.LABOUR_REMUNERATION,
        "6000.00",
        FundingSource.labourFee("ZX-2024-07"),
        "劳务费 ZX-2024-07（自行组织的项目 self-organised project）");
    charge(wu, CostKind.LABOUR_REMUNERATION, "6000.00", FundingSource.matchingFund(), "配套资金");
  }

  // 3. A provincial research institute, with a provincial plan project and retained balance funds.
  private void provincialInstitute() {
    Unit institute =
        Unit.builder()
            .name("某省材料研究所")
            .type(UnitType.RESEARCH_INSTITUTE)
            .affiliation(Affiliation.PROVINCIAL)
            .build();
    Position zhou =
        Position.builder()
            .id("ZJ-RA-11")
            .category(PositionCategory.FACILITY_OPERATION)
            .basis(
                PositionBasis.planProject(
                    PlanProject.of(
                        "ZJ-2024-KJ-088", PlanProgramme.NOT_NAMED_BY_NOTICE, ProjectLevel.PROVINCIAL)))
            .origin(PositionOrigin.VACATED_BY_TURNOVER)
            .serviceAgreementSigned(false)
            .build();

    heading("3", institute, "省属科研院所，承担省级科技计划项目 ZJ-2024-KJ-088", "a provincial research institute with a provincial plan project");
    scope(institute);
    out.println("   9月支出 September's expenses (服务协议尚未签订 the service agreement is not yet signed):");
    charge(
        zhou,
        CostKind.LABOUR_REMUNERATION,
        "5800.00",
        FundingSource.labourFee("ZJ-2024-KJ-088"),
        "劳务费 ZJ-2024-KJ-088");
    charge(
        zhou,
        CostKind.SOCIAL_INSURANCE_SUBSIDY,
        "1050.00",
        FundingSource.retainedBalance(BalanceCondition.RETAINED_UNDER_RULES),
        "结余资金（按规定留用，但未安排用于科研 retained, not arranged for research）");
  }

  // 4. A unit the notice does not name, with a category of work the notice does not name.
  private void unitNotNamed() {
    Unit hospital =
        Unit.builder()
            .name("某民营医院")
            .type(UnitType.OTHER)
            .affiliation(Affiliation.UNAFFILIATED)
            .build();
    Position outreach =
        Position.builder()
            .id("YY-RA-01")
            .category(PositionCategory.NOT_NAMED_BY_NOTICE) // 科普助理: science outreach
            .basis(PositionBasis.none())
            .origin(PositionOrigin.NEW)
            .serviceAgreementSigned(true)
            .build();

    heading("4", hospital, "通知未列举的单位，设科普助理岗位", "a unit the notice does not name, with a science-outreach position");
    scope(hospital);
    question(
        "岗位 YY-RA-01（科普助理，通知未列举的类别）是科研助理岗位吗？",
        "Is YY-RA-01 (science outreach, a category the notice does not name) a research-assistant position?",
        notice.qualifies(outreach, hospital));
  }

  private void graduates() {
    out.println();
    out.println("毕业生 Graduates (0.0.4):");
    for (GraduationCohort cohort : new GraduationCohort[] {GraduationCohort.of(2024), GraduationCohort.of(2023)}) {
      Answer answer = notice.isInCohort(cohort);
      out.println("   " + cohort + "  " + verdict(answer));
    }
    out.println();
    out.println(
        "More: the README (\"Checking a ledger\", \"Asserting answers in your tests\") and "
            + Clause.values().length
            + " clauses of the notice in io.github.rapolicy.notice.Clause.");
  }

  private void heading(String number, Unit unit, String chinese, String english) {
    out.println();
    out.println(number + ". " + unit.name() + " — " + chinese);
    out.println("   " + english);
  }

  private void scope(Unit unit) {
    ScopeAnswer scope = notice.isInScope(unit);
    String channels =
        scope.channels().stream()
            .map(c -> c.article() + " " + c.displayName(Language.CHINESE) + " " + c.displayName(Language.ENGLISH))
            .collect(Collectors.joining("; "));
    question("单位在通知范围内吗？", "Is the unit in scope?", scope.answer());
    if (!scope.channels().isEmpty()) {
      out.println(
          "      渠道 through: "
              + channels
              + (scope.isLeadUnit() ? "; 须发挥带头作用 must take the lead (3.1.3)" : ""));
    }
  }

  private void question(String chinese, String english, Answer answer) {
    if (chinese.length() + english.length() < 40) {
      out.println("   " + chinese + " " + english);
    } else {
      out.println("   " + chinese);
      out.println("   " + english);
    }
    out.println("      " + verdict(answer));
    reasons(answer, "      ");
  }

  private void charge(
      Position position, CostKind cost, String amount, FundingSource fund, String fundName) {
    charge(Expense.of(position, cost, Money.parse(amount)), fund, fundName, notice);
  }

  private void charge(Expense expense, FundingSource fund, String fundName, Policy.OnDate policy) {
    Answer answer = policy.mayCharge(expense).to(fund);
    out.println(
        "     "
            + expense.cost().chineseName()
            + " "
            + expense.amount()
            + " → "
            + fundName
            + "   "
            + verdict(answer));
    reasons(answer, "        ");
  }

  /** The verdict in both languages and the clauses cited, such as "✓ 允许 allowed [0.0.1, 3.3.3]". */
  private static String verdict(Answer answer) {
    String mark = answer.verdict() == Verdict.ALLOWED ? "✓" : answer.verdict() == Verdict.NOT_ALLOWED ? "✗" : "?";
    return mark
        + " "
        + answer.question().answer(answer.verdict(), Language.CHINESE)
        + " "
        + answer.question().answer(answer.verdict(), Language.ENGLISH)
        + "  "
        + answer.clauses();
  }

  /** For an answer that is not plainly allowed: why, and what would change it. */
  private void reasons(Answer answer, String indent) {
    boolean settledByOverlay = answer.findings().stream().anyMatch(f -> f.overlay().isPresent());
    if (answer.verdict() == Verdict.ALLOWED && !settledByOverlay) {
      return;
    }
    for (Finding finding : answer.decidingFindings()) {
      if (answer.verdict() == Verdict.ALLOWED && finding.overlay().isEmpty()) {
        continue;
      }
      out.println(indent + "因为 " + finding.describe(Language.CHINESE));
      out.println(indent + "because " + finding.describe(Language.ENGLISH));
    }
    for (Remedy remedy : answer.remedies()) {
      out.println(indent + "可改为 " + remedy.describe(Language.CHINESE));
      out.println(indent + "to change it: " + remedy.describe(Language.ENGLISH));
    }
  }
}
