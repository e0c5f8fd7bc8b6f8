package io.github.rapolicy.planning;

import static io.github.rapolicy.planning.Fixtures.NOTICE;
import static io.github.rapolicy.planning.Fixtures.SEPTEMBER;
import static io.github.rapolicy.planning.Fixtures.cost;
import static io.github.rapolicy.planning.Fixtures.labourFee;
import static io.github.rapolicy.planning.Fixtures.matching;
import static io.github.rapolicy.planning.Fixtures.onProject;
import static io.github.rapolicy.planning.Fixtures.withoutAgreement;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rapolicy.funding.CostKind;
import io.github.rapolicy.funding.FundingSource;
import io.github.rapolicy.funding.Money;
import io.github.rapolicy.rules.Language;
import io.github.rapolicy.rules.Remedy;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What the planning types print (their {@code toString} and explanations) and the invariants their
 * values keep even when built inside the package, bypassing the public factories.
 */
class PlanningTextsAndInvariantsTest {

  private static final ActualCost SALARY =
      cost(onProject("RA-1", "P1"), CostKind.LABOUR_REMUNERATION, "6500");
  /** 3.3.2: without a service agreement the labour fee may not pay. */
  private static final ActualCost UNSIGNED_SALARY =
      cost(withoutAgreement("RA-9", "P1"), CostKind.LABOUR_REMUNERATION, "6500");

  @Test
  @DisplayName("an allocation planner prints the date of its rules")
  void plannerToString() {
    assertThat(AllocationPlanner.using(NOTICE)).hasToString("AllocationPlanner[2024-09-30]");
  }

  @Test
  @DisplayName("an actual cost prints position, kind, month and amount")
  void actualCostToString() {
    assertThat(SALARY).hasToString("RA-1 LABOUR_REMUNERATION 2024-09 6500.00");
  }

  @Test
  @DisplayName("a plan prints its date, counts and totals")
  void planToString() {
    Plan plan =
        AllocationPlanner.using(NOTICE).plan(List.of(SALARY), List.of(labourFee("LF-P1", "P1", "6000")));
    assertThat(plan)
        .hasToString(
            "Plan[2024-09-30, 1 costs, 1 funds, cost 6500.00, allocated 6000.00, unfunded 500.00]");
  }

  @Test
  @DisplayName("a ledger prints its date, its number of funds and of charges")
  void ledgerToString() {
    Ledger ledger = Ledger.using(NOTICE, List.of(labourFee("LF-P1", "P1", "6000"), matching("M", "10")));
    assertThat(ledger).hasToString("Ledger[2024-09-30, 2 funds, 0 charges]");
    Ledger charged = ledger.charge(SALARY, "LF-P1", Money.parse("100")).ledger().orElseThrow();
    assertThat(charged).hasToString("Ledger[2024-09-30, 2 funds, 1 charges]");
  }

  @Test
  @DisplayName("a charge result prints \"charged\", or the refusal")
  void chargeResultToString() {
    Ledger ledger = Ledger.using(NOTICE, List.of(labourFee("LF-P1", "P1", "6000")));
    assertThat(ledger.charge(SALARY, "LF-P1", Money.parse("100"))).hasToString("charged");
    ChargeResult refused = ledger.charge(UNSIGNED_SALARY, "LF-P1", Money.parse("100"));
    Refusal refusal = refused.refusal().orElseThrow();
    assertThat(refused).hasToString(refusal.toString());
    assertThat(refusal.toString())
        .startsWith(refusal.charge() + " refused [NOT_ALLOWED_BY_RULES]")
        .contains("3.3.2");
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  @DisplayName("a refusal explains each ground and what would change the rules' answer")
  void refusalExplainsGroundsAndRemedies(Language language) {
    Refusal refusal =
        Ledger.using(NOTICE, List.of(labourFee("LF-P1", "P1", "6000")))
            .charge(UNSIGNED_SALARY, "LF-P1", Money.parse("100"))
            .refusal()
            .orElseThrow();
    String text = refusal.explain(language);
    assertThat(refusal.grounds()).isNotEmpty();
    for (RefusalGround ground : refusal.grounds()) {
      assertThat(text).contains(ground.describe(language));
    }
    assertThat(refusal.remedies()).contains(Remedy.SIGN_SERVICE_AGREEMENT);
    for (Remedy remedy : refusal.remedies()) {
      assertThat(text).contains(remedy.describe(language));
    }
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  @DisplayName("a shortfall prints cost, amount and reason, and explains what would let a fund pay")
  void shortfallTexts(Language language) {
    Plan plan =
        AllocationPlanner.using(NOTICE)
            .plan(List.of(UNSIGNED_SALARY), List.of(labourFee("LF-P1", "P1", "6000")));
    Shortfall shortfall = plan.shortfalls().get(0);
    assertThat(shortfall)
        .hasToString("RA-9 LABOUR_REMUNERATION 2024-09 6500.00 unfunded 6500.00 " + shortfall.reason());
    assertThat(shortfall.remedies()).contains(Remedy.SIGN_SERVICE_AGREEMENT);
    String text = shortfall.explain(language);
    assertThat(text).contains(shortfall.reason().describe(language));
    for (Remedy remedy : shortfall.remedies()) {
      assertThat(text).contains(remedy.describe(language));
    }
  }

  @Test
  @DisplayName("every refusal ground, shortfall reason and need share reads as a sentence of its own")
  void vocabularyDescriptions() {
    for (Language language : Language.values()) {
      assertDistinctSentences(RefusalGround.values(), language);
      assertDistinctSentences(ShortfallReason.values(), language);
      assertDistinctSentences(NeedShare.values(), language);
    }
    assertThat(NeedShare.values()[0].describe(Language.CHINESE))
        .isNotEqualTo(NeedShare.values()[0].describe(Language.ENGLISH));
    assertThat(RefusalGround.values()[0].describe(Language.CHINESE))
        .isNotEqualTo(RefusalGround.values()[0].describe(Language.ENGLISH));
    assertThat(ShortfallReason.values()[0].describe(Language.CHINESE))
        .isNotEqualTo(ShortfallReason.values()[0].describe(Language.ENGLISH));
  }

  private static void assertDistinctSentences(Enum<?>[] values, Language language) {
    Set<String> seen = new HashSet<>();
    for (Enum<?> value : values) {
      String sentence;
      if (value instanceof RefusalGround ground) {
        sentence = ground.describe(language);
      } else if (value instanceof ShortfallReason reason) {
        sentence = reason.describe(language);
      } else if (value instanceof NeedShare share) {
        sentence = share.describe(language);
      } else {
        throw new AssertionError(value);
      }
      assertThat(sentence).as("%s in %s", value, language).isNotBlank();
      assertThat(seen.add(sentence)).as("%s repeats another's sentence", value).isTrue();
    }
  }

  @Test
  @DisplayName("a ledger without funds names none when asked for an unknown one")
  void unknownFundInAnEmptyLedger() {
    Ledger empty = Ledger.using(NOTICE, List.of());
    assertThatThrownBy(() -> empty.fund("LF-X"))
        .isInstanceOf(UnknownFundException.class)
        .hasMessage("no fund \"LF-X\" in the ledger; it holds: no funds");
    Ledger two = Ledger.using(NOTICE, List.of(labourFee("LF-P1", "P1", "1"), matching("M", "1")));
    assertThatThrownBy(() -> two.fund("LF-X"))
        .isInstanceOf(UnknownFundException.class)
        .hasMessage("no fund \"LF-X\" in the ledger; it holds: LF-P1, M");
  }

  @Test
  @DisplayName("a fund needs an id, an allocation an amount")
  void fundAndAllocationInvariants() {
    assertThatThrownBy(() -> Fund.of(" ", FundingSource.matchingFund(), Money.parse("1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("fund id must not be blank: \" \"");
    assertThatThrownBy(() -> Allocation.of(SALARY, " ", Money.parse("1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("fund id must not be blank");
    assertThatThrownBy(() -> Fund.of("LF-P1 ", FundingSource.matchingFund(), Money.parse("1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "fund id must not begin or end with white space: \"LF-P1 \" (identifiers are compared"
                + " exactly; write \"LF-P1\")");
    assertThatThrownBy(() -> Allocation.of(SALARY, " LF-P1", Money.parse("1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("fund id must not begin or end with white space: \" LF-P1\"");
    assertThatThrownBy(() -> Allocation.of(SALARY, "LF-P1", Money.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must not be zero")
        .hasMessageContaining("LF-P1");
  }

  @Test
  @DisplayName("a shortfall is neither zero nor more than its cost")
  void shortfallInvariants() {
    assertThatThrownBy(
            () ->
                ImmutableShortfall.builder()
                    .cost(SALARY)
                    .amount(Money.ZERO)
                    .reason(ShortfallReason.values()[0])
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must not be zero");
    assertThatThrownBy(
            () ->
                ImmutableShortfall.builder()
                    .cost(SALARY)
                    .amount(Money.parse("6500.01"))
                    .reason(ShortfallReason.values()[0])
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("6500.01 exceeds the cost");
    assertThat(
            ImmutableShortfall.builder()
                .cost(SALARY)
                .amount(Money.parse("6500"))
                .reason(ShortfallReason.values()[0])
                .build()
                .amount())
        .isEqualTo(Money.parse("6500"));
  }

  @Test
  @DisplayName("a refusal has at least one ground")
  void refusalNeedsAGround() {
    Refusal refusal =
        Ledger.using(NOTICE, List.of(labourFee("LF-P1", "P1", "6000")))
            .charge(UNSIGNED_SALARY, "LF-P1", Money.parse("100"))
            .refusal()
            .orElseThrow();
    assertThatThrownBy(
            () ->
                ImmutableRefusal.builder()
                    .charge(refusal.charge())
                    .answer(refusal.answer())
                    .available(refusal.available())
                    .chargedBefore(refusal.chargedBefore())
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs a ground");
  }

  @Test
  @DisplayName("a need line covers at least one month, and has a fund or a reason for none")
  void needLineInvariants() {
    NeedLine line =
        AllocationPlanner.using(NOTICE)
            .estimateNeed(
                List.of(
                    MonthlyCost.builder()
                        .position(onProject("RA-1", "P1"))
                        .month(SEPTEMBER)
                        .remuneration(Money.parse("6500"))
                        .build()),
                List.of(FundingSource.matchingFund()))
            .lines()
            .get(0);
    assertThat(line.months()).isEqualTo(1);
    assertThat(line.fund()).isPresent();
    assertThatThrownBy(
            () ->
                ImmutableNeedLine.builder()
                    .position(line.position())
                    .kind(line.kind())
                    .months(0)
                    .amount(line.amount())
                    .fund(line.fund())
                    .share(line.share())
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one month: 0");
    assertThatThrownBy(
            () ->
                ImmutableNeedLine.builder()
                    .position(line.position())
                    .kind(line.kind())
                    .months(1)
                    .amount(line.amount())
                    .fund(line.fund())
                    .unassignedReason(ShortfallReason.values()[0])
                    .share(line.share())
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not both");
    assertThatThrownBy(
            () ->
                ImmutableNeedLine.builder()
                    .position(line.position())
                    .kind(line.kind())
                    .months(1)
                    .amount(line.amount())
                    .share(line.share())
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not both");
  }

}
