package io.github.rapolicy.rules;

import com.google.common.collect.ImmutableSet;
import io.github.rapolicy.funding.CostKind;
import io.github.rapolicy.funding.Money;
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
import io.github.rapolicy.unit.Affiliation;
import io.github.rapolicy.unit.Designation;
import io.github.rapolicy.unit.HighTechZone;
import io.github.rapolicy.unit.Unit;
import io.github.rapolicy.unit.UnitType;
import java.time.LocalDate;
import java.util.Optional;

/** Shared inputs for the rules tests: units, positions, expenses and dates, built from the API. */
final class Fixtures {

  private Fixtures() {}

  /** The notice's date of issue (落款 2024年6月25日). */
  static final LocalDate ISSUED = LocalDate.of(2024, 6, 25);

  /** A date well inside the notice's period. */
  static final LocalDate AUTUMN_2024 = LocalDate.of(2024, 9, 30);

  /** The notice alone, asked on {@link #AUTUMN_2024}. */
  static Policy.OnDate notice() {
    return Policy.ofNotice().on(AUTUMN_2024);
  }

  // Plan projects, platforms, bases

  static final String P_ID = "NSFC-62301234";
  static final String Q_ID = "2023YFB4400100";

  /** Project P, a National Natural Science Foundation project. */
  static final PlanProject P =
      PlanProject.of(P_ID, PlanProgramme.NATIONAL_NATURAL_SCIENCE_FOUNDATION);

  /** Project Q, a National Key R&amp;D Programme project. */
  static final PlanProject Q = PlanProject.of(Q_ID, PlanProgramme.NATIONAL_KEY_RD_PROGRAMME);

  /** A provincial plan project of a programme the notice does not name. */
  static final PlanProject PROVINCIAL_PROJECT =
      PlanProject.of("ZJ-2024-KJ-088", PlanProgramme.NOT_NAMED_BY_NOTICE, ProjectLevel.PROVINCIAL);

  static final PositionBasis ON_P = PositionBasis.planProject(P);
  static final PositionBasis ON_Q = PositionBasis.planProject(Q);
  static final PositionBasis ON_LAB =
      PositionBasis.platform(
          InnovationPlatform.of(PlatformKind.NATIONAL_KEY_LABORATORY, "某全国重点实验室"));
  static final PositionBasis SELF_ORGANISED = PositionBasis.selfOrganisedProject("自研-07");
  static final PositionBasis NO_BASIS = PositionBasis.none();

  // Positions

  static Position position(
      PositionCategory category, PositionBasis basis, PositionOrigin origin, boolean signed) {
    return Position.builder()
        .id("RA-2024-017")
        .category(category)
        .basis(basis)
        .origin(origin)
        .serviceAgreementSigned(signed)
        .build();
  }

  /** A new, signed auxiliary-research position based on {@code basis}. */
  static Position position(PositionBasis basis) {
    return position(PositionCategory.AUXILIARY_RESEARCH, basis, PositionOrigin.NEW, true);
  }

  /** A new, signed auxiliary-research position based on project P. */
  static Position onP() {
    return position(ON_P);
  }

  // Expenses

  static final Money SALARY = Money.parse("6500.00");

  static Expense expense(Position position, CostKind cost) {
    return Expense.of(position, cost, SALARY);
  }

  // Units

  static Unit unit(
      String name,
      UnitType type,
      Affiliation affiliation,
      Optional<HighTechZone> zone,
      Designation... designations) {
    return Unit.builder()
        .name(name)
        .type(type)
        .affiliation(affiliation)
        .addDesignations(designations)
        .zone(zone)
        .build();
  }

  static Unit unit(String name, UnitType type, Affiliation affiliation, Designation... designations) {
    return unit(name, type, affiliation, Optional.empty(), designations);
  }

  static final HighTechZone ZHONGGUANCUN = HighTechZone.national("中关村科技园区");
  static final HighTechZone PROVINCIAL_ZONE = HighTechZone.provincial("某省级高新区");

  static final Unit MOE_UNIVERSITY = unit("某理工大学", UnitType.UNIVERSITY, Affiliation.MOE);
  static final Unit PROVINCIAL_UNIVERSITY =
      unit("某省属大学", UnitType.UNIVERSITY, Affiliation.PROVINCIAL);
  static final Unit PRIVATE_FIRM = unit("某贸易有限公司", UnitType.ENTERPRISE, Affiliation.UNAFFILIATED);
  static final Unit NATIONAL_ZONE =
      unit("中关村管委会", UnitType.HIGH_TECH_ZONE, Affiliation.SUB_PROVINCIAL, Optional.of(ZHONGGUANCUN));
  static final Unit FIRM_IN_ZONE =
      unit(
          "某精密仪器有限公司",
          UnitType.ENTERPRISE,
          Affiliation.UNAFFILIATED,
          Optional.of(ZHONGGUANCUN),
          Designation.HIGH_TECH_ENTERPRISE,
          Designation.SPECIALISED_INNOVATIVE_SME);

  // Clause sets

  static ImmutableSet<String> ids(Iterable<Clause> clauses) {
    ImmutableSet.Builder<String> ids = ImmutableSet.builder();
    for (Clause clause : clauses) {
      ids.add(clause.id());
    }
    return ids.build();
  }
}
