package io.github.rapolicy.planning;

import static io.github.rapolicy.testing.Property.forAll;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.rapolicy.funding.FundingSource;
import io.github.rapolicy.funding.Money;
import io.github.rapolicy.planning.Instances.Instance;
import io.github.rapolicy.rules.Verdict;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The laws of {@link FundingNeed}: its totals reconcile to the fen, each cost goes to the first
 * fund the rules allow, and the need per fund is what a plan with unlimited balances would take.
 */
class FundingNeedProperties {

  private static final long YUAN_100K = 10_000_000;

  /** The instance's costs as monthly costs, one per cost, and its distinct fund sources. */
  private static List<MonthlyCost> monthly(Instance instance) {
    List<MonthlyCost> monthly = new ArrayList<>();
    for (ActualCost cost : instance.costs()) {
      MonthlyCost.Builder builder = MonthlyCost.builder();
      builder.position(cost.position()).month(cost.month());
      switch (cost.kind()) {
        case LABOUR_REMUNERATION -> builder.remuneration(cost.amount());
        case SOCIAL_INSURANCE_SUBSIDY -> builder.socialInsurance(cost.amount());
        case HOUSING_FUND -> builder.housingFund(cost.amount());
        case NOT_NAMED_BY_NOTICE -> builder.otherCosts(cost.amount());
      }
      monthly.add(builder.build());
    }
    return monthly;
  }

  private static List<FundingSource> sources(Instance instance) {
    Set<FundingSource> sources = new LinkedHashSet<>();
    instance.funds().forEach(f -> sources.add(f.source()));
    return new ArrayList<>(sources);
  }

  @Test
  void theTotalsReconcileToTheFen() {
    forAll(
        Instances.random("need-totals", 12, 8, YUAN_100K),
        instance -> {
          FundingNeed need =
              AllocationPlanner.using(instance.rules()).estimateNeed(monthly(instance), sources(instance));

          long costs = 0;
          for (ActualCost cost : instance.costs()) {
            costs += cost.amount().toFen();
          }
          assertThat(need.total().toFen()).isEqualTo(costs);
          assertThat(sum(need.byFund()) + sum(need.unassigned())).isEqualTo(costs);
          assertThat(sum(need.byShare())).isEqualTo(costs);
          assertThat(sum(need.byCostKind())).isEqualTo(costs);
          assertThat(need.totalUnassigned().toFen()).isEqualTo(sum(need.unassigned()));
          assertThat(need.byShare()).containsOnlyKeys(NeedShare.values());
        });
  }

  @Test
  void eachCostGoesToTheFirstFundTheRulesAllowAndThatIsWhatAPlanWithUnlimitedBalancesTakes() {
    forAll(
        Instances.random("need-first-fund", 12, 8, YUAN_100K),
        instance -> {
          List<FundingSource> sources = sources(instance);
          FundingNeed need =
              AllocationPlanner.using(instance.rules()).estimateNeed(monthly(instance), sources);

          for (NeedLine line : need.lines()) {
            ActualCost cost =
                ActualCost.of(line.position(), line.kind(), Fixtures.SEPTEMBER, line.amount());
            FundingSource first = null;
            for (FundingSource source : sources) {
              if (instance.rules().mayCharge(cost.expense()).to(source).verdict() == Verdict.ALLOWED) {
                first = source;
                break;
              }
            }
            assertThat(line.fund().orElse(null)).as("fund of %s", cost).isEqualTo(first);
          }

          List<Fund> unlimited = new ArrayList<>();
          for (int s = 0; s < sources.size(); s++) {
            unlimited.add(Fund.of("S" + s, sources.get(s), Money.ofFen(Long.MAX_VALUE / 2)));
          }
          Plan plan = AllocationPlanner.using(instance.rules()).plan(instance.costs(), unlimited);
          for (int s = 0; s < sources.size(); s++) {
            assertThat(plan.allocatedByFund().get("S" + s))
                .as("need of %s", sources.get(s))
                .isEqualTo(need.byFund().get(sources.get(s)));
          }
          assertThat(plan.totalUnfunded()).isEqualTo(need.totalUnassigned());
        });
  }

  private static long sum(Map<?, Money> amounts) {
    long total = 0;
    for (Money amount : amounts.values()) {
      total += amount.toFen();
    }
    return total;
  }
}
