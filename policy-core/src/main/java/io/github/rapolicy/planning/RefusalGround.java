package io.github.rapolicy.planning;

import com.google.common.collect.ImmutableList;
import io.github.rapolicy.internal.Wording;
import io.github.rapolicy.notice.Clause;
import io.github.rapolicy.rules.Language;

/**
 * Why a {@link Ledger} refused a charge, or a {@link LedgerAudit} a ledger line. A refusal may have
 * several grounds at once. The last two grounds are an audit's only: a ledger refuses a cost given
 * with another amount by an exception, and makes no reversals.
 *
 * <pre>{@code
 * Refusal refusal = ledger.charge(salary, "MATCH-2024", Money.parse("600")).refusal().orElseThrow();
 * refusal.isRefusedFor(RefusalGround.ABOVE_ACTUAL_COST);   // true: 6000 charged before, 6500 actual
 * RefusalGround.ABOVE_ACTUAL_COST.clauses();                // [3.3.5]
 * RefusalGround.ABOVE_ACTUAL_COST.describe(Language.CHINESE);
 * }</pre>
 *
 * <p>This enum is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum RefusalGround {
  /**
   * The rules do not allow this fund to pay this cost: the answer of decision 4 has a "not allowed"
   * step other than the actual cost, such as another project's labour-fee line (3.3.3) or a
   * missing service agreement (3.3.2). The answer's findings cite the clauses.
   */
  NOT_ALLOWED_BY_RULES(
      ImmutableList.of(),
      "规则不允许从该资金列支该费用",
      "the rules do not allow this fund to pay this cost"),
  /**
   * The notice does not decide whether this fund pays this cost, such as the housing provident fund
   * from a labour-fee line (3.3.3: an open list); an overlay carrying the outside rule can settle
   * it.
   */
  NOT_DECIDED_BY_NOTICE(
      ImmutableList.of(),
      "本通知未决定该资金可否列支该费用，可由叠加规则明确",
      "the notice does not decide whether this fund pays this cost; an overlay can settle it"),
  /**
   * The ledger is dated before the notice was issued (25 June 2024): the notice was not yet in
   * force and decides no charge, and no overlay settles that.
   */
  NOT_IN_FORCE(
      ImmutableList.of(Clause.DATE),
      Wording.NOT_IN_FORCE_CHINESE + "，不决定任何列支",
      Wording.NOT_IN_FORCE_ENGLISH + " and decides no charge"),
  /** Together with what was charged before, the charge would exceed the actual cost (据实列支, 3.3.5). */
  ABOVE_ACTUAL_COST(
      ImmutableList.of(Clause.C3_3_5),
      "连同此前已列支的金额，将超过该费用的实际支出，不符合据实列支",
      "together with what was charged before, the charge would exceed the actual cost; only actual"
          + " amounts may be charged (据实列支)"),
  /**
   * The fund does not hold the amount. This is the ledger's own bookkeeping, not a rule of the
   * notice, which has no clause on balances: the ground cites none.
   */
  ABOVE_BALANCE(
      ImmutableList.of(),
      "列支金额超过该资金的可用余额（账务规则，本通知未作规定）",
      "the amount is more than the fund has available (the ledger's bookkeeping; the notice has no"
          + " rule on balances)"),
  /**
   * Another line of the same cost (position, month and kind) gave another actual amount: the cost
   * has one actual amount, and charges are measured against it (据实列支, 3.3.5). An audit's ground
   * only.
   */
  INCONSISTENT_ACTUAL(
      ImmutableList.of(Clause.C3_3_5),
      "同一费用的另一行所记实际支出与本行不同，无法据实列支",
      "another line of the same cost gives another actual amount; charges must be measured against"
          + " one actual amount (据实列支)"),
  /**
   * A reversal (冲销) takes back more than was charged earlier to that fund for that cost. This is
   * the ledger's own bookkeeping, not a rule of the notice: the ground cites no clause. An audit's
   * ground only.
   */
  REVERSAL_ABOVE_CHARGED(
      ImmutableList.of(),
      "冲销金额超过此前从该资金为该费用列支的金额（账务规则，本通知未作规定）",
      "the reversal takes back more than was charged earlier to this fund for this cost (the"
          + " ledger's bookkeeping; the notice has no rule on reversals)");

  private final ImmutableList<Clause> clauses;
  private final String chinese;
  private final String english;
  private final String chineseCitation;
  private final String englishCitation;

  RefusalGround(ImmutableList<Clause> clauses, String chinese, String english) {
    this.clauses = clauses;
    this.chinese = chinese;
    this.english = english;
    this.chineseCitation = Texts.cite(clauses, Language.CHINESE);
    this.englishCitation = Texts.cite(clauses, Language.ENGLISH);
  }

  /**
   * Returns the clauses this ground rests on by itself; empty for the grounds whose clauses are
   * those of the rules' answer, and for {@link #ABOVE_BALANCE}, which is no rule of the notice.
   */
  public ImmutableList<Clause> clauses() {
    return clauses;
  }

  /** The citation of {@link #clauses} for the end of a sentence, as {@link Texts#cite} gives it. */
  String citation(Language language) {
    return language == Language.CHINESE ? chineseCitation : englishCitation;
  }

  /** Returns the ground as a sentence in {@code language}. */
  public String describe(Language language) {
    return language.pick(chinese, english);
  }
}
