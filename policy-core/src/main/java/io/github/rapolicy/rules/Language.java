package io.github.rapolicy.rules;

/**
 * The language an {@link Answer} is explained in, chosen at call time.
 *
 * <pre>{@code
 * answer.explain(Language.CHINESE); // 问题：… 结论：允许 …
 * answer.explain(Language.ENGLISH); // Question: … Verdict: allowed …
 * }</pre>
 *
 * <p>This enum is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum Language {
  /** 中文: quotes each clause in the notice's original wording. */
  CHINESE,
  /** English: quotes each clause's English gloss, then its original. */
  ENGLISH;

  /** Returns {@code chinese} or {@code english}, whichever is in this language. */
  String pick(String chinese, String english) {
    return this == CHINESE ? chinese : english;
  }
}
