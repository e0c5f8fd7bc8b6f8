package io.github.rapolicy.obligations;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedSet;
import io.github.rapolicy.notice.Addressee;
import io.github.rapolicy.notice.Clause;
import io.github.rapolicy.notice.IssuingBody;
import io.github.rapolicy.notice.Notice;
import io.github.rapolicy.rules.Language;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * Where the reporting of 3.4.2 stands on a date: the next deadline, if any; the deadlines that have
 * passed; who reports to whom; and how 前 is read — <em>on or before</em> the named day, so that on
 * 5 July the first deadline is still open, and from 6 July it has passed.
 *
 * <p>Dated before the notice was issued (25 June 2024), the answer says the notice was not yet in
 * force: it names no next deadline and no passed one. After 20 August 2024 every deadline has
 * passed and there is no next one; the notice sets none later.
 *
 * <p>The calendar knows the dates, not whether a report was made: a deadline that has {@linkplain
 * #passed() passed} was missed unless reported, and {@link #missed(Collection)} takes the ones
 * reported.
 *
 * <pre>{@code
 * ReportingAnswer answer = ReportingCalendar.ofNotice().on(LocalDate.of(2024, 7, 5));
 * answer.nextDeadline();   // Optional[JULY_5]: the day itself is on time
 * answer.passed();         // []
 * ReportingCalendar.ofNotice().on(LocalDate.of(2024, 8, 6))
 *     .missed(List.of(ReportingDeadline.JULY_5, ReportingDeadline.JULY_20)); // [AUGUST_5]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; answers are equal when their dates are.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class ReportingAnswer {

  ReportingAnswer() {}

  static ReportingAnswer of(LocalDate date) {
    return ImmutableReportingAnswer.of(date);
  }

  /** Returns the date the question is asked for. */
  @Value.Parameter
  public abstract LocalDate date();

  /** Returns whether the notice was in force on the date: from 25 June 2024 on. */
  public final boolean isInForce() {
    return Notice.instance().isInForceOn(date());
  }

  /**
   * Returns the next deadline: the first whose last day is the date or later (前 read as "on or
   * before"); empty after 20 August 2024, and before the notice was issued.
   */
  public final Optional<ReportingDeadline> nextDeadline() {
    if (!isInForce()) {
      return Optional.empty();
    }
    return calendar().deadlines().stream().filter(d -> !d.hasPassedOn(date())).findFirst();
  }

  /**
   * Returns the days left until the next deadline's last day: 0 on the day itself; empty when there
   * is no next deadline.
   */
  public final Optional<Integer> daysLeft() {
    return nextDeadline()
        .map(d -> Math.toIntExact(ChronoUnit.DAYS.between(date(), d.lastDay())));
  }

  /**
   * Returns the deadlines that have passed on the date, in date order: missed, unless the report
   * was made. Empty before the notice was issued.
   */
  public final ImmutableList<ReportingDeadline> passed() {
    if (!isInForce()) {
      return ImmutableList.of();
    }
    return calendar().deadlines().stream()
        .filter(d -> d.hasPassedOn(date()))
        .collect(ImmutableList.toImmutableList());
  }

  /** Returns the deadlines that have passed on the date and are not among {@code reported}. */
  public final ImmutableList<ReportingDeadline> missed(Collection<ReportingDeadline> reported) {
    ImmutableSet<ReportingDeadline> done = ImmutableSet.copyOf(checkNotNull(reported, "reported"));
    return passed().stream()
        .filter(d -> !done.contains(d))
        .collect(ImmutableList.toImmutableList());
  }

  /** Returns who reports: the local industry-and-IT and S&amp;T authorities, each by its remit. */
  public final ImmutableList<Addressee> reporters() {
    return calendar().reporters();
  }

  /** Returns to whom they report: MIIT. */
  public final IssuingBody recipient() {
    return calendar().recipient();
  }

  /**
   * Returns the clauses the answer rests on: 3.4.2, and the date of issue, from which the
   * deadlines' year (2024) is read and before which the notice was not in force.
   */
  public final ImmutableSortedSet<Clause> clauses() {
    return ImmutableSortedSet.of(Clause.C3_4_2, Clause.DATE);
  }

  /** Returns whether the answer cites {@code clause}. */
  public final boolean cites(Clause clause) {
    return clauses().contains(checkNotNull(clause, "clause"));
  }

  /**
   * Renders the answer in {@code language}: who reports to whom, the next deadline, those passed,
   * the reading of 前, the note that content and format are to be notified separately, and the
   * clauses quoted.
   */
  public final String explain(Language language) {
    checkNotNull(language, "language");
    StringBuilder text = new StringBuilder();
    text.append(
            language.pick("问题：科研助理岗位开发和落实工作进展情况的报送时间（",
                "Question: when progress in developing and filling RA positions is reported ("))
        .append(Texts.date(date(), language))
        .append(language.pick("）", ")"))
        .append('\n');
    if (!isInForce()) {
      text.append(
              language.pick("结论：", "Answer: ")
                  + Texts.notInForce(language)
                  + language.pick("，尚无报送要求；通知发布后，首次报送时间为7月5日前",
                      " and asked for no report. Once issued, it set the first report for 5 July"))
          .append('\n');
    } else {
      text.append(language.pick("报送单位：", "Who reports: "))
          .append(
              language.pick("各地"
                      + reporters().stream()
                          .map(Addressee::chineseName)
                          .collect(Collectors.joining("、"))
                      + "，根据职能汇总本地区情况",
                  "the local "
                      + reporters().stream()
                          .map(Addressee::englishName)
                          .collect(Collectors.joining(" and the local "))
                      + ", each by its remit, for its region"))
          .append('\n')
          .append(language.pick("报送对象：", "To whom: "))
          .append(language.nameOf(recipient()))
          .append('\n')
          .append(language.pick("下一次报送：", "Next deadline: "))
          .append(nextText(language))
          .append('\n')
          .append(language.pick("已过的报送时间：", "Deadlines passed: "))
          .append(
              passed().isEmpty()
                  ? language.pick("无", "none")
                  : passed().stream()
                      .map(d -> language.nameOf(d))
                      .collect(Collectors.joining(language.pick("、", ", ")))
                      + language.pick("（未报送的即为逾期）", " (missed unless reported)"))
          .append('\n');
    }
    text.append(language.pick("依据：", "Because:")).append('\n');
    String cite342 = language.cite(ImmutableList.of(Clause.C3_4_2));
    text.append("  ")
        .append(cite342)
        .append(language.pick("“前”的读法：", "Reading of 前: "))
        .append(calendar().readingOfBefore(language))
        .append('\n');
    text.append("  ")
        .append(cite342)
        .append(
            language.pick("报送内容和格式要求另行通知；本库不掌握该通知，不对报送内容作判断",
                "the content and format of the reports were to be notified separately (另行通知);"
                    + " this library does not know them and judges no report's content"))
        .append('\n');
    text.append("  ")
        .append(language.cite(ImmutableList.of(Clause.DATE)))
        .append(
            language.pick("通知所列日期未写年份，按发布日期（2024年6月25日）读作2024年",
                "the notice writes the dates without a year; they are read as 2024, the year of its"
                    + " issue (25 June 2024)"))
        .append('\n');
    text.append(language.quote(Clause.C3_4_2));
    text.append(language.quote(Clause.DATE));
    return text.toString();
  }

  private String nextText(Language language) {
    Optional<ReportingDeadline> next = nextDeadline();
    if (next.isEmpty()) {
      return language.pick("无——四个报送时间均已过去，通知未规定其后的报送",
          "none — all four deadlines have passed, and the notice sets none later");
    }
    ReportingDeadline deadline = next.get();
    int days = daysLeft().orElseThrow();
    String when =
        days == 0
            ? language.pick("今天是最后一天", "today is the last day")
            : language.pick("还有" + days + "天", days + (days == 1 ? " day" : " days") + " left");
    return language.pick(deadline.chineseName()
            + "（即"
            + Texts.date(deadline.lastDay(), language)
            + "当日及以前；"
            + when
            + "）",
        deadline.englishName()
            + " (the notice: "
            + deadline.chineseName()
            + ", read as on or before "
            + Texts.date(deadline.lastDay(), language)
            + "; "
            + when
            + ")");
  }

  private static ReportingCalendar calendar() {
    return ReportingCalendar.ofNotice();
  }

  /** Returns the date, the next deadline and those passed. */
  @Override
  public final String toString() {
    return date() + " next=" + nextDeadline().map(Enum::name).orElse("none") + " passed=" + passed();
  }
}
