package io.github.rapolicy.rules;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * The outcome of a question: allowed, not allowed, or not decided by the notice.
 *
 * <p>{@link #UNDECIDED} is neither an error nor a guess: it is the honest answer where the notice's
 * list is open (等) or where it defers to other regulations (按照有关规定). An {@link Overlay} carrying
 * the outside rule can settle it.
 *
 * <pre>{@code
 * switch (answer.verdict()) {
 *   case ALLOWED -> post(expense);
 *   case NOT_ALLOWED -> reject(expense, answer.remedies());
 *   case UNDECIDED -> escalate(expense, answer.explain(Language.CHINESE));
 * }
 * }</pre>
 *
 * <p>For the scope questions (is this unit, this position, this graduate covered?) {@link #ALLOWED}
 * reads "yes, the notice covers it" and {@link #NOT_ALLOWED} "no, it does not".
 *
 * <p>This enum is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum Verdict {
  /** 允许: the notice allows it (or covers it). */
  ALLOWED("允许", "allowed"),
  /** 不允许: the notice does not allow it (or does not cover it). */
  NOT_ALLOWED("不允许", "not allowed"),
  /** 本通知未作决定: the notice leaves the question open. */
  UNDECIDED("本通知未作决定", "not decided by this notice");

  private final String chineseName;
  private final String englishName;

  Verdict(String chineseName, String englishName) {
    this.chineseName = chineseName;
    this.englishName = englishName;
  }

  /**
   * Combines the verdicts of the parts of a question: any {@link #NOT_ALLOWED} makes the whole not
   * allowed; otherwise any {@link #UNDECIDED} makes it undecided; otherwise it is allowed.
   *
   * <pre>{@code
   * ALLOWED.and(UNDECIDED);      // UNDECIDED
   * UNDECIDED.and(NOT_ALLOWED);  // NOT_ALLOWED
   * }</pre>
   *
   * <p>The operation is commutative and associative, with {@link #ALLOWED} as identity.
   */
  public Verdict and(Verdict other) {
    checkNotNull(other, "other");
    if (this == NOT_ALLOWED || other == NOT_ALLOWED) {
      return NOT_ALLOWED;
    }
    if (this == UNDECIDED || other == UNDECIDED) {
      return UNDECIDED;
    }
    return ALLOWED;
  }

  /** Returns the name in {@code language}. */
  public String displayName(Language language) {
    return language.pick(chineseName, englishName);
  }
}
