/**
 * Research-assistant positions (科研助理岗位): their category, what they are based on and where they
 * come from, the plan programmes and platforms of 3.2.2, and the graduation cohort of 0.0.4.
 *
 * <pre>{@code
 * Position position = Position.builder()
 *     .id("RA-2024-017")
 *     .category(PositionCategory.AUXILIARY_RESEARCH)
 *     .basis(PositionBasis.planProject(
 *         PlanProject.of("NSFC-62301234", PlanProgramme.NATIONAL_NATURAL_SCIENCE_FOUNDATION)))
 *     .origin(PositionOrigin.NEW)
 *     .serviceAgreementSigned(true)
 *     .build();
 * }</pre>
 *
 * @since 0.1.0
 */
@NullMarked
@PolicyStyle
package io.github.rapolicy.position;

import io.github.rapolicy.internal.PolicyStyle;
import org.jspecify.annotations.NullMarked;
