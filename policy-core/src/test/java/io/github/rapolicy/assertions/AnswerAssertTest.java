package io.github.rapolicy.assertions;

import static io.github.rapolicy.assertions.PolicyAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rapolicy.funding.CostKind;
import io.github.rapolicy.funding.FundKind;
import io.github.rapolicy.funding.FundingSource;
import io.github.rapolicy.funding.Money;
import io.github.rapolicy.notice.Clause;
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
import io.github.rapolicy.rules.ScopeAnswer;
import io.github.rapolicy.rules.Verdict;
import io.github.rapolicy.unit.Affiliation;
import io.github.rapolicy.unit.Unit;
import io.github.rapolicy.unit.UnitType;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The assertions pass on the answers they describe and fail with messages that show the answer. */
class AnswerAssertTest {

  private static final LocalDate DATE = LocalDate.of(2024, 9, 30);
  private static final Policy.OnDate NOTICE = Policy.ofNotice().on(DATE);

  private static Position position(boolean agreementSigned) {
    return Position.builder()
        .id("RA-1")
        .category(PositionCategory.AUXILIARY_RESEARCH)
        .basis(
            PositionBasis.planProject(
                PlanProject.of("62301234", PlanProgramme.NATIONAL_NATURAL_SCIENCE_FOUNDATION)))
        .origin(PositionOrigin.NEW)
        .serviceAgreementSigned(agreementSigned)
        .build();
  }

  private static Answer charge(boolean agreementSigned, CostKind cost) {
    return NOTICE
        .mayCharge(Expense.of(position(agreementSigned), cost, Money.parse("6500.00")))
        .to(FundingSource.labourFee("62301234"));
  }

  @Test
  void passesOnTheAnswersItDescribes() {
    assertThat(charge(true, CostKind.LABOUR_REMUNERATION))
        .isAllowed()
        .hasVerdict(Verdict.ALLOWED)
        .cites("3.3.3")
        .cites(Clause.C3_3_2, Clause.C3_3_5)
        .citesExactly("0.0.1", "3.3.2", "3.3.3", "3.3.5")
        .doesNotCite("3.3.4")
        .hasNoRemedies()
        .isDecidedBy(Reason.LABOUR_FEE_OWN_PROJECT);
    assertThat(charge(false, CostKind.LABOUR_REMUNERATION))
        .isNotAllowed()
        .hasRemedy(Remedy.SIGN_SERVICE_AGREEMENT)
        .isDecidedBy(Reason.SERVICE_AGREEMENT_MISSING);
    assertThat(charge(true, CostKind.HOUSING_FUND))
        .isUndecided()
        .hasRemedies(Remedy.APPLY_OUTSIDE_RULE, Remedy.USE_MATCHING_FUND);
  }

  @Test
  void isDecidedByMatchesTheOpenPointAnOverlaySettled() {
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
    Answer settled =
        Policy.ofNotice()
            .withOverlay(reform)
            .on(DATE)
            .mayCharge(Expense.of(position(true), CostKind.HOUSING_FUND, Money.parse("780")))
            .to(FundingSource.labourFee("62301234"));

    assertThat(settled)
        .isAllowed()
        .isDecidedBy(Reason.OVERLAY_SETTLED)
        .isDecidedBy(Reason.LABOUR_FEE_COST_NOT_NAMED);
  }

  @Test
  void aWrongVerdictFailsShowingTheExplanation() {
    Answer notSigned = charge(false, CostKind.LABOUR_REMUNERATION);

    assertThatThrownBy(() -> assertThat(notSigned).isAllowed())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expected the answer to be ALLOWED (allowed) but it was NOT_ALLOWED")
        .hasMessageContaining("Verdict: not allowed")
        .hasMessageContaining("none is signed for this position")
        .hasMessageContaining("3.3.2 reads:")
        .hasMessageContaining("sign the service agreement with the research assistant");
  }

  @Test
  void aMissingClauseFailsNamingWhatIsMissingAndWhatIsCited() {
    assertThatThrownBy(() -> assertThat(charge(true, CostKind.LABOUR_REMUNERATION)).cites("3.3.4"))
        .hasMessageContaining("Expected the answer to cite [3.3.4] but it does not cite [3.3.4]")
        .hasMessageContaining("it cites [0.0.1, 3.3.2, 3.3.3, 3.3.5]")
        .hasMessageContaining("Verdict: allowed");
    assertThatThrownBy(
            () -> assertThat(charge(true, CostKind.LABOUR_REMUNERATION)).citesExactly("3.3.3"))
        .hasMessageContaining("not expected [0.0.1, 3.3.2, 3.3.5]");
    assertThatThrownBy(
            () -> assertThat(charge(true, CostKind.LABOUR_REMUNERATION)).doesNotCite("3.3.5"))
        .hasMessageContaining("Expected the answer not to cite [3.3.5] but it does.");
  }

  @Test
  void anUnknownClauseIdFailsTheAssertionWithAHint() {
    assertThatThrownBy(() -> assertThat(charge(true, CostKind.LABOUR_REMUNERATION)).cites("3.3"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("The notice has no clause \"3.3\"");
  }

  @Test
  void remediesAndReasonsFailWithWhatTheAnswerHas() {
    Answer undecided = charge(true, CostKind.HOUSING_FUND);

    assertThatThrownBy(() -> assertThat(undecided).hasRemedy(Remedy.SIGN_SERVICE_AGREEMENT))
        .hasMessageContaining("it offers [APPLY_OUTSIDE_RULE, USE_MATCHING_FUND]")
        .hasMessageContaining("Verdict: not decided by this notice");
    assertThatThrownBy(() -> assertThat(undecided).hasNoRemedies())
        .hasMessageContaining("Expected the answer to offer no remedies");
    assertThatThrownBy(() -> assertThat(undecided).isDecidedBy(Reason.LABOUR_FEE_PAYS))
        .hasMessageContaining("it is decided by [LABOUR_FEE_COST_NOT_NAMED]");
  }

  @Test
  void aDescriptionPrefixesTheMessage() {
    assertThatThrownBy(
            () ->
                assertThat(charge(false, CostKind.LABOUR_REMUNERATION))
                    .as("ledger line %s", "2024-09-007")
                    .isAllowed())
        .hasMessageStartingWith("[ledger line 2024-09-007]");
  }

  @Test
  void aNullAnswerFailsAsAssertJDoes() {
    assertThatThrownBy(() -> assertThat((Answer) null).isAllowed())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting actual not to be null");
  }

  @Test
  void scopeAnswers() {
    Unit university =
        Unit.builder().name("某理工大学").type(UnitType.UNIVERSITY).affiliation(Affiliation.MOE).build();
    Unit hospital =
        Unit.builder().name("某民营医院").type(UnitType.OTHER).affiliation(Affiliation.UNAFFILIATED).build();
    ScopeAnswer inScope = NOTICE.isInScope(university);
    ScopeAnswer open = NOTICE.isInScope(hospital);

    assertThat(inScope).isAllowed().reaches(Channel.CENTRAL_UNITS).isLeadUnit().cites("2.1.2");
    assertThat(open).isUndecided().isNotLeadUnit().cites("0.0.3");
    assertThatThrownBy(() -> assertThat(open).reaches(Channel.LOCALITIES))
        .hasMessageContaining("[LOCALITIES] do not; it is reached by []")
        .hasMessageContaining("Verdict: not decided by this notice");
    assertThatThrownBy(() -> assertThat(open).isLeadUnit())
        .hasMessageContaining("must take the lead (3.1.3) but it is not");
    assertThatThrownBy(() -> assertThat(inScope).isNotAllowed())
        .hasMessageContaining("Expected the answer to be NOT_ALLOWED");
  }

  @Test
  void scopeAnswersReadLikeAnswers() {
    Unit university =
        Unit.builder().name("某理工大学").type(UnitType.UNIVERSITY).affiliation(Affiliation.MOE).build();
    ScopeAnswer inScope = NOTICE.isInScope(university);

    assertThat(inScope)
        .citesExactly("2.1.2", "3.1.3")
        .doesNotCite("2.2.2", "2.3.2")
        .isDecidedBy(Reason.CENTRAL_UNIT)
        .isDecidedBy(Reason.LEAD_UNIT);
    assertThatThrownBy(() -> assertThat(inScope).citesExactly("2.1.2"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("3.1.3");
    assertThatThrownBy(() -> assertThat(inScope).doesNotCite("3.1.3"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("3.1.3");
    assertThatThrownBy(() -> assertThat(inScope).isDecidedBy(Reason.NATIONAL_ZONE))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("NATIONAL_ZONE");
  }
}
