package io.github.rapolicy.rules;

import static io.github.rapolicy.rules.Fixtures.FIRM_IN_ZONE;
import static io.github.rapolicy.rules.Fixtures.ISSUED;
import static io.github.rapolicy.rules.Fixtures.MOE_UNIVERSITY;
import static io.github.rapolicy.rules.Fixtures.P_ID;
import static io.github.rapolicy.rules.Fixtures.expense;
import static io.github.rapolicy.rules.Fixtures.onP;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.rapolicy.funding.CostKind;
import io.github.rapolicy.funding.FundingSource;
import io.github.rapolicy.notice.Clause;
import io.github.rapolicy.position.GraduationCohort;
import io.github.rapolicy.testing.Checks;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Decision 5: is the notice in force on the question's date (落款 date: 2024年6月25日)? */
class InForceTest {

  private static List<Answer> everyQuestion(LocalDate date) {
    Policy.OnDate on = Policy.ofNotice().on(date);
    return List.of(
        on.isInScope(MOE_UNIVERSITY).answer(),
        on.qualifies(onP(), FIRM_IN_ZONE),
        on.isInCohort(GraduationCohort.NOTICE_COHORT),
        on.mayCharge(expense(onP(), CostKind.LABOUR_REMUNERATION))
            .to(FundingSource.labourFee(P_ID)));
  }

  @Test
  @Checks({"date"})
  @DisplayName("date: the dates of any five consecutive calendar years keep their steps apart")
  void fiveYearsOfDatesHaveSlotsOfTheirOwn() {
    for (int first : new int[] {1999, 2020, 2024, 2096, 2398}) {
      Set<Integer> slots = new HashSet<>();
      int dates = 0;
      for (LocalDate d = LocalDate.of(first, 1, 1);
          d.isBefore(LocalDate.of(first + 5, 1, 1));
          d = d.plusDays(1)) {
        slots.add(Policy.slotOf(d));
        dates++;
      }
      assertThat(slots).as("from %s", first).hasSize(dates);
      assertThat(slots).allMatch(slot -> slot >= 0 && slot < Policy.DATES_KEPT);
    }
  }

  @Test
  @Checks({"date"})
  @DisplayName("date: every date has a slot, the first and last dates and year 0 and before among them")
  void extremeDatesHaveSlots() {
    Policy policy = Policy.ofNotice();
    for (LocalDate date :
        List.of(
            LocalDate.MIN,
            LocalDate.MAX,
            LocalDate.of(-1, 12, 31),
            LocalDate.of(0, 1, 1),
            LocalDate.of(1, 1, 1))) {
      assertThat(Policy.slotOf(date)).as("%s", date).isBetween(0, Policy.DATES_KEPT - 1);
      assertThat(policy.on(date).date()).isEqualTo(date);
    }
    assertThat(policy.on(LocalDate.MIN).isInScope(MOE_UNIVERSITY).answer().isInForce()).isFalse();
    assertThat(policy.on(LocalDate.MAX).isInCohort(GraduationCohort.NOTICE_COHORT).isInForce())
        .isTrue();
  }

  @Test
  @Checks({"date"})
  @DisplayName(
      "date: a policy asked on dates whose kept steps share a slot answers each on its own date")
  void keptStepsAnswerOnTheirOwnDates() {
    Policy policy = Policy.ofNotice();
    LocalDate before = ISSUED.minusDays(1);
    LocalDate after = before.plusDays(1); // the next date with the same slot: in force
    while (Policy.slotOf(after) != Policy.slotOf(before)) {
      after = after.plusDays(1);
    }
    FundingSource fund = FundingSource.labourFee(P_ID);
    Expense salary = expense(onP(), CostKind.LABOUR_REMUNERATION);
    for (int round = 0; round < 3; round++) {
      assertThat(policy.on(before).date()).isEqualTo(before);
      assertThat(policy.on(before).mayCharge(salary, fund).isInForce()).isFalse();
      assertThat(policy.on(after).date()).isEqualTo(after);
      assertThat(policy.on(after).mayCharge(salary, fund).isInForce()).isTrue();
      assertThat(policy.on(after)).as("a step is kept").isSameAs(policy.on(after));
    }
  }

  @Test
  @Checks({"date"})
  @DisplayName("date: on 2024-06-24, the day before issue, every question is undecided, citing date only")
  void dayBeforeIssue() {
    for (Answer answer : everyQuestion(ISSUED.minusDays(1))) {
      assertThat(answer.isInForce()).as("%s", answer.question()).isFalse();
      assertThat(answer.verdict()).as("%s", answer.question()).isEqualTo(Verdict.UNDECIDED);
      assertThat(answer.clauses()).as("%s", answer.question()).containsExactly(Clause.DATE);
      assertThat(answer.decidingFindings())
          .extracting(Finding::reason)
          .containsExactly(Reason.NOT_IN_FORCE);
      assertThat(answer.remedies()).containsExactly(Remedy.ASK_ON_OR_AFTER_ISSUE);
    }
  }

  @Test
  @Checks({"date"})
  @DisplayName("date: on the day of issue, 2024-06-25, the notice is in force")
  void dayOfIssue() {
    for (Answer answer : everyQuestion(ISSUED)) {
      assertThat(answer.isInForce()).as("%s", answer.question()).isTrue();
      assertThat(answer.verdict()).as("%s", answer.question()).isEqualTo(Verdict.ALLOWED);
      assertThat(answer.cites(Clause.DATE)).as("%s", answer.question()).isFalse();
    }
  }

  @Test
  @Checks({"date"})
  @DisplayName("date: before issue a unit is neither in a channel nor only generally encouraged")
  void scopeBeforeIssue() {
    ScopeAnswer answer = Policy.ofNotice().on(LocalDate.of(2024, 1, 1)).isInScope(MOE_UNIVERSITY);

    assertThat(answer.verdict()).isEqualTo(Verdict.UNDECIDED);
    assertThat(answer.channels()).isEmpty();
    assertThat(answer.isLeadUnit()).isFalse();
    assertThat(answer.isOnlyGenerallyEncouraged()).isFalse();
    assertThat(answer.answer().isInForce()).isFalse();
  }

  @Test
  @Checks({"date"})
  @DisplayName("date: overlays do not bring the notice into force before its issue")
  void overlaysBeforeIssue() {
    Policy policy = Policy.ofNotice().withOverlay(OverlayTest.housingFundReform());
    Answer answer =
        policy
            .on(ISSUED.minusDays(1))
            .mayCharge(expense(onP(), CostKind.HOUSING_FUND))
            .to(FundingSource.labourFee(P_ID));

    assertThat(answer.isInForce()).isFalse();
    assertThat(answer.verdict()).isEqualTo(Verdict.UNDECIDED);
    assertThat(answer.clauses()).containsExactly(Clause.DATE);
  }
}
