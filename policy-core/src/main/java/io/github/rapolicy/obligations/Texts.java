package io.github.rapolicy.obligations;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.rapolicy.notice.Clause;
import io.github.rapolicy.notice.Term;
import io.github.rapolicy.rules.Language;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Rendering shared by this package's answers, in the format of the rules package's explanations:
 * citations as {@code 〔3.3.2〕} or {@code [3.3.2]}, each clause quoted in the notice's original and,
 * in English, its gloss first.
 */
final class Texts {

  private Texts() {}

  /** Returns {@code chinese} or {@code english}, whichever is in {@code language}. */
  static String pick(Language language, String chinese, String english) {
    checkNotNull(language, "language");
    return language == Language.CHINESE ? chinese : english;
  }

  /** Returns the term's name in {@code language}. */
  static String name(Term term, Language language) {
    return pick(language, term.chineseName(), term.englishName());
  }

  /** Returns the date as {@code 2024年7月5日} or {@code 5 July 2024}. */
  static String date(LocalDate date, Language language) {
    return pick(
        language,
        date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日",
        date.getDayOfMonth()
            + " "
            + date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
            + " "
            + date.getYear());
  }

  /** Returns the citation of {@code clauses}, such as {@code 〔3.3.2〕} or {@code [3.3.2] }. */
  static String citation(Collection<Clause> clauses, Language language) {
    if (clauses.isEmpty()) {
      return "";
    }
    String ids = clauses.stream().map(Clause::id).collect(Collectors.joining(", "));
    return pick(language, "〔" + ids + "〕", "[" + ids + "] ");
  }

  /** Appends the quotation of {@code clause}: its original, and in English its gloss first. */
  static void quote(StringBuilder text, Clause clause, Language language) {
    if (language == Language.CHINESE) {
      text.append("      ").append(clause.id()).append(" 原文：").append(clause.original()).append('\n');
    } else {
      text.append("      ").append(clause.id()).append(" reads: ").append(clause.gloss()).append('\n');
      text.append("      ")
          .append(clause.id())
          .append(" original: ")
          .append(clause.original())
          .append('\n');
    }
  }
}
