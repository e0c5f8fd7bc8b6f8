package io.github.rapolicy.position;

import com.google.common.collect.ImmutableMap;
import io.github.rapolicy.internal.Terms;
import io.github.rapolicy.notice.Label;
import io.github.rapolicy.notice.Term;
import io.github.rapolicy.notice.UnknownTermException;

/**
 * The work a research-assistant position is for: the six categories the notice names in 0.0.1, and
 * {@link #NOT_NAMED_BY_NOTICE} for any other, since the notice's list is open (…等工作).
 *
 * <p>A category the notice does not name is not thereby excluded: questions about it are answered
 * "not decided by this notice", never a silent yes or no. Callers exporting other labels map them to
 * {@link #NOT_NAMED_BY_NOTICE} explicitly, with {@link #label}, which keeps their label; {@link
 * #parse} never does so for them.
 *
 * <pre>{@code
 * PositionCategory.parse("学术助理");                   // ACADEMIC_ASSISTANT
 * PositionCategory.label("实验动物饲养").term();           // NOT_NAMED_BY_NOTICE, keeping the label
 * PositionCategory.NOT_NAMED_BY_NOTICE.isNamedByNotice(); // false
 * }</pre>
 *
 * <p>This enum is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum PositionCategory implements Term {
  /** 科研项目辅助研究: auxiliary research on research projects of every kind (0.0.1). */
  AUXILIARY_RESEARCH("科研项目辅助研究", "auxiliary research on research projects"),
  /** 实验（工程）设施运行维护和实验技术: facility operation and maintenance, experimental technique (0.0.1). */
  FACILITY_OPERATION(
      "实验（工程）设施运行维护和实验技术",
      "operation and maintenance of experimental (engineering) facilities and experimental technique"),
  /** 科技成果转移转化: transfer and commercialisation of S&amp;T results (0.0.1). */
  TECHNOLOGY_TRANSFER("科技成果转移转化", "transfer and commercialisation of S&T results"),
  /** 学术助理: academic assistance (0.0.1). */
  ACADEMIC_ASSISTANT("学术助理", "academic assistant"),
  /** 财务助理: financial assistance (0.0.1). */
  FINANCIAL_ASSISTANT("财务助理", "financial assistant"),
  /** 博士后研究: postdoctoral research (0.0.1). */
  POSTDOCTORAL_RESEARCH("博士后研究", "postdoctoral research"),
  /** 通知未列举的岗位类别: work of a kind the notice does not name; its list is open (等). */
  NOT_NAMED_BY_NOTICE("通知未列举的岗位类别", "category not named by the notice");

  private static final ImmutableMap<String, PositionCategory> BY_LABEL = Terms.index(values());

  private final String chineseName;
  private final String englishName;

  PositionCategory(String chineseName, String englishName) {
    this.chineseName = chineseName;
    this.englishName = englishName;
  }

  /**
   * Returns the constant with this code ({@code "AUXILIARY_RESEARCH"}), Chinese name ({@code "科研项目辅助研究"}) or English name.
   *
   * @throws UnknownTermException if {@code label} names no constant of this vocabulary
   */
  public static PositionCategory parse(String label) {
    return Terms.parse(BY_LABEL, PositionCategory.class, label);
  }

  /**
   * Reads an HR or finance system's label for a position's category, keeping it: the constant
   * {@link #parse} finds, or else {@link #NOT_NAMED_BY_NOTICE}. Never throws for an unknown label
   * (see {@link Label}).
   *
   * @throws IllegalArgumentException if {@code label} is blank
   */
  public static Label<PositionCategory> label(String label) {
    return Terms.label(BY_LABEL, NOT_NAMED_BY_NOTICE, label);
  }

  /** Returns whether the notice names this category in 0.0.1. */
  public boolean isNamedByNotice() {
    return this != NOT_NAMED_BY_NOTICE;
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
