package io.github.rapolicy.obligations;

import static io.github.rapolicy.obligations.Fixtures.IN_FORCE;
import static io.github.rapolicy.obligations.Fixtures.MOE_UNIVERSITY;
import static io.github.rapolicy.obligations.Fixtures.PROVINCIAL_ZONE;
import static io.github.rapolicy.obligations.Fixtures.SME_IN_ZONE;
import static io.github.rapolicy.obligations.Fixtures.ZHONGGUANCUN;
import static io.github.rapolicy.obligations.Fixtures.inForce;
import static io.github.rapolicy.obligations.Fixtures.signed;
import static io.github.rapolicy.obligations.Fixtures.unsigned;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rapolicy.notice.Clause;
import io.github.rapolicy.position.Position;
import io.github.rapolicy.position.PositionOrigin;
import io.github.rapolicy.rules.Language;
import io.github.rapolicy.testing.Checks;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What the obligations types print (their {@code toString} and explanations), which clauses they
 * cite and which not, and the invariants their values keep even when built inside the package.
 */
class ObligationsTextsAndInvariantsTest {

  private static final Checklist CHECKLIST =
      inForce().checklist(MOE_UNIVERSITY, List.of(signed("RA-1"), unsigned("RA-2")), UnitPractice.notKnown());

  @Test
  @DisplayName("Obligations, its dated view and the reporting calendar print what they are about")
  void obligationsToString() {
    assertThat(Obligations.ofNotice()).hasToString("Obligations[Policy[工信部联规〔2024〕122号]]");
    assertThat(inForce()).hasToString("Obligations on 2024-09-30");
    ReportingCalendar calendar = ReportingCalendar.ofNotice();
    assertThat(calendar)
        .hasToString(
            "ReportingCalendar"
                + calendar.deadlines()
                + " "
                + calendar.reporters()
                + " -> "
                + calendar.recipient());
  }

  @Test
  @DisplayName("a checklist prints the unit, the date, its compliance and clauses")
  void checklistToString() {
    assertThat(CHECKLIST)
        .hasToString("某理工大学 2024-09-30 " + CHECKLIST.compliance() + " " + CHECKLIST.clauses());
    assertThat(CHECKLIST.toString()).contains("3.3.2");
  }

  @Test
  @DisplayName("a row of a zone evaluation prints the unit's name and the position's ID")
  void unitPositionToString() {
    assertThat(UnitPosition.of(SME_IN_ZONE, signed("RA-1")))
        .hasToString(SME_IN_ZONE.name() + "/RA-1");
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  @DisplayName("a checklist marks each item by its status and lists the facts still to be given")
  void checklistExplanation(Language language) {
    String text = CHECKLIST.explain(language);
    assertThat(CHECKLIST.items())
        .extracting(ChecklistItem::status)
        .contains(ItemStatus.MET, ItemStatus.NOT_MET, ItemStatus.NOT_KNOWN);
    for (ChecklistItem item : CHECKLIST.items()) {
      assertThat(text).contains("  " + expectedMark(item.status()) + " ");
    }
    String facts = language.pick("尚需说明的情况：", "Facts still to be given:");
    assertThat(text).contains(facts);
    String after = text.substring(text.indexOf(facts));
    for (ChecklistItem item : CHECKLIST.items()) {
      if (item.status() == ItemStatus.NOT_KNOWN) {
        assertThat(after).contains("  - " + item.provision().wording(ItemStatus.NOT_KNOWN, language));
      }
    }
  }

  @Test
  @DisplayName("a checklist whose facts are all given lists none still to be given")
  void checklistWithoutUnknownFacts() {
    Checklist checklist =
        inForce().checklist(MOE_UNIVERSITY, List.of(signed("RA-1")), Fixtures.dutifulOnly());
    assertThat(checklist.items()).extracting(ChecklistItem::status).doesNotContain(ItemStatus.NOT_KNOWN);
    assertThat(checklist.explain(Language.ENGLISH)).doesNotContain("Facts still to be given:");
  }

  private static String expectedMark(ItemStatus status) {
    return switch (status) {
      case MET, TAKEN_UP -> "✓";
      case NOT_MET -> "✗";
      case NOT_KNOWN -> "?";
      case NOT_APPLICABLE -> "–";
      case ADVISED -> "○";
    };
  }

  @Test
  @DisplayName("a checklist counts no fewer than zero positions; an item's position has an ID")
  void checklistInvariants() {
    assertThatThrownBy(
            () ->
                ImmutableChecklist.builder()
                    .date(IN_FORCE)
                    .unit(MOE_UNIVERSITY)
                    .positionCount(-1)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must not be negative: -1");
    assertThatThrownBy(() -> ChecklistItem.ofPosition(Provision.SERVICE_AGREEMENT, ItemStatus.MET, " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("position id must not be blank: \" \"");
  }

  @Test
  @DisplayName("the reporting answer counts one day, or several days, left to the next deadline")
  void daysLeft() {
    ReportingAnswer oneDay = ReportingCalendar.ofNotice().on(ReportingDeadline.JULY_20.lastDay().minusDays(1));
    assertThat(oneDay.daysLeft()).contains(1);
    assertThat(oneDay.explain(Language.ENGLISH)).contains("; 1 day left)").doesNotContain("1 days");
    assertThat(oneDay.explain(Language.CHINESE)).contains("还有1天");
    ReportingAnswer twoDays = ReportingCalendar.ofNotice().on(ReportingDeadline.JULY_20.lastDay().minusDays(2));
    assertThat(twoDays.explain(Language.ENGLISH)).contains("; 2 days left)");
  }


  @Test
  @DisplayName("the reporting answer prints its date, next deadline and those passed")
  void reportingAnswerToString() {
    ReportingAnswer answer = ReportingCalendar.ofNotice().on(ReportingDeadline.JULY_20.lastDay());
    assertThat(answer).hasToString(answer.date() + " next=JULY_20 passed=" + answer.passed());
    assertThat(answer.passed()).contains(ReportingDeadline.JULY_5);
    assertThat(ReportingCalendar.ofNotice().on(IN_FORCE).toString()).startsWith("2024-09-30 next=none passed=");
  }

  @Test
  @DisplayName("answers cite their clauses and no others")
  void citesOnlyItsClauses() {
    ReportingAnswer reporting = inForce().reporting();
    assertThat(reporting.cites(Clause.C3_4_2)).isTrue();
    assertThat(reporting.cites(Clause.C3_3_2)).isFalse();
    PositionsToFillFirst first = inForce().positionsToFillFirst(List.of(signed("RA-1")));
    assertThat(first.cites(Clause.C2_1_3)).isTrue();
    assertThat(first.cites(Clause.C3_3_2)).isFalse();
    ZoneEvaluation evaluation = inForce().zoneEvaluation(ZHONGGUANCUN, List.of());
    assertThat(evaluation.cites(Clause.C2_2_3)).isTrue();
    assertThat(evaluation.cites(Clause.C2_2_2)).isTrue();
    assertThat(evaluation.cites(Clause.C3_3_2)).isFalse();
  }

  @Test
  @DisplayName("positions to fill first print the date, the position IDs and the clauses")
  void positionsToFillFirstToString() {
    PositionsToFillFirst first =
        inForce().positionsToFillFirst(List.of(Fixtures.withOrigin("RA-7", PositionOrigin.EXISTING_UNFILLED)));
    assertThat(first).hasToString("2024-09-30 " + first.positions().stream().map(Position::id).toList() + " " + first.clauses());
    assertThat(first.toString()).contains("RA-7");
  }

  @Test
  @DisplayName("a zone evaluation prints zone, date, total and channels; names only positions outside when there are some")
  void zoneEvaluationTexts() {
    ZoneEvaluation inside =
        inForce().zoneEvaluation(ZHONGGUANCUN, List.of(UnitPosition.of(SME_IN_ZONE, signed("RA-1"))));
    assertThat(inside)
        .hasToString("中关村科技园区 2024-09-30 total=" + inside.total() + " " + inside.byChannel());
    assertThat(inside.outsideZone()).isZero();
    assertThat(inside.explain(Language.ENGLISH)).doesNotContain("outside the zone");
    ZoneEvaluation withOutside =
        inForce()
            .zoneEvaluation(
                ZHONGGUANCUN,
                List.of(
                    UnitPosition.of(SME_IN_ZONE, signed("RA-1")),
                    UnitPosition.of(MOE_UNIVERSITY, signed("RA-2"))));
    assertThat(withOutside.outsideZone()).isEqualTo(1);
    assertThat(withOutside.explain(Language.ENGLISH))
        .contains("Positions of units outside the zone (not counted): 1");
  }

  @Test
  @Checks({"2.2.3"})
  @DisplayName("2.2.3 evaluates national high-tech zones only: a provincial zone is refused by name")
  void zoneEvaluationOfAProvincialZone() {
    assertThatThrownBy(() -> inForce().zoneEvaluation(PROVINCIAL_ZONE, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "2.2.3 concerns national high-tech zones; %s (%s) is a %s",
            PROVINCIAL_ZONE.name(),
            PROVINCIAL_ZONE.level().chineseName(),
            PROVINCIAL_ZONE.level().englishName());
    assertThatThrownBy(
            () ->
                ImmutableZoneEvaluation.builder()
                    .date(IN_FORCE)
                    .zone(PROVINCIAL_ZONE)
                    .outsideZone(0)
                    .withoutChannel(0)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2.2.3 concerns national high-tech zones");
  }
}
