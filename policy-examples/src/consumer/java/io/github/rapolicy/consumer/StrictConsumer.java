package io.github.rapolicy.consumer;

import static io.github.rapolicy.assertions.PolicyAssertions.assertThat;

import io.github.rapolicy.funding.Money;
import io.github.rapolicy.obligations.Fact;
import io.github.rapolicy.obligations.UnitPractice;
import io.github.rapolicy.planning.MonthlyCost;
import io.github.rapolicy.position.PlanProgramme;
import io.github.rapolicy.position.PlanProject;
import io.github.rapolicy.position.Position;
import io.github.rapolicy.position.PositionBasis;
import io.github.rapolicy.position.PositionCategory;
import io.github.rapolicy.position.PositionOrigin;
import io.github.rapolicy.rules.Answer;
import io.github.rapolicy.rules.Policy;
import io.github.rapolicy.rules.ScopeAnswer;
import io.github.rapolicy.unit.Affiliation;
import io.github.rapolicy.unit.Unit;
import io.github.rapolicy.unit.UnitType;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A user's code, compiled as a user's strict build would: javac with {@code -Xlint:all -Werror},
 * no annotation processor, and neither Immutables nor Error Prone on the class path, against
 * policy-core and its test-jar (policy-examples' pom, execution {@code strict-consumer}). It touches
 * every builder and both kinds of assertion, so that a warning from any class file they bring in
 * (such as an annotation whose type is missing) fails the build. It is compiled, never run.
 */
final class StrictConsumer {

  private StrictConsumer() {}

  static String use() {
    Unit unit =
        Unit.builder()
            .name("某理工大学")
            .type(UnitType.UNIVERSITY)
            .affiliation(Affiliation.MOE)
            .build();
    Position position =
        Position.builder()
            .id("RA-2024-017")
            .category(PositionCategory.AUXILIARY_RESEARCH)
            .basis(
                PositionBasis.planProject(
                    PlanProject.of("62301234", PlanProgramme.NATIONAL_NATURAL_SCIENCE_FOUNDATION)))
            .origin(PositionOrigin.NEW)
            .serviceAgreementSigned(true)
            .build();
    MonthlyCost september =
        MonthlyCost.builder()
            .position(position)
            .month(YearMonth.of(2024, 9))
            .remuneration(Money.parse("6500"))
            .build();
    UnitPractice practice = UnitPractice.builder().fundingNeedsEstimated(Fact.YES).build();

    Policy.OnDate onDate = Policy.ofNotice().on(LocalDate.of(2024, 9, 30));
    ScopeAnswer scope = onDate.isInScope(unit);
    Answer qualifies = onDate.qualifies(position, unit);
    assertThat(scope).isAllowed();
    assertThat(qualifies).isAllowed().cites("2.1.2");
    return september.total() + " " + practice;
  }
}
