package io.github.rapolicy.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.base.Splitter;
import io.github.rapolicy.notice.Clause;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Units and high-tech zones: their structural checks and derived predicates. */
class UnitTest {

  private static final HighTechZone ZHONGGUANCUN = HighTechZone.national("中关村科技园区");
  private static final HighTechZone PROVINCIAL_ZONE = HighTechZone.provincial("某省级高新区");

  private static Unit.Builder enterprise() {
    return Unit.builder()
        .name("某精密仪器有限公司")
        .type(UnitType.ENTERPRISE)
        .affiliation(Affiliation.UNAFFILIATED);
  }

  // --- HighTechZone

  @Test
  void zoneFactoriesSetTheLevel() {
    assertThat(ZHONGGUANCUN.level()).isEqualTo(ZoneLevel.NATIONAL);
    assertThat(ZHONGGUANCUN.isNational()).isTrue();
    assertThat(ZHONGGUANCUN.name()).isEqualTo("中关村科技园区");
    assertThat(PROVINCIAL_ZONE.level()).isEqualTo(ZoneLevel.PROVINCIAL);
    assertThat(PROVINCIAL_ZONE.isNational()).isFalse();
    assertThat(HighTechZone.of("中关村科技园区", ZoneLevel.NATIONAL)).isEqualTo(ZHONGGUANCUN);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t\n", "\u3000"})
  void blankZoneNamesAreRejectedNamingTheName(String blank) {
    assertThatThrownBy(() -> HighTechZone.national(blank))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("zone name")
        .hasMessageContaining("\"" + blank + "\"");
    assertThatThrownBy(() -> HighTechZone.of(blank, ZoneLevel.PROVINCIAL))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"" + blank + "\"");
  }

  // --- Unit checks

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\u3000"})
  void blankUnitNamesAreRejectedNamingTheName(String blank) {
    Unit.Builder builder =
        Unit.builder().name(blank).type(UnitType.UNIVERSITY).affiliation(Affiliation.MOE);

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unit name")
        .hasMessageContaining("\"" + blank + "\"");
  }

  @Test
  void highTechZoneUnitWithoutItsZoneIsRejectedNamingTheUnit() {
    Unit.Builder builder =
        Unit.builder()
            .name("某高新区管委会")
            .type(UnitType.HIGH_TECH_ZONE)
            .affiliation(Affiliation.SUB_PROVINCIAL);

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("HIGH_TECH_ZONE")
        .hasMessageContaining("某高新区管委会");
  }

  @Test
  void highTechZoneUnitWithItsZoneIsAccepted() {
    Unit zone =
        Unit.builder()
            .name("中关村科技园区管委会")
            .type(UnitType.HIGH_TECH_ZONE)
            .affiliation(Affiliation.SUB_PROVINCIAL)
            .zone(ZHONGGUANCUN)
            .build();

    assertThat(zone.zone()).contains(ZHONGGUANCUN);
  }

  @Test
  void builderRequiresNameTypeAndAffiliation() {
    assertThatThrownBy(() -> Unit.builder().name("某大学").type(UnitType.UNIVERSITY).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("affiliation");
  }

  @Test
  void builderIsStrict() {
    Unit.Builder builder = Unit.builder().name("某大学");

    assertThatThrownBy(() -> builder.name("另一所大学"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("name");
  }

  @Test
  void optionalAttributesDefaultToEmpty() {
    Unit unit = enterprise().build();

    assertThat(unit.designations()).isEmpty();
    assertThat(unit.zone()).isEmpty();
  }

  // --- Unit derived predicates

  @Test
  void enterpriseInsideANationalZoneIsInButIsNotTheZone() {
    // 2.2.2: 国家高新区以及区内的…高新技术企业
    Unit unit = enterprise().zone(ZHONGGUANCUN).build();

    assertThat(unit.isInNationalHighTechZone()).isTrue();
    assertThat(unit.isNationalHighTechZone()).isFalse();
  }

  @Test
  void enterpriseInsideAProvincialZoneIsNotInANationalZone() {
    // 2.3.2: 国家高新区外的高新技术企业以及省级高新区
    Unit unit = enterprise().zone(PROVINCIAL_ZONE).build();

    assertThat(unit.isInNationalHighTechZone()).isFalse();
    assertThat(unit.isNationalHighTechZone()).isFalse();
  }

  @Test
  void enterpriseOutsideEveryZoneIsInNone() {
    Unit unit = enterprise().build();

    assertThat(unit.isInNationalHighTechZone()).isFalse();
    assertThat(unit.isNationalHighTechZone()).isFalse();
  }

  @Test
  void nationalZoneUnitIsTheZoneButNotInsideIt() {
    // 2.2.1: 国家高新区组织开发科研助理岗位
    Unit unit =
        Unit.builder()
            .name("中关村科技园区管委会")
            .type(UnitType.HIGH_TECH_ZONE)
            .affiliation(Affiliation.SUB_PROVINCIAL)
            .zone(ZHONGGUANCUN)
            .build();

    assertThat(unit.isNationalHighTechZone()).isTrue();
    assertThat(unit.isInNationalHighTechZone()).isFalse();
  }

  @Test
  void provincialZoneUnitIsNotANationalZone() {
    Unit unit =
        Unit.builder()
            .name("某省级高新区管委会")
            .type(UnitType.HIGH_TECH_ZONE)
            .affiliation(Affiliation.PROVINCIAL)
            .zone(PROVINCIAL_ZONE)
            .build();

    assertThat(unit.isNationalHighTechZone()).isFalse();
    assertThat(unit.isInNationalHighTechZone()).isFalse();
  }

  @ParameterizedTest
  @EnumSource(Affiliation.class)
  void unitIsCentrallyAffiliatedExactlyWhenItsAffiliationIsCentral(Affiliation affiliation) {
    // 2.1.2 and 3.1.3: 中央级科研院所, 中央企业, 部属高校
    Unit unit =
        Unit.builder()
            .name("某研究所")
            .type(UnitType.RESEARCH_INSTITUTE)
            .affiliation(affiliation)
            .build();

    assertThat(unit.isCentrallyAffiliated()).isEqualTo(affiliation.isCentral());
  }

  @Test
  void unitHoldsExactlyItsDesignations() {
    Unit unit =
        enterprise()
            .addDesignations(
                Designation.HIGH_TECH_ENTERPRISE, Designation.SPECIALISED_INNOVATIVE_SME)
            .build();

    for (Designation designation : Designation.values()) {
      assertThat(unit.holds(designation))
          .as(designation.code())
          .isEqualTo(
              designation == Designation.HIGH_TECH_ENTERPRISE
                  || designation == Designation.SPECIALISED_INNOVATIVE_SME);
    }
  }

  // --- Affiliation

  @Test
  void centralAffiliationsAreTheCentralDepartments() {
    assertThat(Arrays.stream(Affiliation.values()).filter(Affiliation::isCentral))
        .containsExactlyInAnyOrderElementsOf(
            EnumSet.of(
                Affiliation.MIIT,
                Affiliation.MOE,
                Affiliation.SASAC,
                Affiliation.CAS,
                Affiliation.OTHER_CENTRAL_DEPARTMENT));
  }

  @Test
  void departmentsNamedIn212AreMiitMoeSasacAndCas() {
    // 2.1.2: 工业和信息化部、教育部、国务院国资委、中国科学院所属高校
    assertThat(Arrays.stream(Affiliation.values()).filter(Affiliation::isNamedIn212))
        .containsExactlyInAnyOrder(
            Affiliation.MIIT, Affiliation.MOE, Affiliation.SASAC, Affiliation.CAS);
    String original = Clause.C2_1_2.original();
    List<String> departments =
        Splitter.on('、').splitToList(original.substring(0, original.indexOf("所属高校")));
    assertThat(departments).containsExactly("工业和信息化部", "教育部", "国务院国资委", "中国科学院");
    for (Affiliation affiliation : Affiliation.values()) {
      String department = affiliation.chineseName().replaceFirst("所属$", "");
      assertThat(departments.contains(department))
          .as("2.1.2 names %s", department)
          .isEqualTo(affiliation.isNamedIn212());
    }
  }

  @Test
  void everyDepartmentNamedIn212IsCentral() {
    assertThat(Arrays.stream(Affiliation.values()).filter(Affiliation::isNamedIn212))
        .allMatch(Affiliation::isCentral);
  }

  @Test
  void designationsAreTheRecognitionsNamedIn222And232() {
    // 2.2.2 and 2.3.2 name the recognitions a unit may hold.
    String named = Clause.C2_2_2.original() + Clause.C2_3_2.original();
    for (Designation designation : Designation.values()) {
      assertThat(named).as(designation.code()).contains(designation.chineseName());
    }
  }

  @Test
  void zoneLevelsAreTheTwoTheNoticeNames() {
    // 2.2.2 国家高新区, 2.3.2 省级高新区
    assertThat(Clause.C2_2_2.original()).contains(ZoneLevel.NATIONAL.chineseName());
    assertThat(Clause.C2_3_2.original()).contains(ZoneLevel.PROVINCIAL.chineseName());
  }
}
