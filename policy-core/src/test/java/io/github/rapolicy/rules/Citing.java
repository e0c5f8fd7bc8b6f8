package io.github.rapolicy.rules;

import com.google.common.collect.ImmutableList;
import io.github.rapolicy.notice.Clause;

/**
 * Something in the library that cites clauses of the notice: a rule of the rule base ({@link
 * Reason}), an obligation or encouragement of a unit's checklist, a reporting deadline, the zone
 * evaluation, or a ground a planning answer gives.
 *
 * @param kind what it is, such as {@code "rule"} or {@code "refusal ground"}
 * @param name its name in the code, such as {@code Reason.LABOUR_FEE_OWN_PROJECT}
 * @param outcome what it decides, such as {@code "allowed"} or {@code "obligation"}
 * @param chinese its wording in Chinese
 * @param english its wording in English
 * @param clauses the clauses it cites
 * @param canFail whether it can fail a charge or a unit (a refusal, an unmet obligation)
 */
record Citing(
    String kind,
    String name,
    String outcome,
    String chinese,
    String english,
    ImmutableList<Clause> clauses,
    boolean canFail) {

  Citing {
    clauses = ImmutableList.copyOf(clauses);
  }
}
