package io.github.rapolicy.funding;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.rapolicy.internal.Terms;
import io.github.rapolicy.notice.Label;
import io.github.rapolicy.notice.Term;
import io.github.rapolicy.notice.UnknownTermException;

/**
 * The kind of a cost incurred for a research assistant: the two the notice names in 3.3.3 and
 * 3.3.4, the housing provident fund, which 3.3.2 mentions only as an encouragement, and any other.
 *
 * <p>The notice's list of costs is open (…等支出): whether a fund may pay {@link #HOUSING_FUND} or
 * {@link #NOT_NAMED_BY_NOTICE} is not decided by the notice, and is left to the caller's other rules.
 *
 * <pre>{@code
 * CostKind.parse("社会保险补助"); // SOCIAL_INSURANCE_SUBSIDY
 * CostKind.parse("社保补助");     // SOCIAL_INSURANCE_SUBSIDY, a synonym
 * CostKind.label("差旅费").term(); // NOT_NAMED_BY_NOTICE, keeping 差旅费 for explanations
 * CostKind.HOUSING_FUND.isNamedAsPayable(); // false: the notice's list is open
 * }</pre>
 *
 * <p>Synonyms {@link #parse} accepts beside codes and names: 社会保险费补助 and 社保补助 ({@link
 * #SOCIAL_INSURANCE_SUBSIDY}).
 *
 * <p>This enum is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum CostKind implements Term {
  /** 劳务性报酬: labour remuneration (3.3.3, 3.3.4). */
  LABOUR_REMUNERATION("劳务性报酬", "labour remuneration"),
  /** 社会保险补助: social-insurance subsidy (3.3.3, 3.3.4); also 社会保险费补助 and 社保补助. */
  SOCIAL_INSURANCE_SUBSIDY("社会保险补助", "social-insurance subsidy", "社会保险费补助", "社保补助"),
  /** 住房公积金: the housing provident fund, encouraged in 3.3.2 but not named as a payable cost. */
  HOUSING_FUND("住房公积金", "housing provident fund"),
  /** 其他支出: a cost the notice does not name, such as travel or training. */
  NOT_NAMED_BY_NOTICE("其他支出", "other costs");

  private static final ImmutableMap<String, CostKind> BY_LABEL = Terms.index(values());

  private final String chineseName;
  private final String englishName;
  private final ImmutableSet<String> synonyms;

  CostKind(String chineseName, String englishName, String... synonyms) {
    this.chineseName = chineseName;
    this.englishName = englishName;
    this.synonyms = ImmutableSet.copyOf(synonyms);
  }

  /**
   * Returns the constant with this code ({@code "LABOUR_REMUNERATION"}), Chinese name ({@code
   * "劳务性报酬"}), English name or synonym ({@code "社保补助"}).
   *
   * @throws UnknownTermException if {@code label} names no constant of this vocabulary
   */
  public static CostKind parse(String label) {
    return Terms.parse(BY_LABEL, CostKind.class, label);
  }

  /**
   * Reads a finance system's label for a cost, keeping it: the constant {@link #parse} finds, or
   * else {@link #NOT_NAMED_BY_NOTICE}, a cost the notice does not name such as 差旅费. Never throws
   * for an unknown label (see {@link Label}).
   *
   * @throws IllegalArgumentException if {@code label} is blank
   */
  public static Label<CostKind> label(String label) {
    return Terms.label(BY_LABEL, NOT_NAMED_BY_NOTICE, label);
  }

  /**
   * Returns whether 3.3.3 and 3.3.4 name this cost as one the labour fee or balance funds may pay:
   * labour remuneration and the social-insurance subsidy. False does not mean forbidden: the list
   * is open (…等支出), and the notice leaves the other costs undecided.
   */
  public boolean isNamedAsPayable() {
    return this == LABOUR_REMUNERATION || this == SOCIAL_INSURANCE_SUBSIDY;
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
