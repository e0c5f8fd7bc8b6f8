package io.github.rapolicy.planning;

import io.github.rapolicy.notice.Clause;
import io.github.rapolicy.rules.Language;
import java.util.Collection;

/** Wording shared by the planning types' explanations. */
final class Texts {

  private Texts() {}

  /**
   * Returns the citation of {@code clauses} as {@link Language#cite} gives it, after a space, for
   * the end of a line, such as {@code " [3.3.3, 3.3.5]"}; empty for none.
   */
  static String cite(Collection<Clause> clauses, Language language) {
    return clauses.isEmpty() ? "" : " " + language.cite(clauses).strip();
  }
}
