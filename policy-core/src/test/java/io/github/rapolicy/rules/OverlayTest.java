package io.github.rapolicy.rules;

import static io.github.rapolicy.rules.Fixtures.MOE_UNIVERSITY;
import static io.github.rapolicy.rules.Fixtures.ON_P;
import static io.github.rapolicy.rules.Fixtures.P_ID;
import static io.github.rapolicy.rules.Fixtures.expense;
import static io.github.rapolicy.rules.Fixtures.onP;
import static io.github.rapolicy.rules.Fixtures.position;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rapolicy.funding.BalanceCondition;
import io.github.rapolicy.funding.CostKind;
import io.github.rapolicy.funding.FundKind;
import io.github.rapolicy.funding.FundingSource;
import io.github.rapolicy.notice.Clause;
import io.github.rapolicy.position.Position;
import io.github.rapolicy.position.PositionCategory;
import io.github.rapolicy.position.PositionOrigin;
import io.github.rapolicy.testing.Checks;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Overlays: rules from outside the notice that settle what it leaves open, or restrict it. */
class OverlayTest {

  static final String REFORM_NAME = "中央财政科研经费管理改革";
  static final String REFORM_SOURCE = "国办发〔2021〕32号";

  static OverlayRule housingFundFromLabourFee(Verdict verdict) {
    return OverlayRule.settleCharge(
        FundKind.LABOUR_FEE,
        CostKind.HOUSING_FUND,
        verdict,
        "项目聘用人员的住房公积金纳入劳务费科目列支",
        "the housing provident fund of project-hired staff is charged to the labour fee");
  }

  /** A funding-reform overlay settling the housing fund from the labour fee as allowed. */
  static Overlay housingFundReform() {
    return Overlay.of(REFORM_NAME, REFORM_SOURCE, housingFundFromLabourFee(Verdict.ALLOWED));
  }

  static OverlayRule noHousingFundFromLabourFee() {
    return OverlayRule.restrictCharges(
        Optional.of(FundKind.LABOUR_FEE),
        Optional.of(CostKind.HOUSING_FUND),
        Optional.empty(),
        "本校劳务费不得列支住房公积金",
        "this university's labour fees do not pay the housing provident fund");
  }

  static OverlayRule noSocialInsuranceFromLabourFee() {
    return OverlayRule.restrictCharges(
        Optional.of(FundKind.LABOUR_FEE),
        Optional.of(CostKind.SOCIAL_INSURANCE_SUBSIDY),
        Optional.empty(),
        "本校劳务费不得列支社会保险补助",
        "this university's labour fees do not pay social-insurance subsidies");
  }

  private static final FundingSource LABOUR_FEE_OF_P = FundingSource.labourFee(P_ID);

  private static Answer charge(Policy policy, CostKind cost, FundingSource fund) {
    return policy.on(Fixtures.AUTUMN_2024).mayCharge(expense(onP(), cost)).to(fund);
  }

  @Nested
  class Settling {

    @Test
    @Checks({"3.3.3"})
    @DisplayName(
        "3.3.3 + overlay: a funding reform settles the housing fund from the labour fee as allowed,"
            + " naming the overlay")
    void settleHousingFund() {
      Overlay reform = housingFundReform();
      Policy policy = Policy.ofNotice().withOverlay(reform);

      Answer answer = charge(policy, CostKind.HOUSING_FUND, LABOUR_FEE_OF_P);

      assertThat(answer.verdict()).isEqualTo(Verdict.ALLOWED);
      Finding settled =
          answer.findings().stream()
              .filter(f -> f.reason() == Reason.OVERLAY_SETTLED)
              .findFirst()
              .orElseThrow();
      assertThat(settled.outcome()).isEqualTo(Verdict.ALLOWED);
      assertThat(settled.overlay()).contains(reform);
      assertThat(settled.overlayRule()).contains(housingFundFromLabourFee(Verdict.ALLOWED));
      assertThat(settled.settledReason()).contains(Reason.LABOUR_FEE_COST_NOT_NAMED);
      assertThat(settled.clauses()).containsExactly(Clause.C3_3_3);
      assertThat(answer.cites(Clause.C3_3_3)).isTrue();
      assertThat(settled.describe(Language.CHINESE)).contains(REFORM_NAME, REFORM_SOURCE);
      assertThat(settled.describe(Language.ENGLISH)).contains(REFORM_NAME, REFORM_SOURCE);
      assertThat(answer.explain(Language.CHINESE)).contains(REFORM_NAME, REFORM_SOURCE);
    }

    @Test
    @Checks({"3.3.3"})
    @DisplayName("3.3.3 + overlay: an overlay may also settle an open point as not allowed")
    void settleAsNotAllowed() {
      Policy policy =
          Policy.ofNotice()
              .withOverlay(
                  Overlay.of("某省规定", "某省财〔2024〕1号", housingFundFromLabourFee(Verdict.NOT_ALLOWED)));

      Answer answer = charge(policy, CostKind.HOUSING_FUND, LABOUR_FEE_OF_P);

      assertThat(answer.verdict()).isEqualTo(Verdict.NOT_ALLOWED);
      assertThat(answer.decidingFindings()).extracting(Finding::reason).containsExactly(Reason.OVERLAY_SETTLED);
    }

    @Test
    @Checks({"3.3.3"})
    @DisplayName("3.3.3 + overlay: settling the housing fund from the labour fee leaves other points alone")
    void settlesOnlyItsPoint() {
      Policy policy = Policy.ofNotice().withOverlay(housingFundReform());

      assertThat(charge(policy, CostKind.NOT_NAMED_BY_NOTICE, LABOUR_FEE_OF_P))
          .isEqualTo(charge(Policy.ofNotice(), CostKind.NOT_NAMED_BY_NOTICE, LABOUR_FEE_OF_P));
      FundingSource balance =
          FundingSource.retainedBalance(
              BalanceCondition.RETAINED_UNDER_RULES,
              BalanceCondition.ARRANGED_FOR_RESEARCH_WITH_POSITIONS);
      assertThat(charge(policy, CostKind.HOUSING_FUND, balance).verdict())
          .isEqualTo(Verdict.UNDECIDED);
      assertThat(charge(policy, CostKind.LABOUR_REMUNERATION, LABOUR_FEE_OF_P))
          .isEqualTo(charge(Policy.ofNotice(), CostKind.LABOUR_REMUNERATION, LABOUR_FEE_OF_P));
    }

    @Test
    @Checks({"3.3.2"})
    @DisplayName(
        "3.3.2 + overlay: settling the housing fund does not lift the notice's not-allowed for a"
            + " missing service agreement")
    void neverLiftsNotAllowed() {
      Policy policy = Policy.ofNotice().withOverlay(housingFundReform());
      Position unsigned =
          position(PositionCategory.AUXILIARY_RESEARCH, ON_P, PositionOrigin.NEW, false);

      Answer answer =
          policy
              .on(Fixtures.AUTUMN_2024)
              .mayCharge(expense(unsigned, CostKind.HOUSING_FUND))
              .to(LABOUR_FEE_OF_P);

      assertThat(answer.verdict()).isEqualTo(Verdict.NOT_ALLOWED);
      assertThat(answer.remedies()).contains(Remedy.SIGN_SERVICE_AGREEMENT);
    }

    @Test
    @Checks({"0.0.1"})
    @DisplayName("0.0.1 + overlay: an overlay settles positions of unnamed categories")
    void settleUnnamedCategory() {
      Overlay rule =
          Overlay.of(
              "某大学科研助理管理办法",
              "某大学〔2024〕12号",
              OverlayRule.settleUnnamedCategory(
                  Verdict.ALLOWED, "实验室安全管理岗位属科研助理岗位", "laboratory-safety posts are RA posts"));
      Policy policy = Policy.ofNotice().withOverlay(rule);
      Position unnamed =
          position(PositionCategory.NOT_NAMED_BY_NOTICE, ON_P, PositionOrigin.NEW, true);

      Answer qualifies = policy.on(Fixtures.AUTUMN_2024).qualifies(unnamed, MOE_UNIVERSITY);
      Answer charge =
          policy
              .on(Fixtures.AUTUMN_2024)
              .mayCharge(expense(unnamed, CostKind.LABOUR_REMUNERATION))
              .to(LABOUR_FEE_OF_P);

      assertThat(qualifies.verdict()).isEqualTo(Verdict.ALLOWED);
      assertThat(qualifies.cites(Clause.C0_0_1)).isTrue();
      assertThat(qualifies.findings())
          .filteredOn(f -> f.reason() == Reason.OVERLAY_SETTLED)
          .singleElement()
          .satisfies(f -> assertThat(f.overlay()).contains(rule));
      assertThat(charge.verdict()).isEqualTo(Verdict.ALLOWED);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(
        value = CostKind.class,
        names = {"LABOUR_REMUNERATION", "SOCIAL_INSURANCE_SUBSIDY"})
    @Checks({"3.3.3"})
    @DisplayName("3.3.3: settling a cost the labour fee's own rule decides is rejected at assembly")
    void settlingADecidedPointIsRejected(CostKind cost) {
      Overlay overlay =
          Overlay.of(
              "某办法",
              "某号",
              OverlayRule.settleCharge(
                  FundKind.LABOUR_FEE, cost, Verdict.NOT_ALLOWED, "劳务费不得列支", "labour fee does not pay"));

      assertThatThrownBy(() -> Policy.ofNotice().withOverlay(overlay))
          .isInstanceOf(IllegalArgumentException.class)
          .isNotInstanceOf(ConflictingOverlaysException.class)
          .hasMessage(
              "overlay 某办法 (某号) settles whether LABOUR_FEE pays "
                  + cost
                  + ", which the notice decides itself: ALLOWED under 3.3.3; an overlay settles"
                  + " only what the notice leaves undecided, and can restrict charges with"
                  + " OverlayRule.restrictCharges");
    }

    @Test
    @Checks({"3.3.3"})
    @DisplayName("3.3.3: settling a charge to another budget line (not authorised) is rejected")
    void settlingOtherBudgetLineIsRejected() {
      Overlay overlay =
          Overlay.of(
              "某办法",
              "某号",
              OverlayRule.settleCharge(
                  FundKind.OTHER_BUDGET_LINE,
                  CostKind.HOUSING_FUND,
                  Verdict.ALLOWED,
                  "设备费可列支住房公积金",
                  "equipment fees pay the housing fund"));

      assertThatThrownBy(() -> Policy.ofNotice().withOverlay(overlay))
          .isInstanceOf(IllegalArgumentException.class)
          .isNotInstanceOf(ConflictingOverlaysException.class)
          .as("names the clause that decides it, not an empty list")
          .hasMessageContaining(
              "settles whether OTHER_BUDGET_LINE pays HOUSING_FUND, which the notice decides"
                  + " itself: NOT_ALLOWED under 3.3.3;")
          .hasMessageNotContaining("[]");
    }

    @Test
    @Checks({"3.3.6"})
    @DisplayName("3.3.6: settling the housing fund from matching funds, which the notice allows, is rejected")
    void settlingMatchingFundHousingIsRejected() {
      Overlay overlay =
          Overlay.of(
              "某办法",
              "某号",
              OverlayRule.settleCharge(
                  FundKind.MATCHING_FUND,
                  CostKind.HOUSING_FUND,
                  Verdict.NOT_ALLOWED,
                  "配套资金不得列支住房公积金",
                  "matching funds do not pay the housing fund"));

      assertThatThrownBy(() -> Policy.ofNotice().withOverlay(overlay))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("which the notice decides itself: ALLOWED under 3.3.2, 3.3.6;");
    }

    @Test
    @DisplayName("overlay: a settling rule must say allowed or not allowed")
    void settlingUndecidedIsRejected() {
      assertThatThrownBy(() -> housingFundFromLabourFee(Verdict.UNDECIDED))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Nested
  class Restricting {

    @Test
    @Checks({"3.3.3"})
    @DisplayName("3.3.3 + overlay: a restriction makes a charge the notice allows not allowed")
    void restrict() {
      Overlay university = Overlay.of("某大学经费管理办法", "某大学〔2024〕3号", noSocialInsuranceFromLabourFee());
      Policy policy = Policy.ofNotice().withOverlay(university);

      Answer answer = charge(policy, CostKind.SOCIAL_INSURANCE_SUBSIDY, LABOUR_FEE_OF_P);

      assertThat(charge(Policy.ofNotice(), CostKind.SOCIAL_INSURANCE_SUBSIDY, LABOUR_FEE_OF_P).verdict())
          .isEqualTo(Verdict.ALLOWED);
      assertThat(answer.verdict()).isEqualTo(Verdict.NOT_ALLOWED);
      Finding restricted =
          answer.decidingFindings().stream()
              .filter(f -> f.reason() == Reason.OVERLAY_RESTRICTED)
              .findFirst()
              .orElseThrow();
      assertThat(restricted.overlay()).contains(university);
      assertThat(restricted.overlayRule()).contains(noSocialInsuranceFromLabourFee());
      assertThat(answer.explain(Language.ENGLISH)).contains("某大学经费管理办法");
      assertThat(charge(policy, CostKind.LABOUR_REMUNERATION, LABOUR_FEE_OF_P).verdict())
          .isEqualTo(Verdict.ALLOWED);
    }

    @Test
    @Checks({"3.3.3"})
    @DisplayName("3.3.3 + overlay: a restriction makes an undecided charge not allowed")
    void restrictUndecided() {
      Policy policy =
          Policy.ofNotice().withOverlay(Overlay.of("某大学办法", "某大学〔2024〕4号", noHousingFundFromLabourFee()));

      assertThat(charge(policy, CostKind.HOUSING_FUND, LABOUR_FEE_OF_P).verdict())
          .isEqualTo(Verdict.NOT_ALLOWED);
    }

    @Test
    @DisplayName("overlay: a restriction by category alone forbids every charge for that category")
    void restrictByCategory() {
      OverlayRule noFinance =
          OverlayRule.restrictCharges(
              Optional.empty(),
              Optional.empty(),
              Optional.of(PositionCategory.FINANCIAL_ASSISTANT),
              "财务助理不得从科研经费列支",
              "financial assistants are not paid from research funds");
      Policy policy = Policy.ofNotice().withOverlay(Overlay.of("某办法", "某号", noFinance));
      Position finance =
          position(PositionCategory.FINANCIAL_ASSISTANT, ON_P, PositionOrigin.NEW, true);

      Answer answer =
          policy
              .on(Fixtures.AUTUMN_2024)
              .mayCharge(expense(finance, CostKind.LABOUR_REMUNERATION))
              .to(FundingSource.matchingFund());

      assertThat(answer.verdict()).isEqualTo(Verdict.NOT_ALLOWED);
      assertThat(charge(policy, CostKind.LABOUR_REMUNERATION, FundingSource.matchingFund()).verdict())
          .isEqualTo(Verdict.ALLOWED);
    }

    @Test
    @DisplayName("overlay: a restriction must name a fund, a cost or a category")
    void restrictionNamesSomething() {
      assertThatThrownBy(
              () ->
                  OverlayRule.restrictCharges(
                      Optional.empty(), Optional.empty(), Optional.empty(), "一律不得", "nothing at all"))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Nested
  class Conflicts {

    @Test
    @DisplayName("overlay: two overlays settling the same point differently conflict, naming both")
    void conflictNamesBoth() {
      Overlay reform = housingFundReform();
      Overlay province =
          Overlay.of("某省规定", "某省财〔2024〕1号", housingFundFromLabourFee(Verdict.NOT_ALLOWED));
      Policy withReform = Policy.ofNotice().withOverlay(reform);

      assertThatThrownBy(() -> withReform.withOverlay(province))
          .isInstanceOfSatisfying(
              ConflictingOverlaysException.class,
              e -> {
                assertThat(e.firstOverlay()).isEqualTo(reform);
                assertThat(e.firstRule()).isEqualTo(housingFundFromLabourFee(Verdict.ALLOWED));
                assertThat(e.secondOverlay()).isEqualTo(province);
                assertThat(e.secondRule()).isEqualTo(housingFundFromLabourFee(Verdict.NOT_ALLOWED));
                assertThat(e.getMessage())
                    .contains(REFORM_NAME, REFORM_SOURCE, "某省规定", "某省财〔2024〕1号");
              });
    }

    @Test
    @DisplayName(
        "overlay: a restriction on exactly the point a settlement allows conflicts with it")
    void exactRestrictionConflicts() {
      Overlay university = Overlay.of("某大学办法", "某大学〔2024〕4号", noHousingFundFromLabourFee());

      assertThatThrownBy(
              () -> Policy.ofNotice().withOverlay(housingFundReform()).withOverlay(university))
          .isInstanceOf(ConflictingOverlaysException.class);
      assertThatThrownBy(
              () -> Policy.ofNotice().withOverlay(university).withOverlay(housingFundReform()))
          .isInstanceOf(ConflictingOverlaysException.class);
    }

    @Test
    @DisplayName(
        "overlay: a broader or narrower restriction covering an allowed settlement is treated like"
            + " an exact one")
    void conflictDetectionDoesNotDependOnWording() {
      OverlayRule exact = noHousingFundFromLabourFee();
      OverlayRule everyCost =
          OverlayRule.restrictCharges(
              Optional.of(FundKind.LABOUR_FEE),
              Optional.empty(),
              Optional.empty(),
              "本校劳务费不得列支任何科研助理支出",
              "this university's labour fees pay no RA cost");
      OverlayRule oneCategory =
          OverlayRule.restrictCharges(
              Optional.of(FundKind.LABOUR_FEE),
              Optional.of(CostKind.HOUSING_FUND),
              Optional.of(PositionCategory.AUXILIARY_RESEARCH),
              "辅助研究岗位的住房公积金不得从劳务费列支",
              "auxiliary-research posts' housing fund is not paid from labour fees");

      boolean exactConflicts = conflictsWithReform(exact);

      assertThat(conflictsWithReform(everyCost)).isEqualTo(exactConflicts);
      assertThat(conflictsWithReform(oneCategory)).isEqualTo(exactConflicts);
    }

    @Test
    @DisplayName(
        "overlay: settling that unnamed categories qualify and restricting charges for them answer"
            + " different questions, and layer without conflict")
    void categorySettlementAndChargeRestrictionDoNotConflict() {
      Overlay recognition =
          Overlay.of(
              "某大学科研助理管理办法",
              "某大学〔2024〕12号",
              OverlayRule.settleUnnamedCategory(
                  Verdict.ALLOWED, "实验室安全管理岗位属科研助理岗位", "laboratory-safety posts are RA posts"));
      Overlay restriction =
          Overlay.of(
              "某大学经费办法",
              "某大学〔2024〕13号",
              OverlayRule.restrictCharges(
                  Optional.empty(),
                  Optional.empty(),
                  Optional.of(PositionCategory.NOT_NAMED_BY_NOTICE),
                  "其他类别岗位不得使用科研经费",
                  "posts of other categories are paid from no research funds"));
      Policy policy = Policy.ofNotice().withOverlay(recognition).withOverlay(restriction);
      Position unnamed =
          position(PositionCategory.NOT_NAMED_BY_NOTICE, ON_P, PositionOrigin.NEW, true);

      assertThat(policy.on(Fixtures.AUTUMN_2024).qualifies(unnamed, MOE_UNIVERSITY).verdict())
          .isEqualTo(Verdict.ALLOWED);
      assertThat(
              policy
                  .on(Fixtures.AUTUMN_2024)
                  .mayCharge(expense(unnamed, CostKind.LABOUR_REMUNERATION))
                  .to(LABOUR_FEE_OF_P)
                  .verdict())
          .isEqualTo(Verdict.NOT_ALLOWED);
    }

    private boolean conflictsWithReform(OverlayRule restriction) {
      try {
        Policy.ofNotice()
            .withOverlay(housingFundReform())
            .withOverlay(Overlay.of("某大学办法", "某大学〔2024〕4号", restriction));
        return false;
      } catch (ConflictingOverlaysException e) {
        return true;
      }
    }

    @Test
    @DisplayName("overlay: two contradicting rules inside one overlay conflict")
    void conflictInsideOneOverlay() {
      Overlay muddled =
          Overlay.of(
              "自相矛盾的办法",
              "某号",
              housingFundFromLabourFee(Verdict.ALLOWED),
              housingFundFromLabourFee(Verdict.NOT_ALLOWED));

      assertThatThrownBy(() -> Policy.ofNotice().withOverlay(muddled))
          .isInstanceOfSatisfying(
              ConflictingOverlaysException.class,
              e -> {
                assertThat(e.firstOverlay()).isEqualTo(muddled);
                assertThat(e.secondOverlay()).isEqualTo(muddled);
              });
    }

    @Test
    @DisplayName("overlay: two overlays settling a point the same way do not conflict")
    void agreeingOverlays() {
      Overlay again = Overlay.of("某省规定", "某省财〔2024〕2号", housingFundFromLabourFee(Verdict.ALLOWED));

      Policy policy = Policy.ofNotice().withOverlay(housingFundReform()).withOverlay(again);

      assertThat(charge(policy, CostKind.HOUSING_FUND, LABOUR_FEE_OF_P).verdict())
          .isEqualTo(Verdict.ALLOWED);
    }

    @Test
    @DisplayName("overlay: a failed assembly leaves the policy it started from unchanged")
    void failedAssemblyChangesNothing() {
      Policy withReform = Policy.ofNotice().withOverlay(housingFundReform());
      Overlay province =
          Overlay.of("某省规定", "某省财〔2024〕1号", housingFundFromLabourFee(Verdict.NOT_ALLOWED));

      assertThatThrownBy(() -> withReform.withOverlay(province))
          .isInstanceOf(ConflictingOverlaysException.class);
      assertThat(withReform.overlays()).containsExactly(housingFundReform());
      assertThat(Policy.ofNotice().overlays()).isEmpty();
    }
  }

  @Nested
  class Layering {

    @Test
    @DisplayName("overlay: the order overlays are layered in does not change any verdict")
    void orderDoesNotMatter() {
      Overlay reform = housingFundReform();
      Overlay university =
          Overlay.of("某大学经费管理办法", "某大学〔2024〕3号", noSocialInsuranceFromLabourFee());
      Policy one = Policy.ofNotice().withOverlay(reform).withOverlay(university);
      Policy other = Policy.ofNotice().withOverlay(university).withOverlay(reform);

      for (CostKind cost : CostKind.values()) {
        for (FundingSource fund :
            new FundingSource[] {
              LABOUR_FEE_OF_P,
              FundingSource.matchingFund(),
              FundingSource.retainedBalance(BalanceCondition.values())
            }) {
          assertThat(charge(one, cost, fund).verdict())
              .as("%s from %s", cost, fund.kind())
              .isEqualTo(charge(other, cost, fund).verdict());
        }
      }
      assertThat(charge(one, CostKind.HOUSING_FUND, LABOUR_FEE_OF_P).verdict())
          .isEqualTo(Verdict.ALLOWED);
      assertThat(charge(one, CostKind.SOCIAL_INSURANCE_SUBSIDY, LABOUR_FEE_OF_P).verdict())
          .isEqualTo(Verdict.NOT_ALLOWED);
    }

    @Test
    @DisplayName("overlay: layering never mutates the notice's policy")
    void noticeIsNeverMutated() {
      Answer before = charge(Policy.ofNotice(), CostKind.HOUSING_FUND, LABOUR_FEE_OF_P);

      Policy layered = Policy.ofNotice().withOverlay(housingFundReform());

      assertThat(layered).isNotSameAs(Policy.ofNotice());
      assertThat(layered.overlays()).containsExactly(housingFundReform());
      assertThat(Policy.ofNotice().overlays()).isEmpty();
      assertThat(charge(Policy.ofNotice(), CostKind.HOUSING_FUND, LABOUR_FEE_OF_P))
          .isEqualTo(before);
      assertThat(before.verdict()).isEqualTo(Verdict.UNDECIDED);
    }

    @Test
    @DisplayName("overlay: an overlay with no rules changes nothing")
    void emptyOverlay() {
      Policy empty = Policy.ofNotice().withOverlay(Overlay.of("x", "y"));

      for (CostKind cost : CostKind.values()) {
        assertThat(charge(empty, cost, LABOUR_FEE_OF_P))
            .isEqualTo(charge(Policy.ofNotice(), cost, LABOUR_FEE_OF_P));
      }
    }

    @Test
    @DisplayName("overlay: an overlay must have a name and cite its source")
    void nameAndSource() {
      assertThatThrownBy(() -> Overlay.of(" ", "国办发〔2021〕32号"))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> Overlay.of("改革", ""))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
