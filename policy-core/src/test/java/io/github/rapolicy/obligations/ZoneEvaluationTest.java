package io.github.rapolicy.obligations;

import static io.github.rapolicy.obligations.Fixtures.BEFORE_ISSUE;
import static io.github.rapolicy.obligations.Fixtures.ENTERPRISE_IN_PROVINCIAL_ZONE;
import static io.github.rapolicy.obligations.Fixtures.MOE_UNIVERSITY;
import static io.github.rapolicy.obligations.Fixtures.NATIONAL_ZONE_UNIT;
import static io.github.rapolicy.obligations.Fixtures.PLAIN_ENTERPRISE_IN_ZONE;
import static io.github.rapolicy.obligations.Fixtures.PROVINCIAL_ZONE;
import static io.github.rapolicy.obligations.Fixtures.SME_IN_ZONE;
import static io.github.rapolicy.obligations.Fixtures.ZHANGJIANG;
import static io.github.rapolicy.obligations.Fixtures.ZHONGGUANCUN;
import static io.github.rapolicy.obligations.Fixtures.inForce;
import static io.github.rapolicy.obligations.Fixtures.signed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rapolicy.notice.Clause;
import io.github.rapolicy.position.Position;
import io.github.rapolicy.rules.Channel;
import io.github.rapolicy.rules.Language;
import io.github.rapolicy.rules.Policy;
import io.github.rapolicy.testing.Checks;
import io.github.rapolicy.unit.Affiliation;
import io.github.rapolicy.unit.Designation;
import io.github.rapolicy.unit.Unit;
import io.github.rapolicy.unit.UnitType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The reference of a national high-tech zone's annual comprehensive evaluation (2.2.3). */
class ZoneEvaluationTest {

  /** A CAS institute inside Zhongguancun: central and zone channels at once. */
  private static final Unit CAS_INSTITUTE_IN_ZONE =
      Unit.builder()
          .name("某研究所")
          .type(UnitType.RESEARCH_INSTITUTE)
          .affiliation(Affiliation.CAS)
          .zone(ZHONGGUANCUN)
          .build();

  /** A unicorn in Zhangjiang: another national zone. */
  private static final Unit UNICORN_IN_ZHANGJIANG =
      Unit.builder()
          .name("某独角兽公司")
          .type(UnitType.ENTERPRISE)
          .affiliation(Affiliation.UNAFFILIATED)
          .addDesignations(Designation.UNICORN_ENTERPRISE)
          .zone(ZHANGJIANG)
          .build();

  private static List<UnitPosition> rows() {
    List<UnitPosition> rows = new ArrayList<>();
    rows.add(UnitPosition.of(SME_IN_ZONE, signed("RA-1")));
    rows.add(UnitPosition.of(SME_IN_ZONE, signed("RA-2")));
    rows.add(UnitPosition.of(SME_IN_ZONE, signed("RA-3")));
    rows.add(UnitPosition.of(CAS_INSTITUTE_IN_ZONE, signed("RA-1")));
    rows.add(UnitPosition.of(PLAIN_ENTERPRISE_IN_ZONE, signed("RA-1")));
    rows.add(UnitPosition.of(NATIONAL_ZONE_UNIT, signed("ZGC-1")));
    // Outside Zhongguancun: not counted.
    rows.add(UnitPosition.of(UNICORN_IN_ZHANGJIANG, signed("RA-1")));
    rows.add(UnitPosition.of(ENTERPRISE_IN_PROVINCIAL_ZONE, signed("RA-1")));
    rows.add(UnitPosition.of(MOE_UNIVERSITY, signed("RA-1")));
    return rows;
  }

  @Test
  @Checks({"2.2.3"})
  @DisplayName("2.2.3: positions of the units inside the zone, the zone's own among them; others left out")
  void countsInsideOnly() {
    ZoneEvaluation evaluation = inForce().zoneEvaluation(ZHONGGUANCUN, rows());

    assertThat(evaluation.total()).isEqualTo(6);
    assertThat(evaluation.units()).isEqualTo(4);
    assertThat(evaluation.outsideZone()).isEqualTo(3);
    assertThat(evaluation.positions()).extracting(UnitPosition::unit).doesNotContain(UNICORN_IN_ZHANGJIANG, MOE_UNIVERSITY);
  }

  @Test
  @Checks({"0.0.1"})
  @DisplayName(
      "0.0.1 (等): a position of a category the notice does not name is listed apart, not counted"
          + " and not dropped")
  void unnamedCategoriesAreNotDecided() {
    List<UnitPosition> rows = rows();
    Position unnamed = Fixtures.ofUnnamedCategory("RA-9");
    rows.add(UnitPosition.of(SME_IN_ZONE, unnamed));

    ZoneEvaluation evaluation = inForce().zoneEvaluation(ZHONGGUANCUN, rows);

    assertThat(evaluation.total()).isEqualTo(6);
    assertThat(evaluation.outsideZone()).isEqualTo(3);
    assertThat(evaluation.notDecided()).containsExactly(UnitPosition.of(SME_IN_ZONE, unnamed));
    assertThat(evaluation.count(UnitType.ENTERPRISE))
        .isEqualTo(inForce().zoneEvaluation(ZHONGGUANCUN, rows()).count(UnitType.ENTERPRISE));
    assertThat(evaluation.clauses()).containsExactly(Clause.C0_0_1, Clause.C2_2_2, Clause.C2_2_3);
    assertThat(evaluation.explain(Language.CHINESE))
        .contains("区内类别未经通知列明的岗位（是否属科研助理岗位本通知未作决定，未计入）：1（RA-9）")
        .contains("0.0.1 原文：");
    assertThat(evaluation.explain(Language.ENGLISH))
        .contains("of a category the notice does not name")
        .contains("not counted): 1 (RA-9)");
    assertThat(inForce().zoneEvaluation(ZHONGGUANCUN, rows()).notDecided()).isEmpty();
    assertThat(inForce().zoneEvaluation(ZHONGGUANCUN, rows()).cites(Clause.C0_0_1)).isFalse();
  }

  @Test
  @Checks({"2.2.3"})
  @DisplayName("2.2.3 by unit kind: type and designation (2.2.2's list)")
  void byUnitKind() {
    ZoneEvaluation evaluation = inForce().zoneEvaluation(ZHONGGUANCUN, rows());

    assertThat(evaluation.byUnitType())
        .containsExactly(
            Map.entry(UnitType.RESEARCH_INSTITUTE, 1),
            Map.entry(UnitType.ENTERPRISE, 4),
            Map.entry(UnitType.HIGH_TECH_ZONE, 1));
    assertThat(evaluation.count(UnitType.UNIVERSITY)).isZero();
    assertThat(evaluation.byDesignation())
        .containsOnly(
            Map.entry(Designation.HIGH_TECH_ENTERPRISE, 3),
            Map.entry(Designation.SPECIALISED_INNOVATIVE_SME, 3));
    assertThat(evaluation.count(Designation.UNICORN_ENTERPRISE)).isZero();
  }

  @Test
  @Checks({"2.2.3"})
  @DisplayName("2.2.3 by channel: as the rules' scope answer gives the channels (2.2.2, 2.1.2)")
  void byChannel() {
    ZoneEvaluation evaluation = inForce().zoneEvaluation(ZHONGGUANCUN, rows());

    // SME x3, CAS institute, the zone itself: zone channel; the CAS institute also the central one.
    assertThat(evaluation.count(Channel.NATIONAL_HIGH_TECH_ZONES)).isEqualTo(5);
    assertThat(evaluation.count(Channel.CENTRAL_UNITS)).isEqualTo(1);
    assertThat(evaluation.count(Channel.LOCALITIES)).isZero();
    // The plain enterprise: no channel names it (the lists are open).
    assertThat(evaluation.withoutChannel()).isEqualTo(1);
    assertThat(Policy.ofNotice().on(evaluation.date()).isInScope(PLAIN_ENTERPRISE_IN_ZONE).channels()).isEmpty();
  }

  @Test
  @Checks({"2.2.3"})
  @DisplayName("2.2.3 concerns national zones: a provincial zone is rejected, naming it")
  void provincialZoneRejected() {
    assertThatThrownBy(() -> inForce().zoneEvaluation(PROVINCIAL_ZONE, rows()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2.2.3")
        .hasMessageContaining("national")
        .hasMessageContaining(PROVINCIAL_ZONE.name())
        .hasMessageContaining("省级高新区");
  }

  @Test
  @Checks({"2.2.3"})
  @DisplayName("2.2.3: a unit's position given twice is rejected, naming it")
  void duplicateRowRejected() {
    List<UnitPosition> rows = rows();
    rows.add(UnitPosition.of(SME_IN_ZONE, signed("RA-2")));
    assertThatThrownBy(() -> inForce().zoneEvaluation(ZHONGGUANCUN, rows))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("RA-2")
        .hasMessageContaining(SME_IN_ZONE.name());
  }

  @Test
  @DisplayName("2.2.3 and 2.2.2 are cited and quoted, in Chinese and English")
  void explains() {
    ZoneEvaluation evaluation = inForce().zoneEvaluation(ZHONGGUANCUN, rows());

    assertThat(evaluation.clauses()).containsExactly(Clause.C2_2_2, Clause.C2_2_3);
    assertThat(evaluation.explain(Language.CHINESE))
        .contains("结论：区内单位开发科研助理岗位6个（涉及单位4家）")
        .contains("按单位类型：科研院所 1；企业 4；高新区 1")
        .contains("国家高新区（二（二）） 5")
        .contains("未列入任何渠道 1")
        .contains("区外单位的岗位（未计入）：3")
        .contains("本库只统计数量，不作评价")
        .contains("2.2.3 原文：" + Clause.C2_2_3.original())
        .contains("2.2.2 原文：" + Clause.C2_2_2.original());
    assertThat(evaluation.explain(Language.ENGLISH))
        .contains("the units inside the zone have developed 6 RA positions (4 units)")
        .contains("By unit type: research institute 1; enterprise 4; high-tech zone 1")
        .contains("2.2.3 reads: " + Clause.C2_2_3.gloss());
  }

  @Test
  @Checks({"2.2.3", "date"})
  @DisplayName("2.2.3 (date): before the notice was issued the evaluation says it was not in force")
  void beforeIssue() {
    ZoneEvaluation evaluation = Obligations.ofNotice().on(BEFORE_ISSUE).zoneEvaluation(ZHONGGUANCUN, rows());

    assertThat(evaluation.isInForce()).isFalse();
    assertThat(evaluation.byChannel()).isEmpty();
    assertThat(evaluation.withoutChannel()).isZero();
    assertThat(evaluation.clauses()).containsExactly(Clause.DATE);
    assertThat(evaluation.explain(Language.ENGLISH)).contains("not yet in force");
  }

  @Test
  @Checks({"2.2.3"})
  @DisplayName("2.2.3: no rows, or none inside: the counts are zero")
  void empty() {
    ZoneEvaluation none = inForce().zoneEvaluation(ZHANGJIANG, List.of(UnitPosition.of(SME_IN_ZONE, signed("RA-1"))));

    assertThat(none.total()).isZero();
    assertThat(none.outsideZone()).isEqualTo(1);
    assertThat(none.byUnitType()).isEmpty();
    assertThat(none.explain(Language.CHINESE)).contains("按单位类型：无");
  }
}
