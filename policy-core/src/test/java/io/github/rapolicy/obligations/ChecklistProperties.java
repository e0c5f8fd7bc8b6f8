package io.github.rapolicy.obligations;

import static io.github.rapolicy.testing.Property.forAll;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import io.github.rapolicy.notice.Clause;
import io.github.rapolicy.position.InnovationPlatform;
import io.github.rapolicy.position.PlanProgramme;
import io.github.rapolicy.position.PlanProject;
import io.github.rapolicy.position.PlatformKind;
import io.github.rapolicy.position.Position;
import io.github.rapolicy.position.PositionBasis;
import io.github.rapolicy.position.PositionCategory;
import io.github.rapolicy.position.PositionOrigin;
import io.github.rapolicy.position.ProjectLevel;
import io.github.rapolicy.rules.Language;
import io.github.rapolicy.rules.Policy;
import io.github.rapolicy.testing.Checks;
import io.github.rapolicy.testing.Gen;
import io.github.rapolicy.testing.Property;
import io.github.rapolicy.unit.Affiliation;
import io.github.rapolicy.unit.Designation;
import io.github.rapolicy.unit.HighTechZone;
import io.github.rapolicy.unit.Unit;
import io.github.rapolicy.unit.UnitType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Laws of the checklist over generated units, positions and practices: an encouragement never
 * makes a checklist fail, the compliance comes from the obligations alone, the lead role agrees
 * with the rules, and every cited clause is quoted.
 */
class ChecklistProperties {

  private static final LocalDate IN_FORCE = LocalDate.of(2024, 9, 30);
  private static final List<HighTechZone> ZONES =
      List.of(
          HighTechZone.national("中关村科技园区"),
          HighTechZone.national("张江高科技园区"),
          HighTechZone.provincial("某省级高新区"));

  /** A unit, its positions and its practice. */
  static final class Case {
    final Unit unit;
    final ImmutableList<Position> positions;
    final UnitPractice practice;

    Case(Unit unit, ImmutableList<Position> positions, UnitPractice practice) {
      this.unit = unit;
      this.positions = positions;
      this.practice = practice;
    }

    Checklist checklist() {
      return Obligations.ofNotice().on(IN_FORCE).checklist(unit, positions, practice);
    }

    @Override
    public String toString() {
      return unit + " " + positions + " " + practice;
    }
  }

  private static <T> T pick(Gen gen, List<T> values) {
    return values.get(gen.uniformInt(0, values.size() - 1));
  }

  private static <T> T pick(Gen gen, T[] values) {
    return values[gen.uniformInt(0, values.length - 1)];
  }

  static Unit unit(Gen gen) {
    UnitType type = pick(gen, UnitType.values());
    Unit.Builder builder =
        Unit.builder().name("单位" + gen.uniformInt(0, 99)).type(type).affiliation(pick(gen, Affiliation.values()));
    for (Designation designation : Designation.values()) {
      if (gen.uniformInt(0, 3) == 0) {
        builder.addDesignations(designation);
      }
    }
    if (type == UnitType.HIGH_TECH_ZONE || gen.uniformInt(0, 1) == 0) {
      builder.zone(pick(gen, ZONES));
    }
    return builder.build();
  }

  static PositionBasis basis(Gen gen) {
    return switch (gen.uniformInt(0, 6)) {
      case 0 -> PositionBasis.planProject(
          PlanProject.of("P-" + gen.uniformInt(0, 9), PlanProgramme.NATIONAL_KEY_RD_PROGRAMME));
      case 1 -> PositionBasis.planProject(
          PlanProject.of(
              "P-" + gen.uniformInt(0, 9),
              PlanProgramme.NOT_NAMED_BY_NOTICE,
              pick(gen, ProjectLevel.values())));
      case 2 -> PositionBasis.platform(
          InnovationPlatform.of(pick(gen, PlatformKind.values()), "平台"));
      case 3, 4 -> PositionBasis.selfOrganisedProject("自研-" + gen.uniformInt(0, 9));
      default -> PositionBasis.none();
    };
  }

  static ImmutableList<Position> positions(Gen gen) {
    int count = gen.uniformInt(0, 4);
    ImmutableList.Builder<Position> positions = ImmutableList.builder();
    for (int i = 0; i < count; i++) {
      positions.add(
          Position.builder()
              .id("RA-" + i)
              .category(pick(gen, PositionCategory.values()))
              .basis(basis(gen))
              .origin(pick(gen, PositionOrigin.values()))
              .serviceAgreementSigned(gen.uniformInt(0, 3) != 0)
              .build());
    }
    return positions.build();
  }

  static UnitPractice practice(Gen gen) {
    Fact[] facts = Fact.values();
    return UnitPractice.builder()
        .fundingNeedsEstimated(pick(gen, facts))
        .actualAmountsCharged(pick(gen, facts))
        .hostsNationalProjectsOrPlatforms(pick(gen, facts))
        .socialInsuranceAndHousingFund(pick(gen, facts))
        .pooledFundingChannels(pick(gen, facts))
        .matchingFunds(pick(gen, facts))
        .matchingEvents(pick(gen, facts))
        .build();
  }

  /** The same obligations' facts, and the encouragements' facts all set to {@code fact}. */
  static UnitPractice withEncouragements(UnitPractice practice, Fact fact) {
    return UnitPractice.builder()
        .fundingNeedsEstimated(practice.fundingNeedsEstimated())
        .actualAmountsCharged(practice.actualAmountsCharged())
        .hostsNationalProjectsOrPlatforms(practice.hostsNationalProjectsOrPlatforms())
        .socialInsuranceAndHousingFund(fact)
        .pooledFundingChannels(fact)
        .matchingFunds(fact)
        .matchingEvents(fact)
        .build();
  }

  static Stream<Case> cases(String salt) {
    Gen gen = Gen.seeded(salt);
    List<Case> cases = new ArrayList<>();
    // Edge cases first: every fixture unit with no position, and with an unsigned one.
    for (Unit unit :
        List.of(
            Fixtures.MOE_UNIVERSITY,
            Fixtures.NATIONAL_ZONE_UNIT,
            Fixtures.PROVINCIAL_ZONE_UNIT,
            Fixtures.SME_IN_ZONE,
            Fixtures.PROVINCIAL_UNIVERSITY)) {
      for (Fact fact : Fact.values()) {
        UnitPractice practice = withEncouragements(Fixtures.dutifulOnly(), fact);
        cases.add(new Case(unit, ImmutableList.of(), practice));
        cases.add(new Case(unit, ImmutableList.of(Fixtures.unsigned("RA-1")), practice));
        cases.add(new Case(unit, ImmutableList.of(Fixtures.signed("RA-1")), practice));
      }
    }
    for (int i = 0; i < Property.TRIES; i++) {
      cases.add(new Case(unit(gen), positions(gen), practice(gen)));
    }
    return cases.stream();
  }

  @Test
  @Checks({"2.2.2", "3.1.5", "3.3.2", "3.3.6"})
  @DisplayName("鼓励 (2.2.2, 3.1.5, 3.3.2, 3.3.6): an encouragement is never a failure")
  void encouragementIsNeverAFailure() {
    forAll(
        cases("encouragement-status"),
        c -> {
          for (ChecklistItem item : c.checklist().advice()) {
            assertThat(item.provision().isEncouragement()).isTrue();
            assertThat(item.status())
                .as("%s", item.provision())
                .isIn(ItemStatus.TAKEN_UP, ItemStatus.ADVISED, ItemStatus.NOT_APPLICABLE);
            assertThat(item.status().isFailure()).isFalse();
          }
        });
  }

  @Test
  @Checks({"2.2.2", "3.1.5", "3.3.2", "3.3.6"})
  @DisplayName("鼓励 (2.2.2, 3.1.5, 3.3.2, 3.3.6): taking up or dropping encouragements never changes the compliance")
  void encouragementsNeverChangeTheCompliance() {
    forAll(
        cases("encouragement-compliance"),
        c -> {
          Checklist checklist = c.checklist();
          for (Fact fact : Fact.values()) {
            Checklist other = new Case(c.unit, c.positions, withEncouragements(c.practice, fact)).checklist();
            assertThat(other.compliance()).as("encouragements all %s", fact).isEqualTo(checklist.compliance());
            assertThat(other.obligations()).isEqualTo(checklist.obligations());
          }
          // Nor does a self-organised project (2.2.2) turned into no basis at all.
          ImmutableList<Position> withoutSelfOrganised =
              c.positions.stream()
                  .map(
                      p ->
                          p.basis().selfOrganisedProjectId().isPresent()
                              ? Position.builder()
                                  .id(p.id())
                                  .category(p.category())
                                  .basis(PositionBasis.none())
                                  .origin(p.origin())
                                  .serviceAgreementSigned(p.serviceAgreementSigned())
                                  .build()
                              : p)
                  .collect(ImmutableList.toImmutableList());
          assertThat(new Case(c.unit, withoutSelfOrganised, c.practice).checklist().compliance())
              .isEqualTo(checklist.compliance());
        });
  }

  @Test
  @Checks({"3.1.3", "3.2.3", "3.3.2", "3.3.5"})
  @DisplayName("应 (3.1.3, 3.2.3, 3.3.2, 3.3.5): the compliance is the obligations' statuses combined")
  void complianceComesFromTheObligations() {
    forAll(
        cases("compliance-fold"),
        c -> {
          Checklist checklist = c.checklist();
          List<ItemStatus> statuses =
              checklist.obligations().stream().map(ChecklistItem::status).toList();
          Compliance expected =
              statuses.contains(ItemStatus.NOT_MET)
                  ? Compliance.NOT_MET
                  : statuses.contains(ItemStatus.NOT_KNOWN) ? Compliance.NOT_KNOWN : Compliance.MET;
          assertThat(checklist.compliance()).isEqualTo(expected);
          assertThat(checklist.unmet()).allMatch(ChecklistItem::isObligation);
          // One service-agreement item per position (3.3.2), failing exactly where unsigned.
          long unsigned = c.positions.stream().filter(p -> !p.serviceAgreementSigned()).count();
          assertThat(checklist.unmet().stream().filter(i -> i.provision() == Provision.SERVICE_AGREEMENT).count())
              .isEqualTo(unsigned);
          if (!c.positions.isEmpty()) {
            assertThat(checklist.items().stream().filter(i -> i.provision() == Provision.SERVICE_AGREEMENT).count())
                .isEqualTo(c.positions.size());
          }
        });
  }

  @Test
  @Checks({"3.1.3"})
  @DisplayName("3.1.3: the lead role applies exactly to the units the rules call lead units")
  void leadRoleAgreesWithTheRules() {
    forAll(
        cases("lead-role"),
        c -> {
          boolean lead = Policy.ofNotice().on(IN_FORCE).isInScope(c.unit).isLeadUnit();
          ItemStatus status = c.checklist().item(Provision.LEAD_ROLE).status();
          assertThat(status != ItemStatus.NOT_APPLICABLE).isEqualTo(lead);
          if (lead) {
            assertThat(status).isEqualTo(c.positions.isEmpty() ? ItemStatus.NOT_MET : ItemStatus.MET);
          }
        });
  }

  @Test
  @Checks({"2.2.2", "3.1.3", "3.1.5", "3.2.3", "3.3.2", "3.3.5", "3.3.6"})
  @DisplayName("2.2.2 – 3.3.6: every item's clause is cited and quoted, in Chinese and English")
  void everyClauseIsQuoted() {
    forAll(
        cases("quotes").limit(100),
        c -> {
          Checklist checklist = c.checklist();
          String chinese = checklist.explain(Language.CHINESE);
          String english = checklist.explain(Language.ENGLISH);
          for (ChecklistItem item : checklist.items()) {
            assertThat(checklist.cites(item.clause())).isTrue();
            assertThat(chinese).contains(item.describe(Language.CHINESE));
            assertThat(english).contains(item.describe(Language.ENGLISH));
          }
          for (Clause clause : checklist.clauses()) {
            assertThat(chinese).contains(clause.id() + " 原文：" + clause.original());
            assertThat(english).contains(clause.id() + " reads: " + clause.gloss());
          }
        });
  }
}
