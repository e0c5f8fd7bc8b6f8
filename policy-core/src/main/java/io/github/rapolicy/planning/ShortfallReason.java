package io.github.rapolicy.planning;

import com.google.common.collect.ImmutableList;
import io.github.rapolicy.internal.Wording;
import io.github.rapolicy.notice.Clause;
import io.github.rapolicy.rules.Language;

/**
 * Why part of a cost is left unfunded by a {@link Plan}, or unassigned by a {@link FundingNeed}.
 *
 * <pre>{@code
 * plan.unfundedByReason();   // {NOT_DECIDED_BY_NOTICE=780.00}: the housing fund, labour fee only
 * ShortfallReason.NOT_DECIDED_BY_NOTICE.describe(Language.ENGLISH);
 * }</pre>
 *
 * <p>This enum is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum ShortfallReason {
  /**
   * No fund given may pay the cost: every one is "not allowed" by the rules, such as another
   * project's labour-fee line (3.3.3) or any fund for a position without a service agreement
   * (3.3.2). The answers cite the clauses.
   */
  NO_ELIGIBLE_FUND(
      ImmutableList.of(),
      "所给资金均不得列支该费用",
      "none of the funds given may pay this cost"),
  /**
   * Some funds may pay the cost, but they hold too little once the plan has funded as much as can
   * be funded at all; the unit is to estimate its needs and charge actual amounts (测算, 据实列支,
   * 3.3.5).
   */
  ELIGIBLE_FUNDS_EXHAUSTED(
      ImmutableList.of(Clause.C3_3_5),
      "可列支该费用的资金余额不足",
      "the funds that may pay this cost do not hold enough"),
  /**
   * No fund given is allowed to pay the cost, and for some of them the notice does not decide, such
   * as the housing provident fund from a labour-fee line (3.3.3: an open list); an overlay carrying
   * the outside rule can settle it.
   */
  NOT_DECIDED_BY_NOTICE(
      ImmutableList.of(),
      "所给资金均未获准列支该费用，其中部分资金可否列支本通知未作决定，可由叠加规则明确",
      "no fund given is allowed to pay this cost, and for some of them the notice does not decide;"
          + " an overlay can settle it"),
  /**
   * The plan is dated before the notice was issued (25 June 2024): the notice was not yet in force
   * and decides no charge, and no overlay settles that. Plan on a date on or after the date of
   * issue.
   */
  NOT_IN_FORCE(
      ImmutableList.of(Clause.DATE),
      Wording.NOT_IN_FORCE_CHINESE + "，不决定任何列支",
      Wording.NOT_IN_FORCE_ENGLISH + " and decides no charge");

  private final ImmutableList<Clause> clauses;
  private final String chinese;
  private final String english;

  ShortfallReason(ImmutableList<Clause> clauses, String chinese, String english) {
    this.clauses = clauses;
    this.chinese = chinese;
    this.english = english;
  }

  /**
   * Returns the clauses this reason rests on by itself; empty for the reasons whose clauses are
   * those of the rules' answers.
   */
  public ImmutableList<Clause> clauses() {
    return clauses;
  }

  /** Returns the reason as a sentence in {@code language}. */
  public String describe(Language language) {
    return language.pick(chinese, english);
  }
}
