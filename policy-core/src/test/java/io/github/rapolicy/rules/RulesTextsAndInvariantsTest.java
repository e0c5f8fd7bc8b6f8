package io.github.rapolicy.rules;

import static io.github.rapolicy.rules.Fixtures.MOE_UNIVERSITY;
import static io.github.rapolicy.rules.Fixtures.PRIVATE_FIRM;
import static io.github.rapolicy.rules.Fixtures.P_ID;
import static io.github.rapolicy.rules.Fixtures.expense;
import static io.github.rapolicy.rules.Fixtures.notice;
import static io.github.rapolicy.rules.Fixtures.onP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rapolicy.funding.CostKind;
import io.github.rapolicy.funding.FundKind;
import io.github.rapolicy.funding.FundingSource;
import io.github.rapolicy.position.GraduationCohort;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What the rules types print, the answers a policy keeps, how an overlay settles a finding, and
 * the invariants of overlay rules even when built inside the package.
 */
class RulesTextsAndInvariantsTest {

  private static final FundingSource LABOUR_FEE = FundingSource.labourFee(P_ID);

  @Test
  @DisplayName("a fresh policy answers the same charge question twice with the one answer it keeps")
  void chargeAnswersAreKept() {
    // A policy with an overlay is a new policy, whose answers no other test has asked for yet.
    Policy policy = Policy.ofNotice().withOverlay(OverlayTest.housingFundReform());
    Policy.OnDate on = policy.on(Fixtures.AUTUMN_2024);
    Answer first = on.mayCharge(expense(onP(), CostKind.SOCIAL_INSURANCE_SUBSIDY)).to(LABOUR_FEE);
    Answer second = on.mayCharge(expense(onP(), CostKind.SOCIAL_INSURANCE_SUBSIDY)).to(LABOUR_FEE);
    assertThat(second).isSameAs(first);
    Answer housing = policy.on(Fixtures.AUTUMN_2024.plusDays(1)).mayCharge(expense(onP(), CostKind.HOUSING_FUND)).to(LABOUR_FEE);
    assertThat(on.mayCharge(expense(onP(), CostKind.HOUSING_FUND)).to(LABOUR_FEE)).isSameAs(housing);
  }

  @Test
  @DisplayName("a policy prints the notice number and its overlays")
  void policyToString() {
    assertThat(Policy.ofNotice()).hasToString("Policy[工信部联规〔2024〕122号]");
    Overlay reform = OverlayTest.housingFundReform();
    assertThat(Policy.ofNotice().withOverlay(reform))
        .hasToString("Policy[工信部联规〔2024〕122号 + [" + reform + "]]");
  }

  @Test
  @DisplayName("an answer prints its verdict and the clauses it cites")
  void answerToString() {
    Answer answer = notice().mayCharge(expense(onP(), CostKind.LABOUR_REMUNERATION)).to(LABOUR_FEE);
    assertThat(answer).hasToString("ALLOWED [0.0.1, 3.3.2, 3.3.3, 3.3.5]");
  }

  @Test
  @DisplayName("a scope answer prints the answer and channels, and \"lead\" for a lead unit only (3.1.3)")
  void scopeAnswerToString() {
    ScopeAnswer lead = notice().isInScope(MOE_UNIVERSITY);
    assertThat(lead.isLeadUnit()).isTrue();
    assertThat(lead).hasToString(lead.answer() + " " + lead.channels() + " lead");
    ScopeAnswer other = notice().isInScope(PRIVATE_FIRM);
    assertThat(other.isLeadUnit()).isFalse();
    assertThat(other).hasToString(other.answer() + " " + other.channels());
  }

  @Test
  @DisplayName("explanations mark each finding by its outcome")
  void explanationMarks() {
    Answer allowed = notice().mayCharge(expense(onP(), CostKind.LABOUR_REMUNERATION)).to(LABOUR_FEE);
    assertThat(allowed.explain(Language.ENGLISH)).contains("✓");
    Answer refused =
        notice().isInCohort(GraduationCohort.of(2023));
    assertThat(refused.verdict()).isEqualTo(Verdict.NOT_ALLOWED);
    assertThat(refused.explain(Language.ENGLISH)).contains("✗");
  }

  @Test
  @DisplayName("every question kind reads as a question of its own, in both languages")
  void questionKinds() {
    Set<String> seen = new HashSet<>();
    for (QuestionKind kind : QuestionKind.values()) {
      for (Language language : Language.values()) {
        String question = kind.describe(language);
        assertThat(question).as("%s in %s", kind, language).isNotBlank();
        assertThat(seen.add(question)).as("%s in %s repeats another", kind, language).isTrue();
      }
    }
  }

  @Test
  @DisplayName("an overlay that forbids what the notice leaves open keeps every remedy but asking it")
  void settledNotAllowedKeepsTheOtherRemedies() {
    Finding open = openHousingFundFinding(notice());
    assertThat(open.remedies()).containsExactly(Remedy.APPLY_OUTSIDE_RULE, Remedy.USE_MATCHING_FUND);
    Overlay forbids = Overlay.of("某规定", "某文号", OverlayTest.housingFundFromLabourFee(Verdict.NOT_ALLOWED));
    Finding settled = settledFinding(Policy.ofNotice().withOverlay(forbids));
    assertThat(settled.outcome()).isEqualTo(Verdict.NOT_ALLOWED);
    assertThat(settled.settledReason()).contains(Reason.LABOUR_FEE_COST_NOT_NAMED);
    assertThat(settled.remedies()).containsExactly(Remedy.USE_MATCHING_FUND);
  }

  @Test
  @DisplayName("an overlay that allows what the notice leaves open leaves nothing to remedy")
  void settledAllowedHasNoRemedies() {
    Finding settled = settledFinding(Policy.ofNotice().withOverlay(OverlayTest.housingFundReform()));
    assertThat(settled.outcome()).isEqualTo(Verdict.ALLOWED);
    assertThat(settled.remedies()).isEmpty();
  }

  private static Finding openHousingFundFinding(Policy.OnDate on) {
    return on.mayCharge(expense(onP(), CostKind.HOUSING_FUND)).to(LABOUR_FEE).findings().stream()
        .filter(f -> f.reason() == Reason.LABOUR_FEE_COST_NOT_NAMED)
        .findFirst()
        .orElseThrow();
  }

  private static Finding settledFinding(Policy policy) {
    return policy.on(Fixtures.AUTUMN_2024).mayCharge(expense(onP(), CostKind.HOUSING_FUND)).to(LABOUR_FEE)
        .findings().stream()
        .filter(f -> f.reason() == Reason.OVERLAY_SETTLED)
        .findFirst()
        .orElseThrow();
  }

  @Test
  @DisplayName("an overlay rule needs wording in both languages, naming the blank one")
  void overlayRuleWording() {
    assertThatThrownBy(
            () ->
                OverlayRule.settleCharge(
                    FundKind.LABOUR_FEE, CostKind.HOUSING_FUND, Verdict.ALLOWED, " ", "the fund pays"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("wording in Chinese and English")
        .hasMessageContaining("the fund pays");
  }

  @Test
  @DisplayName("a settling rule is about one fund and one cost, or one category")
  void settlingRuleNamesAFundAndACost() {
    assertThatThrownBy(
            () ->
                ImmutableOverlayRule.builder()
                    .effect(OverlayRule.Effect.SETTLES)
                    .verdict(Verdict.ALLOWED)
                    .fund(FundKind.LABOUR_FEE)
                    .chinese("劳务费")
                    .english("the labour fee")
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("one fund and cost, or one category: the labour fee");
  }

  @Test
  @DisplayName("a restricting rule forbids")
  void restrictingRuleForbids() {
    assertThatThrownBy(
            () ->
                ImmutableOverlayRule.builder()
                    .effect(OverlayRule.Effect.RESTRICTS)
                    .verdict(Verdict.ALLOWED)
                    .fund(FundKind.LABOUR_FEE)
                    .chinese("劳务费")
                    .english("the labour fee")
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a restriction forbids: the labour fee is ALLOWED");
  }
}
