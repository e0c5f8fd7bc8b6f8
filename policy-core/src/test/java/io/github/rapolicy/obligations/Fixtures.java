package io.github.rapolicy.obligations;

import io.github.rapolicy.position.InnovationPlatform;
import io.github.rapolicy.position.PlanProgramme;
import io.github.rapolicy.position.PlanProject;
import io.github.rapolicy.position.PlatformKind;
import io.github.rapolicy.position.Position;
import io.github.rapolicy.position.PositionBasis;
import io.github.rapolicy.position.PositionCategory;
import io.github.rapolicy.position.PositionOrigin;
import io.github.rapolicy.position.ProjectLevel;
import io.github.rapolicy.unit.Affiliation;
import io.github.rapolicy.unit.Designation;
import io.github.rapolicy.unit.HighTechZone;
import io.github.rapolicy.unit.Unit;
import io.github.rapolicy.unit.UnitType;
import java.time.LocalDate;

/** Units, positions and dates the obligations tests share. */
final class Fixtures {

  private Fixtures() {}

  static final LocalDate ISSUE = LocalDate.of(2024, 6, 25);
  static final LocalDate IN_FORCE = LocalDate.of(2024, 9, 30);
  static final LocalDate BEFORE_ISSUE = LocalDate.of(2024, 6, 24);

  static final HighTechZone ZHONGGUANCUN = HighTechZone.national("中关村科技园区");
  static final HighTechZone ZHANGJIANG = HighTechZone.national("张江高科技园区");
  static final HighTechZone PROVINCIAL_ZONE = HighTechZone.provincial("某省级高新区");

  /** An MOE university: central channel, a lead unit (3.1.3). */
  static final Unit MOE_UNIVERSITY =
      Unit.builder().name("某理工大学").type(UnitType.UNIVERSITY).affiliation(Affiliation.MOE).build();

  /** A provincial university: local channel, not a lead unit. */
  static final Unit PROVINCIAL_UNIVERSITY =
      Unit.builder()
          .name("某省属大学")
          .type(UnitType.UNIVERSITY)
          .affiliation(Affiliation.PROVINCIAL)
          .build();

  /** A central SOE (SASAC enterprise): a lead unit. */
  static final Unit CENTRAL_SOE =
      Unit.builder().name("某中央企业").type(UnitType.ENTERPRISE).affiliation(Affiliation.SASAC).build();

  /** A CAS research institute: a central-level institute, a lead unit. */
  static final Unit CAS_INSTITUTE =
      Unit.builder()
          .name("某研究所")
          .type(UnitType.RESEARCH_INSTITUTE)
          .affiliation(Affiliation.CAS)
          .build();

  /** Zhongguancun itself, acting through its management committee: a lead unit. */
  static final Unit NATIONAL_ZONE_UNIT =
      Unit.builder()
          .name("中关村管委会")
          .type(UnitType.HIGH_TECH_ZONE)
          .affiliation(Affiliation.SUB_PROVINCIAL)
          .zone(ZHONGGUANCUN)
          .build();

  /** A provincial zone itself. */
  static final Unit PROVINCIAL_ZONE_UNIT =
      Unit.builder()
          .name("某省级高新区管委会")
          .type(UnitType.HIGH_TECH_ZONE)
          .affiliation(Affiliation.PROVINCIAL)
          .zone(PROVINCIAL_ZONE)
          .build();

  /** A private high-tech 专精特新 SME inside Zhongguancun: zone channel, not a lead unit. */
  static final Unit SME_IN_ZONE =
      Unit.builder()
          .name("某精密仪器有限公司")
          .type(UnitType.ENTERPRISE)
          .affiliation(Affiliation.UNAFFILIATED)
          .addDesignations(Designation.HIGH_TECH_ENTERPRISE, Designation.SPECIALISED_INNOVATIVE_SME)
          .zone(ZHONGGUANCUN)
          .build();

  /** A private enterprise with no designation inside Zhongguancun: no channel names it. */
  static final Unit PLAIN_ENTERPRISE_IN_ZONE =
      Unit.builder()
          .name("某贸易有限公司")
          .type(UnitType.ENTERPRISE)
          .affiliation(Affiliation.UNAFFILIATED)
          .zone(ZHONGGUANCUN)
          .build();

  /** A private enterprise in a provincial zone. */
  static final Unit ENTERPRISE_IN_PROVINCIAL_ZONE =
      Unit.builder()
          .name("某软件有限公司")
          .type(UnitType.ENTERPRISE)
          .affiliation(Affiliation.UNAFFILIATED)
          .addDesignations(Designation.HIGH_TECH_ENTERPRISE)
          .zone(PROVINCIAL_ZONE)
          .build();

  static final PlanProject NSFC_PROJECT =
      PlanProject.of("NSFC-62301234", PlanProgramme.NATIONAL_NATURAL_SCIENCE_FOUNDATION);
  static final PlanProject PROVINCIAL_PROJECT =
      PlanProject.of("ZJ-2024-KJ-088", PlanProgramme.NOT_NAMED_BY_NOTICE, ProjectLevel.PROVINCIAL);
  static final InnovationPlatform KEY_LAB =
      InnovationPlatform.of(PlatformKind.NATIONAL_KEY_LABORATORY, "某全国重点实验室");
  static final InnovationPlatform UNNAMED_PLATFORM =
      InnovationPlatform.of(PlatformKind.NOT_NAMED_BY_NOTICE, "某市级工程中心");

  static Position.Builder position(String id) {
    return Position.builder()
        .id(id)
        .category(PositionCategory.AUXILIARY_RESEARCH)
        .basis(PositionBasis.none())
        .origin(PositionOrigin.NEW);
  }

  /** A position, agreement signed, of a category the notice does not name (0.0.1, 等). */
  static Position ofUnnamedCategory(String id) {
    return Position.builder()
        .id(id)
        .category(PositionCategory.NOT_NAMED_BY_NOTICE)
        .basis(PositionBasis.none())
        .origin(PositionOrigin.NEW)
        .serviceAgreementSigned(true)
        .build();
  }

  static Position signed(String id) {
    return position(id).serviceAgreementSigned(true).build();
  }

  static Position unsigned(String id) {
    return position(id).serviceAgreementSigned(false).build();
  }

  static Position based(String id, PositionBasis basis) {
    return Position.builder()
        .id(id)
        .category(PositionCategory.AUXILIARY_RESEARCH)
        .basis(basis)
        .origin(PositionOrigin.NEW)
        .serviceAgreementSigned(true)
        .build();
  }

  static Position withOrigin(String id, PositionOrigin origin) {
    return Position.builder()
        .id(id)
        .category(PositionCategory.AUXILIARY_RESEARCH)
        .basis(PositionBasis.none())
        .origin(origin)
        .serviceAgreementSigned(true)
        .build();
  }

  /** Every obligation's fact "yes", every encouragement's fact "no". */
  static UnitPractice dutifulOnly() {
    return UnitPractice.builder()
        .fundingNeedsEstimated(Fact.YES)
        .actualAmountsCharged(Fact.YES)
        .hostsNationalProjectsOrPlatforms(Fact.NO)
        .socialInsuranceAndHousingFund(Fact.NO)
        .pooledFundingChannels(Fact.NO)
        .matchingFunds(Fact.NO)
        .matchingEvents(Fact.NO)
        .build();
  }

  static Obligations.OnDate inForce() {
    return Obligations.ofNotice().on(IN_FORCE);
  }
}
