package io.github.rapolicy.rules;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * The questions the rules answer.
 *
 * <pre>{@code
 * answer.question();                              // CHARGE
 * QuestionKind.CHARGE.describe(Language.CHINESE); // "该支出可否从该经费列支"
 * }</pre>
 *
 * <p>This enum is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum QuestionKind {
  /** Is this unit covered, through which channel, and must it take the lead? (二, 3.1.3) */
  UNIT_IN_SCOPE("单位是否在通知范围内", "is the unit in scope"),
  /** Is this position a research-assistant position under the notice? (0.0.1, 2.1.2, 2.1.3, 2.2.2) */
  POSITION_QUALIFIES("岗位是否属于科研助理岗位", "does the position qualify"),
  /** Is this graduate of the cohort the notice concerns? (0.0.4) */
  GRADUATE_IN_COHORT("毕业生是否属于2024届", "is the graduate in the cohort"),
  /** May this cost be charged to this fund? (3.3.2 – 3.3.6) */
  CHARGE("该支出可否从该经费列支", "may the cost be charged to the fund");

  private final String chinese;
  private final String english;

  QuestionKind(String chinese, String english) {
    this.chinese = chinese;
    this.english = english;
  }

  /** Returns the question in {@code language}. */
  public String describe(Language language) {
    return language.pick(chinese, english);
  }

  /**
   * Returns {@code verdict} as the answer to this question in {@code language}: "allowed" for a
   * charge, but "covered" or "not covered" for the scope questions, whose "no" forbids nothing:
   * the notice about the class of 2024 does not forbid hiring a graduate of 2023.
   *
   * <pre>{@code
   * QuestionKind.GRADUATE_IN_COHORT.answer(Verdict.NOT_ALLOWED, Language.ENGLISH); // "not covered by the notice"
   * QuestionKind.CHARGE.answer(Verdict.NOT_ALLOWED, Language.ENGLISH);             // "not allowed"
   * }</pre>
   */
  public String answer(Verdict verdict, Language language) {
    checkNotNull(verdict, "verdict");
    checkNotNull(language, "language");
    if (this == CHARGE || verdict == Verdict.UNDECIDED) {
      return verdict.displayName(language);
    }
    return verdict == Verdict.ALLOWED
        ? language.pick("在本通知范围内", "covered by the notice")
        : language.pick("不在本通知范围内", "not covered by the notice");
  }
}
