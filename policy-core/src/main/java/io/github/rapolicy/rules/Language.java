package io.github.rapolicy.rules;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.rapolicy.notice.Clause;
import io.github.rapolicy.notice.Term;
import java.util.Collection;

/**
 * The language an answer is explained in, chosen at call time, and the one place that says how a
 * clause is cited and quoted in it.
 *
 * <pre>{@code
 * answer.explain(Language.CHINESE);                    // 问题：… 结论：允许 …
 * Language.ENGLISH.nameOf(CostKind.HOUSING_FUND);      // "housing provident fund"
 * Language.CHINESE.cite(List.of(Clause.C3_3_3));       // "〔3.3.3〕"
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

  /** Returns {@code chinese} or {@code english}, whichever is in this language; neither may be null. */
  public String pick(String chinese, String english) {
    checkNotNull(chinese, "chinese");
    checkNotNull(english, "english");
    return this == CHINESE ? chinese : english;
  }

  /** Returns the term's name in this language. */
  public String nameOf(Term term) {
    return pick(term.chineseName(), term.englishName());
  }

  /**
   * Returns the citation of {@code clauses}, such as {@code 〔3.3.2, 3.3.3〕} in Chinese or {@code
   * [3.3.2, 3.3.3] } in English; empty for no clause.
   */
  public String cite(Collection<Clause> clauses) {
    if (clauses.isEmpty()) {
      return "";
    }
    // A loop, not a stream: this is asked for every finding of every line a ledger check reports.
    StringBuilder cited = new StringBuilder(this == CHINESE ? "〔" : "[");
    boolean first = true;
    for (Clause clause : clauses) {
      if (!first) {
        cited.append(", ");
      }
      cited.append(clause.id());
      first = false;
    }
    return cited.append(this == CHINESE ? "〕" : "] ").toString();
  }

  /**
   * Returns the quotation of {@code clause}, indented, one line each: its original in Chinese; its
   * English gloss and then its original in English.
   */
  public String quote(Clause clause) {
    String indent = "      " + clause.id();
    String original = indent + pick(" 原文：", " original: ") + clause.original() + "\n";
    return this == CHINESE ? original : indent + " reads: " + clause.gloss() + "\n" + original;
  }
}
