package io.github.rapolicy.obligations;

import static io.github.rapolicy.obligations.Fixtures.IN_FORCE;
import static io.github.rapolicy.obligations.Fixtures.MOE_UNIVERSITY;
import static io.github.rapolicy.obligations.Fixtures.SME_IN_ZONE;
import static io.github.rapolicy.obligations.Fixtures.ZHONGGUANCUN;
import static io.github.rapolicy.obligations.Fixtures.inForce;
import static io.github.rapolicy.obligations.Fixtures.signed;
import static io.github.rapolicy.obligations.Fixtures.unsigned;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.rapolicy.position.Position;
import io.github.rapolicy.rules.Language;
import io.github.rapolicy.testing.MainClasses;
import io.github.rapolicy.unit.HighTechZone;
import io.github.rapolicy.unit.Unit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contracts of the obligations package: every public method rejects null, values are equal
 * when their attributes are, and no public type escapes these checks.
 */
public class ObligationsContractTest {

  private static final Position POSITION = signed("RA-1");
  private static final UnitPosition ROW = UnitPosition.of(SME_IN_ZONE, POSITION);

  private static NullPointerTester tester() {
    return new NullPointerTester()
        .setDefault(String.class, "RA-1")
        .setDefault(LocalDate.class, IN_FORCE)
        .setDefault(Unit.class, MOE_UNIVERSITY)
        .setDefault(Position.class, POSITION)
        .setDefault(HighTechZone.class, ZHONGGUANCUN)
        .setDefault(UnitPractice.class, UnitPractice.notKnown())
        .setDefault(UnitPosition.class, ROW)
        .setDefault(Language.class, Language.CHINESE)
        .setDefault(Collection.class, ImmutableList.of());
  }

  /** The types whose public static methods are checked (public: the completeness check counts them). */
  public static Stream<Class<?>> typesWithStaticMethods() {
    return Stream.of(
        Obligations.class,
        ReportingCalendar.class,
        UnitPractice.class,
        UnitPosition.class,
        Fact.class,
        ItemStatus.class,
        Compliance.class,
        Provision.class,
        ReportingDeadline.class);
  }

  /** The instances whose public methods are checked (public: the completeness check counts them). */
  public static Stream<Object> instances() {
    List<Object> instances = new ArrayList<>();
    Obligations.OnDate today = inForce();
    Checklist checklist = today.checklist(MOE_UNIVERSITY, List.of(POSITION, unsigned("RA-2")), UnitPractice.notKnown());
    instances.add(Obligations.ofNotice());
    instances.add(today);
    instances.add(checklist);
    instances.addAll(checklist.items());
    instances.add(Obligations.ofNotice().on(Fixtures.BEFORE_ISSUE).checklist(MOE_UNIVERSITY, List.of(), UnitPractice.notKnown()));
    instances.add(today.positionsToFillFirst(List.of(POSITION)));
    instances.add(today.zoneEvaluation(ZHONGGUANCUN, List.of(ROW)));
    instances.add(today.reporting());
    instances.add(ReportingCalendar.ofNotice());
    instances.add(UnitPractice.notKnown());
    instances.add(UnitPractice.builder());
    instances.add(ROW);
    for (Class<?> vocabulary :
        List.of(Fact.class, ItemStatus.class, Compliance.class, Provision.class, ReportingDeadline.class)) {
      instances.addAll(List.of(vocabulary.getEnumConstants()));
    }
    return instances.stream();
  }

  @ParameterizedTest
  @MethodSource("typesWithStaticMethods")
  void publicStaticMethodsRejectNull(Class<?> type) {
    tester().testAllPublicStaticMethods(type);
  }

  @ParameterizedTest
  @MethodSource("instances")
  void publicInstanceMethodsRejectNull(Object instance) {
    tester().testAllPublicInstanceMethods(instance);
  }

  @Test
  @DisplayName("every public type of the obligations package is covered by the null checks")
  void everyPublicTypeIsChecked() {
    List<Class<?>> unchecked = new ArrayList<>();
    for (Class<?> type : MainClasses.publicTypesUnder("io.github.rapolicy.obligations")) {
      boolean statics = typesWithStaticMethods().anyMatch(type::equals);
      boolean instance = instances().anyMatch(type::isInstance);
      if (!statics && !instance) {
        unchecked.add(type);
      }
    }
    assertThat(unchecked).as("public types no null check covers").isEmpty();
  }

  @Test
  void unitPracticeEquality() {
    new EqualsTester()
        .addEqualityGroup(
            UnitPractice.notKnown(),
            UnitPractice.builder().build(),
            UnitPractice.builder().fundingNeedsEstimated(Fact.NOT_KNOWN).build())
        .addEqualityGroup(UnitPractice.builder().fundingNeedsEstimated(Fact.YES).build())
        .addEqualityGroup(UnitPractice.builder().fundingNeedsEstimated(Fact.NO).build())
        .addEqualityGroup(UnitPractice.builder().actualAmountsCharged(Fact.YES).build())
        .addEqualityGroup(UnitPractice.builder().hostsNationalProjectsOrPlatforms(Fact.YES).build())
        .addEqualityGroup(UnitPractice.builder().socialInsuranceAndHousingFund(Fact.YES).build())
        .addEqualityGroup(UnitPractice.builder().pooledFundingChannels(Fact.YES).build())
        .addEqualityGroup(UnitPractice.builder().matchingFunds(Fact.YES).build())
        .addEqualityGroup(UnitPractice.builder().matchingEvents(Fact.YES).build())
        .testEquals();
  }

  @Test
  void unitPositionEquality() {
    new EqualsTester()
        .addEqualityGroup(ROW, UnitPosition.of(SME_IN_ZONE, signed("RA-1")))
        .addEqualityGroup(UnitPosition.of(MOE_UNIVERSITY, POSITION))
        .addEqualityGroup(UnitPosition.of(SME_IN_ZONE, signed("RA-2")))
        .addEqualityGroup(UnitPosition.of(SME_IN_ZONE, unsigned("RA-1")))
        .testEquals();
  }

  @Test
  void answerEquality() {
    Obligations.OnDate today = inForce();
    Obligations.OnDate other = Obligations.ofNotice().on(IN_FORCE.plusDays(1));
    new EqualsTester()
        .addEqualityGroup(
            today.checklist(MOE_UNIVERSITY, List.of(POSITION), UnitPractice.notKnown()),
            today.checklist(MOE_UNIVERSITY, ImmutableList.of(signed("RA-1")), UnitPractice.builder().build()))
        .addEqualityGroup(other.checklist(MOE_UNIVERSITY, List.of(POSITION), UnitPractice.notKnown()))
        .addEqualityGroup(today.checklist(SME_IN_ZONE, List.of(POSITION), UnitPractice.notKnown()))
        .addEqualityGroup(today.checklist(MOE_UNIVERSITY, List.of(unsigned("RA-1")), UnitPractice.notKnown()))
        .addEqualityGroup(
            today.checklist(MOE_UNIVERSITY, List.of(POSITION), UnitPractice.builder().matchingFunds(Fact.YES).build()))
        .addEqualityGroup(
            today.positionsToFillFirst(List.of(POSITION)), today.positionsToFillFirst(List.of(signed("RA-1"))))
        .addEqualityGroup(other.positionsToFillFirst(List.of(POSITION)))
        .addEqualityGroup(
            today.zoneEvaluation(ZHONGGUANCUN, List.of(ROW)),
            today.zoneEvaluation(ZHONGGUANCUN, List.of(UnitPosition.of(SME_IN_ZONE, signed("RA-1")))))
        .addEqualityGroup(today.zoneEvaluation(ZHONGGUANCUN, List.of()))
        .addEqualityGroup(
            today.zoneEvaluation(
                ZHONGGUANCUN,
                List.of(
                    UnitPosition.of(SME_IN_ZONE, Fixtures.ofUnnamedCategory("RA-1")))))
        .addEqualityGroup(
            today.reporting(), ReportingCalendar.ofNotice().on(IN_FORCE), ReportingCalendar.ofNotice().on(IN_FORCE))
        .addEqualityGroup(other.reporting())
        .testEquals();
  }

  @Test
  void checklistItemEquality() {
    Checklist checklist =
        inForce().checklist(MOE_UNIVERSITY, List.of(POSITION, unsigned("RA-2")), UnitPractice.notKnown());
    new EqualsTester()
        .addEqualityGroup(checklist.items().get(0), ChecklistItem.ofPosition(Provision.SERVICE_AGREEMENT, ItemStatus.MET, "RA-1"))
        .addEqualityGroup(checklist.items().get(1), ChecklistItem.ofPosition(Provision.SERVICE_AGREEMENT, ItemStatus.NOT_MET, "RA-2"))
        .addEqualityGroup(ChecklistItem.ofPosition(Provision.SERVICE_AGREEMENT, ItemStatus.NOT_MET, "RA-1"))
        .addEqualityGroup(ChecklistItem.of(Provision.SERVICE_AGREEMENT, ItemStatus.NOT_APPLICABLE))
        .addEqualityGroup(ChecklistItem.of(Provision.FUNDING_NEEDS_ESTIMATED, ItemStatus.NOT_MET))
        .testEquals();
  }

  @Test
  @DisplayName("Fact.of maps true to YES and false to NO")
  void factOf() {
    assertThat(Fact.of(true)).isEqualTo(Fact.YES);
    assertThat(Fact.of(false)).isEqualTo(Fact.NO);
  }

  @Test
  @DisplayName("each provision cites a clause of its own kind, or 2.2.2's closing encouragement")
  void provisionsCiteTheirClauses() {
    for (Provision provision : Provision.values()) {
      assertThat(provision.isObligation()).isNotEqualTo(provision.isEncouragement());
      if (provision != Provision.SELF_ORGANISED_PROJECT_POSITIONS) {
        assertThat(provision.clause().isOfKind(provision.kind())).as("%s", provision).isTrue();
      } else {
        // CLAUSES.md classes 2.2.2 as scope; its closing phrase is the encouragement 鼓励依托自行组织的项目.
        assertThat(provision.clause().original()).contains("鼓励依托自行组织的项目设立科研助理岗位");
      }
    }
  }
}
