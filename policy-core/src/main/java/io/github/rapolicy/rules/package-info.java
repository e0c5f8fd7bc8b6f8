/**
 * The notice's rules: cited, three-valued answers to the questions finance, HR and research offices
 * ask, with overlays for the rules the notice defers to, and explanations in Chinese and English.
 *
 * <p>{@link Policy} is the one entry point. Every question is dated, and every answer is an {@link
 * Answer}: a {@link Verdict}, the clauses it rests on, the findings that led to it and what would
 * change it.
 *
 * <pre>{@code
 * Policy policy = Policy.ofNotice();
 * Answer answer = policy.on(LocalDate.of(2024, 9, 30))
 *     .mayCharge(Expense.of(position, CostKind.LABOUR_REMUNERATION, Money.parse("6500")))
 *     .to(FundingSource.labourFee("NSFC-62301234"));
 * answer.verdict();                         // ALLOWED
 * answer.clauses();                         // [0.0.1, 3.3.2, 3.3.3, 3.3.5]
 * answer.explain(Language.ENGLISH);         // the trace, quoting each clause
 * }</pre>
 *
 * @since 0.1.0
 */
@NullMarked
@PolicyStyle
package io.github.rapolicy.rules;

import io.github.rapolicy.internal.PolicyStyle;
import org.jspecify.annotations.NullMarked;
