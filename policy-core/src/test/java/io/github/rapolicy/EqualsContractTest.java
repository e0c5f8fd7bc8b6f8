package io.github.rapolicy;

import com.google.common.testing.EqualsTester;
import io.github.rapolicy.funding.BalanceCondition;
import io.github.rapolicy.funding.FundingSource;
import io.github.rapolicy.funding.Money;
import io.github.rapolicy.position.GraduationCohort;
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
import io.github.rapolicy.unit.ZoneLevel;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Equality of every value type: values built independently, by different factories, are equal when
 * their attributes are, and a value differing in any one attribute is unequal. Each group of {@link
 * EqualsTester} holds values built separately that must be equal; the groups after the first change
 * one attribute of it (the comment says which) or, where the kind of a value decides its other
 * attributes, the kind together with them.
 */
class EqualsContractTest {

  @Test
  void money() {
    new EqualsTester()
        .addEqualityGroup(
            Money.ofFen(650_000),
            Money.ofYuan(6500),
            Money.parse("6500"),
            Money.parse("6500.00"),
            Money.parse(" 6500.0 "),
            Money.ofYuan(new BigDecimal("6500.000")))
        .addEqualityGroup(Money.ofFen(650_001), Money.parse("6500.01"))
        .addEqualityGroup(Money.ZERO, Money.ofFen(0), Money.parse("0.00"), Money.ofYuan(0))
        .addEqualityGroup(Money.ofFen(Long.MAX_VALUE), Money.parse("92233720368547758.07"))
        .testEquals();
  }

  @Test
  void graduationCohort() {
    new EqualsTester()
        .addEqualityGroup(
            GraduationCohort.NOTICE_COHORT,
            GraduationCohort.of(2024),
            GraduationCohort.parse("2024届"),
            GraduationCohort.parse(" 2024 "))
        .addEqualityGroup(GraduationCohort.of(2023), GraduationCohort.parse("2023届"))
        .addEqualityGroup(GraduationCohort.of(2025))
        .testEquals();
  }

  @Test
  void highTechZone() {
    new EqualsTester()
        .addEqualityGroup(
            HighTechZone.national("中关村科技园区"), HighTechZone.of("中关村科技园区", ZoneLevel.NATIONAL))
        // name
        .addEqualityGroup(HighTechZone.national("张江高科技园区"))
        // level
        .addEqualityGroup(
            HighTechZone.provincial("中关村科技园区"), HighTechZone.of("中关村科技园区", ZoneLevel.PROVINCIAL))
        .testEquals();
  }

  private static Unit.Builder enterprise() {
    return Unit.builder()
        .name("某精密仪器有限公司")
        .type(UnitType.ENTERPRISE)
        .affiliation(Affiliation.UNAFFILIATED);
  }

  @Test
  void unit() {
    new EqualsTester()
        .addEqualityGroup(
            enterprise()
                .addDesignations(Designation.HIGH_TECH_ENTERPRISE, Designation.UNICORN_ENTERPRISE)
                .zone(HighTechZone.national("中关村科技园区"))
                .build(),
            // Built another way: designations one at a time in the other order, zone as Optional.
            Unit.builder()
                .zone(Optional.of(HighTechZone.national("中关村科技园区")))
                .addDesignations(Designation.UNICORN_ENTERPRISE)
                .addAllDesignations(List.of(Designation.HIGH_TECH_ENTERPRISE))
                .affiliation(Affiliation.UNAFFILIATED)
                .type(UnitType.ENTERPRISE)
                .name("某精密仪器有限公司")
                .build())
        // name
        .addEqualityGroup(
            Unit.builder()
                .name("另一家有限公司")
                .type(UnitType.ENTERPRISE)
                .affiliation(Affiliation.UNAFFILIATED)
                .addDesignations(Designation.HIGH_TECH_ENTERPRISE, Designation.UNICORN_ENTERPRISE)
                .zone(HighTechZone.national("中关村科技园区"))
                .build())
        // type
        .addEqualityGroup(
            Unit.builder()
                .name("某精密仪器有限公司")
                .type(UnitType.OTHER)
                .affiliation(Affiliation.UNAFFILIATED)
                .addDesignations(Designation.HIGH_TECH_ENTERPRISE, Designation.UNICORN_ENTERPRISE)
                .zone(HighTechZone.national("中关村科技园区"))
                .build())
        // affiliation
        .addEqualityGroup(
            Unit.builder()
                .name("某精密仪器有限公司")
                .type(UnitType.ENTERPRISE)
                .affiliation(Affiliation.SASAC)
                .addDesignations(Designation.HIGH_TECH_ENTERPRISE, Designation.UNICORN_ENTERPRISE)
                .zone(HighTechZone.national("中关村科技园区"))
                .build())
        // designations: one fewer
        .addEqualityGroup(
            enterprise()
                .addDesignations(Designation.HIGH_TECH_ENTERPRISE)
                .zone(HighTechZone.national("中关村科技园区"))
                .build())
        // designations: none
        .addEqualityGroup(enterprise().zone(HighTechZone.national("中关村科技园区")).build())
        // zone: another zone
        .addEqualityGroup(
            enterprise()
                .addDesignations(Designation.HIGH_TECH_ENTERPRISE, Designation.UNICORN_ENTERPRISE)
                .zone(HighTechZone.provincial("中关村科技园区"))
                .build())
        // zone: none
        .addEqualityGroup(
            enterprise()
                .addDesignations(Designation.HIGH_TECH_ENTERPRISE, Designation.UNICORN_ENTERPRISE)
                .build())
        .testEquals();
  }

  @Test
  void planProject() {
    new EqualsTester()
        .addEqualityGroup(
            PlanProject.of("NSFC-62301234", PlanProgramme.NATIONAL_NATURAL_SCIENCE_FOUNDATION),
            PlanProject.of(
                "NSFC-62301234",
                PlanProgramme.NATIONAL_NATURAL_SCIENCE_FOUNDATION,
                ProjectLevel.NATIONAL))
        // id
        .addEqualityGroup(
            PlanProject.of("NSFC-62301235", PlanProgramme.NATIONAL_NATURAL_SCIENCE_FOUNDATION))
        // programme
        .addEqualityGroup(PlanProject.of("NSFC-62301234", PlanProgramme.NATIONAL_MAJOR_PROJECTS))
        .addEqualityGroup(
            PlanProject.of(
                "NSFC-62301234", PlanProgramme.NOT_NAMED_BY_NOTICE, ProjectLevel.NATIONAL))
        // level
        .addEqualityGroup(
            PlanProject.of(
                "NSFC-62301234", PlanProgramme.NOT_NAMED_BY_NOTICE, ProjectLevel.PROVINCIAL))
        .addEqualityGroup(
            PlanProject.of(
                "NSFC-62301234", PlanProgramme.NOT_NAMED_BY_NOTICE, ProjectLevel.SUB_PROVINCIAL))
        .testEquals();
  }

  @Test
  void innovationPlatform() {
    new EqualsTester()
        .addEqualityGroup(
            InnovationPlatform.of(PlatformKind.NATIONAL_KEY_LABORATORY, "某全国重点实验室"),
            InnovationPlatform.of(PlatformKind.NATIONAL_KEY_LABORATORY, "某全国重点实验室"))
        // kind
        .addEqualityGroup(InnovationPlatform.of(PlatformKind.NATIONAL_LABORATORY, "某全国重点实验室"))
        // name
        .addEqualityGroup(InnovationPlatform.of(PlatformKind.NATIONAL_KEY_LABORATORY, "另一实验室"))
        .testEquals();
  }

  @Test
  void positionBasis() {
    new EqualsTester()
        .addEqualityGroup(
            PositionBasis.planProject(
                PlanProject.of("2023YFB4400100", PlanProgramme.NATIONAL_KEY_RD_PROGRAMME)),
            PositionBasis.planProject(
                PlanProject.of(
                    "2023YFB4400100",
                    PlanProgramme.NATIONAL_KEY_RD_PROGRAMME,
                    ProjectLevel.NATIONAL)))
        // the project
        .addEqualityGroup(
            PositionBasis.planProject(
                PlanProject.of("2023YFB4400101", PlanProgramme.NATIONAL_KEY_RD_PROGRAMME)))
        // kind and subject: a platform
        .addEqualityGroup(
            PositionBasis.platform(
                InnovationPlatform.of(PlatformKind.NATIONAL_KEY_LABORATORY, "某全国重点实验室")),
            PositionBasis.platform(
                InnovationPlatform.of(PlatformKind.NATIONAL_KEY_LABORATORY, "某全国重点实验室")))
        .addEqualityGroup(
            PositionBasis.platform(
                InnovationPlatform.of(PlatformKind.UNIVERSITY_SCIENCE_PARK, "某全国重点实验室")))
        // kind and subject: a self-organised project under the same identifier
        .addEqualityGroup(
            PositionBasis.selfOrganisedProject("2023YFB4400100"),
            PositionBasis.selfOrganisedProject("2023YFB4400100"))
        .addEqualityGroup(PositionBasis.selfOrganisedProject("自研-07"))
        // kind: none
        .addEqualityGroup(PositionBasis.none(), PositionBasis.none())
        .testEquals();
  }

  private static Position.Builder ra2024017() {
    return Position.builder()
        .id("RA-2024-017")
        .category(PositionCategory.AUXILIARY_RESEARCH)
        .basis(PositionBasis.none())
        .origin(PositionOrigin.NEW);
  }

  @Test
  void position() {
    new EqualsTester()
        .addEqualityGroup(
            ra2024017().serviceAgreementSigned(true).build(),
            Position.builder()
                .serviceAgreementSigned(true)
                .origin(PositionOrigin.NEW)
                .basis(PositionBasis.none())
                .category(PositionCategory.AUXILIARY_RESEARCH)
                .id("RA-2024-017")
                .build())
        // serviceAgreementSigned
        .addEqualityGroup(ra2024017().serviceAgreementSigned(false).build())
        // id
        .addEqualityGroup(
            Position.builder()
                .id("RA-2024-018")
                .category(PositionCategory.AUXILIARY_RESEARCH)
                .basis(PositionBasis.none())
                .origin(PositionOrigin.NEW)
                .serviceAgreementSigned(true)
                .build())
        // category
        .addEqualityGroup(
            Position.builder()
                .id("RA-2024-017")
                .category(PositionCategory.FINANCIAL_ASSISTANT)
                .basis(PositionBasis.none())
                .origin(PositionOrigin.NEW)
                .serviceAgreementSigned(true)
                .build())
        // basis
        .addEqualityGroup(
            Position.builder()
                .id("RA-2024-017")
                .category(PositionCategory.AUXILIARY_RESEARCH)
                .basis(PositionBasis.selfOrganisedProject("自研-07"))
                .origin(PositionOrigin.NEW)
                .serviceAgreementSigned(true)
                .build())
        // origin
        .addEqualityGroup(
            Position.builder()
                .id("RA-2024-017")
                .category(PositionCategory.AUXILIARY_RESEARCH)
                .basis(PositionBasis.none())
                .origin(PositionOrigin.VACATED_BY_TURNOVER)
                .serviceAgreementSigned(true)
                .build())
        .testEquals();
  }

  @Test
  void fundingSource() {
    new EqualsTester()
        .addEqualityGroup(
            FundingSource.labourFee("NSFC-62301234"), FundingSource.labourFee("NSFC-62301234"))
        // project
        .addEqualityGroup(FundingSource.labourFee("NSFC-62301235"))
        // kind, with a budget line name
        .addEqualityGroup(
            FundingSource.budgetLine("NSFC-62301234", "设备费"),
            FundingSource.budgetLine("NSFC-62301234", "设备费"))
        // budget line name
        .addEqualityGroup(FundingSource.budgetLine("NSFC-62301234", "业务费"))
        // project of a budget line
        .addEqualityGroup(FundingSource.budgetLine("NSFC-62301235", "设备费"))
        // kind: retained balance, by the conditions it meets (in any order)
        .addEqualityGroup(
            FundingSource.retainedBalance(
                BalanceCondition.RETAINED_UNDER_RULES,
                BalanceCondition.ARRANGED_FOR_RESEARCH_WITH_POSITIONS),
            FundingSource.retainedBalance(
                BalanceCondition.ARRANGED_FOR_RESEARCH_WITH_POSITIONS,
                BalanceCondition.RETAINED_UNDER_RULES),
            FundingSource.retainedBalance(
                BalanceCondition.RETAINED_UNDER_RULES,
                BalanceCondition.RETAINED_UNDER_RULES,
                BalanceCondition.ARRANGED_FOR_RESEARCH_WITH_POSITIONS))
        .addEqualityGroup(FundingSource.retainedBalance(BalanceCondition.RETAINED_UNDER_RULES))
        .addEqualityGroup(
            FundingSource.retainedBalance(BalanceCondition.ARRANGED_FOR_RESEARCH_WITH_POSITIONS))
        .addEqualityGroup(FundingSource.retainedBalance(), FundingSource.retainedBalance())
        // kind: matching fund
        .addEqualityGroup(FundingSource.matchingFund(), FundingSource.matchingFund())
        .testEquals();
  }
}
