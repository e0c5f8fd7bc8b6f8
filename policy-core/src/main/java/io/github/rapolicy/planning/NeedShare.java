package io.github.rapolicy.planning;

import com.google.common.collect.ImmutableList;
import io.github.rapolicy.internal.Wording;
import io.github.rapolicy.notice.Clause;
import io.github.rapolicy.rules.Language;

/**
 * How the notice divides a funding need among its channels: what a project's labour-fee line or
 * retained balance funds may pay (3.3.3, 3.3.4), what it leaves to the unit's matching funds
 * (3.3.6), and what it does not decide or does not allow at all. The rules are asked, with the
 * policy's overlays, about the labour-fee line of the position's own project, balance funds that
 * meet both conditions of 3.3.4 and matching funds.
 *
 * <pre>{@code
 * need.byShare().get(NeedShare.MATCHING_FUNDS);   // the housing provident fund, unless an overlay …
 * NeedShare.MATCHING_FUNDS.clauses();              // [3.3.6]
 * }</pre>
 *
 * <p>This enum is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum NeedShare {
  /** The labour-fee line of the position's own project or retained balance funds may pay it. */
  PROJECT_OR_BALANCE_FUNDS(
      ImmutableList.of(Clause.C3_3_3, Clause.C3_3_4),
      "可由岗位所依托项目的劳务费或结余资金列支",
      "the labour-fee line of the position's own project or retained balance funds may pay it"),
  /**
   * The notice allows neither to pay it (for some costs it does not decide whether they may), but
   * the unit's matching funds may: the notice leaves it to them, such as the housing provident
   * fund unless an overlay lets the labour-fee line pay it.
   */
  MATCHING_FUNDS(
      ImmutableList.of(Clause.C3_3_6),
      "本通知未允许劳务费或结余资金列支（部分支出本通知未作决定），可由单位配套专门资金支付",
      "the notice does not allow the labour-fee line or balance funds to pay it (for some costs it"
          + " does not decide), and the unit's matching funds may: the notice leaves it to them"),
  /** No channel is allowed to pay it and the notice does not decide for some; an overlay can settle it. */
  NOT_DECIDED(
      ImmutableList.of(Clause.C3_3_3, Clause.C3_3_4, Clause.C3_3_6),
      "本通知未决定可由哪项资金列支，可由叠加规则明确",
      "the notice does not decide which funds pay it; an overlay can settle it"),
  /** No channel of the notice may pay it, such as any cost of a position without a service agreement. */
  NOT_ALLOWED(
      ImmutableList.of(Clause.C3_3_3, Clause.C3_3_4, Clause.C3_3_6),
      "本通知规定的资金渠道均不得列支",
      "none of the notice's funding channels may pay it"),
  /** The estimate is dated before the notice was issued (25 June 2024): it divides nothing. */
  NOT_IN_FORCE(
      ImmutableList.of(Clause.DATE),
      Wording.NOT_IN_FORCE_CHINESE + "，不划分任何资金渠道",
      Wording.NOT_IN_FORCE_ENGLISH + " and divides no need among its channels");

  private final ImmutableList<Clause> clauses;
  private final String chinese;
  private final String english;

  NeedShare(ImmutableList<Clause> clauses, String chinese, String english) {
    this.clauses = clauses;
    this.chinese = chinese;
    this.english = english;
  }

  /** Returns the clauses of the channels this share is about. */
  public ImmutableList<Clause> clauses() {
    return clauses;
  }

  /** Returns the share as a sentence in {@code language}. */
  public String describe(Language language) {
    return language.pick(chinese, english);
  }
}
