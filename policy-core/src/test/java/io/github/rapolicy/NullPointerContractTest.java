package io.github.rapolicy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.testing.NullPointerTester;
import io.github.rapolicy.funding.BalanceCondition;
import io.github.rapolicy.funding.FundingSource;
import io.github.rapolicy.funding.Money;
import io.github.rapolicy.internal.Identifiers;
import io.github.rapolicy.internal.PolicyStyle;
import io.github.rapolicy.internal.Terms;
import io.github.rapolicy.internal.Wording;
import io.github.rapolicy.funding.CostKind;
import io.github.rapolicy.notice.Clause;
import io.github.rapolicy.notice.Label;
import io.github.rapolicy.notice.Notice;
import io.github.rapolicy.notice.Term;
import io.github.rapolicy.notice.UnknownClauseException;
import io.github.rapolicy.notice.UnknownTermException;
import io.github.rapolicy.obligations.ObligationsContractTest;
import io.github.rapolicy.planning.PlanningContractTest;
import io.github.rapolicy.position.GraduationCohort;
import io.github.rapolicy.position.InnovationPlatform;
import io.github.rapolicy.position.PlanProgramme;
import io.github.rapolicy.position.PlanProject;
import io.github.rapolicy.position.PlatformKind;
import io.github.rapolicy.position.Position;
import io.github.rapolicy.position.PositionBasis;
import io.github.rapolicy.position.PositionCategory;
import io.github.rapolicy.position.PositionOrigin;
import io.github.rapolicy.rules.NullsAndEqualityTest;
import io.github.rapolicy.testing.MainClasses;
import io.github.rapolicy.unit.Affiliation;
import io.github.rapolicy.unit.HighTechZone;
import io.github.rapolicy.unit.Unit;
import io.github.rapolicy.unit.UnitType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every public method of the library's public types rejects a null argument with a {@link
 * NullPointerException} (the packages are {@code @NullMarked}: nothing accepts null).
 */
class NullPointerContractTest {

  private static final PlanProject PROJECT =
      PlanProject.of("NSFC-62301234", PlanProgramme.NATIONAL_NATURAL_SCIENCE_FOUNDATION);
  private static final InnovationPlatform PLATFORM =
      InnovationPlatform.of(PlatformKind.NATIONAL_KEY_LABORATORY, "某全国重点实验室");
  private static final HighTechZone ZONE = HighTechZone.national("中关村科技园区");
  private static final Unit UNIT =
      Unit.builder()
          .name("某理工大学")
          .type(UnitType.UNIVERSITY)
          .affiliation(Affiliation.MOE)
          .zone(ZONE)
          .build();
  private static final PositionBasis BASIS = PositionBasis.planProject(PROJECT);
  private static final Position POSITION =
      Position.builder()
          .id("RA-2024-017")
          .category(PositionCategory.AUXILIARY_RESEARCH)
          .basis(BASIS)
          .origin(PositionOrigin.NEW)
          .serviceAgreementSigned(true)
          .build();
  private static final FundingSource FUNDING = FundingSource.labourFee("NSFC-62301234");

  /** The types whose static methods are checked, besides every {@link Term} vocabulary. */
  private static final ImmutableList<Class<?>> TYPES_WITH_STATIC_METHODS =
      ImmutableList.of(
          Money.class,
          GraduationCohort.class,
          HighTechZone.class,
          Unit.class,
          PlanProject.class,
          InnovationPlatform.class,
          PositionBasis.class,
          Position.class,
          FundingSource.class,
          Notice.class,
          Clause.class,
          Label.class,
          Terms.class,
          Identifiers.class);

  /**
   * Public types not checked here: an annotation, an interface and a holder of constants, with no
   * methods to check.
   */
  private static final ImmutableSet<Class<?>> NOT_CHECKED =
      ImmutableSet.of(PolicyStyle.class, Term.class, Wording.class);

  private static NullPointerTester tester() {
    NullPointerTester tester = new NullPointerTester();
    return tester
        .setDefault(String.class, "NSFC-62301234")
        .setDefault(BigDecimal.class, BigDecimal.ONE)
        .setDefault(LocalDate.class, LocalDate.of(2024, 7, 1))
        .setDefault(Money.class, Money.ofFen(650_000))
        .setDefault(GraduationCohort.class, GraduationCohort.NOTICE_COHORT)
        .setDefault(HighTechZone.class, ZONE)
        .setDefault(Unit.class, UNIT)
        .setDefault(PlanProject.class, PROJECT)
        .setDefault(InnovationPlatform.class, PLATFORM)
        .setDefault(PositionBasis.class, BASIS)
        .setDefault(Position.class, POSITION)
        .setDefault(FundingSource.class, FUNDING);
  }

  static Stream<Class<?>> typesWithStaticMethods() {
    return Stream.concat(TYPES_WITH_STATIC_METHODS.stream(), MainClasses.termEnums().stream());
  }

  static Stream<Object> instances() {
    List<Object> instances = new ArrayList<>();
    instances.add(Money.ofFen(650_000));
    instances.add(Money.ZERO);
    instances.add(GraduationCohort.NOTICE_COHORT);
    instances.add(ZONE);
    instances.add(UNIT);
    instances.add(Unit.builder());
    instances.add(PROJECT);
    instances.add(PLATFORM);
    instances.add(PositionBasis.planProject(PROJECT));
    instances.add(PositionBasis.platform(PLATFORM));
    instances.add(PositionBasis.selfOrganisedProject("自研-07"));
    instances.add(PositionBasis.none());
    instances.add(POSITION);
    instances.add(Position.builder());
    instances.add(FundingSource.labourFee("NSFC-62301234"));
    instances.add(FundingSource.budgetLine("NSFC-62301234", "设备费"));
    instances.add(FundingSource.retainedBalance(BalanceCondition.RETAINED_UNDER_RULES));
    instances.add(FundingSource.matchingFund());
    instances.add(Notice.instance());
    instances.add(CostKind.label("差旅费"));
    for (Clause clause : Clause.values()) {
      instances.add(clause);
    }
    for (Class<?> vocabulary : MainClasses.termEnums()) {
      for (Object term : vocabulary.getEnumConstants()) {
        instances.add(term);
      }
    }
    return instances.stream();
  }

  @ParameterizedTest
  @MethodSource("typesWithStaticMethods")
  void publicStaticMethodsRejectNull(Class<?> type) throws NoSuchMethodException {
    tester()
        // Their parameters of a type variable T have no sample instance: checked below.
        .ignore(Label.class.getMethod("of", Enum.class, String.class))
        .ignore(Terms.class.getMethod("label", ImmutableMap.class, Enum.class, String.class))
        .testAllPublicStaticMethods(type);
  }

  @Test
  void labelsRejectNull() {
    ImmutableMap<String, CostKind> index = Terms.index(CostKind.values());
    assertThatThrownBy(() -> Label.of(nullOf(CostKind.class), "差旅费"))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Label.of(CostKind.NOT_NAMED_BY_NOTICE, nullOf(String.class)))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Terms.label(index, CostKind.NOT_NAMED_BY_NOTICE, nullOf(String.class)))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Terms.label(index, nullOf(CostKind.class), "差旅费"))
        .isInstanceOf(NullPointerException.class);
  }

  @ParameterizedTest
  @MethodSource("instances")
  void publicInstanceMethodsRejectNull(Object instance) {
    tester().testAllPublicInstanceMethods(instance);
  }

  @Test
  void isPlanProjectRejectsNull() {
    for (PositionBasis basis :
        List.of(BASIS, PositionBasis.platform(PLATFORM), PositionBasis.none())) {
      assertThatThrownBy(() -> basis.isPlanProject(nullOf(String.class)))
          .as("%s.isPlanProject(null)", basis.kind())
          .isInstanceOf(NullPointerException.class);
    }
  }

  @Test
  void meetsRejectsNull() {
    for (FundingSource source :
        List.of(FUNDING, FundingSource.retainedBalance(BalanceCondition.RETAINED_UNDER_RULES))) {
      assertThatThrownBy(() -> source.meets(nullOf(BalanceCondition.class)))
          .as("%s.meets(null)", source.kind())
          .isInstanceOf(NullPointerException.class);
    }
  }

  @Test
  void planProjectOfAnUnnamedProgrammeRejectsANullId() {
    assertThatThrownBy(
            () -> PlanProject.of(nullOf(String.class), PlanProgramme.NOT_NAMED_BY_NOTICE))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void exceptionConstructorsRejectNull() {
    NullPointerTester tester = tester().setDefault(Class.class, Money.class);
    tester.testAllPublicConstructors(UnknownClauseException.class);
    tester.testAllPublicConstructors(UnknownTermException.class);
  }

  /**
   * Every public type of every package is checked, here or by the contract test of its package
   * ({@link NullsAndEqualityTest}, {@link ObligationsContractTest}, {@link PlanningContractTest}).
   */
  @Test
  void everyPublicTypeOfEveryPackageIsChecked() {
    // Built once: each package's instances() builds answers, plans and ledgers.
    List<Class<?>> withStatics = allTypesWithStaticMethods().toList();
    List<Object> instances = allInstances().toList();
    List<Class<?>> unchecked = new ArrayList<>();
    for (String pkg :
        List.of(
            "io.github.rapolicy.notice",
            "io.github.rapolicy.unit",
            "io.github.rapolicy.position",
            "io.github.rapolicy.funding",
            "io.github.rapolicy.internal",
            "io.github.rapolicy.rules",
            "io.github.rapolicy.obligations",
            "io.github.rapolicy.planning")) {
      for (Class<?> type : MainClasses.publicTypesUnder(pkg)) {
        boolean statics = withStatics.contains(type);
        boolean instance = instances.stream().anyMatch(type::isInstance);
        boolean exception = type == UnknownClauseException.class || type == UnknownTermException.class;
        if (!statics && !instance && !exception && !NOT_CHECKED.contains(type)) {
          unchecked.add(type);
        }
      }
    }
    assertThat(unchecked).as("public types no null check covers").isEmpty();
  }

  private static Stream<Class<?>> allTypesWithStaticMethods() {
    return Stream.of(
            typesWithStaticMethods(),
            NullsAndEqualityTest.typesWithStaticMethods(),
            ObligationsContractTest.typesWithStaticMethods(),
            PlanningContractTest.typesWithStaticMethods())
        .flatMap(s -> s);
  }

  private static Stream<Object> allInstances() {
    return Stream.of(
            instances(),
            NullsAndEqualityTest.instances(),
            ObligationsContractTest.instances(),
            PlanningContractTest.instances())
        .flatMap(s -> s);
  }

  /** Returns null as a {@code type}, to pass where a test means to pass null. */
  private static <T> T nullOf(Class<T> type) {
    return type.cast(null);
  }
}
