package io.github.rapolicy.rules;

import static io.github.rapolicy.rules.Fixtures.MOE_UNIVERSITY;
import static io.github.rapolicy.rules.Fixtures.ON_Q;
import static io.github.rapolicy.rules.Fixtures.P_ID;
import static io.github.rapolicy.rules.Fixtures.SALARY;
import static io.github.rapolicy.rules.Fixtures.expense;
import static io.github.rapolicy.rules.Fixtures.notice;
import static io.github.rapolicy.rules.Fixtures.onP;
import static io.github.rapolicy.rules.Fixtures.position;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.rapolicy.funding.CostKind;
import io.github.rapolicy.funding.FundKind;
import io.github.rapolicy.funding.FundingSource;
import io.github.rapolicy.funding.Money;
import io.github.rapolicy.notice.Term;
import io.github.rapolicy.position.GraduationCohort;
import io.github.rapolicy.position.Position;
import io.github.rapolicy.position.PositionCategory;
import io.github.rapolicy.position.PositionOrigin;
import io.github.rapolicy.unit.Unit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Null handling and equality of the rules API, with guava-testlib. {@link #instances()} and {@link
 * #typesWithStaticMethods()} are public so that the completeness check of {@code
 * NullPointerContractTest} counts them.
 */
public class NullsAndEqualityTest {

  /** The types whose public static methods are checked. */
  public static Stream<Class<?>> typesWithStaticMethods() {
    return Stream.of(
        Policy.class,
        Overlay.class,
        OverlayRule.class,
        InForce.class,
        Expense.class,
        Verdict.class,
        Channel.class,
        Language.class,
        QuestionKind.class,
        Reason.class,
        Remedy.class,
        OverlayRule.Effect.class);
  }

  /** A representative instance of every public type of the rules package, each enum constant. */
  public static Stream<Object> instances() {
    List<Object> instances = new ArrayList<>();
    Policy.OnDate on = notice();
    instances.add(Policy.ofNotice());
    instances.add(Policy.ofNotice().fingerprint());
    instances.add(Policy.ofNotice().withOverlay(OverlayTest.housingFundReform()));
    instances.add(on);
    instances.add(on.mayCharge(expense(onP(), CostKind.HOUSING_FUND)));
    instances.add(OverlayTest.housingFundReform());
    instances.add(DatedOverlayTest.rules2024());
    instances.add(InForce.between(DatedOverlayTest.JULY_2024, DatedOverlayTest.REVISED));
    instances.add(Policy.ofNotice().withOverlay(DatedOverlayTest.rules2024()));
    instances.add(OverlayTest.noHousingFundFromLabourFee());
    instances.add(OverlayTest.housingFundFromLabourFee(Verdict.ALLOWED));
    instances.add(expense(onP(), CostKind.LABOUR_REMUNERATION));
    Answer answer = on.mayCharge(expense(onP(), CostKind.HOUSING_FUND)).to(FundingSource.labourFee(P_ID));
    instances.add(answer);
    instances.addAll(answer.findings());
    instances.add(on.isInCohort(GraduationCohort.NOTICE_COHORT));
    instances.add(on.isInScope(MOE_UNIVERSITY));
    instances.add(conflict());
    for (Class<?> type : typesWithStaticMethods().filter(Class::isEnum).toList()) {
      instances.addAll(List.of(type.getEnumConstants()));
    }
    return instances.stream();
  }

  /** The exception two overlays settling one point differently raise. */
  static ConflictingOverlaysException conflict() {
    Policy withReform = Policy.ofNotice().withOverlay(OverlayTest.housingFundReform());
    Overlay province =
        Overlay.of("某省规定", "某省财〔2024〕1号", OverlayTest.housingFundFromLabourFee(Verdict.NOT_ALLOWED));
    try {
      withReform.withOverlay(province);
    } catch (ConflictingOverlaysException e) {
      return e;
    }
    throw new AssertionError("the overlays do not conflict");
  }

  @ParameterizedTest
  @MethodSource("typesWithStaticMethods")
  @DisplayName("public static methods reject null")
  void publicStaticMethodsRejectNull(Class<?> type) {
    tester().testAllPublicStaticMethods(type);
  }

  @ParameterizedTest
  @MethodSource("instances")
  @DisplayName("public instance methods reject null")
  void publicInstanceMethodsRejectNull(Object instance) {
    tester().testAllPublicInstanceMethods(instance);
  }

  private static NullPointerTester tester() {
    return new NullPointerTester()
        .setDefault(LocalDate.class, Fixtures.AUTUMN_2024)
        .setDefault(Unit.class, MOE_UNIVERSITY)
        .setDefault(Position.class, onP())
        .setDefault(Expense.class, expense(onP(), CostKind.LABOUR_REMUNERATION))
        .setDefault(FundingSource.class, FundingSource.labourFee(P_ID))
        .setDefault(GraduationCohort.class, GraduationCohort.NOTICE_COHORT)
        .setDefault(Money.class, SALARY)
        .setDefault(Overlay.class, OverlayTest.housingFundReform())
        .setDefault(InForce.class, InForce.always())
        .setDefault(OverlayRule.class, OverlayTest.housingFundFromLabourFee(Verdict.ALLOWED))
        .setDefault(Verdict.class, Verdict.ALLOWED)
        .setDefault(Term.class, CostKind.LABOUR_REMUNERATION)
        .setDefault(Policy.class, Policy.ofNotice())
        .setDefault(String.class, "非空");
  }

  @Test
  @DisplayName("Policy rejects null arguments")
  void policy() {
    tester().testAllPublicStaticMethods(Policy.class);
    tester().testAllPublicInstanceMethods(Policy.ofNotice());
    tester().testAllPublicInstanceMethods(Policy.ofNotice().withOverlay(OverlayTest.housingFundReform()));
  }

  @Test
  @DisplayName("Policy.OnDate and its charge question reject null arguments")
  void onDate() {
    Policy.OnDate on = notice();
    tester().testAllPublicInstanceMethods(on);
    tester().testAllPublicInstanceMethods(on.mayCharge(expense(onP(), CostKind.HOUSING_FUND)));
  }

  @Test
  @DisplayName("Overlay and OverlayRule reject null arguments")
  void overlays() {
    tester().testAllPublicStaticMethods(Overlay.class);
    tester().testAllPublicInstanceMethods(OverlayTest.housingFundReform());
    tester().testAllPublicStaticMethods(OverlayRule.class);
    tester().testAllPublicInstanceMethods(OverlayTest.noHousingFundFromLabourFee());
  }

  @Test
  @DisplayName("Expense rejects null arguments")
  void expenses() {
    tester().testAllPublicStaticMethods(Expense.class);
    tester().testAllPublicInstanceMethods(expense(onP(), CostKind.LABOUR_REMUNERATION));
  }

  @Test
  @DisplayName("Answer rejects null arguments")
  void answers() {
    tester().testAllPublicInstanceMethods(notice().isInCohort(GraduationCohort.NOTICE_COHORT));
    tester().testAllPublicInstanceMethods(notice().isInScope(MOE_UNIVERSITY).answer());
  }

  @Test
  @DisplayName("Expense: equal exactly when position, cost, amount and actual cost are")
  void expenseEquality() {
    new EqualsTester()
        .addEqualityGroup(
            expense(onP(), CostKind.LABOUR_REMUNERATION),
            Expense.of(onP(), CostKind.LABOUR_REMUNERATION, SALARY, SALARY),
            Expense.of(onP(), CostKind.LABOUR_REMUNERATION, Money.parse("6500")))
        .addEqualityGroup(expense(position(ON_Q), CostKind.LABOUR_REMUNERATION))
        .addEqualityGroup(expense(onP(), CostKind.SOCIAL_INSURANCE_SUBSIDY))
        .addEqualityGroup(Expense.of(onP(), CostKind.LABOUR_REMUNERATION, Money.parse("6000")))
        .addEqualityGroup(
            Expense.of(onP(), CostKind.LABOUR_REMUNERATION, SALARY, Money.parse("6000")))
        .testEquals();
  }

  @Test
  @DisplayName("Overlay: equal exactly when name, source and rules are")
  void overlayEquality() {
    OverlayRule rule = OverlayTest.housingFundFromLabourFee(Verdict.ALLOWED);
    new EqualsTester()
        .addEqualityGroup(
            OverlayTest.housingFundReform(),
            Overlay.of(OverlayTest.REFORM_NAME, OverlayTest.REFORM_SOURCE, rule))
        .addEqualityGroup(Overlay.of("另一名称", OverlayTest.REFORM_SOURCE, rule))
        .addEqualityGroup(Overlay.of(OverlayTest.REFORM_NAME, "另一文号", rule))
        .addEqualityGroup(
            Overlay.of(
                OverlayTest.REFORM_NAME,
                OverlayTest.REFORM_SOURCE,
                OverlayTest.housingFundFromLabourFee(Verdict.NOT_ALLOWED)))
        .addEqualityGroup(Overlay.of(OverlayTest.REFORM_NAME, OverlayTest.REFORM_SOURCE))
        .testEquals();
  }

  @Test
  @DisplayName("Overlay: a period in force is part of its value")
  void datedOverlayEquality() {
    new EqualsTester()
        .addEqualityGroup(
            DatedOverlayTest.rules2024(),
            Overlay.of(
                "某大学科研助理岗位管理办法",
                "某大学〔2024〕12号",
                InForce.between(LocalDate.of(2024, 7, 1), LocalDate.of(2025, 9, 1)),
                OverlayTest.housingFundFromLabourFee(Verdict.ALLOWED)))
        .addEqualityGroup(
            DatedOverlayProperties.dated(DatedOverlayTest.rules2024(), InForce.always()),
            Overlay.of(
                "某大学科研助理岗位管理办法",
                "某大学〔2024〕12号",
                OverlayTest.housingFundFromLabourFee(Verdict.ALLOWED)))
        .addEqualityGroup(
            DatedOverlayProperties.dated(
                DatedOverlayTest.rules2024(), InForce.from(DatedOverlayTest.JULY_2024)))
        .testEquals();
  }

  @Test
  @DisplayName("InForce: equal exactly when both bounds are")
  void inForceEquality() {
    new EqualsTester()
        .addEqualityGroup(InForce.always(), ImmutableInForce.builder().build())
        .addEqualityGroup(
            InForce.from(DatedOverlayTest.JULY_2024), InForce.from(LocalDate.of(2024, 7, 1)))
        .addEqualityGroup(InForce.between(DatedOverlayTest.JULY_2024, DatedOverlayTest.REVISED))
        .addEqualityGroup(InForce.between(DatedOverlayTest.JULY_2024, DatedOverlayTest.JULY_2024.plusDays(1)))
        .addEqualityGroup(InForce.from(DatedOverlayTest.REVISED))
        .testEquals();
  }

  @Test
  @DisplayName("Policy: equal exactly when its overlays are, in the same order")
  void policyEquality() {
    Overlay reform = OverlayTest.housingFundReform();
    Overlay university =
        Overlay.of("某大学规定", "某大学〔2024〕5号", OverlayTest.noSocialInsuranceFromLabourFee());
    new EqualsTester()
        .addEqualityGroup(Policy.ofNotice())
        .addEqualityGroup(Policy.ofNotice().withOverlay(Overlay.of("空", "空号")))
        .addEqualityGroup(
            Policy.ofNotice().withOverlay(reform), Policy.ofNotice().withOverlay(housingFundReformAgain()))
        .addEqualityGroup(Policy.ofNotice().withOverlay(reform).withOverlay(university))
        .addEqualityGroup(Policy.ofNotice().withOverlay(university).withOverlay(reform))
        .addEqualityGroup(Policy.ofNotice().withOverlay(DatedOverlayTest.rules2024()))
        .testEquals();
  }

  private static Overlay housingFundReformAgain() {
    return Overlay.of(
        OverlayTest.REFORM_NAME,
        OverlayTest.REFORM_SOURCE,
        OverlayTest.housingFundFromLabourFee(Verdict.ALLOWED));
  }

  @Test
  @DisplayName("OverlayRule: equal exactly when effect, verdict, point and wording are")
  void overlayRuleEquality() {
    new EqualsTester()
        .addEqualityGroup(
            OverlayTest.housingFundFromLabourFee(Verdict.ALLOWED),
            OverlayTest.housingFundFromLabourFee(Verdict.ALLOWED))
        .addEqualityGroup(OverlayTest.housingFundFromLabourFee(Verdict.NOT_ALLOWED))
        .addEqualityGroup(
            OverlayRule.settleCharge(
                FundKind.RETAINED_BALANCE,
                CostKind.HOUSING_FUND,
                Verdict.ALLOWED,
                "项目聘用人员的住房公积金纳入劳务费科目列支",
                "the housing provident fund of project-hired staff is charged to the labour fee"))
        .addEqualityGroup(
            OverlayRule.settleCharge(
                FundKind.LABOUR_FEE,
                CostKind.HOUSING_FUND,
                Verdict.ALLOWED,
                "另一措辞",
                "the housing provident fund of project-hired staff is charged to the labour fee"))
        .addEqualityGroup(OverlayTest.noHousingFundFromLabourFee(), OverlayTest.noHousingFundFromLabourFee())
        .addEqualityGroup(OverlayTest.noSocialInsuranceFromLabourFee())
        .addEqualityGroup(
            OverlayRule.restrictCharges(
                Optional.of(FundKind.LABOUR_FEE),
                Optional.of(CostKind.HOUSING_FUND),
                Optional.of(PositionCategory.AUXILIARY_RESEARCH),
                "本校劳务费不得列支住房公积金",
                "this university's labour fees do not pay the housing provident fund"))
        .addEqualityGroup(
            OverlayRule.settleUnnamedCategory(Verdict.ALLOWED, "其他岗位属科研助理", "other posts are RA posts"))
        .testEquals();
  }

  @Test
  @DisplayName("Answer: equal exactly when the question and findings are")
  void answerEquality() {
    Position unsigned =
        position(PositionCategory.AUXILIARY_RESEARCH, Fixtures.ON_P, PositionOrigin.NEW, false);
    FundingSource labourFee = FundingSource.labourFee(P_ID);
    new EqualsTester()
        .addEqualityGroup(
            notice().isInCohort(GraduationCohort.NOTICE_COHORT),
            notice().isInCohort(GraduationCohort.parse("2024届")),
            Policy.ofNotice().on(LocalDate.of(2026, 1, 1)).isInCohort(GraduationCohort.of(2024)))
        .addEqualityGroup(
            notice().isInCohort(GraduationCohort.of(2023)), notice().isInCohort(GraduationCohort.of(2025)))
        .addEqualityGroup(
            notice().mayCharge(expense(onP(), CostKind.LABOUR_REMUNERATION)).to(labourFee),
            notice().mayCharge(expense(onP(), CostKind.LABOUR_REMUNERATION)).to(labourFee))
        .addEqualityGroup(notice().mayCharge(expense(onP(), CostKind.SOCIAL_INSURANCE_SUBSIDY)).to(labourFee))
        .addEqualityGroup(notice().mayCharge(expense(unsigned, CostKind.LABOUR_REMUNERATION)).to(labourFee))
        .addEqualityGroup(
            Policy.ofNotice()
                .withOverlay(OverlayTest.housingFundReform())
                .on(Fixtures.AUTUMN_2024)
                .mayCharge(expense(onP(), CostKind.HOUSING_FUND))
                .to(labourFee))
        .addEqualityGroup(notice().mayCharge(expense(onP(), CostKind.HOUSING_FUND)).to(labourFee))
        .addEqualityGroup(
            Policy.ofNotice().on(LocalDate.of(2024, 1, 1)).isInCohort(GraduationCohort.NOTICE_COHORT),
            Policy.ofNotice().on(LocalDate.of(2024, 6, 24)).isInCohort(GraduationCohort.of(2020)))
        .addEqualityGroup(notice().isInScope(MOE_UNIVERSITY).answer())
        .testEquals();
  }

  @Test
  @DisplayName("ScopeAnswer: equal exactly when the answer is")
  void scopeAnswerEquality() {
    new EqualsTester()
        .addEqualityGroup(notice().isInScope(MOE_UNIVERSITY), notice().isInScope(MOE_UNIVERSITY))
        .addEqualityGroup(notice().isInScope(Fixtures.PRIVATE_FIRM))
        .addEqualityGroup(Policy.ofNotice().on(LocalDate.of(2024, 6, 24)).isInScope(MOE_UNIVERSITY))
        .testEquals();
  }

  @Test
  @DisplayName("Finding: equal exactly when reason, outcome, subjects, clauses, overlay and remedies are")
  void findingEquality() {
    FundingSource labourFee = FundingSource.labourFee(P_ID);
    List<Finding> housing = notice().mayCharge(expense(onP(), CostKind.HOUSING_FUND)).to(labourFee).findings();
    List<Finding> again = notice().mayCharge(expense(onP(), CostKind.HOUSING_FUND)).to(labourFee).findings();
    Finding open = housing.get(housing.size() - 1);
    Finding settled =
        Policy.ofNotice()
            .withOverlay(OverlayTest.housingFundReform())
            .on(Fixtures.AUTUMN_2024)
            .mayCharge(expense(onP(), CostKind.HOUSING_FUND))
            .to(labourFee)
            .findings()
            .stream()
            .filter(f -> f.reason() == Reason.OVERLAY_SETTLED)
            .findFirst()
            .orElseThrow();
    new EqualsTester()
        .addEqualityGroup(housing.get(0), again.get(0))
        .addEqualityGroup(open, again.get(again.size() - 1))
        .addEqualityGroup(settled)
        .addEqualityGroup(
            notice().isInCohort(GraduationCohort.of(2023)).findings().get(0))
        .testEquals();
  }

  @Test
  @DisplayName("ChargeDecisionTable and its rows: equal exactly when date and rows are")
  void chargeDecisionTableEquality() {
    ChargeDecisionTable table = ChargeDecisionTable.of(Policy.ofNotice(), Fixtures.AUTUMN_2024);
    ChargeDecisionTable same = ChargeDecisionTable.of(Policy.ofNotice(), Fixtures.AUTUMN_2024);
    new EqualsTester()
        .addEqualityGroup(table, same)
        .addEqualityGroup(ChargeDecisionTable.of(Policy.ofNotice(), Fixtures.AUTUMN_2024.plusDays(1)))
        .addEqualityGroup(
            ChargeDecisionTable.of(
                Policy.ofNotice().withOverlay(OverlayTest.housingFundReform()), Fixtures.AUTUMN_2024))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(table.rows().get(0), same.rows().get(0))
        .addEqualityGroup(table.rows().get(1), same.rows().get(1))
        .testEquals();
  }
}
