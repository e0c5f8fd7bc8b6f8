package io.github.rapolicy.funding;

import com.google.common.collect.ImmutableMap;
import io.github.rapolicy.internal.Terms;
import io.github.rapolicy.notice.Term;
import io.github.rapolicy.notice.UnknownTermException;

/**
 * The two conditions on which 3.3.4 lets retained balance funds pay research assistants; both must
 * hold.
 *
 * <pre>{@code
 * FundingSource balance = FundingSource.retainedBalance(BalanceCondition.RETAINED_UNDER_RULES);
 * balance.meets(BalanceCondition.ARRANGED_FOR_RESEARCH_WITH_POSITIONS); // false: 3.3.4 not met
 * }</pre>
 *
 * <p>This enum is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum BalanceCondition implements Term {
  /** 按规定留用: the balance was retained according to the rules. */
  RETAINED_UNDER_RULES("按规定留用", "retained according to the rules"),
  /** 安排用于科研项目并设立科研助理岗位: the unit arranged it for research projects with RA positions. */
  ARRANGED_FOR_RESEARCH_WITH_POSITIONS(
      "安排用于科研项目并设立科研助理岗位",
      "arranged for research projects that set up RA positions");

  private static final ImmutableMap<String, BalanceCondition> BY_LABEL = Terms.index(values());

  private final String chineseName;
  private final String englishName;

  BalanceCondition(String chineseName, String englishName) {
    this.chineseName = chineseName;
    this.englishName = englishName;
  }

  /**
   * Returns the constant with this code ({@code "RETAINED_UNDER_RULES"}), Chinese name ({@code "按规定留用"}) or English name.
   *
   * @throws UnknownTermException if {@code label} names no constant of this vocabulary
   */
  public static BalanceCondition parse(String label) {
    return Terms.parse(BY_LABEL, BalanceCondition.class, label);
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
