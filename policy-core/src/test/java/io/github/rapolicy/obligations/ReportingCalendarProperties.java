package io.github.rapolicy.obligations;

import static io.github.rapolicy.testing.Property.forAll;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import io.github.rapolicy.notice.Notice;
import io.github.rapolicy.testing.Checks;
import io.github.rapolicy.testing.Gen;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Laws of the 3.4.2 calendar for any date. */
class ReportingCalendarProperties {

  private static final LocalDate FROM = LocalDate.of(2023, 1, 1);
  private static final LocalDate TO = LocalDate.of(2026, 12, 31);

  /** Every day from 1 June to 1 September 2024, then random days of 2023 to 2026. */
  static List<LocalDate> dates() {
    List<LocalDate> dates = new ArrayList<>();
    for (LocalDate d = LocalDate.of(2024, 6, 1); !d.isAfter(LocalDate.of(2024, 9, 1)); d = d.plusDays(1)) {
      dates.add(d);
    }
    Gen.seeded("reporting-dates")
        .longs(FROM.toEpochDay(), TO.toEpochDay())
        .map(LocalDate::ofEpochDay)
        .forEach(dates::add);
    return dates;
  }

  @Test
  @Checks({"3.4.2"})
  @DisplayName("3.4.2: the passed deadlines and the next and later ones are the four, in order")
  void passedThenNext() {
    forAll(
        dates().stream(),
        date -> {
          ReportingAnswer answer = ReportingCalendar.ofNotice().on(date);
          if (!Notice.instance().isInForceOn(date)) {
            assertThat(answer.passed()).isEmpty();
            assertThat(answer.nextDeadline()).isEmpty();
            return;
          }
          ImmutableList<ReportingDeadline> all = ReportingCalendar.ofNotice().deadlines();
          ImmutableList<ReportingDeadline> passed = answer.passed();
          assertThat(all.subList(0, passed.size())).isEqualTo(passed);
          if (passed.size() < all.size()) {
            assertThat(answer.nextDeadline()).contains(all.get(passed.size()));
          } else {
            assertThat(answer.nextDeadline()).isEmpty();
          }
        });
  }

  @Test
  @Checks({"3.4.2"})
  @DisplayName("3.4.2 前 read as on or before: passed exactly when the date is after the named day")
  void passedMeansAfterTheDay() {
    forAll(
        dates().stream().filter(Notice.instance()::isInForceOn),
        date -> {
          ReportingAnswer answer = ReportingCalendar.ofNotice().on(date);
          for (ReportingDeadline deadline : ReportingDeadline.values()) {
            assertThat(answer.passed().contains(deadline)).isEqualTo(date.isAfter(deadline.date()));
          }
          answer
              .nextDeadline()
              .ifPresent(
                  next -> {
                    int days = answer.daysLeft().orElseThrow();
                    assertThat(days).isNotNegative();
                    assertThat(date.plusDays(days)).isEqualTo(next.date());
                  });
        });
  }
}
