/**
 * What the notice asks of units and authorities besides money: a unit's obligations (应) and the
 * encouragements (鼓励) it may take up, the positions to fill first, the reporting calendar of 3.4.2
 * and the reference a national high-tech zone's evaluation draws on (2.2.3). Every answer cites its
 * clauses and renders in Chinese and English.
 *
 * <p>{@link Obligations} is the entry point for a unit's questions and {@link ReportingCalendar}
 * for the authorities' reporting dates; every question is dated, and no clock is read.
 *
 * <pre>{@code
 * Obligations.OnDate today = Obligations.ofNotice().on(LocalDate.of(2024, 9, 30));
 * Checklist checklist = today.checklist(university, positions, UnitPractice.builder()
 *     .fundingNeedsEstimated(Fact.YES)
 *     .actualAmountsCharged(Fact.YES)
 *     .build());
 * checklist.compliance();               // NOT_MET when a position lacks its service agreement
 * checklist.explain(Language.CHINESE);  // each obligation and each piece of advice, cited
 *
 * ReportingCalendar.ofNotice().on(LocalDate.of(2024, 7, 6)).nextDeadline(); // JULY_20
 * }</pre>
 *
 * <p>An encouragement is advice: it is {@linkplain ItemStatus#TAKEN_UP taken up} or {@linkplain
 * ItemStatus#ADVISED advised}, never a failure, and never changes a checklist's {@link Compliance}.
 *
 * @since 0.1.0
 */
@NullMarked
@PolicyStyle
package io.github.rapolicy.obligations;

import io.github.rapolicy.internal.PolicyStyle;
import org.jspecify.annotations.NullMarked;
