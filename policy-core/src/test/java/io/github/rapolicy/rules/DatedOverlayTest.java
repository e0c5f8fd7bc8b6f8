package io.github.rapolicy.rules;

import static io.github.rapolicy.rules.Fixtures.MOE_UNIVERSITY;
import static io.github.rapolicy.rules.Fixtures.ON_P;
import static io.github.rapolicy.rules.Fixtures.P_ID;
import static io.github.rapolicy.rules.Fixtures.expense;
import static io.github.rapolicy.rules.Fixtures.onP;
import static io.github.rapolicy.rules.Fixtures.position;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rapolicy.funding.CostKind;
import io.github.rapolicy.funding.FundKind;
import io.github.rapolicy.funding.FundingSource;
import io.github.rapolicy.position.Position;
import io.github.rapolicy.position.PositionCategory;
import io.github.rapolicy.position.PositionOrigin;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Overlays in force for a period: {@code policy.on(date)} applies those in force on the date, an
 * answer names those it left out, and a revision replacing a rule from a date is no contradiction.
 */
class DatedOverlayTest {

  static final LocalDate JULY_2024 = LocalDate.of(2024, 7, 1);
  static final LocalDate REVISED = LocalDate.of(2025, 9, 1);
  static final LocalDate LAST_DAY_BEFORE = REVISED.minusDays(1);

  private static final FundingSource LABOUR_FEE_OF_P = FundingSource.labourFee(P_ID);

  /** The university's rules of 2024: the labour fee pays the housing fund, until the revision. */
  static Overlay rules2024() {
    return Overlay.of(
        "某大学科研助理岗位管理办法",
        "某大学〔2024〕12号",
        InForce.between(JULY_2024, REVISED),
        OverlayTest.housingFundFromLabourFee(Verdict.ALLOWED));
  }

  /** The revision of 2025: from its first day the labour fee no longer pays the housing fund. */
  static Overlay revision2025() {
    return Overlay.of(
        "某大学科研助理岗位管理办法（2025年修订）",
        "某大学〔2025〕30号",
        InForce.from(REVISED),
        OverlayTest.housingFundFromLabourFee(Verdict.NOT_ALLOWED));
  }

  private static Answer housingFund(Policy policy, LocalDate date) {
    return policy.on(date).mayCharge(expense(onP(), CostKind.HOUSING_FUND), LABOUR_FEE_OF_P);
  }

  @Nested
  class Periods {

    @Test
    @DisplayName("a period includes its first day and excludes its end, the day a revision begins")
    void bounds() {
      InForce period = InForce.between(JULY_2024, REVISED);
      assertThat(period.includes(JULY_2024.minusDays(1))).isFalse();
      assertThat(period.includes(JULY_2024)).isTrue();
      assertThat(period.includes(LAST_DAY_BEFORE)).isTrue();
      assertThat(period.includes(REVISED)).isFalse();
      assertThat(period.since()).contains(JULY_2024);
      assertThat(period.until()).contains(REVISED);
      assertThat(period.isAlways()).isFalse();

      InForce open = InForce.from(REVISED);
      assertThat(open.includes(LAST_DAY_BEFORE)).isFalse();
      assertThat(open.includes(REVISED)).isTrue();
      assertThat(open.includes(LocalDate.MAX)).isTrue();
      assertThat(open.until()).isEmpty();
      assertThat(open.isAlways()).isFalse();

      assertThat(InForce.always().includes(LocalDate.MIN)).isTrue();
      assertThat(InForce.always().includes(LocalDate.MAX)).isTrue();
      assertThat(InForce.always().isAlways()).isTrue();
      assertThat(InForce.always().since()).isEmpty();
    }

    @Test
    @DisplayName("periods overlap when they share a day: a rule and its revision share none")
    void overlaps() {
      InForce old = InForce.between(JULY_2024, REVISED);
      assertThat(old.overlaps(InForce.from(REVISED))).isFalse();
      assertThat(InForce.from(REVISED).overlaps(old)).isFalse();
      assertThat(old.overlaps(InForce.from(LAST_DAY_BEFORE))).isTrue();
      assertThat(InForce.from(LAST_DAY_BEFORE).overlaps(old)).isTrue();
      assertThat(old.overlaps(InForce.between(JULY_2024.minusDays(1), JULY_2024))).isFalse();
      assertThat(old.overlaps(InForce.between(JULY_2024.minusDays(1), JULY_2024.plusDays(1))))
          .isTrue();
      assertThat(old.overlaps(old)).isTrue();
      assertThat(old.overlaps(InForce.always())).isTrue();
      assertThat(InForce.always().overlaps(old)).isTrue();
      assertThat(InForce.from(REVISED).overlaps(InForce.from(JULY_2024))).isTrue();
    }

    @Test
    @DisplayName("a period ends after it begins; one without a first day is refused")
    void refusesEmptyPeriods() {
      assertThatThrownBy(() -> InForce.between(REVISED, REVISED))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "a period in force ends after it begins: from 2025-09-01 until 2025-09-01"
                  + " (exclusive)");
      assertThatThrownBy(() -> InForce.between(REVISED, JULY_2024))
          .isInstanceOf(IllegalArgumentException.class);
      assertThat(InForce.between(LAST_DAY_BEFORE, REVISED).includes(LAST_DAY_BEFORE)).isTrue();
      assertThatThrownBy(() -> ImmutableInForce.builder().until(REVISED).build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("a period in force has a first day");
    }

    @Test
    @DisplayName("a period reads in Chinese and English, the end said to be exclusive")
    void describes() {
      InForce period = InForce.between(JULY_2024, REVISED);
      assertThat(period.describe(Language.CHINESE)).isEqualTo("自2024-07-01起施行，2025-09-01起不再施行");
      assertThat(period.describe(Language.ENGLISH))
          .isEqualTo("in force from 2024-07-01 until 2025-09-01 (exclusive)");
      assertThat(InForce.from(REVISED).describe(Language.CHINESE)).isEqualTo("自2025-09-01起施行");
      assertThat(InForce.from(REVISED).describe(Language.ENGLISH))
          .isEqualTo("in force from 2025-09-01");
      assertThat(InForce.always().describe(Language.CHINESE)).isEqualTo("未限定施行期间");
      assertThat(InForce.always().describe(Language.ENGLISH)).isEqualTo("in force on every date");
      assertThat(period).hasToString("InForce[2024-07-01, 2025-09-01)");
      assertThat(InForce.always()).hasToString("InForce[…, …)");
    }

    @Test
    @DisplayName("an overlay is in force on every date unless it is given a period")
    void overlayPeriod() {
      assertThat(OverlayTest.housingFundReform().inForce()).isEqualTo(InForce.always());
      assertThat(OverlayTest.housingFundReform().isInForceOn(LocalDate.MIN)).isTrue();
      assertThat(rules2024().isInForceOn(LAST_DAY_BEFORE)).isTrue();
      assertThat(rules2024().isInForceOn(REVISED)).isFalse();
      assertThat(revision2025().isInForceOn(REVISED)).isTrue();
    }
  }

  @Nested
  class Answers {

    @Test
    @DisplayName("on a date, the overlay in force decides: the rule of 2024, then its revision")
    void revisionTakesOverOnItsDay() {
      Policy policy = Policy.ofNotice().withOverlay(rules2024()).withOverlay(revision2025());

      Answer before = housingFund(policy, LAST_DAY_BEFORE);
      assertThat(before.verdict()).isEqualTo(Verdict.ALLOWED);
      assertThat(before.overlaysApplied()).containsExactly(rules2024());
      assertThat(before.overlaysNotInForce()).containsExactly(revision2025());

      Answer after = housingFund(policy, REVISED);
      assertThat(after.verdict()).isEqualTo(Verdict.NOT_ALLOWED);
      assertThat(after.overlaysApplied()).containsExactly(revision2025());
      assertThat(after.overlaysNotInForce()).containsExactly(rules2024());

      Answer beforeBoth = housingFund(policy, JULY_2024.minusDays(1));
      assertThat(beforeBoth.verdict()).isEqualTo(Verdict.UNDECIDED);
      assertThat(beforeBoth.overlaysApplied()).isEmpty();
      assertThat(beforeBoth.overlaysNotInForce()).containsExactly(rules2024(), revision2025());

      // The two-step form reads the same rules.
      assertThat(policy.on(REVISED).mayCharge(expense(onP(), CostKind.HOUSING_FUND)).to(LABOUR_FEE_OF_P))
          .isEqualTo(after);
      assertThat(
              policy.on(REVISED).mayCharge(expense(onP(), CostKind.HOUSING_FUND))
                  .to(LABOUR_FEE_OF_P)
                  .overlaysNotInForce())
          .containsExactly(rules2024());
    }

    @Test
    @DisplayName("an overlay not in force is named only where it would have changed the answer")
    void notInForceOnlyWhereItBears() {
      Policy policy = Policy.ofNotice().withOverlay(rules2024()).withOverlay(revision2025());
      Answer salary =
          policy.on(REVISED).mayCharge(expense(onP(), CostKind.LABOUR_REMUNERATION), LABOUR_FEE_OF_P);
      assertThat(salary.verdict()).isEqualTo(Verdict.ALLOWED);
      assertThat(salary.overlaysApplied()).isEmpty();
      assertThat(salary.overlaysNotInForce()).isEmpty();
      assertThat(OverlayTest.housingFundReform().rules()).isNotEmpty();
    }

    @Test
    @DisplayName("a restriction in force for a period forbids on its dates only, and is named out of them")
    void datedRestriction() {
      Overlay restriction =
          Overlay.of(
              "某大学临时规定",
              "某大学〔2024〕20号",
              InForce.between(JULY_2024, REVISED),
              OverlayTest.noSocialInsuranceFromLabourFee());
      Policy policy = Policy.ofNotice().withOverlay(restriction);
      Answer during =
          policy.on(LAST_DAY_BEFORE)
              .mayCharge(expense(onP(), CostKind.SOCIAL_INSURANCE_SUBSIDY), LABOUR_FEE_OF_P);
      assertThat(during.verdict()).isEqualTo(Verdict.NOT_ALLOWED);
      assertThat(during.overlaysApplied()).containsExactly(restriction);
      Answer after =
          policy.on(REVISED).mayCharge(expense(onP(), CostKind.SOCIAL_INSURANCE_SUBSIDY), LABOUR_FEE_OF_P);
      assertThat(after.verdict()).isEqualTo(Verdict.ALLOWED);
      assertThat(after.overlaysNotInForce()).containsExactly(restriction);
      assertThat(after).isEqualTo(housingFundFree(CostKind.SOCIAL_INSURANCE_SUBSIDY));
    }

    private Answer housingFundFree(CostKind cost) {
      return Policy.ofNotice().on(REVISED).mayCharge(expense(onP(), cost), LABOUR_FEE_OF_P);
    }

    @Test
    @DisplayName("a settlement of unnamed categories in force for a period decides decision 2 on its dates")
    void datedCategorySettlement() {
      Overlay categories =
          Overlay.of(
              "某大学岗位目录",
              "某大学〔2024〕8号",
              InForce.from(REVISED),
              OverlayRule.settleUnnamedCategory(Verdict.ALLOWED, "其他岗位属科研助理", "other posts are RA posts"));
      Policy policy = Policy.ofNotice().withOverlay(categories);
      Position other =
          position(PositionCategory.NOT_NAMED_BY_NOTICE, ON_P, PositionOrigin.NEW, true);
      Answer before = policy.on(LAST_DAY_BEFORE).qualifies(other, MOE_UNIVERSITY);
      assertThat(before.verdict()).isEqualTo(Verdict.UNDECIDED);
      assertThat(before.overlaysNotInForce()).containsExactly(categories);
      Answer after = policy.on(REVISED).qualifies(other, MOE_UNIVERSITY);
      assertThat(after.verdict()).isEqualTo(Verdict.ALLOWED);
      assertThat(after.overlaysApplied()).containsExactly(categories);
      assertThat(after.overlaysNotInForce()).isEmpty();
      assertThat(policy.on(LAST_DAY_BEFORE).qualifies(onP(), MOE_UNIVERSITY).overlaysNotInForce())
          .isEmpty();
    }

    @Test
    @DisplayName("the explanation lists the overlays left out as not in force, with their periods")
    void explains() {
      Policy policy = Policy.ofNotice().withOverlay(rules2024()).withOverlay(revision2025());
      Answer after = housingFund(policy, REVISED);
      assertThat(after.explain(Language.ENGLISH))
          .contains(
              "Overlays not applied (not in force on the date):\n"
                  + "  - \"某大学科研助理岗位管理办法\" (某大学〔2024〕12号), in force from 2024-07-01"
                  + " until 2025-09-01 (exclusive)\n")
          .contains("overlay \"某大学科研助理岗位管理办法（2025年修订）\" (某大学〔2025〕30号)");
      assertThat(after.explain(Language.CHINESE))
          .contains(
              "未适用的叠加规则（所问日期不在其施行期间内）：\n"
                  + "  - 「某大学科研助理岗位管理办法」（某大学〔2024〕12号），自2024-07-01起施行，2025-09-01起不再施行\n");
      assertThat(housingFund(Policy.ofNotice().withOverlay(rules2024()), LAST_DAY_BEFORE).explain(Language.ENGLISH))
          .doesNotContain("not in force on the date");
    }

    @Test
    @DisplayName("before the notice was issued, overlays in force or not make no difference")
    void beforeTheNotice() {
      Overlay always = OverlayTest.housingFundReform();
      Policy policy = Policy.ofNotice().withOverlay(always);
      Answer answer = housingFund(policy, Fixtures.ISSUED.minusDays(1));
      assertThat(answer.isInForce()).isFalse();
      assertThat(answer.overlaysApplied()).isEmpty();
      assertThat(answer.overlaysNotInForce()).isEmpty();
    }
  }

  @Nested
  class Contradictions {

    @Test
    @DisplayName("a revision replacing a rule from the day it ends does not contradict it, either order")
    void revisionIsNoConflict() {
      Policy policy = Policy.ofNotice().withOverlay(rules2024()).withOverlay(revision2025());
      assertThat(policy.overlays()).containsExactly(rules2024(), revision2025());
      assertThat(Policy.ofNotice().withOverlay(revision2025()).withOverlay(rules2024()).overlays())
          .containsExactly(revision2025(), rules2024());
    }

    @Test
    @DisplayName("rules that disagree contradict where their periods share a single day")
    void overlapByOneDayConflicts() {
      Overlay early =
          Overlay.of(
              "某大学科研助理岗位管理办法（2025年修订）",
              "某大学〔2025〕30号",
              InForce.from(LAST_DAY_BEFORE),
              OverlayTest.housingFundFromLabourFee(Verdict.NOT_ALLOWED));
      Policy withRules = Policy.ofNotice().withOverlay(rules2024());
      assertThatThrownBy(() -> withRules.withOverlay(early))
          .isInstanceOfSatisfying(
              ConflictingOverlaysException.class,
              e -> {
                assertThat(e.firstOverlay()).isEqualTo(rules2024());
                assertThat(e.secondOverlay()).isEqualTo(early);
                assertThat(e)
                    .hasMessageContaining(
                        "(某大学科研助理岗位管理办法, 某大学〔2024〕12号, in force from 2024-07-01 until"
                            + " 2025-09-01 (exclusive))")
                    .hasMessageContaining("in force from 2025-08-31)");
              });
      Overlay undated =
          Overlay.of("某省规定", "某省财〔2024〕1号", OverlayTest.housingFundFromLabourFee(Verdict.NOT_ALLOWED));
      assertThatThrownBy(() -> withRules.withOverlay(undated))
          .isInstanceOf(ConflictingOverlaysException.class)
          .hasMessageContaining("(某省规定, 某省财〔2024〕1号)");
    }

    @Test
    @DisplayName("a restriction in force after a settlement ends does not contradict it")
    void restrictionAfterSettlement() {
      Overlay restriction =
          Overlay.of(
              "某大学规定（2025年修订）",
              "某大学〔2025〕31号",
              InForce.from(REVISED),
              OverlayTest.noHousingFundFromLabourFee());
      Policy policy = Policy.ofNotice().withOverlay(rules2024()).withOverlay(restriction);
      assertThat(housingFund(policy, LAST_DAY_BEFORE).verdict()).isEqualTo(Verdict.ALLOWED);
      assertThat(housingFund(policy, REVISED).verdict()).isEqualTo(Verdict.NOT_ALLOWED);
      Overlay overlapping =
          Overlay.of(
              "某大学规定（2025年修订）",
              "某大学〔2025〕31号",
              InForce.from(LAST_DAY_BEFORE),
              OverlayTest.noHousingFundFromLabourFee());
      assertThatThrownBy(() -> Policy.ofNotice().withOverlay(rules2024()).withOverlay(overlapping))
          .isInstanceOf(ConflictingOverlaysException.class);
    }

    @Test
    @DisplayName("a settlement of a point the notice decides is refused whatever its period")
    void decidedPointRefused() {
      Overlay decided =
          Overlay.of(
              "某规定",
              "某号",
              InForce.from(REVISED),
              OverlayRule.settleCharge(
                  FundKind.LABOUR_FEE, CostKind.LABOUR_REMUNERATION, Verdict.NOT_ALLOWED, "不得", "no"));
      assertThatThrownBy(() -> Policy.ofNotice().withOverlay(decided))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("which the notice decides itself");
    }
  }
}
