package io.github.rapolicy.planning;

import static io.github.rapolicy.planning.Fixtures.NOTICE;
import static io.github.rapolicy.planning.Fixtures.REFORM;
import static io.github.rapolicy.planning.Fixtures.SEPTEMBER;
import static io.github.rapolicy.planning.Fixtures.balance;
import static io.github.rapolicy.planning.Fixtures.cost;
import static io.github.rapolicy.planning.Fixtures.labourFee;
import static io.github.rapolicy.planning.Fixtures.matching;
import static io.github.rapolicy.planning.Fixtures.onProject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rapolicy.funding.CostKind;
import io.github.rapolicy.funding.FundingSource;
import io.github.rapolicy.funding.Money;
import io.github.rapolicy.notice.Clause;
import io.github.rapolicy.position.Position;
import io.github.rapolicy.rules.Language;
import io.github.rapolicy.rules.Policy;
import io.github.rapolicy.rules.Remedy;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The allocation planner on hand-made cases whose right plan can be read off. */
class AllocationPlannerTest {

  private static final AllocationPlanner PLANNER = AllocationPlanner.using(NOTICE);

  @Test
  void fundsWhatAGreedyPassByPreferenceStrands() {
    // Matching funds come first in the caller's order; a greedy pass lets the remuneration take
    // them, and the housing provident fund, which only matching funds may pay, is left unfunded
    // while the balance funds lie unused.
    Position ra = Fixtures.withoutProject("RA-1");
    ActualCost remuneration = cost(ra, CostKind.LABOUR_REMUNERATION, "1000");
    ActualCost housing = cost(ra, CostKind.HOUSING_FUND, "1000");
    List<ActualCost> costs = List.of(remuneration, housing);
    List<Fund> funds = List.of(matching("M", "1000"), balance("B", "1000"));

    Plan plan = PLANNER.plan(costs, funds);

    assertThat(Greedy.funded(NOTICE, costs, funds)).isEqualTo(100_000);
    assertThat(plan.totalAllocated()).isEqualTo(Money.parse("2000"));
    assertThat(plan.shortfalls()).isEmpty();
    assertThat(plan.allocations())
        .containsExactly(
            Allocation.of(remuneration, "B", Money.parse("1000")),
            Allocation.of(housing, "M", Money.parse("1000")));
    assertThat(plan.fundsAfter()).extracting(Fund::available).containsOnly(Money.ZERO);
  }

  @Test
  void amongPlansThatFundTheMostTheCallersFirstFundPaysTheMost() {
    ActualCost salary = cost(onProject("RA-1", "P1"), CostKind.LABOUR_REMUNERATION, "1500");

    Plan forward = PLANNER.plan(List.of(salary), List.of(matching("M1", "1000"), matching("M2", "1000")));
    Plan backward = PLANNER.plan(List.of(salary), List.of(matching("M2", "1000"), matching("M1", "1000")));

    assertThat(forward.allocatedByFund())
        .containsExactly(
            java.util.Map.entry("M1", Money.parse("1000")), java.util.Map.entry("M2", Money.parse("500")));
    assertThat(backward.allocatedByFund())
        .containsExactly(
            java.util.Map.entry("M2", Money.parse("1000")), java.util.Map.entry("M1", Money.parse("500")));
  }

  @Test
  void aLabourFeeLinePaysOnlyPositionsBasedOnItsOwnProject() {
    ActualCost salary = cost(onProject("RA-1", "P1"), CostKind.LABOUR_REMUNERATION, "500");

    Plan plan =
        PLANNER.plan(
            List.of(salary), List.of(labourFee("LF-P2", "P2", "1000"), labourFee("LF-P1", "P1", "1000")));

    assertThat(plan.allocations()).containsExactly(Allocation.of(salary, "LF-P1", Money.parse("500")));
  }

  @Test
  void aShortfallSuggestsThePositionsOwnProjectOnlyWhenItsLabourFeeIsNotAmongTheFunds() {
    // 3.3.3: another project's labour fee may not pay; charging the position's own project would
    // help only if that project's labour fee is not already among the funds, here exhausted.
    ActualCost salary = cost(onProject("RA-1", "P1"), CostKind.LABOUR_REMUNERATION, "1500");

    Shortfall exhausted =
        PLANNER
            .plan(
                List.of(salary),
                List.of(labourFee("LF-P1", "P1", "1000"), labourFee("LF-P2", "P2", "1000")))
            .shortfalls()
            .get(0);
    Shortfall elsewhere =
        PLANNER.plan(List.of(salary), List.of(labourFee("LF-P2", "P2", "1000"))).shortfalls().get(0);

    assertThat(exhausted.reason()).isEqualTo(ShortfallReason.ELIGIBLE_FUNDS_EXHAUSTED);
    assertThat(exhausted.eligibleFunds()).containsExactly("LF-P1");
    assertThat(exhausted.answers()).isNotEmpty();
    assertThat(exhausted.remedies()).doesNotContain(Remedy.CHARGE_POSITION_PROJECT);
    assertThat(exhausted.explain(Language.ENGLISH))
        .doesNotContain(Remedy.CHARGE_POSITION_PROJECT.describe(Language.ENGLISH));
    assertThat(elsewhere.reason()).isEqualTo(ShortfallReason.NO_ELIGIBLE_FUND);
    assertThat(elsewhere.remedies()).containsExactly(Remedy.CHARGE_POSITION_PROJECT);
  }

  @Test
  void aShortfallSuggestsMatchingFundsOnlyWhenNoneIsAmongTheFunds() {
    // A position based on no plan project: the labour fee may not pay it (3.3.3); matching funds
    // may (3.3.6), and suggesting them helps only if none is given.
    ActualCost salary = cost(Fixtures.withoutProject("RA-1"), CostKind.LABOUR_REMUNERATION, "1500");
    List<Fund> withBoth =
        List.of(labourFee("LF-P2", "P2", "1000"), matching("M", "100"), balance("B", "100"));

    Shortfall given = PLANNER.plan(List.of(salary), withBoth).shortfalls().get(0);
    Shortfall notGiven =
        PLANNER.plan(List.of(salary), List.of(labourFee("LF-P2", "P2", "1000"))).shortfalls().get(0);

    assertThat(given.reason()).isEqualTo(ShortfallReason.ELIGIBLE_FUNDS_EXHAUSTED);
    assertThat(given.remedies())
        .doesNotContain(Remedy.USE_MATCHING_FUND, Remedy.USE_BALANCE_OR_MATCHING_FUND);
    assertThat(notGiven.remedies()).contains(Remedy.USE_BALANCE_OR_MATCHING_FUND);
  }

  @Test
  void theHousingFundFromALabourFeeLineIsNotDecidedByTheNoticeUntilAnOverlaySettlesIt() {
    ActualCost housing = cost(onProject("RA-1", "P1"), CostKind.HOUSING_FUND, "780");
    List<Fund> funds = List.of(labourFee("LF-P1", "P1", "5000"));

    Plan notice = PLANNER.plan(List.of(housing), funds);
    Plan reform = AllocationPlanner.using(REFORM).plan(List.of(housing), funds);

    assertThat(notice.allocations()).isEmpty();
    Shortfall shortfall = notice.shortfalls().get(0);
    assertThat(shortfall.amount()).isEqualTo(Money.parse("780"));
    assertThat(shortfall.reason()).isEqualTo(ShortfallReason.NOT_DECIDED_BY_NOTICE);
    assertThat(shortfall.undecidedFunds()).containsExactly("LF-P1");
    assertThat(shortfall.eligibleFunds()).isEmpty();
    assertThat(shortfall.clauses()).containsExactly(Clause.C3_3_3);
    assertThat(shortfall.remedies()).contains(Remedy.APPLY_OUTSIDE_RULE);
    assertThat(shortfall.explain(Language.ENGLISH)).contains("780.00", "[3.3.3]");

    assertThat(reform.shortfalls()).isEmpty();
    assertThat(reform.allocations()).containsExactly(Allocation.of(housing, "LF-P1", Money.parse("780")));
  }

  @Test
  void noFundMayPayAPositionWithoutAServiceAgreement() {
    ActualCost salary =
        cost(Fixtures.withoutAgreement("RA-1", "P1"), CostKind.LABOUR_REMUNERATION, "6500");

    Plan plan =
        PLANNER.plan(List.of(salary), List.of(labourFee("LF-P1", "P1", "9000"), matching("M", "9000")));

    Shortfall shortfall = plan.shortfalls().get(0);
    assertThat(shortfall.reason()).isEqualTo(ShortfallReason.NO_ELIGIBLE_FUND);
    assertThat(shortfall.amount()).isEqualTo(Money.parse("6500"));
    assertThat(shortfall.clauses()).contains(Clause.C3_3_2);
    assertThat(shortfall.remedies()).contains(Remedy.SIGN_SERVICE_AGREEMENT);
    assertThat(plan.unfundedByReason()).containsEntry(ShortfallReason.NO_ELIGIBLE_FUND, Money.parse("6500"));
  }

  @Test
  void whatTheEligibleFundsCannotCoverIsLeftAsExhaustedCitingTheEstimateOfNeeds() {
    ActualCost salary = cost(onProject("RA-1", "P1"), CostKind.LABOUR_REMUNERATION, "6500");
    ActualCost insurance = cost(onProject("RA-1", "P1"), CostKind.SOCIAL_INSURANCE_SUBSIDY, "1183.50");

    Plan plan =
        PLANNER.plan(
            List.of(salary, insurance),
            List.of(labourFee("LF-P1", "P1", "6000"), matching("M", "0.01")));

    assertThat(plan.totalAllocated()).isEqualTo(Money.parse("6000.01"));
    assertThat(plan.totalUnfunded()).isEqualTo(Money.parse("1683.49"));
    assertThat(plan.shortfalls())
        .allSatisfy(
            s -> {
              assertThat(s.reason()).isEqualTo(ShortfallReason.ELIGIBLE_FUNDS_EXHAUSTED);
              assertThat(s.eligibleFunds()).containsExactly("LF-P1", "M");
              assertThat(s.clauses()).contains(Clause.C3_3_5);
            });
    assertThat(plan.totalCost()).isEqualTo(plan.totalAllocated().plus(plan.totalUnfunded()));
  }

  @Test
  void theReadmeAndPackageExampleAddsUp() {
    Position position = onProject("RA-2024-017", "62301234");
    MonthlyCost september =
        MonthlyCost.builder()
            .position(position)
            .month(SEPTEMBER)
            .remuneration(Money.parse("6500"))
            .socialInsurance(Money.parse("1183.50"))
            .housingFund(Money.parse("780"))
            .build();
    List<Fund> funds =
        List.of(
            Fund.of("LF-62301234", FundingSource.labourFee("62301234"), Money.parse("6000")),
            Fund.of("MATCH-2024", FundingSource.matchingFund(), Money.parse("20000")));

    Plan plan = PLANNER.planMonthly(List.of(september), funds);

    ActualCost remuneration = september.items().get(0);
    assertThat(plan.allocationsOf(remuneration))
        .containsExactly(
            Allocation.of(remuneration, "LF-62301234", Money.parse("6000")),
            Allocation.of(remuneration, "MATCH-2024", Money.parse("500")));
    assertThat(plan.shortfalls()).isEmpty();
    ChargeResult result = Ledger.using(NOTICE, funds).apply(plan);
    Ledger ledger = result.ledger().orElseThrow();
    assertThat(ledger.available("MATCH-2024")).isEqualTo(Money.parse("17536.50"));
    Refusal refusal =
        ledger.charge(remuneration, "MATCH-2024", Money.parse("0.01")).refusal().orElseThrow();
    assertThat(refusal.grounds()).containsExactly(RefusalGround.ABOVE_ACTUAL_COST);
    assertThat(refusal.clauses()).containsExactly(Clause.C3_3_5);
  }

  @Test
  void beforeTheNoticeNothingIsDecidedAndTheShortfallSaysTheNoticeWasNotInForce() {
    ActualCost salary = cost(onProject("RA-1", "P1"), CostKind.LABOUR_REMUNERATION, "6500");
    List<Fund> funds = List.of(labourFee("LF-P1", "P1", "9000"), matching("M", "9000"));

    Plan before =
        AllocationPlanner.using(Policy.ofNotice().on(Fixtures.BEFORE_NOTICE))
            .plan(List.of(salary), funds);
    Plan onIssue =
        AllocationPlanner.using(Policy.ofNotice().on(Fixtures.BEFORE_NOTICE.plusDays(1)))
            .plan(List.of(salary), funds);

    assertThat(before.allocations()).isEmpty();
    assertThat(before.shortfalls()).singleElement().satisfies(s -> {
      assertThat(s.reason()).isEqualTo(ShortfallReason.NOT_IN_FORCE);
      assertThat(s.undecidedFunds()).as("nothing an overlay could settle").isEmpty();
      assertThat(s.clauses()).containsExactly(Clause.DATE);
      assertThat(s.explain(Language.ENGLISH)).contains("not yet in force").doesNotContain("overlay");
    });
    assertThat(before.unfundedByReason())
        .containsExactly(java.util.Map.entry(ShortfallReason.NOT_IN_FORCE, Money.parse("6500")));
    assertThat(onIssue.shortfalls()).isEmpty();
  }

  @Test
  void zeroCostsAndEmptyFundsPlanToNothing() {
    ActualCost nothing = cost(onProject("RA-1", "P1"), CostKind.LABOUR_REMUNERATION, "0");

    Plan plan = PLANNER.plan(List.of(nothing), List.of(matching("M", "0")));
    Plan empty = PLANNER.plan(List.of(), List.of());

    assertThat(plan.allocations()).isEmpty();
    assertThat(plan.shortfalls()).isEmpty();
    assertThat(plan.totalCost()).isEqualTo(Money.ZERO);
    assertThat(empty.allocations()).isEmpty();
    assertThat(empty.fundsAfter()).isEmpty();
  }

  @Test
  void aCostGivenTwiceOrTwoFundsUnderOneIdAreRejected() {
    Position position = onProject("RA-1", "P1");
    ActualCost salary = cost(position, CostKind.LABOUR_REMUNERATION, "6500");
    ActualCost other = cost(position, CostKind.LABOUR_REMUNERATION, "7000");

    assertThatThrownBy(() -> PLANNER.plan(List.of(salary, salary), List.of()))
        .isInstanceOf(ConflictingCostException.class)
        .hasMessageContaining("listed twice");
    assertThatThrownBy(() -> PLANNER.plan(List.of(salary, other), List.of()))
        .isInstanceOfSatisfying(
            ConflictingCostException.class,
            e -> {
              assertThat(e.recorded()).isEqualTo(salary);
              assertThat(e.given()).isEqualTo(other);
            });
    assertThatThrownBy(() -> PLANNER.plan(List.of(), List.of(matching("M", "1"), matching("M", "2"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("duplicate fund id: M");
  }

  @Test
  void fundsHoldingMoreTogetherThanTheLargestAmountOfMoneyArePlannedWithoutOverflow() {
    ActualCost salary = cost(onProject("RA-1", "P1"), CostKind.LABOUR_REMUNERATION, "6500");
    Money most = Money.ofFen(Long.MAX_VALUE);

    Plan plan =
        PLANNER.plan(
            List.of(salary),
            List.of(
                Fund.of("M1", FundingSource.matchingFund(), most),
                Fund.of("M2", FundingSource.matchingFund(), most)));

    assertThat(plan.allocations()).containsExactly(Allocation.of(salary, "M1", Money.parse("6500")));
    assertThat(plan.fundsAfter().get(1).available()).isEqualTo(most);
  }

  @Test
  void planningIsDeterministic() {
    List<Fund> funds = List.of(labourFee("LF-P1", "P1", "5000"), balance("B", "3000"), matching("M", "3000"));
    List<ActualCost> costs =
        List.of(
            cost(onProject("RA-1", "P1"), CostKind.LABOUR_REMUNERATION, "4000"),
            cost(onProject("RA-2", "P1"), CostKind.LABOUR_REMUNERATION, "4000"),
            cost(onProject("RA-2", "P1"), CostKind.HOUSING_FUND, "700"));

    assertThat(PLANNER.plan(costs, funds)).isEqualTo(PLANNER.plan(costs, funds));
  }
}
