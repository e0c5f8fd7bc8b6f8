package io.github.rapolicy.obligations;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import io.github.rapolicy.internal.Terms;
import io.github.rapolicy.notice.Term;
import io.github.rapolicy.notice.UnknownTermException;
import java.time.LocalDate;

/**
 * One of the four dates of 3.4.2 by which the local industry-and-IT and S&amp;T authorities report
 * their region's progress to MIIT: 7月5日前, 7月20日前, 8月5日前 and 8月20日前, in 2024.
 *
 * <p>The notice writes no year; the dates fall in 2024, the year of its issue (25 June 2024).
 *
 * <p><b>How 前 is read.</b> "7月5日前" says "before 5 July" and could mean "on or before 5 July" or
 * "strictly before 5 July". This library reads it as <em>on or before</em>: the day the notice
 * names is the last day a report is on time ({@link #lastDay()} is {@link #date()}), and the
 * deadline has passed from the next day on. The notice names these days as the due dates of four
 * rounds of reporting, and Chinese administrative usage of "X日前报送" treats the named day as the
 * due date; the strict reading would make the due dates 4 July, 19 July, 4 August and 19 August,
 * days the notice never names. A reporter who wants a margin reports a day earlier. Every {@link
 * ReportingAnswer} states this reading (3.4.2).
 *
 * <pre>{@code
 * ReportingDeadline first = ReportingDeadline.parse("7月5日前");
 * first.date();       // 2024-07-05, as the notice names it
 * first.lastDay();    // 2024-07-05: on or before
 * first.hasPassedOn(LocalDate.of(2024, 7, 5)); // false: the day itself is on time
 * first.hasPassedOn(LocalDate.of(2024, 7, 6)); // true
 * }</pre>
 *
 * <p>This enum is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum ReportingDeadline implements Term {
  /** 7月5日前: the first report, on or before 5 July 2024. */
  JULY_5("7月5日前", "by 5 July 2024", LocalDate.of(2024, 7, 5)),
  /** 7月20日前: the second report, on or before 20 July 2024. */
  JULY_20("7月20日前", "by 20 July 2024", LocalDate.of(2024, 7, 20)),
  /** 8月5日前: the third report, on or before 5 August 2024. */
  AUGUST_5("8月5日前", "by 5 August 2024", LocalDate.of(2024, 8, 5)),
  /** 8月20日前: the fourth and last report, on or before 20 August 2024. */
  AUGUST_20("8月20日前", "by 20 August 2024", LocalDate.of(2024, 8, 20));

  private static final ImmutableMap<String, ReportingDeadline> BY_LABEL = Terms.index(values());

  private final String chineseName;
  private final String englishName;
  private final LocalDate date;

  ReportingDeadline(String chineseName, String englishName, LocalDate date) {
    this.chineseName = chineseName;
    this.englishName = englishName;
    this.date = date;
  }

  /**
   * Returns the deadline with this code ({@code "JULY_5"}), the notice's wording ({@code
   * "7月5日前"}) or the English name ({@code "by 5 July 2024"}).
   *
   * @throws UnknownTermException if {@code label} names no deadline
   */
  public static ReportingDeadline parse(String label) {
    return Terms.parse(BY_LABEL, ReportingDeadline.class, label);
  }

  /** Returns the day the notice names, in 2024, such as 2024-07-05 for 7月5日前. */
  public LocalDate date() {
    return date;
  }

  /**
   * Returns the last day a report is on time: the day the notice names, since this library reads
   * 前 as "on or before" (3.4.2).
   */
  public LocalDate lastDay() {
    return date;
  }

  /** Returns whether the deadline has passed on {@code day}: true from the day after {@link #lastDay()}. */
  public boolean hasPassedOn(LocalDate day) {
    return checkNotNull(day, "day").isAfter(lastDay());
  }

  @Override
  public String code() {
    return name();
  }

  /** Returns the notice's wording, such as {@code "7月5日前"}. */
  @Override
  public String chineseName() {
    return chineseName;
  }

  @Override
  public String englishName() {
    return englishName;
  }
}
