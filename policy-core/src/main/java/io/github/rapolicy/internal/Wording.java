package io.github.rapolicy.internal;

/**
 * Sentences every package's answers say alike, kept in one place so that they read the same in
 * the rules, the obligations and the planning.
 */
public final class Wording {

  /** What every answer dated before the date of issue says, in Chinese. */
  public static final String NOT_IN_FORCE_CHINESE = "所问日期早于本通知发布日期（2024年6月25日），本通知尚未生效";

  /** What every answer dated before the date of issue says, in English. */
  public static final String NOT_IN_FORCE_ENGLISH =
      "the date is before the notice was issued on 25 June 2024; it was not yet in force";

  private Wording() {}
}
