package io.github.rapolicy.planning;

import static io.github.rapolicy.planning.Fixtures.BOTH_CONDITIONS;
import static io.github.rapolicy.planning.Fixtures.NOTICE;
import static io.github.rapolicy.planning.Fixtures.REFORM;
import static io.github.rapolicy.planning.Fixtures.SEPTEMBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rapolicy.funding.CostKind;
import io.github.rapolicy.funding.FundingSource;
import io.github.rapolicy.funding.Money;
import io.github.rapolicy.position.Position;
import io.github.rapolicy.rules.Policy;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The funding need over a period (测算, 3.3.5), and the part the notice leaves to matching funds. */
class FundingNeedTest {

  private static final YearMonth JUNE = YearMonth.of(2025, 6);
  private static final FundingSource LABOUR_FEE = FundingSource.labourFee("P1");
  private static final List<FundingSource> PREFERENCE =
      List.of(LABOUR_FEE, BOTH_CONDITIONS, FundingSource.matchingFund());

  private static MonthlyCost monthly(Position position) {
    return MonthlyCost.builder()
        .position(position)
        .month(SEPTEMBER)
        .remuneration(Money.parse("6500"))
        .socialInsurance(Money.parse("1183.50"))
        .housingFund(Money.parse("780"))
        .otherCosts(Money.parse("200"))
        .build();
  }

  @Test
  void anEstimateDatedBeforeTheNoticeAssignsNothingAndSaysTheNoticeWasNotInForce() {
    List<MonthlyCost> expected = monthly(Fixtures.onProject("RA-1", "P1")).repeatedThrough(JUNE);

    FundingNeed need =
        AllocationPlanner.using(Policy.ofNotice().on(Fixtures.BEFORE_NOTICE))
            .estimateNeed(expected, PREFERENCE);

    assertThat(need.total()).isEqualTo(Money.parse("86635"));
    assertThat(need.unassigned())
        .containsEntry(ShortfallReason.NOT_IN_FORCE, need.total())
        .containsEntry(ShortfallReason.NOT_DECIDED_BY_NOTICE, Money.ZERO)
        .containsEntry(ShortfallReason.NO_ELIGIBLE_FUND, Money.ZERO);
    assertThat(need.byShare()).containsEntry(NeedShare.NOT_IN_FORCE, need.total());
    assertThat(need.leftToMatchingFunds()).isEqualTo(Money.ZERO);
    assertThat(need.lines())
        .allSatisfy(
            line -> {
              assertThat(line.unassignedReason()).contains(ShortfallReason.NOT_IN_FORCE);
              assertThat(line.share()).isEqualTo(NeedShare.NOT_IN_FORCE);
            });
  }

  @Test
  void aYearOfAPositionOnAPlanProject() {
    List<MonthlyCost> expected = monthly(Fixtures.onProject("RA-1", "P1")).repeatedThrough(JUNE);

    FundingNeed need = AllocationPlanner.using(NOTICE).estimateNeed(expected, PREFERENCE);

    assertThat(expected).hasSize(10);
    assertThat(need.months()).hasSize(10).first().isEqualTo(SEPTEMBER);
    assertThat(need.total()).isEqualTo(Money.parse("86635"));
    assertThat(need.byFund())
        .containsExactly(
            java.util.Map.entry(LABOUR_FEE, Money.parse("76835")),
            java.util.Map.entry(BOTH_CONDITIONS, Money.ZERO),
            java.util.Map.entry(FundingSource.matchingFund(), Money.parse("7800")));
    assertThat(need.unassigned())
        .containsEntry(ShortfallReason.NOT_DECIDED_BY_NOTICE, Money.parse("2000"))
        .containsEntry(ShortfallReason.NO_ELIGIBLE_FUND, Money.ZERO);
    assertThat(need.byShare())
        .containsEntry(NeedShare.PROJECT_OR_BALANCE_FUNDS, Money.parse("76835"))
        .containsEntry(NeedShare.MATCHING_FUNDS, Money.parse("7800"))
        .containsEntry(NeedShare.NOT_DECIDED, Money.parse("2000"))
        .containsEntry(NeedShare.NOT_ALLOWED, Money.ZERO);
    assertThat(need.leftToMatchingFunds()).isEqualTo(Money.parse("7800"));
    assertThat(need.byCostKind()).containsEntry(CostKind.HOUSING_FUND, Money.parse("7800"));
    assertThat(need.lines()).hasSize(4).allSatisfy(line -> assertThat(line.months()).isEqualTo(10));
    NeedLine other = need.lines().get(3);
    assertThat(other.kind()).isEqualTo(CostKind.NOT_NAMED_BY_NOTICE);
    assertThat(other.fund()).isEmpty();
    assertThat(other.unassignedReason()).contains(ShortfallReason.NOT_DECIDED_BY_NOTICE);
    assertThat(other.share()).isEqualTo(NeedShare.NOT_DECIDED);
  }

  @Test
  void anOverlayThatLetsTheLabourFeePayTheHousingFundTakesItOffTheMatchingFunds() {
    List<MonthlyCost> expected = monthly(Fixtures.onProject("RA-1", "P1")).repeatedThrough(JUNE);

    FundingNeed need = AllocationPlanner.using(REFORM).estimateNeed(expected, PREFERENCE);

    assertThat(need.leftToMatchingFunds()).isEqualTo(Money.ZERO);
    assertThat(need.byFund()).containsEntry(LABOUR_FEE, Money.parse("84635"));
    assertThat(need.byShare()).containsEntry(NeedShare.PROJECT_OR_BALANCE_FUNDS, Money.parse("84635"));
  }

  @Test
  void theShareIsTheNoticesWhateverFundsTheCallerHas() {
    // No plan project: the notice lets balance funds pay the remuneration, even though this caller
    // has only matching funds; the housing fund is left to matching funds either way.
    List<MonthlyCost> expected = new ArrayList<>(monthly(Fixtures.withoutProject("RA-2")).repeatedThrough(SEPTEMBER.plusMonths(2)));
    expected.addAll(monthly(Fixtures.withoutAgreement("RA-3", "P1")).repeatedThrough(SEPTEMBER));

    FundingNeed need =
        AllocationPlanner.using(NOTICE).estimateNeed(expected, List.of(FundingSource.matchingFund()));

    assertThat(need.byShare())
        .containsEntry(NeedShare.PROJECT_OR_BALANCE_FUNDS, Money.parse("23050.50"))
        .containsEntry(NeedShare.MATCHING_FUNDS, Money.parse("2340"))
        .containsEntry(NeedShare.NOT_DECIDED, Money.parse("600"))
        .containsEntry(NeedShare.NOT_ALLOWED, Money.parse("8663.50"));
    assertThat(need.byFund()).containsExactly(java.util.Map.entry(FundingSource.matchingFund(), Money.parse("25390.50")));
    assertThat(need.totalUnassigned()).isEqualTo(Money.parse("9263.50"));
    assertThat(need.total()).isEqualTo(Money.parse("34654"));
    assertThat(need.toString()).contains("2024-09..2024-11");
  }

  @Test
  void oneCostExpectedTwiceIsRejected() {
    MonthlyCost cost = monthly(Fixtures.onProject("RA-1", "P1"));

    assertThatThrownBy(() -> AllocationPlanner.using(NOTICE).estimateNeed(List.of(cost, cost), PREFERENCE))
        .isInstanceOf(ConflictingCostException.class);
    assertThatThrownBy(() -> cost.repeatedThrough(SEPTEMBER.minusMonths(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2024-08");
  }
}
