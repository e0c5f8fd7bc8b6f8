package io.github.rapolicy.planning;

import static io.github.rapolicy.planning.Fixtures.NOTICE;
import static io.github.rapolicy.planning.Fixtures.REFORM;
import static io.github.rapolicy.planning.Fixtures.cost;
import static io.github.rapolicy.planning.Fixtures.labourFee;
import static io.github.rapolicy.planning.Fixtures.matching;
import static io.github.rapolicy.planning.Fixtures.onProject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rapolicy.funding.CostKind;
import io.github.rapolicy.funding.Money;
import io.github.rapolicy.notice.Clause;
import io.github.rapolicy.position.Position;
import io.github.rapolicy.rules.Language;
import io.github.rapolicy.rules.Policy;
import io.github.rapolicy.rules.Remedy;
import io.github.rapolicy.rules.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Charging a ledger: new state or a cited refusal, never half of either. */
class LedgerTest {

  private static final Position RA = onProject("RA-1", "P1");
  private static final ActualCost SALARY = cost(RA, CostKind.LABOUR_REMUNERATION, "6500");
  private static final ActualCost HOUSING = cost(RA, CostKind.HOUSING_FUND, "780");
  private static final List<Fund> FUNDS =
      List.of(
          labourFee("LF-P1", "P1", "6000"),
          labourFee("LF-P2", "P2", "9000"),
          matching("M", "1000"));

  private static final Ledger LEDGER = Ledger.using(NOTICE, FUNDS);

  @Test
  void anAllowedChargeReturnsANewLedgerAndLeavesTheOldOneAsItWas() {
    ChargeResult result = LEDGER.charge(SALARY, "LF-P1", Money.parse("6000"));

    assertThat(result.isCharged()).isTrue();
    assertThat(result.refusal()).isEmpty();
    Ledger after = result.ledger().orElseThrow();
    assertThat(after.available("LF-P1")).isEqualTo(Money.ZERO);
    assertThat(after.charged(SALARY)).isEqualTo(Money.parse("6000"));
    assertThat(after.outstanding(SALARY)).isEqualTo(Money.parse("500"));
    assertThat(after.charges()).containsExactly(Allocation.of(SALARY, "LF-P1", Money.parse("6000")));
    assertThat(LEDGER.available("LF-P1")).isEqualTo(Money.parse("6000"));
    assertThat(LEDGER.charged(SALARY)).isEqualTo(Money.ZERO);
    assertThat(LEDGER.charges()).isEmpty();
    assertThat(after.date()).isEqualTo(Fixtures.IN_FORCE);
  }

  @Test
  void anotherProjectsLabourFeeLineIsRefusedCitingTheRule() {
    Refusal refusal = LEDGER.charge(SALARY, "LF-P2", Money.parse("100")).refusal().orElseThrow();

    assertThat(refusal.grounds()).containsExactly(RefusalGround.NOT_ALLOWED_BY_RULES);
    assertThat(refusal.clauses()).containsExactly(Clause.C3_3_3);
    assertThat(refusal.remedies()).containsExactly(Remedy.CHARGE_POSITION_PROJECT);
    assertThat(refusal.answer().verdict()).isEqualTo(Verdict.NOT_ALLOWED);
    assertThat(refusal.available()).isEqualTo(Money.parse("9000"));
    assertThat(refusal.explain(Language.ENGLISH)).contains("[3.3.3]", "LF-P2");
  }

  @Test
  void aLedgerDatedBeforeTheNoticeRefusesEveryChargeAsNotInForceNotAsUndecided() {
    Ledger before = Ledger.using(Policy.ofNotice().on(Fixtures.BEFORE_NOTICE), FUNDS);

    Refusal refusal = before.charge(SALARY, "LF-P1", Money.parse("6000")).refusal().orElseThrow();

    assertThat(refusal.grounds()).containsExactly(RefusalGround.NOT_IN_FORCE);
    assertThat(refusal.clauses()).containsExactly(Clause.DATE);
    assertThat(refusal.remedies()).containsExactly(Remedy.ASK_ON_OR_AFTER_ISSUE);
    assertThat(refusal.explain(Language.CHINESE)).contains("尚未生效").doesNotContain("叠加规则");
    assertThat(
            before.charge(HOUSING, "M", Money.parse("780.01")).refusal().orElseThrow().grounds())
        .as("above the actual cost, but 3.3.5 was not yet in force")
        .containsExactly(RefusalGround.NOT_IN_FORCE);
    assertThat(Ledger.using(Policy.ofNotice().on(Fixtures.BEFORE_NOTICE.plusDays(1)), FUNDS)
            .charge(SALARY, "LF-P1", Money.parse("6000"))
            .isCharged())
        .as("on the day of issue")
        .isTrue();
  }

  @Test
  void chargesForOneCostMayNotAddUpToMoreThanItsActualAmount() {
    Ledger after = LEDGER.charge(SALARY, "LF-P1", Money.parse("6000")).ledger().orElseThrow();

    Refusal refusal = after.charge(SALARY, "M", Money.parse("500.01")).refusal().orElseThrow();
    ChargeResult exact = after.charge(SALARY, "M", Money.parse("500"));

    assertThat(refusal.grounds()).containsExactly(RefusalGround.ABOVE_ACTUAL_COST);
    assertThat(refusal.clauses()).containsExactly(Clause.C3_3_5);
    assertThat(refusal.remedies()).containsExactly(Remedy.CHARGE_ACTUAL_COST);
    assertThat(refusal.chargedBefore()).isEqualTo(Money.parse("6000"));
    assertThat(refusal.explain(Language.CHINESE)).contains("据实列支", "〔3.3.5〕");
    assertThat(exact.ledger().orElseThrow().outstanding(SALARY)).isEqualTo(Money.ZERO);
  }

  @Test
  void aFundCannotPayMoreThanItHolds() {
    Refusal refusal = LEDGER.charge(SALARY, "M", Money.parse("1000.01")).refusal().orElseThrow();

    assertThat(refusal.grounds()).containsExactly(RefusalGround.ABOVE_BALANCE);
    assertThat(refusal.clauses()).as("bookkeeping, not a rule of the notice").isEmpty();
    assertThat(refusal.available()).isEqualTo(Money.parse("1000"));
    assertThat(refusal.explain(Language.ENGLISH))
        .contains("more than the fund has available (the ledger's bookkeeping");
  }

  @Test
  void whatTheNoticeDoesNotDecideIsRefusedUntilAnOverlaySettlesIt() {
    Refusal refusal = LEDGER.charge(HOUSING, "LF-P1", Money.parse("780")).refusal().orElseThrow();
    ChargeResult reform = Ledger.using(REFORM, FUNDS).charge(HOUSING, "LF-P1", Money.parse("780"));

    assertThat(refusal.grounds()).containsExactly(RefusalGround.NOT_DECIDED_BY_NOTICE);
    assertThat(refusal.clauses()).containsExactly(Clause.C3_3_3);
    assertThat(refusal.remedies()).contains(Remedy.APPLY_OUTSIDE_RULE);
    assertThat(reform.isCharged()).isTrue();
  }

  @Test
  void aRefusalNamesEveryGroundAtOnce() {
    // Another project's line (not allowed), the housing fund from a labour-fee line (not decided),
    // more than the actual cost and more than the fund holds.
    Refusal refusal = LEDGER.charge(HOUSING, "LF-P2", Money.parse("9000.01")).refusal().orElseThrow();

    assertThat(refusal.grounds())
        .containsExactly(
            RefusalGround.NOT_ALLOWED_BY_RULES,
            RefusalGround.NOT_DECIDED_BY_NOTICE,
            RefusalGround.ABOVE_ACTUAL_COST,
            RefusalGround.ABOVE_BALANCE);
    assertThat(refusal.isRefusedFor(RefusalGround.ABOVE_BALANCE)).isTrue();
    assertThat(refusal.clauses()).containsExactly(Clause.C3_3_3, Clause.C3_3_5);
  }

  @Test
  void aBatchIsMadeWhollyOrNotAtAll() {
    Allocation first = Allocation.of(SALARY, "LF-P1", Money.parse("6000"));
    Allocation second = Allocation.of(SALARY, "M", Money.parse("600"));

    ChargeResult result = LEDGER.chargeAll(List.of(first, second));
    ChargeResult fine =
        LEDGER.chargeAll(List.of(first, Allocation.of(SALARY, "M", Money.parse("500"))));

    Refusal refusal = result.refusal().orElseThrow();
    assertThat(result.ledger()).isEmpty();
    assertThat(refusal.charge()).isEqualTo(second);
    assertThat(refusal.chargedBefore()).isEqualTo(Money.parse("6000"));
    assertThat(refusal.grounds()).containsExactly(RefusalGround.ABOVE_ACTUAL_COST);
    assertThat(LEDGER.charges()).isEmpty();
    assertThat(fine.ledger().orElseThrow().charges()).hasSize(2);
    assertThat(fine.ledger().orElseThrow().funds())
        .extracting(Fund::available)
        .containsExactly(Money.ZERO, Money.parse("9000"), Money.parse("500"));
  }

  @Test
  void applyingAPlanLeavesTheBalancesThePlanForesaw() {
    Plan plan = AllocationPlanner.using(NOTICE).plan(List.of(SALARY, HOUSING), FUNDS);

    Ledger after = LEDGER.apply(plan).ledger().orElseThrow();

    assertThat(after.funds()).isEqualTo(plan.fundsAfter());
    assertThat(after.charges()).isEqualTo(plan.allocations());
  }

  @Test
  void anUnknownFundOrAConflictingCostIsAMistakeInTheInputNotARefusal() {
    assertThatThrownBy(() -> LEDGER.charge(SALARY, "LF-P9", Money.parse("1")))
        .isInstanceOfSatisfying(
            UnknownFundException.class,
            e -> {
              assertThat(e.fundId()).isEqualTo("LF-P9");
              assertThat(e.knownFunds()).containsExactly("LF-P1", "LF-P2", "M");
            })
        .hasMessageContaining("LF-P9");
    assertThatThrownBy(() -> LEDGER.fund("X")).isInstanceOf(UnknownFundException.class);

    Ledger after = LEDGER.charge(SALARY, "LF-P1", Money.parse("100")).ledger().orElseThrow();
    ActualCost restated = cost(RA, CostKind.LABOUR_REMUNERATION, "7000");
    assertThatThrownBy(() -> after.charge(restated, "M", Money.parse("1")))
        .isInstanceOfSatisfying(
            ConflictingCostException.class,
            e -> {
              assertThat(e.recorded()).isEqualTo(SALARY);
              assertThat(e.given()).isEqualTo(restated);
            });
    assertThatThrownBy(() -> after.charged(restated)).isInstanceOf(ConflictingCostException.class);
    assertThatThrownBy(() -> Ledger.using(NOTICE, List.of(matching("M", "1"), matching("M", "1"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("duplicate fund id: M");
    assertThatThrownBy(() -> Allocation.of(SALARY, "M", Money.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must not be zero");
  }
}
