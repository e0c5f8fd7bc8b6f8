package io.github.rapolicy.position;

import com.google.common.collect.ImmutableMap;
import io.github.rapolicy.internal.Terms;
import io.github.rapolicy.notice.Term;
import io.github.rapolicy.notice.UnknownTermException;

/**
 * Where a position comes from: newly set up (2.1.2), or already developed and either not yet filled
 * or vacated by staff turnover, the two the notice asks units to fill first (2.1.3).
 *
 * <pre>{@code
 * PositionOrigin.parse("因人员流动而产生空缺").isToBeFilledFirst(); // true
 * PositionOrigin.NEW.isToBeFilledFirst();                      // false
 * }</pre>
 *
 * <p>This enum is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum PositionOrigin implements Term {
  /** 新设岗位: a position newly set up (合理设置新的科研助理岗位, 2.1.2). */
  NEW("新设岗位", "newly set up"),
  /** 已开发尚未招录: a position already developed that no graduate has been recruited to (2.1.3). */
  EXISTING_UNFILLED("已开发尚未招录", "developed earlier, not yet filled"),
  /** 因人员流动而产生空缺: a position vacated by staff turnover (2.1.3). */
  VACATED_BY_TURNOVER("因人员流动而产生空缺", "vacated by staff turnover");

  private static final ImmutableMap<String, PositionOrigin> BY_LABEL = Terms.index(values());

  private final String chineseName;
  private final String englishName;

  PositionOrigin(String chineseName, String englishName) {
    this.chineseName = chineseName;
    this.englishName = englishName;
  }

  /**
   * Returns the constant with this code ({@code "NEW"}), Chinese name ({@code "新设岗位"}) or English name.
   *
   * @throws UnknownTermException if {@code label} names no constant of this vocabulary
   */
  public static PositionOrigin parse(String label) {
    return Terms.parse(BY_LABEL, PositionOrigin.class, label);
  }

  /** Returns whether 2.1.3 asks units to fill this position first: unfilled or vacated. */
  public boolean isToBeFilledFirst() {
    return this != NEW;
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
