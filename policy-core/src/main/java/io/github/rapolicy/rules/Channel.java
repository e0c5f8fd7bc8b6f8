package io.github.rapolicy.rules;

import io.github.rapolicy.notice.Clause;
import java.util.Optional;

/**
 * The three channels through which section 二 of the notice reaches units.
 *
 * <pre>{@code
 * ScopeAnswer scope = policy.on(date).isInScope(unit);
 * scope.channels().contains(Channel.NATIONAL_HIGH_TECH_ZONES);
 * Channel.LOCALITIES.article(); // "二（三）"
 * }</pre>
 *
 * <p>This enum is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum Channel {
  /** 二（一）: units of every kind, led by central universities, institutes and SOEs (2.1.2). */
  CENTRAL_UNITS("二（一）", "各类单位（中央单位）", "central units", Clause.C2_1_2),
  /** 二（二）: national high-tech zones and the entities inside them (2.2.2). */
  NATIONAL_HIGH_TECH_ZONES("二（二）", "国家高新区", "national high-tech zones", Clause.C2_2_2),
  /** 二（三）: localities, targeting provincial and other local units (2.3.2). */
  LOCALITIES("二（三）", "各地方", "localities", Clause.C2_3_2);

  private final String article;
  private final String chineseName;
  private final String englishName;
  private final Clause clause;

  Channel(String article, String chineseName, String englishName, Clause clause) {
    this.article = article;
    this.chineseName = chineseName;
    this.englishName = englishName;
    this.clause = clause;
  }

  /** Returns the article of the notice that opens the channel, such as {@code "二（二）"}. */
  public String article() {
    return article;
  }

  /** Returns the clause naming the units the channel reaches. */
  public Clause clause() {
    return clause;
  }

  /** The channel a scope finding of {@code reason} opens, if it opens one. */
  static Optional<Channel> openedBy(Reason reason) {
    return switch (reason) {
      case CENTRAL_UNIT, MINISTRY_UNIVERSITY -> Optional.of(CENTRAL_UNITS);
      case NATIONAL_ZONE, IN_NATIONAL_ZONE -> Optional.of(NATIONAL_HIGH_TECH_ZONES);
      case PROVINCIAL_UNIT, LOCAL_UNIT, HIGH_TECH_ENTERPRISE_OUTSIDE_ZONES ->
          Optional.of(LOCALITIES);
      default -> Optional.empty(); // the lead role and the general encouragement open no channel
    };
  }

  /** Returns the channel's name in {@code language}. */
  public String displayName(Language language) {
    return language.pick(chineseName, englishName);
  }
}
