package io.github.rapolicy.funding;

import com.google.common.collect.ImmutableMap;
import io.github.rapolicy.internal.Terms;
import io.github.rapolicy.notice.Term;
import io.github.rapolicy.notice.UnknownTermException;

/**
 * The kind of money a cost is charged to.
 *
 * <pre>{@code
 * FundKind.parse("劳务费");                 // LABOUR_FEE
 * FundingSource.matchingFund().kind(); // MATCHING_FUND
 * }</pre>
 *
 * <p>This enum is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum FundKind implements Term {
  /** 劳务费: the labour-fee budget line of a research project's funds (3.3.3). */
  LABOUR_FEE("劳务费", "labour-fee budget line"),
  /** 其他预算科目: another budget line of a project, such as 设备费 or 业务费; not authorised by the notice. */
  OTHER_BUDGET_LINE("其他预算科目", "other budget line"),
  /** 结余资金: balance funds the unit retained (3.3.4). */
  RETAINED_BALANCE("结余资金", "retained balance funds"),
  /** 配套资金: dedicated matching funds the unit provides for RA positions (配套专门资金, 3.3.6). */
  MATCHING_FUND("配套资金", "matching funds");

  private static final ImmutableMap<String, FundKind> BY_LABEL = Terms.index(values());

  private final String chineseName;
  private final String englishName;

  FundKind(String chineseName, String englishName) {
    this.chineseName = chineseName;
    this.englishName = englishName;
  }

  /**
   * Returns the constant with this code ({@code "LABOUR_FEE"}), Chinese name ({@code "劳务费"}) or English name.
   *
   * @throws UnknownTermException if {@code label} names no constant of this vocabulary
   */
  public static FundKind parse(String label) {
    return Terms.parse(BY_LABEL, FundKind.class, label);
  }

  /** Returns whether a fund of this kind belongs to one project and must name it. */
  public boolean isProjectBudgetLine() {
    return this == LABOUR_FEE || this == OTHER_BUDGET_LINE;
  }

  @Override
  public String code() {
    return name();
  }

  @Override
  public String chineseName() {
    return chineseName;
  }

  @Override
  public String englishName() {
    return englishName;
  }
}
