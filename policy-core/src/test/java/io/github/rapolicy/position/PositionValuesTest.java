package io.github.rapolicy.position;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rapolicy.notice.Clause;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Plan projects, platforms, position bases, positions and graduation cohorts: their structural
 * checks, factories and derived predicates.
 */
class PositionValuesTest {

  private static final PlanProject NSFC =
      PlanProject.of("NSFC-62301234", PlanProgramme.NATIONAL_NATURAL_SCIENCE_FOUNDATION);
  private static final InnovationPlatform LAB =
      InnovationPlatform.of(PlatformKind.NATIONAL_KEY_LABORATORY, "某全国重点实验室");

  // --- PlanProject

  @ParameterizedTest
  @EnumSource(
      value = PlanProgramme.class,
      names = "NOT_NAMED_BY_NOTICE",
      mode = EnumSource.Mode.EXCLUDE)
  void projectOfANamedProgrammeIsNational(PlanProgramme programme) {
    // 3.2.2: 国家科技计划项目包括国家重点研发计划、国家科技重大专项、国家自然科学基金等
    PlanProject project = PlanProject.of("P-1", programme);

    assertThat(project.level()).isEqualTo(ProjectLevel.NATIONAL);
    assertThat(project.programme()).isEqualTo(programme);
    assertThat(project.id()).isEqualTo("P-1");
  }

  @Test
  void projectOfAnUnnamedProgrammeNeedsItsLevelAndTheErrorNamesTheProject() {
    assertThatThrownBy(() -> PlanProject.of("ZJ-2024-KJ-088", PlanProgramme.NOT_NAMED_BY_NOTICE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("level")
        .hasMessageContaining("ZJ-2024-KJ-088");
  }

  @ParameterizedTest
  @EnumSource(value = ProjectLevel.class)
  void projectOfAnUnnamedProgrammeMayBeOfAnyLevel(ProjectLevel level) {
    // 2.1.2, 3.3.3: 各级科技计划项目
    PlanProject project = PlanProject.of("X-1", PlanProgramme.NOT_NAMED_BY_NOTICE, level);

    assertThat(project.level()).isEqualTo(level);
  }

  @ParameterizedTest
  @EnumSource(value = ProjectLevel.class, names = "NATIONAL", mode = EnumSource.Mode.EXCLUDE)
  void namedNationalProgrammeBelowNationalLevelIsRejectedNamingAll(ProjectLevel level) {
    assertThatThrownBy(
            () -> PlanProject.of("2023YFB4400100", PlanProgramme.NATIONAL_KEY_RD_PROGRAMME, level))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("NATIONAL_KEY_RD_PROGRAMME")
        .hasMessageContaining("2023YFB4400100")
        .hasMessageContaining(level.code());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\u3000"})
  void blankProjectIdsAreRejectedNamingTheId(String blank) {
    assertThatThrownBy(() -> PlanProject.of(blank, PlanProgramme.NATIONAL_MAJOR_PROJECTS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("project id")
        .hasMessageContaining("\"" + blank + "\"");
    assertThatThrownBy(
            () -> PlanProject.of(blank, PlanProgramme.NOT_NAMED_BY_NOTICE, ProjectLevel.PROVINCIAL))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"" + blank + "\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {" 62371001", "62371001\u3000"})
  void projectIdsWithSurroundingWhiteSpaceAreRejected(String id) {
    // The position's project is compared exactly with the charged line's (3.3.3): " 62371001"
    // would silently be another project.
    String message =
        "project id must not begin or end with white space: \""
            + id
            + "\" (identifiers are compared exactly; write \"62371001\")";
    assertThatThrownBy(() -> PlanProject.of(id, PlanProgramme.NATIONAL_MAJOR_PROJECTS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
    assertThatThrownBy(() -> PositionBasis.selfOrganisedProject(id))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  // --- InnovationPlatform

  @Test
  void platformHasItsKindAndName() {
    assertThat(LAB.kind()).isEqualTo(PlatformKind.NATIONAL_KEY_LABORATORY);
    assertThat(LAB.name()).isEqualTo("某全国重点实验室");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\n"})
  void blankPlatformNamesAreRejectedNamingTheName(String blank) {
    assertThatThrownBy(() -> InnovationPlatform.of(PlatformKind.UNIVERSITY_SCIENCE_PARK, blank))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("platform name")
        .hasMessageContaining("\"" + blank + "\"");
  }

  // --- PositionBasis

  @Test
  void planProjectBasisCarriesTheProjectOnly() {
    PositionBasis basis = PositionBasis.planProject(NSFC);

    assertThat(basis.kind()).isEqualTo(BasisKind.PLAN_PROJECT);
    assertThat(basis.planProject()).contains(NSFC);
    assertThat(basis.platform()).isEmpty();
    assertThat(basis.selfOrganisedProjectId()).isEmpty();
    assertThat(basis.isPlanProject("NSFC-62301234")).isTrue();
    assertThat(basis.isPlanProject("NSFC-62301235")).isFalse();
  }

  @Test
  void platformBasisCarriesThePlatformOnly() {
    PositionBasis basis = PositionBasis.platform(LAB);

    assertThat(basis.kind()).isEqualTo(BasisKind.INNOVATION_PLATFORM);
    assertThat(basis.platform()).contains(LAB);
    assertThat(basis.planProject()).isEmpty();
    assertThat(basis.selfOrganisedProjectId()).isEmpty();
    assertThat(basis.isPlanProject("某全国重点实验室")).isFalse();
  }

  @Test
  void selfOrganisedBasisCarriesTheProjectIdOnly() {
    // 2.2.2: 鼓励依托自行组织的项目设立科研助理岗位
    PositionBasis basis = PositionBasis.selfOrganisedProject("自研-07");

    assertThat(basis.kind()).isEqualTo(BasisKind.SELF_ORGANISED_PROJECT);
    assertThat(basis.selfOrganisedProjectId()).contains("自研-07");
    assertThat(basis.planProject()).isEmpty();
    assertThat(basis.platform()).isEmpty();
    // A self-organised project is not an S&T plan project, even under the same identifier (3.3.3).
    assertThat(basis.isPlanProject("自研-07")).isFalse();
  }

  @Test
  void noBasisCarriesNothing() {
    PositionBasis basis = PositionBasis.none();

    assertThat(basis.kind()).isEqualTo(BasisKind.NONE);
    assertThat(basis.planProject()).isEmpty();
    assertThat(basis.platform()).isEmpty();
    assertThat(basis.selfOrganisedProjectId()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "\u3000"})
  void blankSelfOrganisedProjectIdIsRejectedNamingTheId(String blank) {
    assertThatThrownBy(() -> PositionBasis.selfOrganisedProject(blank))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("project id")
        .hasMessageContaining("\"" + blank + "\"");
  }

  // The factories cannot build a basis whose subject disagrees with its kind; the generated
  // builder can, and the check rejects it naming the kind.

  @Test
  void planProjectKindWithoutItsProjectIsRejectedNamingTheKind() {
    ImmutablePositionBasis.Builder builder =
        ImmutablePositionBasis.builder().kind(BasisKind.PLAN_PROJECT);

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("PLAN_PROJECT");
  }

  @Test
  void noneKindWithASubjectIsRejectedNamingTheKind() {
    ImmutablePositionBasis.Builder builder =
        ImmutablePositionBasis.builder().kind(BasisKind.NONE).selfOrganisedProjectId("自研-07");

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("NONE");
  }

  @Test
  void platformKindWithAProjectIsRejectedNamingTheKind() {
    ImmutablePositionBasis.Builder builder =
        ImmutablePositionBasis.builder()
            .kind(BasisKind.INNOVATION_PLATFORM)
            .platform(LAB)
            .planProject(NSFC);

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("INNOVATION_PLATFORM");
  }

  // --- Position

  private static Position.Builder position(String id) {
    return Position.builder()
        .id(id)
        .category(PositionCategory.AUXILIARY_RESEARCH)
        .basis(PositionBasis.planProject(NSFC))
        .origin(PositionOrigin.NEW)
        .serviceAgreementSigned(true);
  }

  @Test
  void positionHasEveryAttributeItWasBuiltWith() {
    Position position = position("RA-2024-017").build();

    assertThat(position.id()).isEqualTo("RA-2024-017");
    assertThat(position.category()).isEqualTo(PositionCategory.AUXILIARY_RESEARCH);
    assertThat(position.basis()).isEqualTo(PositionBasis.planProject(NSFC));
    assertThat(position.origin()).isEqualTo(PositionOrigin.NEW);
    assertThat(position.serviceAgreementSigned()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t"})
  void blankPositionIdsAreRejectedNamingTheId(String blank) {
    Position.Builder builder = position(blank);

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("position id")
        .hasMessageContaining("\"" + blank + "\"");
  }

  @Test
  void positionBuilderRequiresEveryAttribute() {
    Position.Builder builder =
        Position.builder()
            .id("RA-1")
            .category(PositionCategory.ACADEMIC_ASSISTANT)
            .basis(PositionBasis.none())
            .origin(PositionOrigin.VACATED_BY_TURNOVER);

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("serviceAgreementSigned");
  }

  // --- Vocabularies against the notice

  @Test
  void namedCategoriesAreTheWorkListedIn001() {
    // 0.0.1: 从事各类科研项目辅助研究、实验（工程）设施运行维护和实验技术、…等工作的人员
    for (PositionCategory category : PositionCategory.values()) {
      assertThat(Clause.C0_0_1.original().contains(category.chineseName()))
          .as(category.code())
          .isEqualTo(category.isNamedByNotice());
    }
    assertThat(PositionCategory.NOT_NAMED_BY_NOTICE.isNamedByNotice()).isFalse();
  }

  @Test
  void namedProgrammesAndPlatformKindsAreTheOnesListedIn322() {
    // 3.2.2: the national plan programmes and the innovation bases and platforms.
    String list = Clause.C3_2_2.original();
    for (PlanProgramme programme : PlanProgramme.values()) {
      assertThat(list.contains(programme.chineseName()))
          .as(programme.code())
          .isEqualTo(programme.isNamedByNotice());
    }
    for (PlatformKind kind : PlatformKind.values()) {
      assertThat(list.contains(kind.chineseName()))
          .as(kind.code())
          .isEqualTo(kind.isNamedByNotice());
    }
    assertThat(Arrays.stream(PlanProgramme.values()).filter(p -> !p.isNamedByNotice()))
        .containsExactly(PlanProgramme.NOT_NAMED_BY_NOTICE);
    assertThat(Arrays.stream(PlatformKind.values()).filter(p -> !p.isNamedByNotice()))
        .containsExactly(PlatformKind.NOT_NAMED_BY_NOTICE);
  }

  @Test
  void unfilledAndVacatedPositionsAreToBeFilledFirst() {
    // 2.1.3: 充分利用尚未招录毕业生和因人员流动而产生空缺的有关岗位
    assertThat(PositionOrigin.EXISTING_UNFILLED.isToBeFilledFirst()).isTrue();
    assertThat(PositionOrigin.VACATED_BY_TURNOVER.isToBeFilledFirst()).isTrue();
    assertThat(PositionOrigin.NEW.isToBeFilledFirst()).isFalse();
    assertThat(Clause.C2_1_3.original()).contains(PositionOrigin.VACATED_BY_TURNOVER.chineseName());
  }

  // --- GraduationCohort

  @Test
  void noticeCohortIsTheClassOf2024() {
    // 0.0.4: 招录2024届高校毕业生
    assertThat(GraduationCohort.NOTICE_COHORT.year()).isEqualTo(2024);
    assertThat(GraduationCohort.NOTICE_COHORT).hasToString("2024届");
    assertThat(Clause.C0_0_4.original()).contains(GraduationCohort.NOTICE_COHORT.toString());
    assertThat(GraduationCohort.of(2024)).isSameAs(GraduationCohort.NOTICE_COHORT);
    assertThat(GraduationCohort.parse("2024届").isNoticeCohort()).isTrue();
    assertThat(GraduationCohort.of(2025).isNoticeCohort()).isFalse();
    assertThat(GraduationCohort.of(2023).isNoticeCohort()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024届", "2024", " 2024届 ", "2024 届", "\u30002024届"})
  void cohortLabelsParse(String label) {
    assertThat(GraduationCohort.parse(label)).isEqualTo(GraduationCohort.of(2024));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "24届", "2024年", "二〇二四届", "2024届届", "20245", "届2024", "-2024", "2024\n届"})
  void malformedCohortLabelsAreRejectedNamingTheLabel(String label) {
    assertThatThrownBy(() -> GraduationCohort.parse(label))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"" + label + "\"");
  }

  @ParameterizedTest
  @ValueSource(ints = {1899, 10000, 0, -2024, Integer.MIN_VALUE, Integer.MAX_VALUE})
  void yearsOutOfRangeAreRejectedNamingTheYear(int year) {
    assertThatThrownBy(() -> GraduationCohort.of(year))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(String.valueOf(year));
  }

  @Test
  void fourDigitLabelOutOfRangeIsRejected() {
    assertThatThrownBy(() -> GraduationCohort.parse("1899届"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1899");
  }

  @Test
  void cohortsAreOrderedByYear() {
    assertThat(GraduationCohort.of(2023)).isLessThan(GraduationCohort.of(2024));
    assertThat(GraduationCohort.of(2025)).isGreaterThan(GraduationCohort.NOTICE_COHORT);
    assertThat(GraduationCohort.of(2024)).isEqualByComparingTo(GraduationCohort.NOTICE_COHORT);
  }
}
