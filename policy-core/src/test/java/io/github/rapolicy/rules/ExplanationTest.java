package io.github.rapolicy.rules;

import static io.github.rapolicy.rules.Fixtures.ON_Q;
import static io.github.rapolicy.rules.Fixtures.P_ID;
import static io.github.rapolicy.rules.Fixtures.expense;
import static io.github.rapolicy.rules.Fixtures.notice;
import static io.github.rapolicy.rules.Fixtures.onP;
import static io.github.rapolicy.rules.Fixtures.position;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableSet;
import io.github.rapolicy.funding.CostKind;
import io.github.rapolicy.funding.FundingSource;
import io.github.rapolicy.notice.Clause;
import io.github.rapolicy.position.GraduationCohort;
import io.github.rapolicy.position.PositionCategory;
import io.github.rapolicy.position.PositionOrigin;
import io.github.rapolicy.testing.Checks;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Explanations in Chinese and English, from one rule base, quoting the clauses. */
class ExplanationTest {

  private static final Pattern CHINESE_CITATION = Pattern.compile("〔([^〕]*)〕");
  private static final Pattern ENGLISH_CITATION = Pattern.compile("\\[([^\\]]*)\\]");
  private static final Pattern CHINESE_QUOTE =
      Pattern.compile("^\\s+(\\S+) 原文：", Pattern.MULTILINE);
  private static final Pattern ENGLISH_QUOTE =
      Pattern.compile("^\\s+(\\S+) reads: ", Pattern.MULTILINE);

  /** The clause IDs cited in brackets in {@code text}, such as {@code 〔0.0.1, 3.3.3〕}. */
  static ImmutableSet<String> citedIds(String text, Language language) {
    Matcher matcher =
        (language == Language.CHINESE ? CHINESE_CITATION : ENGLISH_CITATION).matcher(text);
    ImmutableSet.Builder<String> ids = ImmutableSet.builder();
    while (matcher.find()) {
      ids.addAll(Splitter.on(',').trimResults().split(matcher.group(1)));
    }
    return ids.build();
  }

  /** The clause IDs quoted in {@code text}, one quotation per clause. */
  static ImmutableSet<String> quotedIds(String text, Language language) {
    Matcher matcher = (language == Language.CHINESE ? CHINESE_QUOTE : ENGLISH_QUOTE).matcher(text);
    ImmutableSet.Builder<String> ids = ImmutableSet.builder();
    while (matcher.find()) {
      ids.add(matcher.group(1));
    }
    return ids.build();
  }

  private static Answer labourFeeForPositionOnP(CostKind cost) {
    return notice().mayCharge(expense(onP(), cost)).to(FundingSource.labourFee(P_ID));
  }

  @Test
  @Checks({"3.3.3"})
  @DisplayName("3.3.3: the Chinese explanation gives the verdict and quotes each clause's original")
  void chinese() {
    Answer answer = labourFeeForPositionOnP(CostKind.LABOUR_REMUNERATION);

    String text = answer.explain(Language.CHINESE);

    assertThat(text).contains("结论：允许");
    for (Clause clause : answer.clauses()) {
      assertThat(text).contains(clause.original());
    }
    assertThat(text).doesNotContain(Clause.C3_3_3.gloss());
  }

  @Test
  @Checks({"3.3.3"})
  @DisplayName("3.3.3: the English explanation quotes each clause's gloss and its original")
  void english() {
    Answer answer = labourFeeForPositionOnP(CostKind.LABOUR_REMUNERATION);

    String text = answer.explain(Language.ENGLISH);

    assertThat(text).contains("Verdict: allowed");
    for (Clause clause : answer.clauses()) {
      assertThat(text).contains(clause.gloss(), clause.original());
    }
  }

  @Test
  @Checks({"3.3.3"})
  @DisplayName("3.3.3: both renderings cite and quote exactly the answer's clauses")
  void sameClausesInBothLanguages() {
    Answer answer = labourFeeForPositionOnP(CostKind.HOUSING_FUND);
    ImmutableSet<String> ids = Fixtures.ids(answer.clauses());

    for (Language language : Language.values()) {
      String text = answer.explain(language);
      assertThat(citedIds(text, language)).as("%s citations", language).isEqualTo(ids);
      assertThat(quotedIds(text, language)).as("%s quotations", language).isEqualTo(ids);
    }
  }

  @Test
  @Checks({"3.3.3"})
  @DisplayName("3.3.3: each clause is quoted once, however many findings cite it")
  void quotedOnce() {
    Answer answer = labourFeeForPositionOnP(CostKind.LABOUR_REMUNERATION);
    String text = answer.explain(Language.CHINESE);

    int first = text.indexOf(Clause.C3_3_3.original());
    assertThat(first).isNotNegative();
    assertThat(text.indexOf(Clause.C3_3_3.original(), first + 1)).isNegative();
  }

  @Test
  @Checks({"3.3.2", "3.3.3"})
  @DisplayName("3.3.2 + 3.3.3: the remedies appear in both languages")
  void remedies() {
    Answer answer =
        notice()
            .mayCharge(
                expense(
                    position(PositionCategory.AUXILIARY_RESEARCH, ON_Q, PositionOrigin.NEW, false),
                    CostKind.LABOUR_REMUNERATION))
            .to(FundingSource.labourFee(P_ID));

    assertThat(answer.explain(Language.CHINESE))
        .contains("结论：不允许", "如何改变结论：")
        .contains(Remedy.SIGN_SERVICE_AGREEMENT.describe(Language.CHINESE))
        .contains(Remedy.CHARGE_POSITION_PROJECT.describe(Language.CHINESE));
    assertThat(answer.explain(Language.ENGLISH))
        .contains("Verdict: not allowed", "What would change it:")
        .contains(Remedy.SIGN_SERVICE_AGREEMENT.describe(Language.ENGLISH))
        .contains(Remedy.CHARGE_POSITION_PROJECT.describe(Language.ENGLISH));
  }

  @Test
  @Checks({"3.3.3"})
  @DisplayName("3.3.3: an undecided answer says the notice does not decide it")
  void undecided() {
    Answer answer = labourFeeForPositionOnP(CostKind.HOUSING_FUND);

    assertThat(answer.explain(Language.CHINESE)).contains("本通知未作决定");
    assertThat(answer.explain(Language.ENGLISH)).contains("not decided by this notice");
  }

  @Test
  @Checks({"date"})
  @DisplayName("date: an answer before the notice was in force cites and quotes the date only")
  void notInForce() {
    Answer answer =
        Policy.ofNotice().on(Fixtures.ISSUED.minusDays(1)).isInCohort(GraduationCohort.NOTICE_COHORT);

    for (Language language : Language.values()) {
      String text = answer.explain(language);
      assertThat(citedIds(text, language)).containsExactly("date");
      assertThat(quotedIds(text, language)).containsExactly("date");
    }
    assertThat(answer.explain(Language.CHINESE)).contains(Clause.DATE.original());
  }

  @Test
  @Checks({"0.0.4"})
  @DisplayName("0.0.4: a graduate of another cohort is not covered, which forbids nothing")
  void scopeVerdictsReadAsCoverage() {
    Answer other = notice().isInCohort(GraduationCohort.of(2023));

    assertThat(other.verdict()).isEqualTo(Verdict.NOT_ALLOWED);
    assertThat(other.explain(Language.ENGLISH)).contains("Verdict: not covered by the notice");
    assertThat(other.explain(Language.CHINESE)).contains("结论：不在本通知范围内");
    assertThat(QuestionKind.CHARGE.answer(Verdict.NOT_ALLOWED, Language.ENGLISH))
        .isEqualTo("not allowed");
    assertThat(QuestionKind.UNIT_IN_SCOPE.answer(Verdict.UNDECIDED, Language.CHINESE))
        .isEqualTo("本通知未作决定");
  }

  @Test
  @DisplayName("a finding described with its citation: the sentence, a space, its clauses; alone where it cites none")
  void describeCitingEndsWithTheClausesItCites() {
    Finding two = Finding.citing(Reason.CATEGORY_NAMED, java.util.List.of(Clause.C3_3_3, Clause.C3_3_5));
    Finding none = Finding.citing(Reason.CATEGORY_NAMED, java.util.List.of());

    assertThat(two.describeCiting(Language.CHINESE))
        .isEqualTo(two.describe(Language.CHINESE) + " 〔3.3.3, 3.3.5〕");
    assertThat(two.describeCiting(Language.ENGLISH))
        .isEqualTo(two.describe(Language.ENGLISH) + " [3.3.3, 3.3.5]");
    assertThat(none.describeCiting(Language.CHINESE)).isEqualTo(none.describe(Language.CHINESE));
    assertThat(none.describeCiting(Language.ENGLISH)).isEqualTo(none.describe(Language.ENGLISH));
    for (Finding finding :
        labourFeeForPositionOnP(CostKind.LABOUR_REMUNERATION).findings()) {
      assertThat(finding.describeCiting(Language.ENGLISH))
          .startsWith(finding.describe(Language.ENGLISH))
          .endsWith(Language.ENGLISH.cite(finding.clauses()).strip());
    }
  }
}
