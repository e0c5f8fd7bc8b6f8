package io.github.rapolicy.rules;

import static io.github.rapolicy.rules.Fixtures.P_ID;
import static io.github.rapolicy.rules.Fixtures.expense;
import static io.github.rapolicy.rules.Fixtures.notice;
import static io.github.rapolicy.rules.Fixtures.onP;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.rapolicy.funding.CostKind;
import io.github.rapolicy.funding.FundingSource;
import io.github.rapolicy.notice.Label;
import io.github.rapolicy.notice.Term;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Shared answers name the caller's own labels in explanations (Answer.naming). */
class NamingTest {

  private static Answer labourFee(CostKind cost) {
    return notice().mayCharge(expense(onP(), cost), FundingSource.labourFee(P_ID));
  }

  @Test
  @DisplayName("3.3.3: a cost the notice does not name is explained by the caller's label")
  void namesTheCallersLabel() {
    Label<CostKind> travel = CostKind.label("差旅费");
    Answer shared = labourFee(travel.term());

    Answer named = shared.naming(travel);

    assertThat(shared.explain(Language.CHINESE)).contains("未列明可否用于其他支出").doesNotContain("差旅费");
    assertThat(named.explain(Language.CHINESE)).contains("未列明可否用于差旅费").doesNotContain("其他支出");
    assertThat(named.explain(Language.ENGLISH)).contains("leaves open whether it pays 差旅费");
    assertThat(named.verdict()).isEqualTo(Verdict.UNDECIDED).isEqualTo(shared.verdict());
    assertThat(named.clauses()).isEqualTo(shared.clauses());
    assertThat(named.remedies()).isEqualTo(shared.remedies());
    assertThat(named.question()).isEqualTo(shared.question());
    assertThat(named.findings()).hasSameSizeAs(shared.findings());
    assertThat(named.overlaysNotInForce()).isEqualTo(shared.overlaysNotInForce());
    for (int i = 0; i < named.findings().size(); i++) {
      Finding before = shared.findings().get(i);
      Finding after = named.findings().get(i);
      assertThat(after.reason()).isEqualTo(before.reason());
      assertThat(after.outcome()).isEqualTo(before.outcome());
      assertThat(after.clauses()).isEqualTo(before.clauses());
      assertThat(after.remedies()).isEqualTo(before.remedies());
    }
    assertThat(named.decidingFindings().get(0).subjects()).containsExactly((Term) travel);
    // the shared answer is untouched, and asked again it is the same
    assertThat(labourFee(CostKind.NOT_NAMED_BY_NOTICE)).isSameAs(shared);
    assertThat(shared.decidingFindings().get(0).subjects()).containsExactly(CostKind.NOT_NAMED_BY_NOTICE);
  }

  @Test
  @DisplayName("no finding names the label's term, or the label is the term's own: the same answer")
  void unchanged() {
    Answer salary = labourFee(CostKind.LABOUR_REMUNERATION);
    assertThat(salary.naming(CostKind.label("差旅费"))).isSameAs(salary);
    Answer subsidy = labourFee(CostKind.SOCIAL_INSURANCE_SUBSIDY);
    assertThat(subsidy.naming(CostKind.label("社保补助"))).isSameAs(subsidy);
    assertThat(subsidy.naming()).isSameAs(subsidy);
    assertThat(subsidy.naming(Label.of(CostKind.SOCIAL_INSURANCE_SUBSIDY, "社保")).explain(Language.CHINESE))
        .contains("社保");
  }

  @Test
  @DisplayName("an overlay's settled finding keeps its overlay when it names the label")
  void settledFindingKeepsItsOverlay() {
    Policy.OnDate reform =
        Policy.ofNotice()
            .withOverlay(
                Overlay.of(
                    "某单位差旅规定",
                    "校财〔2024〕1号",
                    OverlayRule.settleCharge(
                        io.github.rapolicy.funding.FundKind.MATCHING_FUND,
                        CostKind.NOT_NAMED_BY_NOTICE,
                        Verdict.ALLOWED,
                        "配套资金可列支其他支出",
                        "matching funds pay other costs")))
            .on(Fixtures.AUTUMN_2024);
    Answer answer =
        reform.mayCharge(expense(onP(), CostKind.NOT_NAMED_BY_NOTICE), FundingSource.matchingFund());
    Answer named = answer.naming(CostKind.label("差旅费"));
    Finding settled =
        named.findings().stream().filter(f -> f.overlay().isPresent()).findFirst().orElseThrow();
    assertThat(settled.overlayRule()).isPresent();
    assertThat(settled.settledReason()).contains(Reason.MATCHING_FUND_COST_NOT_NAMED);
    assertThat(settled.describe(Language.CHINESE)).contains("差旅费").contains("某单位差旅规定");
    assertThat(named.verdict()).isEqualTo(Verdict.ALLOWED);
  }
}
