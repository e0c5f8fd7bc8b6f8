/**
 * Money and where it comes from: yuan amounts, the funding sources the notice names in 3.3.3, 3.3.4
 * and 3.3.6, and the kinds of cost they pay.
 *
 * <pre>{@code
 * FundingSource labourFee = FundingSource.labourFee("NSFC-62301234");
 * FundingSource balance = FundingSource.retainedBalance(
 *     BalanceCondition.RETAINED_UNDER_RULES, BalanceCondition.ARRANGED_FOR_RESEARCH_WITH_POSITIONS);
 * Money remuneration = Money.parse("6500.00");
 * CostKind cost = CostKind.parse("劳务性报酬");
 * }</pre>
 *
 * @since 0.1.0
 */
@NullMarked
@PolicyStyle
package io.github.rapolicy.funding;

import io.github.rapolicy.internal.PolicyStyle;
import org.jspecify.annotations.NullMarked;
