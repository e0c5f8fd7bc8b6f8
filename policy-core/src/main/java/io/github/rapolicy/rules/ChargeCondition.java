package io.github.rapolicy.rules;

import io.github.rapolicy.funding.FundKind;

/**
 * A condition that decides whether a fund may pay a research assistant: the fund's own conditions
 * (3.3.3, 3.3.4, 3.3.6) and the conditions on every charge (0.0.1, 3.3.2, 3.3.5). The rows of a
 * {@link ChargeDecisionTable}; not public API, like the table.
 *
 * <pre>{@code
 * for (ChargeDecisionTable.Row row : ChargeDecisionTable.of(policy, date).rows()) {
 *   row.condition().describe(Language.ENGLISH); // "position based on the charged project", …
 * }
 * }</pre>
 *
 * <p>This enum is immutable and thread-safe.
 *
 * @since 0.1.0
 */
enum ChargeCondition {
  /** The position is based on the project whose budget line is charged (3.3.3). */
  POSITION_ON_CHARGED_PROJECT("岗位依托所列支的项目", "position based on the charged project"),
  /** The position is based on another plan project (3.3.3). */
  POSITION_ON_OTHER_PROJECT("岗位依托其他项目", "position based on another project"),
  /** The position is based on no plan project (3.3.3). */
  POSITION_ON_NO_PLAN_PROJECT("岗位未依托科技计划项目", "position based on no plan project"),
  /** The balance was retained under the rules and arranged for research with positions (3.3.4). */
  BALANCE_RETAINED_AND_ARRANGED("按规定留用且安排用于科研项目", "retained under the rules and arranged for research"),
  /** The balance was arranged for research but not retained under the rules (3.3.4). */
  BALANCE_NOT_RETAINED_UNDER_RULES("未按规定留用", "not retained under the rules"),
  /** The balance was retained under the rules but not arranged for research (3.3.4). */
  BALANCE_NOT_ARRANGED("未安排用于科研项目", "not arranged for research"),
  /** Matching funds, for any RA position (3.3.6). */
  ANY_POSITION("任一科研助理岗位", "any research-assistant position"),
  /** The service agreement is not signed (3.3.2). */
  NO_SERVICE_AGREEMENT("未签订服务协议", "no service agreement signed"),
  /** The amount charged exceeds the actual cost (3.3.5). */
  ABOVE_ACTUAL_COST("列支金额超过实际支出", "amount above the actual cost"),
  /** The position's category is not one the notice names (0.0.1). */
  CATEGORY_NOT_NAMED("岗位类别通知未列举", "category not named by the notice");

  private final String chinese;
  private final String english;

  ChargeCondition(String chinese, String english) {
    this.chinese = chinese;
    this.english = english;
  }

  /** Returns the conditions of a fund of kind {@code fund} itself, the best first. */
  static ChargeCondition[] ofFund(FundKind fund) {
    return switch (fund) {
      case LABOUR_FEE ->
          new ChargeCondition[] {
            POSITION_ON_CHARGED_PROJECT, POSITION_ON_OTHER_PROJECT, POSITION_ON_NO_PLAN_PROJECT
          };
      case OTHER_BUDGET_LINE ->
          // No line but the labour fee pays research assistants, whatever the position's basis.
          new ChargeCondition[] {POSITION_ON_CHARGED_PROJECT};
      case RETAINED_BALANCE ->
          new ChargeCondition[] {
            BALANCE_RETAINED_AND_ARRANGED, BALANCE_NOT_RETAINED_UNDER_RULES, BALANCE_NOT_ARRANGED
          };
      case MATCHING_FUND -> new ChargeCondition[] {ANY_POSITION};
    };
  }

  /** Returns the conditions that bear on every charge, whatever the fund. */
  static ChargeCondition[] onEveryCharge() {
    return new ChargeCondition[] {NO_SERVICE_AGREEMENT, ABOVE_ACTUAL_COST, CATEGORY_NOT_NAMED};
  }

  /** Returns the condition in {@code language}. */
  public String describe(Language language) {
    return language.pick(chinese, english);
  }
}
