package io.github.rapolicy.obligations;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.rapolicy.notice.Addressee;
import io.github.rapolicy.notice.Clause;
import io.github.rapolicy.notice.IssuingBody;
import io.github.rapolicy.rules.Language;
import java.time.LocalDate;

/**
 * The reporting calendar of 3.4.2: the local industry-and-IT and S&amp;T authorities, each by its
 * remit (根据职能), compile their region's progress in developing and filling RA positions and report
 * it to MIIT by 5 July, 20 July, 5 August and 20 August 2024. The content and format of the reports
 * were to be notified separately (另行通知); this library does not know them.
 *
 * <p>The notice says "7月5日前" — "before 5 July". This library reads 前 as <em>on or before</em>:
 * a report made on the named day is on time, and the deadline has passed from the next day (see
 * {@link ReportingDeadline} for why). Every answer states this reading and cites 3.4.2.
 *
 * <pre>{@code
 * ReportingCalendar calendar = ReportingCalendar.ofNotice();
 * calendar.reporters();  // [INDUSTRY_AND_IT_AUTHORITY, SCIENCE_AND_TECHNOLOGY_AUTHORITY]
 * calendar.recipient();  // MIIT
 * ReportingAnswer today = calendar.on(LocalDate.of(2024, 7, 6));
 * today.nextDeadline();  // Optional[JULY_20]
 * today.passed();        // [JULY_5]
 * today.explain(Language.ENGLISH);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ReportingCalendar {

  private static final ReportingCalendar NOTICE = new ReportingCalendar();

  private final ImmutableList<ReportingDeadline> deadlines =
      ImmutableList.copyOf(ReportingDeadline.values());
  private final ImmutableList<Addressee> reporters =
      ImmutableList.of(
          Addressee.INDUSTRY_AND_IT_AUTHORITY, Addressee.SCIENCE_AND_TECHNOLOGY_AUTHORITY);

  private ReportingCalendar() {}

  /** Returns the calendar of notice 工信部联规〔2024〕122号, 3.4.2. */
  public static ReportingCalendar ofNotice() {
    return NOTICE;
  }

  /** Returns the four deadlines, in date order. */
  public ImmutableList<ReportingDeadline> deadlines() {
    return deadlines;
  }

  /**
   * Returns who reports: the local industry-and-IT authorities and the local S&amp;T authorities,
   * each according to its remit (根据职能).
   */
  public ImmutableList<Addressee> reporters() {
    return reporters;
  }

  /** Returns to whom they report: MIIT (报送工业和信息化部). */
  public IssuingBody recipient() {
    return IssuingBody.MIIT;
  }

  /** Returns the clause that sets the calendar, 3.4.2. */
  public Clause clause() {
    return Clause.C3_4_2;
  }

  /**
   * Returns the reporting position on {@code date}: the next deadline, those that have passed, who
   * reports to whom, and the reading of 前.
   */
  public ReportingAnswer on(LocalDate date) {
    checkNotNull(date, "date");
    return ReportingAnswer.of(date);
  }

  /**
   * Returns how this library reads 前 in "7月5日前", as a sentence in {@code language}: on or before
   * the named day.
   */
  public String readingOfBefore(Language language) {
    return language.pick("本库将“7月5日前”等读作“该日当日及以前”：在所列日期当日报送仍属按期，次日起该报送时间即已过去；"
            + "需要留有余地的，可提前一日报送",
        "this library reads “7月5日前” (literally “before 5 July”) and the others as “on or before”"
            + " the day named: a report made on that day is on time, and the deadline has passed"
            + " from the next day; a reporter wanting a margin reports a day earlier");
  }

  @Override
  public String toString() {
    return "ReportingCalendar" + deadlines + " " + reporters + " -> " + recipient();
  }
}
