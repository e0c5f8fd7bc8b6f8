/**
 * Units (单位), the employers that set up research-assistant positions, described by what the
 * notice's scope and channels need to know: their type, affiliation, designations and location.
 *
 * <pre>{@code
 * Unit sme = Unit.builder()
 *     .name("某精密仪器有限公司")
 *     .type(UnitType.ENTERPRISE)
 *     .affiliation(Affiliation.UNAFFILIATED)
 *     .addDesignations(Designation.HIGH_TECH_ENTERPRISE, Designation.SPECIALISED_INNOVATIVE_SME)
 *     .zone(HighTechZone.national("中关村科技园区"))
 *     .build();
 * sme.isInNationalHighTechZone(); // true
 * }</pre>
 *
 * @since 0.1.0
 */
@NullMarked
@PolicyStyle
package io.github.rapolicy.unit;

import io.github.rapolicy.internal.PolicyStyle;
import org.jspecify.annotations.NullMarked;
