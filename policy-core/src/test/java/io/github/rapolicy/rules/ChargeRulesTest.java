package io.github.rapolicy.rules;

import static io.github.rapolicy.funding.BalanceCondition.ARRANGED_FOR_RESEARCH_WITH_POSITIONS;
import static io.github.rapolicy.funding.BalanceCondition.RETAINED_UNDER_RULES;
import static io.github.rapolicy.rules.Fixtures.NO_BASIS;
import static io.github.rapolicy.rules.Fixtures.ON_LAB;
import static io.github.rapolicy.rules.Fixtures.ON_P;
import static io.github.rapolicy.rules.Fixtures.ON_Q;
import static io.github.rapolicy.rules.Fixtures.PROVINCIAL_PROJECT;
import static io.github.rapolicy.rules.Fixtures.P_ID;
import static io.github.rapolicy.rules.Fixtures.SALARY;
import static io.github.rapolicy.rules.Fixtures.SELF_ORGANISED;
import static io.github.rapolicy.rules.Fixtures.expense;
import static io.github.rapolicy.rules.Fixtures.notice;
import static io.github.rapolicy.rules.Fixtures.onP;
import static io.github.rapolicy.rules.Fixtures.position;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.rapolicy.funding.CostKind;
import io.github.rapolicy.funding.FundingSource;
import io.github.rapolicy.funding.Money;
import io.github.rapolicy.notice.Clause;
import io.github.rapolicy.position.Position;
import io.github.rapolicy.position.PositionBasis;
import io.github.rapolicy.position.PositionCategory;
import io.github.rapolicy.position.PositionOrigin;
import io.github.rapolicy.testing.Checks;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Decision 4: may this cost be charged to this fund? (3.3.2 – 3.3.6, with 0.0.1) */
class ChargeRulesTest {

  private static final FundingSource LABOUR_FEE_OF_P = FundingSource.labourFee(P_ID);
  private static final FundingSource BALANCE_MEETING_BOTH =
      FundingSource.retainedBalance(RETAINED_UNDER_RULES, ARRANGED_FOR_RESEARCH_WITH_POSITIONS);

  private static Answer charge(Expense expense, FundingSource fund) {
    Answer answer = notice().mayCharge(expense).to(fund);
    assertThat(answer.question()).isEqualTo(QuestionKind.CHARGE);
    return answer;
  }

  private static Answer charge(Position position, CostKind cost, FundingSource fund) {
    return charge(expense(position, cost), fund);
  }

  @Nested
  class LabourFee {

    @ParameterizedTest(name = "{0}")
    @EnumSource(
        value = CostKind.class,
        names = {"LABOUR_REMUNERATION", "SOCIAL_INSURANCE_SUBSIDY"})
    @Checks({"3.3.3"})
    @DisplayName("3.3.3: the labour fee of project P pays the named costs of a position based on P")
    void ownProjectPaysNamedCosts(CostKind cost) {
      Answer answer = charge(onP(), cost, LABOUR_FEE_OF_P);

      assertThat(answer.verdict()).isEqualTo(Verdict.ALLOWED);
      assertThat(answer.clauses())
          .containsExactly(Clause.C0_0_1, Clause.C3_3_2, Clause.C3_3_3, Clause.C3_3_5);
      assertThat(answer.decidingFindings())
          .extracting(Finding::reason)
          .contains(Reason.LABOUR_FEE_OWN_PROJECT, Reason.LABOUR_FEE_PAYS);
      Finding pays =
          answer.findings().stream()
              .filter(f -> f.reason() == Reason.LABOUR_FEE_PAYS)
              .findFirst()
              .orElseThrow();
      assertThat(pays.subjects()).containsExactly(cost);
      assertThat(answer.remedies()).isEmpty();
    }

    @Test
    @Checks({"3.3.3"})
    @DisplayName("3.3.3: the labour fee of a plan project of any level (各级) pays a position based on it")
    void provincialProject() {
      Position position = position(PositionBasis.planProject(PROVINCIAL_PROJECT));

      Answer answer =
          charge(
              position,
              CostKind.LABOUR_REMUNERATION,
              FundingSource.labourFee(PROVINCIAL_PROJECT.id()));

      assertThat(answer.verdict()).isEqualTo(Verdict.ALLOWED);
      assertThat(answer.cites(Clause.C3_3_3)).isTrue();
    }

    @Test
    @Checks({"3.3.3"})
    @DisplayName("3.3.3: the labour fee of project P does not pay a position based on another project")
    void otherProject() {
      Answer answer = charge(position(ON_Q), CostKind.LABOUR_REMUNERATION, LABOUR_FEE_OF_P);

      assertThat(answer.verdict()).isEqualTo(Verdict.NOT_ALLOWED);
      assertThat(answer.cites(Clause.C3_3_3)).isTrue();
      assertThat(answer.decidingFindings())
          .extracting(Finding::reason)
          .containsExactly(Reason.LABOUR_FEE_OTHER_PROJECT);
      assertThat(answer.remedies()).containsExactly(Remedy.CHARGE_POSITION_PROJECT);
    }

    static Stream<Arguments> basesOtherThanAPlanProject() {
      return Stream.of(
          Arguments.of("platform", ON_LAB),
          Arguments.of("self-organised project", SELF_ORGANISED),
          Arguments.of("nothing", NO_BASIS));
    }

    @ParameterizedTest(name = "based on {0}")
    @MethodSource("basesOtherThanAPlanProject")
    @Checks({"3.3.3"})
    @DisplayName("3.3.3: a project's labour fee does not pay a position based on no plan project")
    void noPlanProject(String label, PositionBasis basis) {
      Answer answer = charge(position(basis), CostKind.LABOUR_REMUNERATION, LABOUR_FEE_OF_P);

      assertThat(answer.verdict()).as(label).isEqualTo(Verdict.NOT_ALLOWED);
      assertThat(answer.cites(Clause.C3_3_3)).isTrue();
      assertThat(answer.decidingFindings())
          .extracting(Finding::reason)
          .containsExactly(Reason.LABOUR_FEE_NO_PLAN_PROJECT);
      assertThat(answer.remedies()).containsExactly(Remedy.USE_BALANCE_OR_MATCHING_FUND);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(CostKind.class)
    @Checks({"3.3.3"})
    @DisplayName("3.3.3: another budget line of the project (设备费) is not authorised, whatever the cost")
    void otherBudgetLine(CostKind cost) {
      Answer answer = charge(onP(), cost, FundingSource.budgetLine(P_ID, "设备费"));

      assertThat(answer.verdict()).isEqualTo(Verdict.NOT_ALLOWED);
      assertThat(answer.cites(Clause.C3_3_3)).isTrue();
      assertThat(answer.decidingFindings())
          .extracting(Finding::reason)
          .containsExactly(Reason.OTHER_BUDGET_LINE);
      assertThat(answer.remedies()).containsExactly(Remedy.CHARGE_POSITION_PROJECT);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(
        value = CostKind.class,
        names = {"HOUSING_FUND", "NOT_NAMED_BY_NOTICE"})
    @Checks({"3.3.3"})
    @DisplayName("3.3.3: whether the labour fee pays a cost it does not name is not decided (等支出)")
    void unnamedCosts(CostKind cost) {
      Answer answer = charge(onP(), cost, LABOUR_FEE_OF_P);

      assertThat(answer.verdict()).isEqualTo(Verdict.UNDECIDED);
      assertThat(answer.cites(Clause.C3_3_3)).isTrue();
      assertThat(answer.decidingFindings())
          .extracting(Finding::reason)
          .containsExactly(Reason.LABOUR_FEE_COST_NOT_NAMED);
      assertThat(answer.decidingFindings().get(0).subjects()).containsExactly(cost);
      assertThat(answer.remedies()).contains(Remedy.APPLY_OUTSIDE_RULE);
    }
  }

  @Nested
  class RetainedBalance {

    @ParameterizedTest(name = "{0}")
    @EnumSource(
        value = CostKind.class,
        names = {"LABOUR_REMUNERATION", "SOCIAL_INSURANCE_SUBSIDY"})
    @Checks({"3.3.4"})
    @DisplayName("3.3.4: balance retained under the rules and arranged for research pays the named costs")
    void bothConditions(CostKind cost) {
      Answer answer = charge(position(ON_LAB), cost, BALANCE_MEETING_BOTH);

      assertThat(answer.verdict()).isEqualTo(Verdict.ALLOWED);
      assertThat(answer.cites(Clause.C3_3_4)).isTrue();
      assertThat(answer.cites(Clause.C3_3_3)).isFalse();
      assertThat(answer.decidingFindings())
          .extracting(Finding::reason)
          .contains(Reason.BALANCE_CONDITIONS_MET, Reason.BALANCE_PAYS);
    }

    @Test
    @Checks({"3.3.4"})
    @DisplayName("3.3.4: balance not retained under the rules does not pay")
    void notRetainedUnderRules() {
      Answer answer =
          charge(
              onP(),
              CostKind.LABOUR_REMUNERATION,
              FundingSource.retainedBalance(ARRANGED_FOR_RESEARCH_WITH_POSITIONS));

      assertThat(answer.verdict()).isEqualTo(Verdict.NOT_ALLOWED);
      assertThat(answer.cites(Clause.C3_3_4)).isTrue();
      assertThat(answer.decidingFindings())
          .extracting(Finding::reason)
          .containsExactly(Reason.BALANCE_NOT_RETAINED_UNDER_RULES);
      assertThat(answer.remedies()).containsExactly(Remedy.USE_MATCHING_FUND);
    }

    @Test
    @Checks({"3.3.4"})
    @DisplayName("3.3.4: balance not arranged for research projects with RA positions does not pay")
    void notArranged() {
      Answer answer =
          charge(
              onP(),
              CostKind.SOCIAL_INSURANCE_SUBSIDY,
              FundingSource.retainedBalance(RETAINED_UNDER_RULES));

      assertThat(answer.verdict()).isEqualTo(Verdict.NOT_ALLOWED);
      assertThat(answer.decidingFindings())
          .extracting(Finding::reason)
          .containsExactly(Reason.BALANCE_NOT_ARRANGED);
      assertThat(answer.remedies()).containsExactly(Remedy.ARRANGE_BALANCE_FOR_RESEARCH);
    }

    @Test
    @Checks({"3.3.4"})
    @DisplayName("3.3.4: balance meeting neither condition does not pay, for both reasons")
    void neither() {
      Answer answer = charge(onP(), CostKind.LABOUR_REMUNERATION, FundingSource.retainedBalance());

      assertThat(answer.verdict()).isEqualTo(Verdict.NOT_ALLOWED);
      assertThat(answer.decidingFindings())
          .extracting(Finding::reason)
          .containsExactly(Reason.BALANCE_NOT_RETAINED_UNDER_RULES, Reason.BALANCE_NOT_ARRANGED);
      assertThat(answer.remedies())
          .containsExactlyInAnyOrder(Remedy.USE_MATCHING_FUND, Remedy.ARRANGE_BALANCE_FOR_RESEARCH);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(
        value = CostKind.class,
        names = {"HOUSING_FUND", "NOT_NAMED_BY_NOTICE"})
    @Checks({"3.3.4"})
    @DisplayName("3.3.4: whether balance funds pay a cost the notice does not name is not decided")
    void unnamedCosts(CostKind cost) {
      Answer answer = charge(onP(), cost, BALANCE_MEETING_BOTH);

      assertThat(answer.verdict()).isEqualTo(Verdict.UNDECIDED);
      assertThat(answer.decidingFindings())
          .extracting(Finding::reason)
          .containsExactly(Reason.BALANCE_COST_NOT_NAMED);
    }
  }

  @Nested
  class MatchingFunds {

    @ParameterizedTest(name = "{0}")
    @EnumSource(
        value = CostKind.class,
        names = {"LABOUR_REMUNERATION", "SOCIAL_INSURANCE_SUBSIDY", "HOUSING_FUND"})
    @Checks({"3.3.6"})
    @DisplayName("3.3.6: matching funds pay remuneration, social insurance and the housing fund")
    void payIncomeAndSecurity(CostKind cost) {
      Answer answer = charge(position(NO_BASIS), cost, FundingSource.matchingFund());

      assertThat(answer.verdict()).isEqualTo(Verdict.ALLOWED);
      assertThat(answer.cites(Clause.C3_3_6)).isTrue();
      assertThat(answer.remedies()).isEmpty();
    }

    @Test
    @Checks({"3.3.6", "3.3.2"})
    @DisplayName("3.3.6 + 3.3.2: the housing fund matching funds pay is the one 3.3.2 encourages")
    void housingFundCitesTheEncouragement() {
      Answer answer = charge(onP(), CostKind.HOUSING_FUND, FundingSource.matchingFund());

      assertThat(answer.decidingFindings())
          .extracting(Finding::reason)
          .contains(Reason.MATCHING_FUND_PAYS_HOUSING_FUND);
      assertThat(answer.clauses()).contains(Clause.C3_3_6, Clause.C3_3_2);
    }

    @Test
    @Checks({"3.3.6"})
    @DisplayName("3.3.6: whether matching funds pay a cost the notice does not name is not decided")
    void unnamedCost() {
      Answer answer = charge(onP(), CostKind.NOT_NAMED_BY_NOTICE, FundingSource.matchingFund());

      assertThat(answer.verdict()).isEqualTo(Verdict.UNDECIDED);
      assertThat(answer.decidingFindings())
          .extracting(Finding::reason)
          .containsExactly(Reason.MATCHING_FUND_COST_NOT_NAMED);
      assertThat(answer.remedies()).containsExactly(Remedy.APPLY_OUTSIDE_RULE);
    }
  }

  @Nested
  class ServiceAgreement {

    @Test
    @Checks({"3.3.2"})
    @DisplayName("3.3.2: with no service agreement signed, the labour fee may not pay")
    void unsignedLabourFee() {
      Position unsigned =
          position(PositionCategory.AUXILIARY_RESEARCH, ON_P, PositionOrigin.NEW, false);

      Answer answer = charge(unsigned, CostKind.LABOUR_REMUNERATION, LABOUR_FEE_OF_P);

      assertThat(answer.verdict()).isEqualTo(Verdict.NOT_ALLOWED);
      assertThat(answer.cites(Clause.C3_3_2)).isTrue();
      assertThat(answer.decidingFindings())
          .extracting(Finding::reason)
          .containsExactly(Reason.SERVICE_AGREEMENT_MISSING);
      assertThat(answer.remedies()).containsExactly(Remedy.SIGN_SERVICE_AGREEMENT);
    }

    @Test
    @Checks({"3.3.2"})
    @DisplayName("3.3.2: with no service agreement signed, not even matching funds may pay")
    void unsignedMatchingFund() {
      Position unsigned =
          position(PositionCategory.ACADEMIC_ASSISTANT, NO_BASIS, PositionOrigin.NEW, false);

      Answer answer = charge(unsigned, CostKind.SOCIAL_INSURANCE_SUBSIDY, FundingSource.matchingFund());

      assertThat(answer.verdict()).isEqualTo(Verdict.NOT_ALLOWED);
      assertThat(answer.remedies()).containsExactly(Remedy.SIGN_SERVICE_AGREEMENT);
    }

    @Test
    @Checks({"3.3.2"})
    @DisplayName("3.3.2: a signed service agreement is an allowing finding citing 3.3.2")
    void signed() {
      Answer answer = charge(onP(), CostKind.LABOUR_REMUNERATION, LABOUR_FEE_OF_P);

      assertThat(answer.findings())
          .filteredOn(f -> f.reason() == Reason.SERVICE_AGREEMENT_SIGNED)
          .singleElement()
          .satisfies(f -> assertThat(f.clauses()).containsExactly(Clause.C3_3_2));
    }

    @Test
    @Checks({"3.3.2", "3.3.3"})
    @DisplayName(
        "3.3.2 + 3.3.3: a missing agreement outweighs an undecided cost: not allowed, and only"
            + " the decisive reason is given")
    void notAllowedOutweighsUndecided() {
      Position unsigned =
          position(PositionCategory.AUXILIARY_RESEARCH, ON_P, PositionOrigin.NEW, false);

      Answer answer = charge(unsigned, CostKind.HOUSING_FUND, LABOUR_FEE_OF_P);

      assertThat(answer.verdict()).isEqualTo(Verdict.NOT_ALLOWED);
      assertThat(answer.findings())
          .extracting(Finding::reason)
          .contains(Reason.LABOUR_FEE_COST_NOT_NAMED);
      assertThat(answer.decidingFindings())
          .extracting(Finding::reason)
          .containsExactly(Reason.SERVICE_AGREEMENT_MISSING);
      assertThat(answer.remedies()).containsExactly(Remedy.SIGN_SERVICE_AGREEMENT);
    }
  }

  @Nested
  class ActualCost {

    @Test
    @Checks({"3.3.5"})
    @DisplayName("3.3.5: charging more than the actual cost is not allowed (据实列支)")
    void aboveActualCost() {
      Expense claimed =
          Expense.of(
              onP(), CostKind.SOCIAL_INSURANCE_SUBSIDY, Money.parse("1300"), Money.parse("1183.50"));

      Answer answer = charge(claimed, LABOUR_FEE_OF_P);

      assertThat(answer.verdict()).isEqualTo(Verdict.NOT_ALLOWED);
      assertThat(answer.cites(Clause.C3_3_5)).isTrue();
      assertThat(answer.decidingFindings())
          .extracting(Finding::reason)
          .containsExactly(Reason.ABOVE_ACTUAL_COST);
      assertThat(answer.remedies()).containsExactly(Remedy.CHARGE_ACTUAL_COST);
    }

    @Test
    @Checks({"3.3.5"})
    @DisplayName("3.3.5: charging one fen more than the actual cost is not allowed")
    void oneFenAbove() {
      Expense claimed =
          Expense.of(onP(), CostKind.LABOUR_REMUNERATION, Money.ofFen(650_001), SALARY);

      assertThat(charge(claimed, FundingSource.matchingFund()).verdict())
          .isEqualTo(Verdict.NOT_ALLOWED);
    }

    @Test
    @Checks({"3.3.5"})
    @DisplayName("3.3.5: charging exactly the actual cost is allowed")
    void exactlyActualCost() {
      Expense exact = Expense.of(onP(), CostKind.LABOUR_REMUNERATION, SALARY, SALARY);

      Answer answer = charge(exact, LABOUR_FEE_OF_P);

      assertThat(answer.verdict()).isEqualTo(Verdict.ALLOWED);
      assertThat(answer.findings())
          .extracting(Finding::reason)
          .contains(Reason.WITHIN_ACTUAL_COST)
          .doesNotContain(Reason.ABOVE_ACTUAL_COST);
      assertThat(answer.cites(Clause.C3_3_5)).isTrue();
    }

    @Test
    @Checks({"3.3.5"})
    @DisplayName("3.3.5: charging less than the actual cost is allowed")
    void belowActualCost() {
      Expense part = Expense.of(onP(), CostKind.LABOUR_REMUNERATION, Money.parse("3000"), SALARY);

      assertThat(charge(part, LABOUR_FEE_OF_P).verdict()).isEqualTo(Verdict.ALLOWED);
    }
  }

  @Nested
  class Category {

    @Test
    @Checks({"0.0.1"})
    @DisplayName("0.0.1: charging for a position of a category the notice does not name is not decided")
    void unnamedCategory() {
      Position unnamed =
          position(PositionCategory.NOT_NAMED_BY_NOTICE, ON_P, PositionOrigin.NEW, true);

      Answer answer = charge(unnamed, CostKind.LABOUR_REMUNERATION, LABOUR_FEE_OF_P);

      assertThat(answer.verdict()).isEqualTo(Verdict.UNDECIDED);
      assertThat(answer.decidingFindings())
          .extracting(Finding::reason)
          .containsExactly(Reason.CATEGORY_NOT_NAMED);
      assertThat(answer.cites(Clause.C0_0_1)).isTrue();
    }
  }

  @Nested
  class RemediesChangeTheAnswer {

    @Test
    @Checks({"3.3.3", "3.3.6"})
    @DisplayName(
        "3.3.3 + 3.3.6: USE_MATCHING_FUND, offered for the housing fund from the labour fee, does"
            + " change the answer")
    void matchingFundRemedyForHousingFund() {
      Answer labourFee = charge(onP(), CostKind.HOUSING_FUND, LABOUR_FEE_OF_P);
      Answer matching = charge(onP(), CostKind.HOUSING_FUND, FundingSource.matchingFund());

      assertThat(labourFee.remedies()).contains(Remedy.USE_MATCHING_FUND);
      assertThat(labourFee.verdict()).isEqualTo(Verdict.UNDECIDED);
      assertThat(matching.verdict()).isEqualTo(Verdict.ALLOWED);
    }

    @Test
    @Checks({"3.3.3"})
    @DisplayName("3.3.3: CHARGE_POSITION_PROJECT, offered for another project's labour fee, changes the answer")
    void positionProjectRemedy() {
      Answer other = charge(position(ON_Q), CostKind.LABOUR_REMUNERATION, LABOUR_FEE_OF_P);
      Answer own =
          charge(
              position(ON_Q), CostKind.LABOUR_REMUNERATION, FundingSource.labourFee(Fixtures.Q_ID));

      assertThat(other.remedies()).contains(Remedy.CHARGE_POSITION_PROJECT);
      assertThat(own.verdict()).isEqualTo(Verdict.ALLOWED);
    }

    @Test
    @Checks({"3.3.3", "3.3.4"})
    @DisplayName(
        "3.3.3 / 3.3.4: USE_MATCHING_FUND is not offered where matching funds would leave the"
            + " answer undecided")
    void matchingFundRemedyForUnnamedCost() {
      Answer labourFee = charge(onP(), CostKind.NOT_NAMED_BY_NOTICE, LABOUR_FEE_OF_P);
      Answer balance = charge(onP(), CostKind.NOT_NAMED_BY_NOTICE, BALANCE_MEETING_BOTH);
      Answer matching = charge(onP(), CostKind.NOT_NAMED_BY_NOTICE, FundingSource.matchingFund());

      assertThat(matching.verdict()).isEqualTo(Verdict.UNDECIDED);
      assertThat(labourFee.verdict()).isEqualTo(Verdict.UNDECIDED);
      assertThat(balance.verdict()).isEqualTo(Verdict.UNDECIDED);
      assertThat(labourFee.remedies()).containsExactly(Remedy.APPLY_OUTSIDE_RULE);
      assertThat(balance.remedies()).containsExactly(Remedy.APPLY_OUTSIDE_RULE);
    }

    @Test
    @Checks({"3.3.3"})
    @DisplayName(
        "3.3.3: for another budget line of a project the position is not based on, the remedy"
            + " points to the position's own project")
    void labourFeeLineRemedyForAnotherProject() {
      Answer equipment =
          charge(position(ON_Q), CostKind.LABOUR_REMUNERATION, FundingSource.budgetLine(P_ID, "设备费"));
      Answer sameProjectsLabourFee =
          charge(position(ON_Q), CostKind.LABOUR_REMUNERATION, LABOUR_FEE_OF_P);

      assertThat(equipment.verdict()).isEqualTo(Verdict.NOT_ALLOWED);
      assertThat(sameProjectsLabourFee.verdict()).isEqualTo(Verdict.NOT_ALLOWED);
      assertThat(equipment.remedies()).containsExactly(Remedy.CHARGE_POSITION_PROJECT);
    }

    @Test
    @Checks({"3.3.3"})
    @DisplayName(
        "3.3.3: for another budget line and a position on no plan project, the remedy is balance or"
            + " matching funds")
    void otherBudgetLineRemedyForAPositionOnNoProject() {
      Answer equipment =
          charge(
              position(PositionBasis.none()),
              CostKind.LABOUR_REMUNERATION,
              FundingSource.budgetLine(P_ID, "设备费"));

      assertThat(equipment.verdict()).isEqualTo(Verdict.NOT_ALLOWED);
      assertThat(equipment.remedies()).containsExactly(Remedy.USE_BALANCE_OR_MATCHING_FUND);
    }
  }

  @Test
  @Checks({"3.3.3", "3.3.5"})
  @DisplayName("3.3.3 + 3.3.5: several failures are all given as reasons, with all their remedies")
  void severalFailures() {
    Position unsigned = position(PositionCategory.AUXILIARY_RESEARCH, ON_Q, PositionOrigin.NEW, false);
    Expense claimed =
        Expense.of(unsigned, CostKind.LABOUR_REMUNERATION, Money.parse("7000"), SALARY);

    Answer answer = charge(claimed, LABOUR_FEE_OF_P);

    assertThat(answer.verdict()).isEqualTo(Verdict.NOT_ALLOWED);
    assertThat(answer.decidingFindings())
        .extracting(Finding::reason)
        .containsExactlyInAnyOrder(
            Reason.SERVICE_AGREEMENT_MISSING,
            Reason.ABOVE_ACTUAL_COST,
            Reason.LABOUR_FEE_OTHER_PROJECT);
    assertThat(answer.remedies())
        .containsExactlyInAnyOrder(
            Remedy.SIGN_SERVICE_AGREEMENT,
            Remedy.CHARGE_ACTUAL_COST,
            Remedy.CHARGE_POSITION_PROJECT);
    assertThat(answer.clauses()).contains(Clause.C3_3_2, Clause.C3_3_3, Clause.C3_3_5);
  }

  @Test
  @Checks({"3.3.3"})
  @DisplayName("3.3.3: the answer is the same for a position based on P whatever its other attributes")
  void basisDecidesNotOrigin() {
    Position vacated =
        position(PositionCategory.FINANCIAL_ASSISTANT, ON_P, PositionOrigin.VACATED_BY_TURNOVER, true);

    assertThat(charge(vacated, CostKind.LABOUR_REMUNERATION, LABOUR_FEE_OF_P).verdict())
        .isEqualTo(Verdict.ALLOWED);
  }
}
