package io.github.rapolicy.planning;

import static io.github.rapolicy.testing.Property.forAll;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.Lists;
import io.github.rapolicy.funding.Money;
import io.github.rapolicy.planning.Instances.Instance;
import io.github.rapolicy.rules.Answer;
import io.github.rapolicy.rules.Verdict;
import io.github.rapolicy.testing.Gen;
import io.github.rapolicy.testing.Property;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * The laws of {@link AllocationPlanner}, on seeded random problems: money is conserved to the fen,
 * no fund is overdrawn, every allocation is one the rules allow, and the plan funds the most that
 * can be funded — as much as an exhaustive search and the max-flow min-cut bound, never less than a
 * greedy pass — preferring the caller's order of funds.
 */
class AllocationPlannerProperties {

  /** Amounts up to this many fen: large enough for cents, carries and overdrawn funds. */
  private static final long YUAN_100K = 10_000_000;

  private static Plan plan(Instance instance) {
    return AllocationPlanner.using(instance.rules()).plan(instance.costs(), instance.funds());
  }

  @Test
  void allocatedPlusUnfundedIsTheCostForEveryCostAndInTotal() {
    forAll(
        Instances.random("plan-conservation", 12, 8, YUAN_100K),
        instance -> {
          Plan plan = plan(instance);

          for (ActualCost cost : instance.costs()) {
            assertThat(plan.allocatedTo(cost).plus(plan.unfundedOf(cost)))
                .as("allocated + unfunded of %s", cost)
                .isEqualTo(cost.amount());
          }
          assertThat(plan.totalAllocated().plus(plan.totalUnfunded())).isEqualTo(plan.totalCost());
          assertThat(plan.costs()).isEqualTo(instance.costs());
          long byFund = 0;
          for (Money amount : plan.allocatedByFund().values()) {
            byFund += amount.toFen();
          }
          assertThat(byFund).isEqualTo(plan.totalAllocated().toFen());
          long byReason = 0;
          for (Money amount : plan.unfundedByReason().values()) {
            byReason += amount.toFen();
          }
          assertThat(byReason).isEqualTo(plan.totalUnfunded().toFen());
        });
  }

  @Test
  void noFundIsEverAllocatedMoreThanItHolds() {
    forAll(
        Instances.random("plan-no-overdraft", 12, 8, YUAN_100K),
        instance -> {
          Plan plan = plan(instance);

          for (Fund fund : instance.funds()) {
            assertThat(allocated(plan, fund.id())).isLessThanOrEqualTo(fund.available());
          }
          for (int f = 0; f < instance.funds().size(); f++) {
            Fund before = instance.funds().get(f);
            Fund after = plan.fundsAfter().get(f);
            assertThat(after.id()).isEqualTo(before.id());
            assertThat(after.available().plus(allocated(plan, before.id())))
                .isEqualTo(before.available());
          }
        });
  }

  @Test
  void everyAllocationIsAChargeTheRulesAllowAndNoMoreThanTheCost() {
    forAll(
        Instances.random("plan-allowed", 12, 8, YUAN_100K),
        instance -> {
          Plan plan = plan(instance);
          Map<String, Fund> funds = new HashMap<>();
          instance.funds().forEach(f -> funds.put(f.id(), f));

          for (Allocation allocation : plan.allocations()) {
            assertThat(funds).as("fund of %s", allocation).containsKey(allocation.fundId());
            Fund fund = Objects.requireNonNull(funds.get(allocation.fundId()));
            Answer answer =
                instance
                    .rules()
                    .mayCharge(allocation.cost().expense(allocation.amount()))
                    .to(fund.source());
            assertThat(answer.verdict()).as("%s: %s", allocation, answer).isEqualTo(Verdict.ALLOWED);
            assertThat(allocation.amount()).isLessThanOrEqualTo(allocation.cost().amount());
          }
        });
  }

  @Test
  void aLedgerAcceptsEveryPlanAndEndsWithTheBalancesThePlanForesaw() {
    forAll(
        Instances.random("plan-ledger", 12, 8, YUAN_100K),
        instance -> {
          Plan plan = plan(instance);

          ChargeResult result = Ledger.using(instance.rules(), instance.funds()).apply(plan);

          assertThat(result.refusal()).isEmpty();
          assertThat(result.ledger().orElseThrow().funds()).isEqualTo(plan.fundsAfter());
        });
  }

  @Test
  void fundsAsMuchAsTheMaxFlowMinCutBoundAndEachFundPaysWhatThePreferredOrderGivesIt() {
    forAll(
        Instances.random("plan-min-cut", 9, 6, YUAN_100K),
        instance -> {
          Plan plan = plan(instance);
          Oracle oracle = new Oracle(instance.rules(), instance.costs(), instance.funds());

          assertThat(plan.totalAllocated().toFen()).isEqualTo(oracle.maxFunded());
          long[] preferred = oracle.preferredUse();
          for (int f = 0; f < instance.funds().size(); f++) {
            assertThat(allocated(plan, instance.funds().get(f).id()).toFen())
                .as("what fund %s pays", instance.funds().get(f).id())
                .isEqualTo(preferred[f]);
          }
        });
  }

  @Test
  void onSmallProblemsFundsExactlyAsMuchAsAnExhaustiveSearchAndPrefersTheCallersOrderAsMuch() {
    int[] preferring = {0};
    forAll(
        Instances.random("plan-exhaustive", 300, 4, 3, 4),
        instance -> {
          Plan plan = plan(instance);
          long[] best = new Oracle(instance.rules(), instance.costs(), instance.funds()).exhaustive();

          long rankCost = 0;
          for (int f = 0; f < instance.funds().size(); f++) {
            rankCost += f * allocated(plan, instance.funds().get(f).id()).toFen();
          }
          assertThat(plan.totalAllocated().toFen()).as("funded").isEqualTo(best[0]);
          assertThat(rankCost).as("sum of rank × amount").isEqualTo(best[1]);
          if (rankCost > 0) {
            preferring[0]++;
          }
        });
    // The samples must include plans where the order of the funds matters.
    assertThat(preferring[0]).isGreaterThan(20);
  }

  @Test
  void fundsAtLeastAsMuchAsAGreedyPassInAnyOrder() {
    int[] beaten = {0};
    forAll(
        Instances.random("plan-greedy", 16, 8, YUAN_100K),
        instance -> {
          long planned = plan(instance).totalAllocated().toFen();
          List<ActualCost> costs = instance.costs();
          List<Fund> funds = instance.funds();
          List<ActualCost> largestFirst = new ArrayList<>(costs);
          largestFirst.sort(Comparator.comparing(ActualCost::amount).reversed());

          for (List<ActualCost> costOrder : List.of(costs, Lists.reverse(costs), largestFirst)) {
            for (List<Fund> fundOrder : List.of(funds, Lists.reverse(funds))) {
              long greedy = Greedy.funded(instance.rules(), costOrder, fundOrder);
              assertThat(planned).isGreaterThanOrEqualTo(greedy);
              if (planned > greedy) {
                beaten[0]++;
              }
            }
          }
        });
    // The samples must include problems where a greedy pass strands money.
    assertThat(beaten[0]).isGreaterThan(Property.TRIES / 25);
  }

  @Test
  void aRicherSetOfFundsNeverFundsLess() {
    Gen gen = Gen.seeded("plan-richer-choice");
    forAll(
        Instances.random("plan-richer", 12, 8, YUAN_100K),
        instance -> {
          long before = plan(instance).totalAllocated().toFen();
          List<Fund> richer = new ArrayList<>(instance.funds());
          if (!richer.isEmpty() && gen.uniformInt(0, 1) == 0) {
            int f = gen.uniformInt(0, richer.size() - 1);
            Fund fund = richer.get(f);
            richer.set(
                f,
                Fund.of(fund.id(), fund.source(), fund.available().plus(Money.ofFen(gen.longBetween(0, YUAN_100K)))));
          } else {
            richer.add(
                gen.uniformInt(0, richer.size()),
                Fund.of("extra", Instances.source(gen), Money.ofFen(gen.longBetween(0, YUAN_100K))));
          }

          long after =
              AllocationPlanner.using(instance.rules()).plan(instance.costs(), richer).totalAllocated().toFen();

          assertThat(after).isGreaterThanOrEqualTo(before);
        });
  }

  @Test
  void anOverlayThatSettlesAnOpenPointAsAllowedNeverFundsLess() {
    forAll(
        Instances.random("plan-overlay", 12, 8, YUAN_100K),
        instance -> {
          // The reform settles the housing fund from a labour-fee line, which the notice leaves
          // open, as allowed: the plan can only gain pairs it may use.
          long notice =
              AllocationPlanner.using(Fixtures.NOTICE)
                  .plan(instance.costs(), instance.funds())
                  .totalAllocated()
                  .toFen();
          Plan reform =
              AllocationPlanner.using(Fixtures.REFORM).plan(instance.costs(), instance.funds());

          assertThat(reform.totalAllocated().toFen()).isGreaterThanOrEqualTo(notice);
        });
  }

  @Test
  void theOrderOfTheCostsChangesWhoIsPaidNotHowMuchNorFromWhichFunds() {
    forAll(
        Instances.random("plan-cost-order", 12, 8, YUAN_100K),
        instance -> {
          Plan plan = plan(instance);
          Plan reversed =
              AllocationPlanner.using(instance.rules())
                  .plan(Lists.reverse(instance.costs()), instance.funds());

          assertThat(reversed.allocatedByFund()).isEqualTo(plan.allocatedByFund());
          assertThat(plan(instance)).isEqualTo(plan);
        });
  }

  @Test
  void aShortfallsReasonIsTrue() {
    forAll(
        Instances.random("plan-reasons", 12, 8, YUAN_100K),
        instance -> {
          Plan plan = plan(instance);
          Map<String, Fund> after = new HashMap<>();
          plan.fundsAfter().forEach(f -> after.put(f.id(), f));

          for (Shortfall shortfall : plan.shortfalls()) {
            List<Verdict> verdicts = new ArrayList<>();
            for (Fund fund : instance.funds()) {
              verdicts.add(
                  instance.rules().mayCharge(shortfall.cost().expense()).to(fund.source()).verdict());
            }
            switch (shortfall.reason()) {
              case ELIGIBLE_FUNDS_EXHAUSTED -> {
                assertThat(shortfall.eligibleFunds()).isNotEmpty();
                for (String id : shortfall.eligibleFunds()) {
                  assertThat(Objects.requireNonNull(after.get(id)).available())
                      .as("eligible fund %s", id)
                      .isEqualTo(Money.ZERO);
                }
              }
              case NOT_DECIDED_BY_NOTICE -> {
                assertThat(verdicts).doesNotContain(Verdict.ALLOWED).contains(Verdict.UNDECIDED);
                assertThat(shortfall.undecidedFunds()).isNotEmpty();
              }
              case NO_ELIGIBLE_FUND ->
                  assertThat(verdicts).doesNotContain(Verdict.ALLOWED, Verdict.UNDECIDED);
            }
            assertThat(shortfall.answers()).allSatisfy(a -> assertThat(a.verdict()).isNotEqualTo(Verdict.ALLOWED));
            if (shortfall.reason() != ShortfallReason.NO_ELIGIBLE_FUND || !instance.funds().isEmpty()) {
              assertThat(shortfall.clauses()).as("clauses of %s", shortfall).isNotEmpty();
            }
          }
        });
  }

  @Test
  void eligibilityByClassAgreesWithAskingTheRulesAboutEveryPair() {
    forAll(
        Instances.random("plan-eligibility", 16, 10, YUAN_100K),
        instance -> {
          List<io.github.rapolicy.funding.FundingSource> sources = new ArrayList<>();
          instance.funds().forEach(f -> sources.add(f.source()));
          Eligibility eligibility = Eligibility.of(instance.rules(), instance.costs(), sources);

          for (int i = 0; i < instance.costs().size(); i++) {
            int c = eligibility.classOf[i];
            for (int f = 0; f < sources.size(); f++) {
              Verdict verdict =
                  instance.rules().mayCharge(instance.costs().get(i).expense()).to(sources.get(f)).verdict();
              int group = eligibility.groupOf[f];
              assertThat(contains(eligibility.eligible[c], group))
                  .as("cost %s, fund %s allowed", instance.costs().get(i), sources.get(f))
                  .isEqualTo(verdict == Verdict.ALLOWED);
              assertThat(contains(eligibility.undecided[c], group))
                  .as("cost %s, fund %s undecided", instance.costs().get(i), sources.get(f))
                  .isEqualTo(verdict == Verdict.UNDECIDED);
            }
          }
        });
  }

  @Test
  void largeProblemsKeepTheLaws() {
    forAll(
        Instances.random("plan-large", 20, 400, 60, YUAN_100K),
        instance -> {
          Plan plan = plan(instance);

          assertThat(plan.totalAllocated().plus(plan.totalUnfunded())).isEqualTo(plan.totalCost());
          assertThat(plan.totalAllocated().toFen())
              .isGreaterThanOrEqualTo(Greedy.funded(instance.rules(), instance.costs(), instance.funds()));
          assertThat(Ledger.using(instance.rules(), instance.funds()).apply(plan).isCharged()).isTrue();
        });
  }

  private static Money allocated(Plan plan, String fundId) {
    return plan.allocatedByFund().getOrDefault(fundId, Money.ZERO);
  }

  private static boolean contains(int[] sorted, int value) {
    return java.util.Arrays.binarySearch(sorted, value) >= 0;
  }
}
