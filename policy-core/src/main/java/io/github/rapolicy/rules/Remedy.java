package io.github.rapolicy.rules;

/**
 * What would change an answer: the step a caller can take to turn a "no" or an "undecided" into a
 * "yes".
 *
 * <pre>{@code
 * if (answer.remedies().contains(Remedy.SIGN_SERVICE_AGREEMENT)) {
 *   Remedy.SIGN_SERVICE_AGREEMENT.describe(Language.ENGLISH); // "sign the service agreement …"
 * }
 * }</pre>
 *
 * <p>This enum is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum Remedy {
  /** Ask about a date on or after the notice's date of issue. */
  ASK_ON_OR_AFTER_ISSUE("本通知自2024年6月25日发布，仅适用于该日及以后的事项", "ask about a date on or after 25 June 2024, when the notice was issued"),
  /** Sign the service agreement (3.3.2). */
  SIGN_SERVICE_AGREEMENT("与科研助理签订服务协议", "sign the service agreement with the research assistant"),
  /** Charge no more than the actual cost (3.3.5). */
  CHARGE_ACTUAL_COST("按实际发生的金额列支，不超过实际支出", "charge no more than the cost actually incurred"),
  /** Charge the labour-fee line of the project the position is based on (3.3.3). */
  CHARGE_POSITION_PROJECT("改从岗位所依托项目的劳务费中列支", "charge the labour-fee line of the project the position is based on"),
  /** Use retained balance funds arranged for research, or matching funds (3.3.4, 3.3.6). */
  USE_BALANCE_OR_MATCHING_FUND("改用安排用于科研项目的结余资金或单位配套资金", "use retained balance funds arranged for research projects, or the unit's matching funds"),
  /** Use the unit's matching funds (3.3.6). */
  USE_MATCHING_FUND("改用单位配套专门资金", "use the unit's dedicated matching funds instead"),
  /** Arrange the retained balance for research projects with RA positions (3.3.4). */
  ARRANGE_BALANCE_FOR_RESEARCH("将结余资金安排用于科研项目并设立科研助理岗位", "arrange the balance for research projects that set up RA positions"),
  /** Settle the open point with the outside rule that governs it, as an overlay. */
  APPLY_OUTSIDE_RULE("以适用的其他规定（叠加规则）明确该事项", "settle it with the outside rule that governs it, as an overlay");

  private final String chinese;
  private final String english;

  Remedy(String chinese, String english) {
    this.chinese = chinese;
    this.english = english;
  }

  /** Returns the remedy as a sentence in {@code language}. */
  public String describe(Language language) {
    return language.pick(chinese, english);
  }
}
