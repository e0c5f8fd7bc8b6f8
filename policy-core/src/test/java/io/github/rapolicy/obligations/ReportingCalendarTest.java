package io.github.rapolicy.obligations;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rapolicy.notice.Addressee;
import io.github.rapolicy.notice.Clause;
import io.github.rapolicy.notice.IssuingBody;
import io.github.rapolicy.notice.Notice;
import io.github.rapolicy.rules.Language;
import io.github.rapolicy.testing.Checks;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The reporting calendar of 3.4.2, at its edges. */
class ReportingCalendarTest {

  private static final ReportingCalendar CALENDAR = ReportingCalendar.ofNotice();

  private static ReportingAnswer on(int year, int month, int day) {
    return CALENDAR.on(LocalDate.of(year, month, day));
  }

  @Test
  @Checks({"3.4.2"})
  @DisplayName("3.4.2: four deadlines in 2024 — 5 July, 20 July, 5 August, 20 August")
  void theFourDeadlines() {
    assertThat(CALENDAR.deadlines())
        .extracting(ReportingDeadline::date)
        .containsExactly(
            LocalDate.of(2024, 7, 5),
            LocalDate.of(2024, 7, 20),
            LocalDate.of(2024, 8, 5),
            LocalDate.of(2024, 8, 20));
    assertThat(CALENDAR.clause()).isEqualTo(Clause.C3_4_2);
  }

  @ParameterizedTest
  @EnumSource(ReportingDeadline.class)
  @Checks({"3.4.2"})
  @DisplayName("3.4.2: each deadline is worded as the notice words it, and its day is in the clause")
  void wordedAsTheNotice(ReportingDeadline deadline) {
    String day = deadline.date().getMonthValue() + "月" + deadline.date().getDayOfMonth() + "日";
    assertThat(deadline.chineseName()).isEqualTo(day + "前");
    assertThat(Clause.C3_4_2.original()).contains(day);
    assertThat(ReportingDeadline.parse(deadline.chineseName())).isSameAs(deadline);
    // The year is the year of issue (date).
    assertThat(deadline.date().getYear()).isEqualTo(Notice.instance().dateOfIssue().getYear());
  }

  @Test
  @Checks({"3.4.2"})
  @DisplayName("3.4.2: the industry-and-IT and S&T authorities report, to MIIT")
  void whoReportsToWhom() {
    assertThat(CALENDAR.reporters())
        .containsExactly(Addressee.INDUSTRY_AND_IT_AUTHORITY, Addressee.SCIENCE_AND_TECHNOLOGY_AUTHORITY);
    assertThat(CALENDAR.recipient()).isEqualTo(IssuingBody.MIIT);
    ReportingAnswer answer = on(2024, 7, 1);
    assertThat(answer.reporters()).isEqualTo(CALENDAR.reporters());
    assertThat(answer.recipient()).isEqualTo(IssuingBody.MIIT);
    assertThat(answer.explain(Language.CHINESE))
        .contains("报送单位：各地工业和信息化主管部门、科技主管部门，根据职能汇总本地区情况")
        .contains("报送对象：工业和信息化部");
    assertThat(answer.explain(Language.ENGLISH))
        .contains("each by its remit")
        .contains("To whom: Ministry of Industry and Information Technology");
  }

  @Test
  @Checks({"3.4.2"})
  @DisplayName("3.4.2 前 read as on or before: the deadline day itself is still on time")
  void theDeadlineDayItself() {
    ReportingAnswer answer = on(2024, 7, 5);

    assertThat(answer.nextDeadline()).contains(ReportingDeadline.JULY_5);
    assertThat(answer.daysLeft()).contains(0);
    assertThat(answer.passed()).isEmpty();
    assertThat(answer.explain(Language.CHINESE)).contains("下一次报送：7月5日前（即2024年7月5日当日及以前；今天是最后一天）");
    assertThat(answer.explain(Language.ENGLISH)).contains("today is the last day");
  }

  @Test
  @Checks({"3.4.2"})
  @DisplayName("3.4.2 前 read as on or before: the day after, the deadline has passed")
  void theDayAfter() {
    ReportingAnswer answer = on(2024, 7, 6);

    assertThat(answer.nextDeadline()).contains(ReportingDeadline.JULY_20);
    assertThat(answer.daysLeft()).contains(14);
    assertThat(answer.passed()).containsExactly(ReportingDeadline.JULY_5);
    assertThat(answer.explain(Language.CHINESE)).contains("已过的报送时间：7月5日前（未报送的即为逾期）");
    assertThat(answer.explain(Language.ENGLISH)).contains("Deadlines passed: by 5 July 2024 (missed unless reported)");
  }

  @ParameterizedTest
  @EnumSource(ReportingDeadline.class)
  @Checks({"3.4.2"})
  @DisplayName("3.4.2: on each deadline day it is next; on the day after it has passed")
  void everyDeadlineAtItsEdge(ReportingDeadline deadline) {
    ReportingAnswer onTheDay = CALENDAR.on(deadline.date());
    ReportingAnswer dayBefore = CALENDAR.on(deadline.date().minusDays(1));
    ReportingAnswer dayAfter = CALENDAR.on(deadline.date().plusDays(1));
    int earlier = CALENDAR.deadlines().indexOf(deadline);

    assertThat(onTheDay.nextDeadline()).contains(deadline);
    assertThat(onTheDay.passed()).doesNotContain(deadline).hasSize(earlier);
    assertThat(dayBefore.nextDeadline()).contains(deadline);
    assertThat(dayBefore.daysLeft()).contains(1);
    assertThat(dayAfter.passed()).endsWith(deadline).hasSize(earlier + 1);
    assertThat(dayAfter.nextDeadline()).isNotEqualTo(onTheDay.nextDeadline());
    assertThat(deadline.lastDay()).isEqualTo(deadline.date());
    assertThat(deadline.hasPassedOn(deadline.date())).isFalse();
    assertThat(deadline.hasPassedOn(deadline.date().plusDays(1))).isTrue();
  }

  @Test
  @Checks({"3.4.2", "date"})
  @DisplayName("3.4.2 (date): before the notice's date of issue it was not yet in force")
  void beforeTheNotice() {
    ReportingAnswer answer = on(2024, 6, 24);

    assertThat(answer.isInForce()).isFalse();
    assertThat(answer.nextDeadline()).isEmpty();
    assertThat(answer.daysLeft()).isEmpty();
    assertThat(answer.passed()).isEmpty();
    assertThat(answer.explain(Language.CHINESE)).contains("本通知尚未生效");
    assertThat(answer.explain(Language.ENGLISH)).contains("not yet in force");
    assertThat(answer.cites(Clause.DATE)).isTrue();
    // Even long before, nothing has passed.
    assertThat(on(2023, 12, 31).passed()).isEmpty();
    assertThat(on(2023, 12, 31).nextDeadline()).isEmpty();
  }

  @Test
  @Checks({"3.4.2", "date"})
  @DisplayName("3.4.2 (date): on the date of issue the first deadline is next")
  void onTheDateOfIssue() {
    ReportingAnswer answer = CALENDAR.on(Notice.instance().dateOfIssue());

    assertThat(answer.isInForce()).isTrue();
    assertThat(answer.nextDeadline()).contains(ReportingDeadline.JULY_5);
    assertThat(answer.daysLeft()).contains(10);
  }

  @Test
  @Checks({"3.4.2"})
  @DisplayName("3.4.2: after the last deadline all four have passed and none is next")
  void afterTheLastDeadline() {
    for (ReportingAnswer answer : List.of(on(2024, 8, 21), on(2024, 12, 31), on(2025, 7, 5))) {
      assertThat(answer.nextDeadline()).as("%s", answer.date()).isEmpty();
      assertThat(answer.passed()).containsExactly(ReportingDeadline.values());
      assertThat(answer.explain(Language.CHINESE)).contains("下一次报送：无——四个报送时间均已过去，通知未规定其后的报送");
      assertThat(answer.explain(Language.ENGLISH)).contains("Next deadline: none");
    }
  }

  @Test
  @Checks({"3.4.2"})
  @DisplayName("3.4.2: missed are the passed deadlines not reported")
  void missed() {
    ReportingAnswer answer = on(2024, 8, 6);

    assertThat(answer.passed())
        .containsExactly(ReportingDeadline.JULY_5, ReportingDeadline.JULY_20, ReportingDeadline.AUGUST_5);
    assertThat(answer.missed(List.of(ReportingDeadline.JULY_5, ReportingDeadline.JULY_20)))
        .containsExactly(ReportingDeadline.AUGUST_5);
    assertThat(answer.missed(List.of())).isEqualTo(answer.passed());
    // Reporting ahead of a deadline that has not passed does not make it missed or passed.
    assertThat(answer.missed(List.of(ReportingDeadline.AUGUST_20))).isEqualTo(answer.passed());
  }

  @Test
  @Checks({"3.4.2"})
  @DisplayName("3.4.2: every answer states the reading of 前 and that content and format come separately")
  void theReadingAndTheSeparateNotice() {
    for (ReportingAnswer answer : List.of(on(2024, 6, 1), on(2024, 7, 5), on(2024, 9, 1))) {
      String chinese = answer.explain(Language.CHINESE);
      String english = answer.explain(Language.ENGLISH);
      assertThat(chinese)
          .contains("〔3.4.2〕“前”的读法：" + CALENDAR.readingOfBefore(Language.CHINESE))
          .contains("当日及以前")
          .contains("报送内容和格式要求另行通知")
          .contains("3.4.2 原文：" + Clause.C3_4_2.original())
          .contains("date 原文：2024年6月25日");
      assertThat(english)
          .contains("[3.4.2] Reading of 前: " + CALENDAR.readingOfBefore(Language.ENGLISH))
          .contains("on or before")
          .contains("notified separately (另行通知)")
          .contains("3.4.2 reads: " + Clause.C3_4_2.gloss())
          .contains("3.4.2 original: " + Clause.C3_4_2.original());
      assertThat(answer.clauses()).containsExactly(Clause.C3_4_2, Clause.DATE);
    }
  }

  @Test
  @Checks({"3.4.2"})
  @DisplayName("3.4.2: the obligations' entry point answers the same as the calendar")
  void viaObligations() {
    LocalDate date = LocalDate.of(2024, 7, 21);
    assertThat(Obligations.ofNotice().on(date).reporting()).isEqualTo(CALENDAR.on(date));
  }
}
