package io.github.rapolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rapolicy.funding.BalanceCondition;
import io.github.rapolicy.funding.CostKind;
import io.github.rapolicy.funding.FundingSource;
import io.github.rapolicy.funding.Money;
import io.github.rapolicy.position.PlanProgramme;
import io.github.rapolicy.position.PlanProject;
import io.github.rapolicy.position.Position;
import io.github.rapolicy.position.PositionBasis;
import io.github.rapolicy.position.PositionCategory;
import io.github.rapolicy.position.PositionOrigin;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The numbering behind the shared answers of decision 4. */
class ChargeFactsTest {

  @Test
  void everyIndexDecodesToFactsThatEncodeBackToIt() {
    for (int i = 0; i < ChargeFacts.COUNT; i++) {
      assertThat(ChargeFacts.fromIndex(i).index()).isEqualTo(i);
    }
  }

  @Test
  void theFactsOfAChargeAreTheChargesOwn() {
    Position position =
        Position.builder()
            .id("RA-1")
            .category(PositionCategory.FINANCIAL_ASSISTANT)
            .basis(
                PositionBasis.planProject(
                    PlanProject.of("P-2", PlanProgramme.NATIONAL_KEY_RD_PROGRAMME)))
            .origin(PositionOrigin.NEW)
            .serviceAgreementSigned(false)
            .build();
    Expense expense =
        Expense.of(position, CostKind.HOUSING_FUND, Money.parse("10.01"), Money.parse("10"));

    ChargeFacts labourFee =
        ChargeFacts.fromIndex(ChargeFacts.indexOf(expense, FundingSource.labourFee("P-1")));
    assertThat(labourFee.relation).isEqualTo(ChargeFacts.Relation.BASED_ON_OTHER_PLAN_PROJECT);
    assertThat(labourFee.serviceAgreementSigned).isFalse();
    assertThat(labourFee.exceedsActualCost).isTrue();
    assertThat(labourFee.category).isEqualTo(PositionCategory.FINANCIAL_ASSISTANT);
    assertThat(labourFee.cost).isEqualTo(CostKind.HOUSING_FUND);

    ChargeFacts balance =
        ChargeFacts.fromIndex(
            ChargeFacts.indexOf(
                expense, FundingSource.retainedBalance(BalanceCondition.RETAINED_UNDER_RULES)));
    assertThat(balance.retainedUnderRules).isTrue();
    assertThat(balance.arrangedForResearch).isFalse();
  }

  @Test
  void chargesWithEqualFactsShareOneAnswer() {
    Position position =
        Position.builder()
            .id("RA-1")
            .category(PositionCategory.AUXILIARY_RESEARCH)
            .basis(PositionBasis.none())
            .origin(PositionOrigin.NEW)
            .serviceAgreementSigned(true)
            .build();
    Policy.OnDate questions = Policy.ofNotice().on(LocalDate.of(2024, 9, 30));
    Answer first =
        questions
            .mayCharge(Expense.of(position, CostKind.LABOUR_REMUNERATION, Money.ofYuan(100)))
            .to(FundingSource.matchingFund());
    Answer second =
        questions
            .mayCharge(Expense.of(position, CostKind.LABOUR_REMUNERATION, Money.ofYuan(9000)))
            .to(FundingSource.matchingFund());
    assertThat(second).isSameAs(first);
  }

  @Test
  void normalisedFactsLeaveNoTwoIndicesWithTheSameMeaningForOtherFunds() {
    // A fund kind that ignores a fact must not spread equal answers over several indices.
    Set<Integer> indices = new HashSet<>();
    for (PositionBasis basis :
        new PositionBasis[] {
          PositionBasis.none(),
          PositionBasis.planProject(PlanProject.of("P-1", PlanProgramme.NATIONAL_KEY_RD_PROGRAMME))
        }) {
      Position position =
          Position.builder()
              .id("RA")
              .category(PositionCategory.AUXILIARY_RESEARCH)
              .basis(basis)
              .origin(PositionOrigin.NEW)
              .serviceAgreementSigned(true)
              .build();
      indices.add(
          ChargeFacts.indexOf(
              Expense.of(position, CostKind.LABOUR_REMUNERATION, Money.ZERO),
              FundingSource.matchingFund()));
    }
    assertThat(indices).hasSize(1);
  }
}
