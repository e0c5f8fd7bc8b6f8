package io.github.rapolicy.examples;

import static io.github.rapolicy.assertions.PolicyAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rapolicy.funding.CostKind;
import io.github.rapolicy.funding.FundKind;
import io.github.rapolicy.funding.FundingSource;
import io.github.rapolicy.funding.Money;
import io.github.rapolicy.position.PlanProgramme;
import io.github.rapolicy.position.PlanProject;
import io.github.rapolicy.position.Position;
import io.github.rapolicy.position.PositionBasis;
import io.github.rapolicy.position.PositionCategory;
import io.github.rapolicy.position.PositionOrigin;
import io.github.rapolicy.rules.Answer;
import io.github.rapolicy.rules.Channel;
import io.github.rapolicy.rules.Expense;
import io.github.rapolicy.rules.Overlay;
import io.github.rapolicy.rules.OverlayRule;
import io.github.rapolicy.rules.Policy;
import io.github.rapolicy.rules.Reason;
import io.github.rapolicy.rules.Remedy;
import io.github.rapolicy.rules.Verdict;
import io.github.rapolicy.unit.Affiliation;
import io.github.rapolicy.unit.Unit;
import io.github.rapolicy.unit.UnitType;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * How a user asserts the library's answers in their own tests, with policy-core's test-jar (the
 * README's "Asserting answers in your tests"): {@code assertThat(answer).isAllowed().cites("3.3.3")}
 * beside AssertJ's own {@code assertThat}.
 */
class AnswerAssertionsExampleTest {

  private static final Policy.OnDate SEPTEMBER = Policy.ofNotice().on(LocalDate.of(2024, 9, 30));

  private static Position position(boolean serviceAgreementSigned) {
    return Position.builder()
        .id("RA-2024-017")
        .category(PositionCategory.AUXILIARY_RESEARCH)
        .basis(PositionBasis.planProject(PlanProject.of("62301234", PlanProgramme.NATIONAL_NATURAL_SCIENCE_FOUNDATION)))
        .origin(PositionOrigin.NEW)
        .serviceAgreementSigned(serviceAgreementSigned)
        .build();
  }

  @Test
  void salaryFromTheProjectsOwnLabourFee() {
    Answer answer = SEPTEMBER
        .mayCharge(Expense.of(position(true), CostKind.LABOUR_REMUNERATION, Money.parse("6500.00")))
        .to(FundingSource.labourFee("62301234"));

    assertThat(answer).isAllowed().cites("3.3.3").hasNoRemedies();
  }

  @Test
  void notWithoutAServiceAgreement() {
    Answer answer = SEPTEMBER
        .mayCharge(Expense.of(position(false), CostKind.LABOUR_REMUNERATION, Money.parse("6500.00")))
        .to(FundingSource.labourFee("62301234"));

    assertThat(answer).isNotAllowed().cites("3.3.2").hasRemedy(Remedy.SIGN_SERVICE_AGREEMENT);
  }

  @Test
  void theHousingFundIsOpenUntilAnOverlaySettlesIt() {
    Expense housing = Expense.of(position(true), CostKind.HOUSING_FUND, Money.parse("780.00"));
    Overlay reform = Overlay.of("中央财政科研经费管理改革", "国办发〔2021〕32号",
        OverlayRule.settleCharge(FundKind.LABOUR_FEE, CostKind.HOUSING_FUND, Verdict.ALLOWED,
            "项目聘用人员的住房公积金纳入劳务费科目列支",
            "the housing provident fund of project-hired staff is charged to the labour fee"));

    assertThat(SEPTEMBER.mayCharge(housing).to(FundingSource.labourFee("62301234")))
        .isUndecided()
        .isDecidedBy(Reason.LABOUR_FEE_COST_NOT_NAMED)
        .hasRemedy(Remedy.APPLY_OUTSIDE_RULE);
    assertThat(Policy.ofNotice().withOverlay(reform).on(LocalDate.of(2024, 9, 30))
            .mayCharge(housing).to(FundingSource.labourFee("62301234")))
        .isAllowed()
        .isDecidedBy(Reason.OVERLAY_SETTLED);
  }

  @Test
  void aMinistryUniversityIsInScopeAndLeads() {
    Unit university = Unit.builder()
        .name("华东某大学").type(UnitType.UNIVERSITY).affiliation(Affiliation.MOE).build();

    assertThat(SEPTEMBER.isInScope(university)).isAllowed().reaches(Channel.CENTRAL_UNITS).isLeadUnit();
    assertThat(university.isCentrallyAffiliated()).isTrue(); // AssertJ's own assertThat, side by side
  }

  @Test
  void aFailureShowsTheAnswersReasons() {
    Answer answer = SEPTEMBER
        .mayCharge(Expense.of(position(false), CostKind.LABOUR_REMUNERATION, Money.parse("6500.00")))
        .to(FundingSource.labourFee("62301234"));

    assertThatThrownBy(() -> assertThat(answer).as("ledger line 2024-09-0008").isAllowed())
        .hasMessageStartingWith(
            "[ledger line 2024-09-0008] Expected the answer to be ALLOWED (allowed) but it was"
                + " NOT_ALLOWED (not allowed).")
        .hasMessageContaining("✗ [3.3.2] a unit setting up research-assistant positions shall sign"
            + " a service agreement, and none is signed for this position")
        .hasMessageContaining("What would change it:")
        .hasMessageContaining("- sign the service agreement with the research assistant");
  }
}
