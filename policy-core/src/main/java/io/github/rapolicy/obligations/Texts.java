package io.github.rapolicy.obligations;

import io.github.rapolicy.internal.Wording;
import io.github.rapolicy.rules.Language;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * Dates and the not-in-force sentence in this package's answers; citations and quotations come from
 * {@link Language}, as in the rules package's explanations.
 */
final class Texts {

  private Texts() {}

  /** Returns what every answer of this package dated before the date of issue says. */
  static String notInForce(Language language) {
    return language.pick(Wording.NOT_IN_FORCE_CHINESE, Wording.NOT_IN_FORCE_ENGLISH);
  }

  /** Returns the date as {@code 2024年7月5日} or {@code 5 July 2024}. */
  static String date(LocalDate date, Language language) {
    return language.pick(
        date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日",
        date.getDayOfMonth()
            + " "
            + date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
            + " "
            + date.getYear());
  }
}
