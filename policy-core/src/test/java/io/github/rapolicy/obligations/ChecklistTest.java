package io.github.rapolicy.obligations;

import static io.github.rapolicy.obligations.Fixtures.BEFORE_ISSUE;
import static io.github.rapolicy.obligations.Fixtures.CAS_INSTITUTE;
import static io.github.rapolicy.obligations.Fixtures.CENTRAL_SOE;
import static io.github.rapolicy.obligations.Fixtures.ENTERPRISE_IN_PROVINCIAL_ZONE;
import static io.github.rapolicy.obligations.Fixtures.ISSUE;
import static io.github.rapolicy.obligations.Fixtures.KEY_LAB;
import static io.github.rapolicy.obligations.Fixtures.MOE_UNIVERSITY;
import static io.github.rapolicy.obligations.Fixtures.NATIONAL_ZONE_UNIT;
import static io.github.rapolicy.obligations.Fixtures.NSFC_PROJECT;
import static io.github.rapolicy.obligations.Fixtures.PROVINCIAL_PROJECT;
import static io.github.rapolicy.obligations.Fixtures.PROVINCIAL_UNIVERSITY;
import static io.github.rapolicy.obligations.Fixtures.PROVINCIAL_ZONE_UNIT;
import static io.github.rapolicy.obligations.Fixtures.SME_IN_ZONE;
import static io.github.rapolicy.obligations.Fixtures.UNNAMED_PLATFORM;
import static io.github.rapolicy.obligations.Fixtures.based;
import static io.github.rapolicy.obligations.Fixtures.dutifulOnly;
import static io.github.rapolicy.obligations.Fixtures.inForce;
import static io.github.rapolicy.obligations.Fixtures.signed;
import static io.github.rapolicy.obligations.Fixtures.unsigned;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.rapolicy.notice.Clause;
import io.github.rapolicy.position.Position;
import io.github.rapolicy.position.PositionBasis;
import io.github.rapolicy.rules.Language;
import io.github.rapolicy.testing.Checks;
import io.github.rapolicy.unit.Unit;
import java.util.List;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A unit's checklist: each obligation and encouragement, by the clause that makes it. */
class ChecklistTest {

  private static Checklist checklist(Unit unit, List<Position> positions, UnitPractice practice) {
    return inForce().checklist(unit, positions, practice);
  }

  private static ItemStatus status(Checklist checklist, Provision provision) {
    return checklist.item(provision).status();
  }

  @Nested
  @Checks({"3.3.2"})
  @DisplayName("3.3.2 (应): a service agreement for each position")
  class ServiceAgreement {

    @Test
    @DisplayName("3.3.2: one item per position, met where signed, not met where not")
    void onePerPosition() {
      Checklist checklist =
          checklist(PROVINCIAL_UNIVERSITY, List.of(signed("RA-1"), unsigned("RA-2")), dutifulOnly());

      assertThat(checklist.withStatus(ItemStatus.MET))
          .filteredOn(item -> item.provision() == Provision.SERVICE_AGREEMENT)
          .extracting(item -> item.positionId().orElseThrow())
          .containsExactly("RA-1");
      assertThat(checklist.unmet())
          .singleElement()
          .satisfies(
              item -> {
                assertThat(item.provision()).isEqualTo(Provision.SERVICE_AGREEMENT);
                assertThat(item.positionId()).contains("RA-2");
                assertThat(item.clause()).isEqualTo(Clause.C3_3_2);
              });
      assertThat(checklist.compliance()).isEqualTo(Compliance.NOT_MET);
    }

    @Test
    @DisplayName("3.3.2: items(SERVICE_AGREEMENT) has every position; item() refuses to pick one")
    void everyPositionsAgreementIsAskedFor() {
      Checklist checklist =
          checklist(PROVINCIAL_UNIVERSITY, List.of(signed("RA-1"), unsigned("RA-2")), dutifulOnly());

      assertThat(checklist.items(Provision.SERVICE_AGREEMENT))
          .extracting(item -> item.positionId().orElseThrow(), ChecklistItem::status)
          .containsExactly(tuple("RA-1", ItemStatus.MET), tuple("RA-2", ItemStatus.NOT_MET));
      assertThatThrownBy(() -> checklist.item(Provision.SERVICE_AGREEMENT))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("SERVICE_AGREEMENT has an item per position: ask items(SERVICE_AGREEMENT) for them all");
      assertThat(Provision.values())
          .filteredOn(Provision::isPerPosition)
          .containsExactly(Provision.SERVICE_AGREEMENT);
      assertThat(checklist.items(Provision.FUNDING_NEEDS_ESTIMATED))
          .containsExactly(checklist.item(Provision.FUNDING_NEEDS_ESTIMATED));
    }

    @Test
    @DisplayName("3.3.2: every agreement signed, and every other fact yes: the checklist is met")
    void allSigned() {
      Checklist checklist =
          checklist(PROVINCIAL_UNIVERSITY, List.of(signed("RA-1"), signed("RA-2")), dutifulOnly());

      assertThat(checklist.compliance()).isEqualTo(Compliance.MET);
      assertThat(checklist.unmet()).isEmpty();
    }

    @Test
    @DisplayName("3.3.2: a unit with no position has no agreement to sign")
    void noPositions() {
      Checklist checklist = checklist(PROVINCIAL_UNIVERSITY, List.of(), dutifulOnly());

      assertThat(checklist.items(Provision.SERVICE_AGREEMENT))
          .singleElement()
          .satisfies(
              item -> {
                assertThat(item.status()).isEqualTo(ItemStatus.NOT_APPLICABLE);
                assertThat(item.positionId()).isEmpty();
              });
      assertThatThrownBy(() -> checklist.item(Provision.SERVICE_AGREEMENT))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("3.3.2: the unmet agreement is what would change the status, in both languages")
    void remedyNamesThePosition() {
      Checklist checklist = checklist(PROVINCIAL_UNIVERSITY, List.of(unsigned("RA-9")), dutifulOnly());

      assertThat(checklist.explain(Language.CHINESE))
          .contains("如何改变结论：\n  - 岗位 RA-9：签订服务协议");
      assertThat(checklist.explain(Language.ENGLISH))
          .contains("What would change it:\n  - position RA-9: sign the service agreement");
    }
  }

  @Nested
  @Checks({"3.3.5"})
  @DisplayName("3.3.5 (应): estimate funding needs and charge actual amounts")
  class FundingNeedsAndActualAmounts {

    @ParameterizedTest
    @EnumSource(Fact.class)
    @DisplayName("3.3.5: estimating funding needs follows the fact; not known is not met")
    void fundingNeeds(Fact fact) {
      check(fact, Provision.FUNDING_NEEDS_ESTIMATED, (b, f) -> b.fundingNeedsEstimated(f));
    }

    @ParameterizedTest
    @EnumSource(Fact.class)
    @DisplayName("3.3.5: charging actual amounts follows the fact; not known is not met")
    void actualAmounts(Fact fact) {
      check(fact, Provision.ACTUAL_AMOUNTS_CHARGED, (b, f) -> b.actualAmountsCharged(f));
    }

    private void check(
        Fact fact,
        Provision provision,
        BiConsumer<UnitPractice.Builder, Fact> set) {
      UnitPractice.Builder builder = UnitPractice.builder();
      set.accept(builder, fact);
      // Every other obligation is met: the one fact decides the compliance.
      if (provision != Provision.FUNDING_NEEDS_ESTIMATED) {
        builder.fundingNeedsEstimated(Fact.YES);
      }
      if (provision != Provision.ACTUAL_AMOUNTS_CHARGED) {
        builder.actualAmountsCharged(Fact.YES);
      }
      builder.hostsNationalProjectsOrPlatforms(Fact.NO);
      Checklist checklist = checklist(PROVINCIAL_UNIVERSITY, List.of(signed("RA-1")), builder.build());

      ItemStatus expected =
          fact == Fact.YES ? ItemStatus.MET : fact == Fact.NO ? ItemStatus.NOT_MET : ItemStatus.NOT_KNOWN;
      Compliance compliance =
          fact == Fact.YES ? Compliance.MET : fact == Fact.NO ? Compliance.NOT_MET : Compliance.NOT_KNOWN;
      assertThat(status(checklist, provision)).isEqualTo(expected);
      assertThat(checklist.item(provision).clause()).isEqualTo(Clause.C3_3_5);
      assertThat(checklist.compliance()).isEqualTo(compliance);
    }

    @Test
    @DisplayName("3.3.5: a unit with no RA position has no RA funding to estimate or charge")
    void noPositionsNoFundingDuty() {
      Checklist checklist =
          checklist(
              PROVINCIAL_UNIVERSITY,
              List.of(),
              UnitPractice.builder()
                  .fundingNeedsEstimated(Fact.NO)
                  .hostsNationalProjectsOrPlatforms(Fact.NO)
                  .build());

      assertThat(status(checklist, Provision.FUNDING_NEEDS_ESTIMATED))
          .isEqualTo(ItemStatus.NOT_APPLICABLE);
      assertThat(status(checklist, Provision.ACTUAL_AMOUNTS_CHARGED))
          .isEqualTo(ItemStatus.NOT_APPLICABLE);
      assertThat(checklist.unmet())
          .extracting(ChecklistItem::provision)
          .doesNotContain(Provision.FUNDING_NEEDS_ESTIMATED, Provision.ACTUAL_AMOUNTS_CHARGED);
    }

    @Test
    @DisplayName("3.3.5: a fact not given is listed among the facts still to be given")
    void notKnownIsListed() {
      Checklist checklist =
          checklist(PROVINCIAL_UNIVERSITY, List.of(signed("RA-1")), UnitPractice.notKnown());

      assertThat(checklist.explain(Language.ENGLISH))
          .contains("Facts still to be given:")
          .contains("UnitPractice.fundingNeedsEstimated")
          .contains("UnitPractice.actualAmountsCharged");
      assertThat(checklist.explain(Language.CHINESE)).contains("尚需说明的情况：");
    }
  }

  @Nested
  @Checks({"3.1.3"})
  @DisplayName("3.1.3 (要): the lead role")
  class LeadRole {

    @Test
    @DisplayName("3.1.3: ministry university, central institute, central SOE and national zone lead")
    void leadUnitsWithPositionsMeetIt() {
      for (Unit unit : List.of(MOE_UNIVERSITY, CAS_INSTITUTE, CENTRAL_SOE, NATIONAL_ZONE_UNIT)) {
        assertThat(status(checklist(unit, List.of(signed("RA-1")), dutifulOnly()), Provision.LEAD_ROLE))
            .as("%s with a position", unit.name())
            .isEqualTo(ItemStatus.MET);
        Checklist none = checklist(unit, List.of(), dutifulOnly());
        assertThat(status(none, Provision.LEAD_ROLE))
            .as("%s with no position", unit.name())
            .isEqualTo(ItemStatus.NOT_MET);
        assertThat(none.compliance()).isEqualTo(Compliance.NOT_MET);
      }
    }

    @Test
    @DisplayName("3.1.3: other units are not named among the leaders")
    void othersAreNotLeaders() {
      for (Unit unit :
          List.of(PROVINCIAL_UNIVERSITY, SME_IN_ZONE, PROVINCIAL_ZONE_UNIT, ENTERPRISE_IN_PROVINCIAL_ZONE)) {
        Checklist checklist = checklist(unit, List.of(), dutifulOnly());
        assertThat(status(checklist, Provision.LEAD_ROLE))
            .as(unit.name())
            .isEqualTo(ItemStatus.NOT_APPLICABLE);
        assertThat(checklist.compliance()).as(unit.name()).isEqualTo(Compliance.MET);
      }
    }

    @Test
    @DisplayName("3.1.3: the lead role follows the rules' own scope answer")
    void followsTheRules() {
      for (Unit unit : List.of(MOE_UNIVERSITY, PROVINCIAL_UNIVERSITY, NATIONAL_ZONE_UNIT, SME_IN_ZONE)) {
        boolean lead =
            io.github.rapolicy.rules.Policy.ofNotice().on(Fixtures.IN_FORCE).isInScope(unit).isLeadUnit();
        assertThat(status(checklist(unit, List.of(), dutifulOnly()), Provision.LEAD_ROLE) != ItemStatus.NOT_APPLICABLE)
            .as(unit.name())
            .isEqualTo(lead);
      }
    }
  }

  @Nested
  @Checks({"3.2.3"})
  @DisplayName("3.2.3: the main responsibility of host units of plan projects and platforms")
  class HostUnit {

    @Test
    @DisplayName("3.2.3: a host unit with positions meets it; with none it does not")
    void hostUnit() {
      UnitPractice hosts = UnitPractice.builder()
          .fundingNeedsEstimated(Fact.YES)
          .actualAmountsCharged(Fact.YES)
          .hostsNationalProjectsOrPlatforms(Fact.YES)
          .build();

      assertThat(status(checklist(PROVINCIAL_UNIVERSITY, List.of(signed("RA-1")), hosts), Provision.HOST_UNIT_RESPONSIBILITY))
          .isEqualTo(ItemStatus.MET);
      Checklist none = checklist(PROVINCIAL_UNIVERSITY, List.of(), hosts);
      assertThat(status(none, Provision.HOST_UNIT_RESPONSIBILITY)).isEqualTo(ItemStatus.NOT_MET);
      assertThat(none.item(Provision.HOST_UNIT_RESPONSIBILITY).clause()).isEqualTo(Clause.C3_2_3);
      assertThat(none.compliance()).isEqualTo(Compliance.NOT_MET);
    }

    @Test
    @DisplayName("3.2.3: a unit that hosts none is not addressed")
    void notAHost() {
      Checklist checklist = checklist(PROVINCIAL_UNIVERSITY, List.of(), dutifulOnly());

      assertThat(status(checklist, Provision.HOST_UNIT_RESPONSIBILITY)).isEqualTo(ItemStatus.NOT_APPLICABLE);
    }

    @Test
    @DisplayName("3.2.3: a position on a national plan project or a named platform shows the unit hosts one")
    void positionsShowHosting() {
      for (PositionBasis basis :
          List.of(PositionBasis.planProject(NSFC_PROJECT), PositionBasis.platform(KEY_LAB))) {
        Checklist checklist =
            checklist(PROVINCIAL_UNIVERSITY, List.of(based("RA-1", basis)), dutifulOnly()); // says NO
        assertThat(status(checklist, Provision.HOST_UNIT_RESPONSIBILITY))
            .as(basis.kind().toString())
            .isEqualTo(ItemStatus.MET);
      }
    }

    @Test
    @DisplayName("3.2.3: a provincial project or an unnamed platform does not show it")
    void otherBasesDoNotShowHosting() {
      for (PositionBasis basis :
          List.of(
              PositionBasis.planProject(PROVINCIAL_PROJECT),
              PositionBasis.platform(UNNAMED_PLATFORM),
              PositionBasis.selfOrganisedProject("自研-07"))) {
        Checklist checklist =
            checklist(PROVINCIAL_UNIVERSITY, List.of(based("RA-1", basis)), dutifulOnly());
        assertThat(status(checklist, Provision.HOST_UNIT_RESPONSIBILITY))
            .as(basis.toString())
            .isEqualTo(ItemStatus.NOT_APPLICABLE);
      }
    }

    @Test
    @DisplayName("3.2.3: whether the unit hosts one not known: not known without positions, met with")
    void hostingNotKnown() {
      UnitPractice unknown =
          UnitPractice.builder().fundingNeedsEstimated(Fact.YES).actualAmountsCharged(Fact.YES).build();

      Checklist none = checklist(PROVINCIAL_UNIVERSITY, List.of(), unknown);
      assertThat(status(none, Provision.HOST_UNIT_RESPONSIBILITY)).isEqualTo(ItemStatus.NOT_KNOWN);
      assertThat(none.compliance()).isEqualTo(Compliance.NOT_KNOWN);
      assertThat(status(checklist(PROVINCIAL_UNIVERSITY, List.of(signed("RA-1")), unknown), Provision.HOST_UNIT_RESPONSIBILITY))
          .isEqualTo(ItemStatus.MET);
    }
  }

  @Nested
  @DisplayName("Encouragements (鼓励): advice, never a failure")
  class Encouragements {

    @ParameterizedTest
    @EnumSource(Fact.class)
    @Checks({"3.3.2"})
    @DisplayName("3.3.2 (鼓励): social insurance and housing fund are taken up or advised")
    void socialInsurance(Fact fact) {
      check(fact, Provision.SOCIAL_INSURANCE_AND_HOUSING_FUND, Clause.C3_3_2, (b, f) -> b.socialInsuranceAndHousingFund(f));
    }

    @ParameterizedTest
    @EnumSource(Fact.class)
    @Checks({"3.3.6"})
    @DisplayName("3.3.6 (鼓励): pooled funding channels are taken up or advised")
    void pooledChannels(Fact fact) {
      check(fact, Provision.POOLED_FUNDING_CHANNELS, Clause.C3_3_6, (b, f) -> b.pooledFundingChannels(f));
    }

    @ParameterizedTest
    @EnumSource(Fact.class)
    @Checks({"3.3.6"})
    @DisplayName("3.3.6 (鼓励): dedicated matching funds are taken up or advised")
    void matchingFunds(Fact fact) {
      check(fact, Provision.MATCHING_FUNDS, Clause.C3_3_6, (b, f) -> b.matchingFunds(f));
    }

    private void check(
        Fact fact,
        Provision provision,
        Clause clause,
        BiConsumer<UnitPractice.Builder, Fact> set) {
      UnitPractice.Builder builder =
          UnitPractice.builder()
              .fundingNeedsEstimated(Fact.YES)
              .actualAmountsCharged(Fact.YES)
              .hostsNationalProjectsOrPlatforms(Fact.NO);
      set.accept(builder, fact);
      Checklist checklist = checklist(PROVINCIAL_UNIVERSITY, List.of(signed("RA-1")), builder.build());

      assertThat(status(checklist, provision))
          .isEqualTo(fact == Fact.YES ? ItemStatus.TAKEN_UP : ItemStatus.ADVISED);
      assertThat(checklist.item(provision).clause()).isEqualTo(clause);
      assertThat(checklist.advice()).contains(checklist.item(provision));
      assertThat(checklist.compliance()).isEqualTo(Compliance.MET);

      Checklist noPositions = checklist(PROVINCIAL_UNIVERSITY, List.of(), builder.build());
      assertThat(status(noPositions, provision)).isEqualTo(ItemStatus.NOT_APPLICABLE);
    }

    @Test
    @Checks({"3.1.5"})
    @DisplayName("3.1.5 (支持): high-tech zones, national or provincial, are advised to hold matching events")
    void matchingEvents() {
      UnitPractice none = dutifulOnly(); // matchingEvents NO
      UnitPractice held = UnitPractice.builder().matchingEvents(Fact.YES).build();
      for (Unit zone : List.of(NATIONAL_ZONE_UNIT, PROVINCIAL_ZONE_UNIT)) {
        assertThat(status(checklist(zone, List.of(signed("RA-1")), none), Provision.MATCHING_EVENTS))
            .as(zone.name())
            .isEqualTo(ItemStatus.ADVISED);
        assertThat(status(checklist(zone, List.of(signed("RA-1")), held), Provision.MATCHING_EVENTS))
            .as(zone.name())
            .isEqualTo(ItemStatus.TAKEN_UP);
      }
      Checklist university = checklist(MOE_UNIVERSITY, List.of(signed("RA-1")), held);
      assertThat(status(university, Provision.MATCHING_EVENTS)).isEqualTo(ItemStatus.NOT_APPLICABLE);
      assertThat(university.item(Provision.MATCHING_EVENTS).clause()).isEqualTo(Clause.C3_1_5);
    }

    @Test
    @Checks({"2.2.2"})
    @DisplayName("2.2.2 (鼓励): units in national zones are advised to base positions on self-organised projects")
    void selfOrganisedProjects() {
      Position selfOrganised = based("RA-2", PositionBasis.selfOrganisedProject("自研-07"));

      assertThat(status(checklist(SME_IN_ZONE, List.of(signed("RA-1")), dutifulOnly()), Provision.SELF_ORGANISED_PROJECT_POSITIONS))
          .isEqualTo(ItemStatus.ADVISED);
      assertThat(status(checklist(SME_IN_ZONE, List.of(signed("RA-1"), selfOrganised), dutifulOnly()), Provision.SELF_ORGANISED_PROJECT_POSITIONS))
          .isEqualTo(ItemStatus.TAKEN_UP);
      assertThat(status(checklist(NATIONAL_ZONE_UNIT, List.of(), dutifulOnly()), Provision.SELF_ORGANISED_PROJECT_POSITIONS))
          .isEqualTo(ItemStatus.ADVISED);
      for (Unit outside : List.of(ENTERPRISE_IN_PROVINCIAL_ZONE, PROVINCIAL_ZONE_UNIT, MOE_UNIVERSITY)) {
        Checklist checklist = checklist(outside, List.of(selfOrganised), dutifulOnly());
        assertThat(status(checklist, Provision.SELF_ORGANISED_PROJECT_POSITIONS))
            .as(outside.name())
            .isEqualTo(ItemStatus.NOT_APPLICABLE);
      }
      assertThat(Provision.SELF_ORGANISED_PROJECT_POSITIONS.clause()).isEqualTo(Clause.C2_2_2);
    }

    @Test
    @DisplayName("鼓励: with every encouragement advised, the obligations alone decide: met")
    void adviceIsNotFailure() {
      Checklist checklist = checklist(SME_IN_ZONE, List.of(signed("RA-1")), dutifulOnly());

      assertThat(checklist.advice())
          .extracting(ChecklistItem::status)
          .containsOnly(ItemStatus.ADVISED, ItemStatus.NOT_APPLICABLE)
          .contains(ItemStatus.ADVISED);
      assertThat(checklist.compliance()).isEqualTo(Compliance.MET);
      assertThat(checklist.explain(Language.ENGLISH))
          .contains("Status: every obligation met")
          .contains("Encouragements (advice; they never change the status):")
          .doesNotContain("What would change it");
    }

    @Test
    @DisplayName("鼓励: an encouragement item cannot be built with an obligation's status")
    void encouragementCannotFail() {
      assertThatThrownBy(() -> ChecklistItem.of(Provision.MATCHING_FUNDS, ItemStatus.NOT_MET))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("MATCHING_FUNDS")
          .hasMessageContaining("NOT_MET");
      assertThatThrownBy(() -> ChecklistItem.of(Provision.SERVICE_AGREEMENT, ItemStatus.ADVISED))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("SERVICE_AGREEMENT");
    }
  }

  @Nested
  @Checks({"date"})
  @DisplayName("date: before the notice was issued, nothing is asked")
  class Dates {

    @Test
    @DisplayName("date: a checklist dated before 25 June 2024 is not in force and has no items")
    void beforeIssue() {
      Checklist checklist =
          Obligations.ofNotice().on(BEFORE_ISSUE).checklist(MOE_UNIVERSITY, List.of(unsigned("RA-1")), UnitPractice.notKnown());

      assertThat(checklist.isInForce()).isFalse();
      assertThat(checklist.compliance()).isEqualTo(Compliance.NOT_IN_FORCE);
      assertThat(checklist.items()).isEmpty();
      assertThat(checklist.clauses()).containsExactly(Clause.DATE);
      assertThat(checklist.explain(Language.CHINESE)).contains("本通知尚未生效").contains("date 原文：2024年6月25日");
      assertThat(checklist.explain(Language.ENGLISH)).contains("not yet in force");
    }

    @Test
    @DisplayName("date: on 25 June 2024 itself the notice is in force")
    void onIssue() {
      Checklist checklist =
          Obligations.ofNotice().on(ISSUE).checklist(MOE_UNIVERSITY, List.of(unsigned("RA-1")), UnitPractice.notKnown());

      assertThat(checklist.isInForce()).isTrue();
      assertThat(checklist.compliance()).isEqualTo(Compliance.NOT_MET);
    }
  }

  @Nested
  @DisplayName("Rendering and citation")
  class Rendering {

    @Test
    @Checks({"2.2.2", "3.1.3", "3.1.5", "3.2.3", "3.3.2", "3.3.5", "3.3.6"})
    @DisplayName("2.2.2, 3.1.3, 3.1.5, 3.2.3, 3.3.2, 3.3.5, 3.3.6: each cited and quoted exactly once, in both languages")
    void quotesEachClauseOnce() {
      Checklist checklist =
          checklist(NATIONAL_ZONE_UNIT, List.of(signed("RA-1"), unsigned("RA-2")), UnitPractice.notKnown());

      assertThat(checklist.clauses())
          .containsExactly(Clause.C2_2_2, Clause.C3_1_3, Clause.C3_1_5, Clause.C3_2_3, Clause.C3_3_2, Clause.C3_3_5, Clause.C3_3_6);
      String chinese = checklist.explain(Language.CHINESE);
      String english = checklist.explain(Language.ENGLISH);
      for (Clause clause : checklist.clauses()) {
        assertThat(occurrences(chinese, clause.id() + " 原文：" + clause.original())).as(clause.id()).isEqualTo(1);
        assertThat(occurrences(english, clause.id() + " reads: " + clause.gloss())).as(clause.id()).isEqualTo(1);
        assertThat(occurrences(english, clause.id() + " original: " + clause.original())).as(clause.id()).isEqualTo(1);
        assertThat(checklist.cites(clause)).isTrue();
      }
      assertThat(checklist.cites(Clause.C3_3_3)).isFalse();
    }

    @Test
    @Checks({"3.3.2"})
    @DisplayName("3.3.2: an item reads in Chinese and English with its status")
    void itemWording() {
      ChecklistItem item =
          checklist(PROVINCIAL_UNIVERSITY, List.of(unsigned("RA-2")), dutifulOnly()).unmet().get(0);

      assertThat(item.describe(Language.CHINESE))
          .isEqualTo("岗位 RA-2：设立科研助理岗位的单位，应根据国家有关规定签订服务协议——未履行：签订服务协议");
      assertThat(item.describe(Language.ENGLISH))
          .isEqualTo(
              "position RA-2: a unit that sets up RA positions shall sign a service agreement according"
                  + " to national regulations — not met: sign the service agreement");
    }

    @Test
    @DisplayName("obligations (3.3.2, 3.3.5, 3.1.3, 3.2.3) come first, then encouragements (3.3.2, 3.3.6, 3.1.5, 2.2.2)")
    void order() {
      Checklist checklist =
          checklist(SME_IN_ZONE, List.of(signed("RA-1"), signed("RA-2")), UnitPractice.notKnown());

      assertThat(checklist.items())
          .extracting(ChecklistItem::provision)
          .containsExactly(
              Provision.SERVICE_AGREEMENT,
              Provision.SERVICE_AGREEMENT,
              Provision.FUNDING_NEEDS_ESTIMATED,
              Provision.ACTUAL_AMOUNTS_CHARGED,
              Provision.LEAD_ROLE,
              Provision.HOST_UNIT_RESPONSIBILITY,
              Provision.SOCIAL_INSURANCE_AND_HOUSING_FUND,
              Provision.POOLED_FUNDING_CHANNELS,
              Provision.MATCHING_FUNDS,
              Provision.MATCHING_EVENTS,
              Provision.SELF_ORGANISED_PROJECT_POSITIONS);
      assertThat(checklist.obligations()).allMatch(ChecklistItem::isObligation).hasSize(6);
      assertThat(checklist.advice()).noneMatch(ChecklistItem::isObligation).hasSize(5);
    }

    @Test
    @Checks({"3.3.2"})
    @DisplayName("3.3.2 (one agreement per position): two positions with one ID are rejected, naming the ID")
    void duplicateIds() {
      assertThatThrownBy(() -> checklist(MOE_UNIVERSITY, List.of(signed("RA-1"), unsigned("RA-1")), dutifulOnly()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("RA-1");
    }

    private int occurrences(String text, String part) {
      int count = 0;
      for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
        count++;
      }
      return count;
    }
  }
}
