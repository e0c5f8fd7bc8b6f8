package io.github.rapolicy.rules;

import static io.github.rapolicy.rules.Fixtures.FIRM_IN_ZONE;
import static io.github.rapolicy.rules.Fixtures.MOE_UNIVERSITY;
import static io.github.rapolicy.rules.Fixtures.NATIONAL_ZONE;
import static io.github.rapolicy.rules.Fixtures.PRIVATE_FIRM;
import static io.github.rapolicy.rules.Fixtures.PROVINCIAL_UNIVERSITY;
import static io.github.rapolicy.rules.Fixtures.PROVINCIAL_ZONE;
import static io.github.rapolicy.rules.Fixtures.ZHONGGUANCUN;
import static io.github.rapolicy.rules.Fixtures.notice;
import static io.github.rapolicy.rules.Fixtures.unit;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.rapolicy.notice.Clause;
import io.github.rapolicy.testing.Checks;
import io.github.rapolicy.unit.Affiliation;
import io.github.rapolicy.unit.Designation;
import io.github.rapolicy.unit.Unit;
import io.github.rapolicy.unit.UnitType;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Decision 1: is a unit in scope, through which channel of section 二, and must it lead (3.1.3)? */
class ScopeRulesTest {

  private static ScopeAnswer scope(Unit unit) {
    return notice().isInScope(unit);
  }

  private static void assertChannels(ScopeAnswer answer, Channel... channels) {
    assertThat(answer.verdict()).isEqualTo(Verdict.ALLOWED);
    assertThat(answer.channels()).containsExactlyInAnyOrder(channels);
    assertThat(answer.isOnlyGenerallyEncouraged()).isFalse();
    for (Channel channel : channels) {
      assertThat(answer.answer().cites(channel.clause()))
          .as("cites %s for channel %s", channel.clause(), channel)
          .isTrue();
    }
    assertThat(answer.answer().remedies()).isEmpty();
  }

  @Test
  @DisplayName("a scope answer reads like an Answer: findings, clauses, remedies, explain")
  void readsLikeAnAnswer() {
    for (Unit unit : java.util.List.of(MOE_UNIVERSITY, FIRM_IN_ZONE, PRIVATE_FIRM)) {
      ScopeAnswer scope = scope(unit);
      Answer answer = scope.answer();

      assertThat(scope.findings()).isEqualTo(answer.findings()).isNotEmpty();
      assertThat(scope.decidingFindings()).isEqualTo(answer.decidingFindings()).isNotEmpty();
      assertThat(scope.clauses()).isEqualTo(answer.clauses()).isNotEmpty();
      assertThat(scope.remedies()).isEqualTo(answer.remedies());
      assertThat(scope.isInForce()).isTrue();
      for (Clause clause : Clause.values()) {
        assertThat(scope.cites(clause)).as(clause.id()).isEqualTo(answer.cites(clause));
      }
      for (Language language : Language.values()) {
        assertThat(scope.explain(language)).isEqualTo(answer.explain(language)).isNotBlank();
      }
    }
    assertThat(scope(MOE_UNIVERSITY).clauses()).containsExactly(Clause.C2_1_2, Clause.C3_1_3);
    assertThat(scope(PRIVATE_FIRM).decidingFindings())
        .extracting(Finding::reason)
        .containsExactly(Reason.GENERAL_ENCOURAGEMENT_ONLY);
    ScopeAnswer early = Policy.ofNotice().on(java.time.LocalDate.of(2024, 6, 24)).isInScope(MOE_UNIVERSITY);
    assertThat(early.isInForce()).isFalse();
    assertThat(early.remedies()).containsExactly(Remedy.ASK_ON_OR_AFTER_ISSUE);
  }

  @Nested
  class CentralUnits {

    @ParameterizedTest(name = "{0}")
    @EnumSource(
        value = Affiliation.class,
        names = {"MIIT", "MOE", "SASAC", "CAS"})
    @Checks({"2.1.2"})
    @DisplayName("2.1.2: universities of MIIT, MOE, SASAC and CAS are central units")
    void universitiesOfTheNamedDepartments(Affiliation affiliation) {
      ScopeAnswer answer = scope(unit("某大学", UnitType.UNIVERSITY, affiliation));

      assertChannels(answer, Channel.CENTRAL_UNITS);
      assertThat(answer.answer().cites(Clause.C2_1_2)).isTrue();
      assertThat(answer.answer().decidingFindings())
          .extracting(Finding::reason)
          .contains(Reason.CENTRAL_UNIT);
      Finding central =
          answer.answer().findings().stream()
              .filter(f -> f.reason() == Reason.CENTRAL_UNIT)
              .findFirst()
              .orElseThrow();
      assertThat(central.subjects()).contains(UnitType.UNIVERSITY, affiliation);
    }

    @Test
    @Checks({"2.1.2"})
    @DisplayName("2.1.2: a university of another central department is a central unit (open list 等)")
    void universityOfAnotherCentralDepartment() {
      ScopeAnswer answer =
          scope(unit("某部属大学", UnitType.UNIVERSITY, Affiliation.OTHER_CENTRAL_DEPARTMENT));

      assertChannels(answer, Channel.CENTRAL_UNITS);
      assertThat(answer.answer().findings())
          .extracting(Finding::reason)
          .contains(Reason.MINISTRY_UNIVERSITY);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(
        value = Affiliation.class,
        names = {"MIIT", "MOE", "SASAC", "CAS", "OTHER_CENTRAL_DEPARTMENT"})
    @Checks({"2.1.2"})
    @DisplayName("2.1.2: central-level research institutes are central units")
    void centralResearchInstitutes(Affiliation affiliation) {
      ScopeAnswer answer = scope(unit("某研究所", UnitType.RESEARCH_INSTITUTE, affiliation));

      assertChannels(answer, Channel.CENTRAL_UNITS);
      assertThat(answer.answer().decidingFindings())
          .extracting(Finding::reason)
          .contains(Reason.CENTRAL_UNIT);
    }

    @Test
    @Checks({"2.1.2"})
    @DisplayName("2.1.2: a central state-owned enterprise is a central unit")
    void centralSoe() {
      ScopeAnswer answer = scope(unit("某集团有限公司", UnitType.ENTERPRISE, Affiliation.SASAC));

      assertChannels(answer, Channel.CENTRAL_UNITS);
      assertThat(answer.answer().cites(Clause.C2_1_2)).isTrue();
    }

    @Test
    @Checks({"2.1.2"})
    @DisplayName("2.1.2: a provincial university is not a central unit")
    void provincialUniversityIsNotCentral() {
      assertThat(scope(PROVINCIAL_UNIVERSITY).channels()).doesNotContain(Channel.CENTRAL_UNITS);
    }
  }

  @Nested
  class NationalHighTechZones {

    @Test
    @Checks({"2.2.2"})
    @DisplayName("2.2.2: a national high-tech zone itself is in the zones channel")
    void theZoneItself() {
      ScopeAnswer answer = scope(NATIONAL_ZONE);

      assertChannels(answer, Channel.NATIONAL_HIGH_TECH_ZONES);
      assertThat(answer.answer().findings())
          .extracting(Finding::reason)
          .contains(Reason.NATIONAL_ZONE);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(
        value = Designation.class,
        names = {
          "HIGH_TECH_ENTERPRISE",
          "UNICORN_ENTERPRISE",
          "SPECIALISED_INNOVATIVE_SME",
          "TECHNOLOGY_BASED_SME",
          "TECHNOLOGY_BUSINESS_INCUBATOR"
        })
    @Checks({"2.2.2"})
    @DisplayName("2.2.2: each entity the notice names inside a national zone is in the zones channel")
    void namedEntitiesInsideAZone(Designation designation) {
      Unit firm =
          unit(
              "某公司",
              UnitType.ENTERPRISE,
              Affiliation.UNAFFILIATED,
              Optional.of(ZHONGGUANCUN),
              designation);

      ScopeAnswer answer = scope(firm);

      assertChannels(answer, Channel.NATIONAL_HIGH_TECH_ZONES);
      Finding inZone =
          answer.answer().findings().stream()
              .filter(f -> f.reason() == Reason.IN_NATIONAL_ZONE)
              .findFirst()
              .orElseThrow();
      assertThat(inZone.subjects()).containsExactly(designation);
      assertThat(inZone.clauses()).containsExactly(Clause.C2_2_2);
    }

    @Test
    @Checks({"2.2.2"})
    @DisplayName("2.2.2: a research institution inside a national zone is in the zones channel")
    void researchInstitutionInsideAZone() {
      Unit institute =
          unit(
              "某新材料研究院",
              UnitType.RESEARCH_INSTITUTE,
              Affiliation.UNAFFILIATED,
              Optional.of(ZHONGGUANCUN));

      assertChannels(scope(institute), Channel.NATIONAL_HIGH_TECH_ZONES);
    }

    @Test
    @Checks({"2.2.2"})
    @DisplayName(
        "2.2.2: an enterprise both high-tech and 专精特新 inside a national zone is in the zones"
            + " channel, not the localities one")
    void highTechAndSpecialisedInsideAZone() {
      ScopeAnswer answer = scope(FIRM_IN_ZONE);

      assertChannels(answer, Channel.NATIONAL_HIGH_TECH_ZONES);
      assertThat(answer.channels()).doesNotContain(Channel.LOCALITIES);
      assertThat(answer.answer().findings())
          .filteredOn(f -> f.reason() == Reason.IN_NATIONAL_ZONE)
          .flatExtracting(Finding::subjects)
          .containsExactlyInAnyOrder(
              Designation.HIGH_TECH_ENTERPRISE, Designation.SPECIALISED_INNOVATIVE_SME);
      assertThat(answer.answer().findings())
          .extracting(Finding::reason)
          .doesNotContain(Reason.HIGH_TECH_ENTERPRISE_OUTSIDE_ZONES);
      assertThat(answer.isLeadUnit()).isFalse();
    }

    @Test
    @Checks({"2.2.2"})
    @DisplayName("2.2.2: a designated enterprise in a provincial zone is not in the zones channel")
    void provincialZoneIsNotNational() {
      Unit firm =
          unit(
              "某公司",
              UnitType.ENTERPRISE,
              Affiliation.UNAFFILIATED,
              Optional.of(PROVINCIAL_ZONE),
              Designation.UNICORN_ENTERPRISE);

      ScopeAnswer answer = scope(firm);

      assertThat(answer.channels()).doesNotContain(Channel.NATIONAL_HIGH_TECH_ZONES);
    }
  }

  @Nested
  class Localities {

    @ParameterizedTest(name = "{0}")
    @EnumSource(
        value = UnitType.class,
        names = {"UNIVERSITY", "RESEARCH_INSTITUTE"})
    @Checks({"2.3.2"})
    @DisplayName("2.3.2: provincial universities and research institutes are in the localities channel")
    void provincialUniversitiesAndInstitutes(UnitType type) {
      ScopeAnswer answer = scope(unit("某省属单位", type, Affiliation.PROVINCIAL));

      assertChannels(answer, Channel.LOCALITIES);
      assertThat(answer.answer().decidingFindings())
          .extracting(Finding::reason)
          .containsExactly(Reason.PROVINCIAL_UNIT);
      assertThat(answer.isLeadUnit()).isFalse();
    }

    @Test
    @Checks({"2.3.2"})
    @DisplayName("2.3.2: a new-type R&D institution is in the localities channel")
    void newTypeRdInstitution() {
      Unit institution =
          unit(
              "某新型研发机构",
              UnitType.OTHER,
              Affiliation.SUB_PROVINCIAL,
              Designation.NEW_TYPE_RD_INSTITUTION);

      ScopeAnswer answer = scope(institution);

      assertChannels(answer, Channel.LOCALITIES);
      assertThat(answer.answer().findings().get(0).subjects())
          .containsExactly(Designation.NEW_TYPE_RD_INSTITUTION);
    }

    @Test
    @Checks({"2.3.2"})
    @DisplayName("2.3.2: a high-tech enterprise outside every high-tech zone is in the localities channel")
    void highTechEnterpriseOutsideZones() {
      Unit firm =
          unit(
              "某高新技术企业",
              UnitType.ENTERPRISE,
              Affiliation.UNAFFILIATED,
              Designation.HIGH_TECH_ENTERPRISE,
              Designation.SPECIALISED_INNOVATIVE_SME);

      ScopeAnswer answer = scope(firm);

      assertChannels(answer, Channel.LOCALITIES);
      assertThat(answer.answer().decidingFindings())
          .extracting(Finding::reason)
          .containsExactly(Reason.HIGH_TECH_ENTERPRISE_OUTSIDE_ZONES);
    }

    @Test
    @Checks({"2.3.2"})
    @DisplayName(
        "2.3.2: a high-tech enterprise in a provincial zone is outside national zones: localities")
    void highTechEnterpriseInAProvincialZone() {
      Unit firm =
          unit(
              "某高新技术企业",
              UnitType.ENTERPRISE,
              Affiliation.UNAFFILIATED,
              Optional.of(PROVINCIAL_ZONE),
              Designation.HIGH_TECH_ENTERPRISE);

      assertChannels(scope(firm), Channel.LOCALITIES);
    }

    @Test
    @Checks({"2.3.2"})
    @DisplayName("2.3.2: a provincial high-tech zone is in the localities channel")
    void provincialZone() {
      Unit zone =
          unit(
              "某省级高新区管委会",
              UnitType.HIGH_TECH_ZONE,
              Affiliation.PROVINCIAL,
              Optional.of(PROVINCIAL_ZONE));

      ScopeAnswer answer = scope(zone);

      assertChannels(answer, Channel.LOCALITIES);
      assertThat(answer.isLeadUnit()).isFalse();
    }
  }

  @Nested
  class LeadUnits {

    @Test
    @Checks({"3.1.3"})
    @DisplayName("3.1.3: a ministry-affiliated university takes the lead")
    void ministryUniversity() {
      ScopeAnswer answer = scope(MOE_UNIVERSITY);

      assertThat(answer.isLeadUnit()).isTrue();
      assertThat(answer.answer().cites(Clause.C3_1_3)).isTrue();
      assertThat(answer.answer().decidingFindings()).extracting(Finding::reason).contains(Reason.LEAD_UNIT);
    }

    @Test
    @Checks({"3.1.3"})
    @DisplayName("3.1.3: a university of another central department is a 部属高校 and takes the lead")
    void otherMinistryUniversity() {
      ScopeAnswer answer =
          scope(unit("某部属大学", UnitType.UNIVERSITY, Affiliation.OTHER_CENTRAL_DEPARTMENT));

      assertThat(answer.isLeadUnit()).isTrue();
      assertThat(answer.answer().cites(Clause.C3_1_3)).isTrue();
    }

    @Test
    @Checks({"3.1.3"})
    @DisplayName("3.1.3: a central-level research institute takes the lead")
    void centralInstitute() {
      ScopeAnswer answer = scope(unit("某研究所", UnitType.RESEARCH_INSTITUTE, Affiliation.CAS));

      assertThat(answer.isLeadUnit()).isTrue();
      assertThat(answer.answer().cites(Clause.C3_1_3)).isTrue();
    }

    @Test
    @Checks({"3.1.3"})
    @DisplayName("3.1.3: a central state-owned enterprise takes the lead")
    void centralSoe() {
      ScopeAnswer answer = scope(unit("某集团有限公司", UnitType.ENTERPRISE, Affiliation.SASAC));

      assertThat(answer.isLeadUnit()).isTrue();
      assertThat(answer.answer().cites(Clause.C3_1_3)).isTrue();
    }

    @Test
    @Checks({"3.1.3"})
    @DisplayName("3.1.3: a national high-tech zone takes the lead")
    void nationalZone() {
      ScopeAnswer answer = scope(NATIONAL_ZONE);

      assertThat(answer.isLeadUnit()).isTrue();
      assertThat(answer.answer().cites(Clause.C3_1_3)).isTrue();
    }

    @Test
    @Checks({"3.1.3"})
    @DisplayName(
        "3.1.3: provincial universities, enterprises inside zones and provincial zones do not lead")
    void othersDoNotLead() {
      Unit provincialZone =
          unit("某省级高新区管委会", UnitType.HIGH_TECH_ZONE, Affiliation.PROVINCIAL, Optional.of(PROVINCIAL_ZONE));
      for (Unit unit : new Unit[] {PROVINCIAL_UNIVERSITY, FIRM_IN_ZONE, provincialZone}) {
        ScopeAnswer answer = scope(unit);
        assertThat(answer.isLeadUnit()).as(unit.name()).isFalse();
        assertThat(answer.answer().cites(Clause.C3_1_3)).as(unit.name()).isFalse();
      }
    }
  }

  @Nested
  class GeneralEncouragement {

    @Test
    @Checks({"0.0.3"})
    @DisplayName(
        "0.0.3: a unit no channel names is only generally encouraged: not decided by the notice")
    void unitMatchingNoChannel() {
      ScopeAnswer answer = scope(PRIVATE_FIRM);

      assertThat(answer.verdict()).isEqualTo(Verdict.UNDECIDED);
      assertThat(answer.isOnlyGenerallyEncouraged()).isTrue();
      assertThat(answer.channels()).isEmpty();
      assertThat(answer.isLeadUnit()).isFalse();
      assertThat(answer.answer().cites(Clause.C0_0_3)).isTrue();
      assertThat(answer.answer().decidingFindings())
          .extracting(Finding::reason)
          .containsExactly(Reason.GENERAL_ENCOURAGEMENT_ONLY);
      assertThat(answer.answer().isInForce()).isTrue();
    }

    @Test
    @Checks({"0.0.3"})
    @DisplayName(
        "0.0.3: a 专精特新 SME outside national zones, not high-tech, is only generally encouraged")
    void specialisedSmeOutsideZones() {
      Unit sme =
          unit(
              "某专精特新企业",
              UnitType.ENTERPRISE,
              Affiliation.UNAFFILIATED,
              Designation.SPECIALISED_INNOVATIVE_SME);

      ScopeAnswer answer = scope(sme);

      assertThat(answer.verdict()).isEqualTo(Verdict.UNDECIDED);
      assertThat(answer.isOnlyGenerallyEncouraged()).isTrue();
    }

    @Test
    @Checks({"0.0.3"})
    @DisplayName(
        "0.0.3: an undesignated enterprise inside a national zone is only generally encouraged")
    void undesignatedFirmInsideAZone() {
      Unit firm =
          unit("某公司", UnitType.ENTERPRISE, Affiliation.UNAFFILIATED, Optional.of(ZHONGGUANCUN));

      ScopeAnswer answer = scope(firm);

      assertThat(answer.verdict()).isEqualTo(Verdict.UNDECIDED);
      assertThat(answer.isOnlyGenerallyEncouraged()).isTrue();
      assertThat(answer.channels()).isEmpty();
    }
  }

  @Test
  @Checks({"2.1.2", "2.2.2"})
  @DisplayName(
      "2.1.2 + 2.2.2: a central SOE inside a national zone holding a designation reaches two channels")
  void severalChannelsAtOnce() {
    Unit soe =
        unit(
            "某央企子公司",
            UnitType.ENTERPRISE,
            Affiliation.SASAC,
            Optional.of(ZHONGGUANCUN),
            Designation.HIGH_TECH_ENTERPRISE);

    ScopeAnswer answer = scope(soe);

    assertChannels(answer, Channel.CENTRAL_UNITS, Channel.NATIONAL_HIGH_TECH_ZONES);
    assertThat(answer.isLeadUnit()).isTrue();
  }
}
