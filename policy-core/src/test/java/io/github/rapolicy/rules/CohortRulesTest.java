package io.github.rapolicy.rules;

import static io.github.rapolicy.rules.Fixtures.notice;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.rapolicy.notice.Clause;
import io.github.rapolicy.position.GraduationCohort;
import io.github.rapolicy.testing.Checks;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Decision 3: is a graduate of the class the notice concerns (0.0.4)? */
class CohortRulesTest {

  @Test
  @Checks({"0.0.4"})
  @DisplayName("0.0.4: a graduate of the class of 2024 (2024届) is in the notice's cohort")
  void classOf2024() {
    Answer answer = notice().isInCohort(GraduationCohort.parse("2024届"));

    assertThat(answer.verdict()).isEqualTo(Verdict.ALLOWED);
    assertThat(answer.question()).isEqualTo(QuestionKind.GRADUATE_IN_COHORT);
    assertThat(answer.clauses()).containsExactly(Clause.C0_0_4);
    assertThat(answer.decidingFindings()).extracting(Finding::reason).containsExactly(Reason.COHORT_2024);
    assertThat(answer.remedies()).isEmpty();
  }

  @ParameterizedTest(name = "{0}届")
  @ValueSource(ints = {2020, 2023, 2025, 2026})
  @Checks({"0.0.4"})
  @DisplayName("0.0.4: a graduate of any other cohort is not in the notice's cohort")
  void otherCohorts(int year) {
    Answer answer = notice().isInCohort(GraduationCohort.of(year));

    assertThat(answer.verdict()).isEqualTo(Verdict.NOT_ALLOWED);
    assertThat(answer.clauses()).containsExactly(Clause.C0_0_4);
    assertThat(answer.decidingFindings()).extracting(Finding::reason).containsExactly(Reason.COHORT_OTHER);
  }

  @Test
  @Checks({"0.0.4"})
  @DisplayName("0.0.4: the cohort question is answered the same for 2024 and 2024届 labels")
  void labelsAgree() {
    assertThat(notice().isInCohort(GraduationCohort.parse("2024")))
        .isEqualTo(notice().isInCohort(GraduationCohort.NOTICE_COHORT));
  }
}
