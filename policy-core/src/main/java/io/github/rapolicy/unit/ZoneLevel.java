package io.github.rapolicy.unit;

import com.google.common.collect.ImmutableMap;
import io.github.rapolicy.internal.Terms;
import io.github.rapolicy.notice.Term;
import io.github.rapolicy.notice.UnknownTermException;

/**
 * The level of a high-tech zone: national zones are a channel of their own (2.2.2), provincial
 * zones are targets of the local channel (2.3.2).
 *
 * <pre>{@code
 * HighTechZone zone = HighTechZone.of("某省级高新区", ZoneLevel.parse("省级高新区"));
 * zone.isNational(); // false
 * }</pre>
 *
 * <p>This enum is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum ZoneLevel implements Term {
  /** 国家高新区: a national high-tech industrial development zone. */
  NATIONAL("国家高新区", "national high-tech zone"),
  /** 省级高新区: a provincial high-tech zone. */
  PROVINCIAL("省级高新区", "provincial high-tech zone");

  private static final ImmutableMap<String, ZoneLevel> BY_LABEL = Terms.index(values());

  private final String chineseName;
  private final String englishName;

  ZoneLevel(String chineseName, String englishName) {
    this.chineseName = chineseName;
    this.englishName = englishName;
  }

  /**
   * Returns the constant with this code ({@code "NATIONAL"}), Chinese name ({@code "国家高新区"}) or English name.
   *
   * @throws UnknownTermException if {@code label} names no constant of this vocabulary
   */
  public static ZoneLevel parse(String label) {
    return Terms.parse(BY_LABEL, ZoneLevel.class, label);
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
