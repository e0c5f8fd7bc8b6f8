package io.github.rapolicy.rules;

import static io.github.rapolicy.rules.Fixtures.FIRM_IN_ZONE;
import static io.github.rapolicy.rules.Fixtures.MOE_UNIVERSITY;
import static io.github.rapolicy.rules.Fixtures.NATIONAL_ZONE;
import static io.github.rapolicy.rules.Fixtures.NO_BASIS;
import static io.github.rapolicy.rules.Fixtures.ON_LAB;
import static io.github.rapolicy.rules.Fixtures.ON_P;
import static io.github.rapolicy.rules.Fixtures.PROVINCIAL_PROJECT;
import static io.github.rapolicy.rules.Fixtures.SELF_ORGANISED;
import static io.github.rapolicy.rules.Fixtures.notice;
import static io.github.rapolicy.rules.Fixtures.position;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.rapolicy.notice.Clause;
import io.github.rapolicy.position.BasisKind;
import io.github.rapolicy.position.Position;
import io.github.rapolicy.position.PositionBasis;
import io.github.rapolicy.position.PositionCategory;
import io.github.rapolicy.position.PositionOrigin;
import io.github.rapolicy.testing.Checks;
import io.github.rapolicy.unit.Affiliation;
import io.github.rapolicy.unit.Unit;
import io.github.rapolicy.unit.UnitType;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Decision 2: does a position qualify? Category (0.0.1), basis (2.1.2, 2.2.2), origin (2.1.3). */
class PositionRulesTest {

  private static Answer qualifies(Position position, Unit unit) {
    return notice().qualifies(position, unit);
  }

  private static Finding finding(Answer answer, Reason reason) {
    return answer.findings().stream()
        .filter(f -> f.reason() == reason)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no finding " + reason + " in " + answer.findings()));
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(value = PositionCategory.class, names = "NOT_NAMED_BY_NOTICE", mode = EnumSource.Mode.EXCLUDE)
  @Checks({"0.0.1"})
  @DisplayName("0.0.1: each of the six categories the definition names is research-assistant work")
  void namedCategories(PositionCategory category) {
    Answer answer =
        qualifies(position(category, ON_P, PositionOrigin.NEW, true), MOE_UNIVERSITY);

    assertThat(answer.verdict()).isEqualTo(Verdict.ALLOWED);
    assertThat(answer.question()).isEqualTo(QuestionKind.POSITION_QUALIFIES);
    assertThat(answer.cites(Clause.C0_0_1)).isTrue();
    Finding named = finding(answer, Reason.CATEGORY_NAMED);
    assertThat(named.outcome()).isEqualTo(Verdict.ALLOWED);
    assertThat(named.subjects()).containsExactly(category);
    assertThat(answer.decidingFindings()).contains(named);
    assertThat(answer.remedies()).isEmpty();
  }

  @Test
  @Checks({"0.0.1"})
  @DisplayName("0.0.1: a category the definition does not name is not decided: the list is open (等)")
  void unnamedCategory() {
    Answer answer =
        qualifies(
            position(PositionCategory.NOT_NAMED_BY_NOTICE, ON_P, PositionOrigin.NEW, true),
            MOE_UNIVERSITY);

    assertThat(answer.verdict()).isEqualTo(Verdict.UNDECIDED);
    assertThat(answer.cites(Clause.C0_0_1)).isTrue();
    assertThat(answer.decidingFindings())
        .extracting(Finding::reason)
        .containsExactly(Reason.CATEGORY_NOT_NAMED);
    assertThat(answer.remedies()).containsExactly(Remedy.APPLY_OUTSIDE_RULE);
  }

  @Test
  @Checks({"2.1.2"})
  @DisplayName("2.1.2: a position based on an S&T plan project qualifies")
  void basedOnPlanProject() {
    Answer answer = qualifies(position(ON_P), MOE_UNIVERSITY);

    assertThat(answer.verdict()).isEqualTo(Verdict.ALLOWED);
    assertThat(answer.cites(Clause.C2_1_2)).isTrue();
    assertThat(finding(answer, Reason.BASIS_PLAN_PROJECT).clauses()).contains(Clause.C2_1_2);
  }

  @Test
  @Checks({"2.1.2", "2.2.2", "2.3.2", "3.2.4"})
  @DisplayName(
      "2.1.2, 2.2.2, 2.3.2, 3.2.4: a plan project or platform basis cites the channels naming the"
          + " unit, with 3.2.2")
  void basisCitesTheUnitsChannels() {
    Unit casInstituteInZone =
        Unit.builder()
            .name("某研究所")
            .type(UnitType.RESEARCH_INSTITUTE)
            .affiliation(Affiliation.CAS)
            .zone(Fixtures.ZHONGGUANCUN)
            .build();
    for (PositionBasis basis : List.of(ON_P, ON_LAB)) {
      Reason reason =
          basis.kind() == BasisKind.PLAN_PROJECT ? Reason.BASIS_PLAN_PROJECT : Reason.BASIS_PLATFORM;
      assertThat(finding(qualifies(position(basis), MOE_UNIVERSITY), reason).clauses())
          .containsExactly(Clause.C2_1_2, Clause.C3_2_2);
      assertThat(finding(qualifies(position(basis), FIRM_IN_ZONE), reason).clauses())
          .containsExactly(Clause.C2_2_2, Clause.C3_2_2);
      assertThat(finding(qualifies(position(basis), Fixtures.PROVINCIAL_UNIVERSITY), reason).clauses())
          .containsExactly(Clause.C2_3_2, Clause.C3_2_2);
      assertThat(finding(qualifies(position(basis), casInstituteInZone), reason).clauses())
          .containsExactly(Clause.C2_1_2, Clause.C2_2_2, Clause.C3_2_2);
      assertThat(finding(qualifies(position(basis), Fixtures.PRIVATE_FIRM), reason).clauses())
          .as("a unit no channel names: 3.2.4 encourages projects and platforms of every level")
          .containsExactly(Clause.C3_2_2, Clause.C3_2_4);
    }
  }

  @Test
  @Checks({"2.1.2"})
  @DisplayName("2.1.2: a position based on a plan project of any level (各级) qualifies")
  void basedOnProvincialPlanProject() {
    Answer answer =
        qualifies(position(PositionBasis.planProject(PROVINCIAL_PROJECT)), MOE_UNIVERSITY);

    assertThat(answer.verdict()).isEqualTo(Verdict.ALLOWED);
    assertThat(finding(answer, Reason.BASIS_PLAN_PROJECT).outcome()).isEqualTo(Verdict.ALLOWED);
  }

  @Test
  @Checks({"2.1.2"})
  @DisplayName("2.1.2: a position based on an innovation base or platform qualifies")
  void basedOnPlatform() {
    Answer answer = qualifies(position(ON_LAB), MOE_UNIVERSITY);

    assertThat(answer.verdict()).isEqualTo(Verdict.ALLOWED);
    assertThat(answer.cites(Clause.C2_1_2)).isTrue();
    assertThat(finding(answer, Reason.BASIS_PLATFORM).outcome()).isEqualTo(Verdict.ALLOWED);
  }

  @Test
  @Checks({"2.1.2"})
  @DisplayName("2.1.2: a newly set-up position qualifies as a new position")
  void newPosition() {
    Answer answer = qualifies(position(ON_P), MOE_UNIVERSITY);

    Finding origin = finding(answer, Reason.ORIGIN_NEW);
    assertThat(origin.outcome()).isEqualTo(Verdict.ALLOWED);
    assertThat(origin.clauses()).containsExactly(Clause.C2_1_2);
    assertThat(answer.cites(Clause.C2_1_3)).isFalse();
  }

  @Test
  @DisplayName(
      "2.1.2, 2.2.2, 2.3.2, 0.0.3: a new position cites the channels naming the unit, not 2.1.2 for"
          + " every unit")
  void newPositionCitesTheUnitsChannels() {
    Unit casInstituteInZone =
        Unit.builder()
            .name("某研究所")
            .type(UnitType.RESEARCH_INSTITUTE)
            .affiliation(Affiliation.CAS)
            .zone(Fixtures.ZHONGGUANCUN)
            .build();
    assertThat(finding(qualifies(position(ON_P), FIRM_IN_ZONE), Reason.ORIGIN_NEW).clauses())
        .containsExactly(Clause.C2_2_2);
    assertThat(finding(qualifies(position(ON_P), NATIONAL_ZONE), Reason.ORIGIN_NEW).clauses())
        .containsExactly(Clause.C2_2_2);
    assertThat(
            finding(qualifies(position(ON_P), Fixtures.PROVINCIAL_UNIVERSITY), Reason.ORIGIN_NEW)
                .clauses())
        .containsExactly(Clause.C2_3_2);
    assertThat(finding(qualifies(position(ON_P), casInstituteInZone), Reason.ORIGIN_NEW).clauses())
        .containsExactly(Clause.C2_1_2, Clause.C2_2_2);
    assertThat(finding(qualifies(position(ON_P), Fixtures.PRIVATE_FIRM), Reason.ORIGIN_NEW).clauses())
        .as("a unit no channel names: the preamble encourages innovation entities of every kind")
        .containsExactly(Clause.C0_0_3);
    assertThat(qualifies(position(ON_P), FIRM_IN_ZONE).cites(Clause.C2_1_2))
        .as("no finding about a unit in a national zone cites the central units' clause")
        .isFalse();
  }

  @Test
  @DisplayName("2.1.3: a position to fill first cites 2.1.3 at units of every channel (各类单位, 2.1.1)")
  void fillFirstCites213AtEveryChannel() {
    for (Unit unit :
        List.of(
            MOE_UNIVERSITY, FIRM_IN_ZONE, Fixtures.PROVINCIAL_UNIVERSITY, Fixtures.PRIVATE_FIRM)) {
      Answer answer =
          qualifies(
              position(PositionCategory.FACILITY_OPERATION, ON_P, PositionOrigin.VACATED_BY_TURNOVER, true),
              unit);
      assertThat(finding(answer, Reason.ORIGIN_FILL_FIRST).clauses())
          .as(unit.name())
          .containsExactly(Clause.C2_1_3);
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(
      value = PositionOrigin.class,
      names = {"EXISTING_UNFILLED", "VACATED_BY_TURNOVER"})
  @Checks({"2.1.3"})
  @DisplayName("2.1.3: unfilled and vacated positions qualify, to be filled with graduates first")
  void unfilledAndVacatedPositions(PositionOrigin origin) {
    Answer answer =
        qualifies(
            position(PositionCategory.FACILITY_OPERATION, ON_LAB, origin, true), MOE_UNIVERSITY);

    assertThat(answer.verdict()).isEqualTo(Verdict.ALLOWED);
    assertThat(answer.cites(Clause.C2_1_3)).isTrue();
    Finding fillFirst = finding(answer, Reason.ORIGIN_FILL_FIRST);
    assertThat(fillFirst.subjects()).containsExactly(origin);
    assertThat(fillFirst.clauses()).containsExactly(Clause.C2_1_3);
    assertThat(answer.findings()).extracting(Finding::reason).doesNotContain(Reason.ORIGIN_NEW);
  }

  @Test
  @Checks({"2.2.2"})
  @DisplayName("2.2.2: an entity inside a national zone may base a position on a self-organised project")
  void selfOrganisedInsideAZone() {
    Answer answer = qualifies(position(SELF_ORGANISED), FIRM_IN_ZONE);

    assertThat(answer.verdict()).isEqualTo(Verdict.ALLOWED);
    assertThat(answer.cites(Clause.C2_2_2)).isTrue();
    assertThat(finding(answer, Reason.BASIS_SELF_ORGANISED_IN_ZONE).clauses())
        .containsExactly(Clause.C2_2_2);
  }

  @Test
  @Checks({"2.2.2"})
  @DisplayName("2.2.2: a national zone itself may base a position on a self-organised project")
  void selfOrganisedByTheZone() {
    Answer answer = qualifies(position(SELF_ORGANISED), NATIONAL_ZONE);

    assertThat(answer.verdict()).isEqualTo(Verdict.ALLOWED);
    assertThat(answer.findings())
        .extracting(Finding::reason)
        .contains(Reason.BASIS_SELF_ORGANISED_IN_ZONE);
  }

  @Test
  @Checks({"2.2.2", "0.0.1"})
  @DisplayName(
      "2.2.2 / 0.0.1: outside national zones a self-organised project is not 2.2.2's case; the"
          + " definition by work still holds")
  void selfOrganisedOutsideZones() {
    Answer answer = qualifies(position(SELF_ORGANISED), MOE_UNIVERSITY);

    assertThat(answer.cites(Clause.C2_2_2)).isFalse();
    assertThat(answer.findings())
        .extracting(Finding::reason)
        .doesNotContain(Reason.BASIS_SELF_ORGANISED_IN_ZONE)
        .contains(Reason.BASIS_OTHER);
    assertThat(answer.verdict()).isEqualTo(Verdict.ALLOWED);
    assertThat(answer.cites(Clause.C0_0_1)).isTrue();
  }

  @Test
  @Checks({"0.0.1"})
  @DisplayName("0.0.1: a position based on nothing is still defined by its work")
  void noBasis() {
    Answer answer = qualifies(position(NO_BASIS), MOE_UNIVERSITY);

    assertThat(answer.verdict()).isEqualTo(Verdict.ALLOWED);
    assertThat(finding(answer, Reason.BASIS_OTHER).clauses()).contains(Clause.C0_0_1);
  }

  @Test
  @Checks({"0.0.1", "2.1.3"})
  @DisplayName("0.0.1 + 2.1.3: an unnamed category decides even a vacated position: undecided")
  void combination() {
    Answer answer =
        qualifies(
            position(
                PositionCategory.NOT_NAMED_BY_NOTICE,
                ON_LAB,
                PositionOrigin.VACATED_BY_TURNOVER,
                false),
            MOE_UNIVERSITY);

    assertThat(answer.verdict()).isEqualTo(Verdict.UNDECIDED);
    assertThat(answer.decidingFindings()).extracting(Finding::reason).containsExactly(Reason.CATEGORY_NOT_NAMED);
    assertThat(answer.clauses()).contains(Clause.C0_0_1, Clause.C2_1_3);
  }
}
