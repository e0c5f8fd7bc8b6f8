/**
 * Funding in practice: funds with balances, a ledger of cumulative charges, an allocation planner
 * and the estimate of funding needs (测算, 3.3.5), all built on decision 4 of {@link
 * io.github.rapolicy.rules.Policy} (may this cost be charged to this fund?). Pure domain: no I/O,
 * no clock; every date is a parameter.
 *
 * <ul>
 *   <li>{@link Fund}: a funding source with an identifier and the amount available in it.
 *   <li>{@link MonthlyCost} and {@link ActualCost}: what a position actually cost in a month, by
 *       kind of cost.
 *   <li>{@link Ledger}: the funds' balances and the charges made so far. Charging returns a new
 *       ledger or a cited {@link Refusal}, never half of either.
 *   <li>{@link AllocationPlanner}: which fund pays which cost, funding as much as can be funded at
 *       all, in the caller's order of preference; and the {@link FundingNeed} over a period.
 * </ul>
 *
 * <pre>{@code
 * Policy.OnDate rules = Policy.ofNotice().on(LocalDate.of(2024, 9, 30));
 * List<Fund> funds = List.of(                                   // in order of preference
 *     Fund.of("LF-62301234", FundingSource.labourFee("62301234"), Money.parse("6000")),
 *     Fund.of("MATCH-2024", FundingSource.matchingFund(), Money.parse("20000")));
 * MonthlyCost september = MonthlyCost.builder()
 *     .position(position).month(YearMonth.of(2024, 9))
 *     .remuneration(Money.parse("6500")).socialInsurance(Money.parse("1183.50"))
 *     .housingFund(Money.parse("780"))
 *     .build();
 *
 * Plan plan = AllocationPlanner.using(rules).planMonthly(List.of(september), funds);
 * plan.allocations();   // remuneration: 6000.00 from LF-62301234, 500.00 from MATCH-2024 …
 * plan.shortfalls();    // empty: the housing fund is paid from matching funds (3.3.6)
 *
 * ChargeResult result = Ledger.using(rules, funds).apply(plan);
 * result.ledger().orElseThrow().available("MATCH-2024");   // 17536.50
 * }</pre>
 *
 * @since 0.1.0
 */
@NullMarked
@PolicyStyle
package io.github.rapolicy.planning;

import io.github.rapolicy.internal.PolicyStyle;
import org.jspecify.annotations.NullMarked;
