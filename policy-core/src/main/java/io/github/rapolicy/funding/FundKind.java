package io.github.rapolicy.funding;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.rapolicy.internal.Terms;
import io.github.rapolicy.notice.Label;
import io.github.rapolicy.notice.Term;
import io.github.rapolicy.notice.UnknownTermException;

/**
 * The kind of money a cost is charged to.
 *
 * <pre>{@code
 * FundKind.parse("劳务费");                 // LABOUR_FEE
 * FundKind.parse("配套专门资金");            // MATCHING_FUND, 3.3.6's own word
 * FundKind.label("设备费").term();          // OTHER_BUDGET_LINE, keeping 设备费
 * FundingSource.matchingFund().kind(); // MATCHING_FUND
 * }</pre>
 *
 * <p>Synonyms {@link #parse} accepts beside codes and names: 劳务费科目 ({@link #LABOUR_FEE}) and
 * 配套专门资金 ({@link #MATCHING_FUND}).
 *
 * <p>This enum is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum FundKind implements Term {
  /** 劳务费: the labour-fee budget line of a research project's funds (3.3.3); also 劳务费科目. */
  LABOUR_FEE("劳务费", "labour-fee budget line", "劳务费科目"),
  /** 其他预算科目: another budget line of a project, such as 设备费 or 业务费; not authorised by the notice. */
  OTHER_BUDGET_LINE("其他预算科目", "other budget line"),
  /** 结余资金: balance funds the unit retained (3.3.4). */
  RETAINED_BALANCE("结余资金", "retained balance funds"),
  /**
   * 配套资金: dedicated matching funds the unit provides for RA positions; also 配套专门资金, the
   * word of 3.3.6.
   */
  MATCHING_FUND("配套资金", "matching funds", "配套专门资金");

  private static final ImmutableMap<String, FundKind> BY_LABEL = Terms.index(values());

  private final String chineseName;
  private final String englishName;
  private final ImmutableSet<String> synonyms;

  FundKind(String chineseName, String englishName, String... synonyms) {
    this.chineseName = chineseName;
    this.englishName = englishName;
    this.synonyms = ImmutableSet.copyOf(synonyms);
  }

  /**
   * Returns the constant with this code ({@code "LABOUR_FEE"}), Chinese name ({@code "劳务费"}),
   * English name or synonym ({@code "劳务费科目"}).
   *
   * @throws UnknownTermException if {@code label} names no constant of this vocabulary
   */
  public static FundKind parse(String label) {
    return Terms.parse(BY_LABEL, FundKind.class, label);
  }

  /**
   * Reads a finance system's label for what is charged, keeping it: the constant {@link #parse}
   * finds, or else {@link #OTHER_BUDGET_LINE}, another budget line such as 设备费 or 业务费. Never
   * throws for an unknown label (see {@link Label}).
   *
   * @throws IllegalArgumentException if {@code label} is blank
   */
  public static Label<FundKind> label(String label) {
    return Terms.label(BY_LABEL, OTHER_BUDGET_LINE, label);
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

  @Override
  public ImmutableSet<String> synonyms() {
    return synonyms;
  }
}
