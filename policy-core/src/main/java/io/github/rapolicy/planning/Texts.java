package io.github.rapolicy.planning;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.rapolicy.notice.Clause;
import io.github.rapolicy.rules.Language;
import java.util.Collection;
import java.util.stream.Collectors;

/** Wording shared by the planning types' explanations. */
final class Texts {

  private Texts() {}

  /** Returns {@code chinese} or {@code english}, whichever is in {@code language}. */
  static String pick(Language language, String chinese, String english) {
    return checkNotNull(language, "language") == Language.CHINESE ? chinese : english;
  }

  /** Returns the clause IDs as a citation after a space, such as {@code " [3.3.3, 3.3.5]"}; empty for none. */
  static String cite(Collection<Clause> clauses, Language language) {
    if (clauses.isEmpty()) {
      return "";
    }
    String ids = clauses.stream().map(Clause::id).collect(Collectors.joining(", "));
    return pick(language, " 〔" + ids + "〕", " [" + ids + "]");
  }
}
