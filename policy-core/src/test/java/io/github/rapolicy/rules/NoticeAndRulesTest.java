package io.github.rapolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.io.Resources;
import io.github.rapolicy.notice.Clause;
import io.github.rapolicy.notice.UnknownClauseException;
import io.github.rapolicy.testing.ClauseChecks;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The notice beside its rules ({@code notice-and-rules.md}) against the code, and the
 * clause-coverage gate: on the library as it stands, and on synthetic inputs that show it failing.
 */
class NoticeAndRulesTest {

  private static final String REGENERATE =
      "regenerate it with ./mvnw -B -q -pl policy-core -DskipPitest -Dtest=NoticeAndRulesTest"
          + " -Dsurefire.failIfNoSpecifiedTests=false test, review policy-core/target/"
          + NoticeAndRules.DOCUMENT
          + " and copy it over policy-core/src/test/resources/io/github/rapolicy/rules/"
          + NoticeAndRules.DOCUMENT;

  @Test
  @DisplayName("the generated notice-and-rules.md matches the reviewed one")
  void documentMatchesReviewedOne() throws IOException {
    String reviewed =
        Resources.toString(
            Resources.getResource(getClass(), NoticeAndRules.DOCUMENT), StandardCharsets.UTF_8);
    String generated = NoticeAndRules.generated();
    if (!generated.equals(reviewed)) {
      Files.writeString(Path.of("target", NoticeAndRules.DOCUMENT), generated, StandardCharsets.UTF_8);
    }
    assertThat(generated)
        .withFailMessage(
            "the code no longer matches the reviewed %s (a rule, citation, table row or @Checks"
                + " test changed); if the change is intended, %s",
            NoticeAndRules.DOCUMENT,
            REGENERATE)
        .isEqualTo(reviewed);
  }

  @Test
  @DisplayName("the coverage gate passes on the library as it stands")
  void gatePasses() {
    assertThat(NoticeAndRules.problems()).as("clause-coverage problems").isEmpty();
  }

  @Test
  @DisplayName("the document has every sentence of the notice, in order, with its original text")
  void documentWalksEverySentence() {
    String doc = NoticeAndRules.generated();
    int from = 0;
    for (Clause clause : Clause.values()) {
      int at = doc.indexOf("\n### " + clause.id() + " · ", from);
      assertThat(at).as("section of %s after %s", clause.id(), from).isGreaterThan(from);
      assertThat(doc.indexOf("> " + clause.original(), at)).isGreaterThan(at);
      from = at;
    }
    assertThat(doc)
        .contains("| `Reason.LABOUR_FEE_OWN_PROJECT` | allowed | 岗位依托所列支的科技计划项目设立 |")
        .contains("| obligation | `Provision.SERVICE_AGREEMENT` | obligation |")
        .contains("| reporting deadline | `ReportingDeadline.JULY_5` | last day 2024-07-05 | 7月5日前 |")
        .contains("- `rules.InForceTest#dayOfIssue`")
        .doesNotContain("NoticeAndRulesTest#");
  }

  @Test
  @DisplayName("the gate fails on a decidable clause cited by no rule, and names it")
  void gateFailsOnAnUncitedDecidableClause() {
    List<Citing> withoutActualCost =
        NoticeAndRules.citings().stream()
            .filter(c -> !c.clauses().contains(Clause.C3_3_5))
            .collect(Collectors.toList());
    ImmutableList<String> problems =
        ClauseCoverage.problems(
            List.of(Clause.values()), withoutActualCost, ClauseChecks.byClause(), Map.of());

    assertThat(problems)
        .containsExactly(
            "3.3.5 (obligation) is cited by no rule; implement it, or say why not in "
                + NoticeAndRules.EXCEPTIONS);
    assertThat(
            ClauseCoverage.problems(
                List.of(Clause.values()),
                withoutActualCost,
                ClauseChecks.byClause(),
                Map.of(Clause.C3_3_5, "left to the unit's own bookkeeping")))
        .as("a reviewed exception says why")
        .isEmpty();
  }

  @Test
  @DisplayName("the gate fails on a decidable clause checked by no test")
  void gateFailsOnAnUntestedClause() {
    Map<Clause, Set<String>> tests =
        ClauseChecks.byClause().entrySet().stream()
            .filter(e -> e.getKey() != Clause.C2_2_3)
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    assertThat(ClauseCoverage.problems(List.of(Clause.values()), NoticeAndRules.citings(), tests, Map.of()))
        .containsExactly(
            "2.2.3 (rule) is checked by no test; add @Checks(\"2.2.3\") to the tests that check it");
    assertThat(
            ClauseCoverage.problems(
                List.of(Clause.values()),
                NoticeAndRules.citings(),
                ImmutableMap.of(Clause.C2_2_3, Set.of()),
                Map.of()))
        .contains(
            "2.2.3 (rule) is checked by no test; add @Checks(\"2.2.3\") to the tests that check it",
            "date (schedule) is checked by no test; add @Checks(\"date\") to the tests that check it")
        .noneMatch(p -> p.startsWith("3.3.6 "))
        .noneMatch(p -> p.startsWith("2.1.1 "));
  }

  @Test
  @DisplayName("the gate fails on a narrative sentence cited, and on a refusal resting on advice alone")
  void gateFailsOnCitedNarrative() {
    Citing narrative =
        new Citing("rule", "Reason.SYNTHETIC", "allowed", "甲", "a", ImmutableList.of(Clause.C2_1_1), false);
    Citing advice =
        new Citing(
            "rule", "Reason.ADVICE", "not allowed", "乙", "b",
            ImmutableList.of(Clause.C3_3_6, Clause.C3_2_2), true);
    Citing allowedOnAdvice =
        new Citing("rule", "Reason.FINE", "allowed", "丙", "c", ImmutableList.of(Clause.C3_3_6), false);
    Citing refusalOnRule =
        new Citing(
            "rule", "Reason.ALSO_FINE", "not allowed", "丁", "d",
            ImmutableList.of(Clause.C3_3_6, Clause.C3_3_3), true);
    Citing refusalCitingNothing =
        new Citing("refusal ground", "RefusalGround.BOOKKEEPING", "refused", "戊", "e", ImmutableList.of(), true);
    List<Citing> citings =
        ImmutableList.<Citing>builder()
            .addAll(NoticeAndRules.citings())
            .add(narrative, advice, allowedOnAdvice, refusalOnRule, refusalCitingNothing)
            .build();
    assertThat(ClauseCoverage.problems(List.of(Clause.values()), citings, ClauseChecks.byClause(), Map.of()))
        .containsExactly(
            "2.1.1 is narrative (no decidable content) but is cited by [Reason.SYNTHETIC]",
            "Reason.ADVICE can fail a charge or a unit but rests on no decidable sentence: [3.3.6, 3.2.2]");
  }

  @Test
  @DisplayName("the gate fails on a stale exception: a sentence cited after all, or not decidable")
  void gateFailsOnStaleExceptions() {
    assertThat(
            ClauseCoverage.problems(
                List.of(Clause.values()),
                NoticeAndRules.citings(),
                ClauseChecks.byClause(),
                Map.of(Clause.C3_3_3, "r", Clause.C2_1_1, "r")))
        .containsExactlyInAnyOrder(
            "3.3.3 has a stale exception in " + NoticeAndRules.EXCEPTIONS + ": it is cited by "
                + NoticeAndRules.citings().stream()
                    .filter(c -> c.clauses().contains(Clause.C3_3_3))
                    .map(Citing::name)
                    .collect(Collectors.toList()),
            "2.1.1 has a stale exception in " + NoticeAndRules.EXCEPTIONS
                + ": it is not of a decidable kind");
    assertThat(
            ClauseCoverage.problems(
                List.of(Clause.C3_3_3), NoticeAndRules.citings(), ClauseChecks.byClause(),
                Map.of(Clause.C3_3_5, "r")))
        .containsExactly("3.3.5 has an exception but is not in the catalogue checked");
  }

  @Test
  @DisplayName("decidable kinds: definition, scope, rule, obligation, schedule; narrative has no content")
  void decidableKinds() {
    assertThat(List.of(Clause.values()).stream().filter(ClauseCoverage::isDecidable).map(Clause::id))
        .containsExactly(
            "0.0.1", "0.0.4", "2.1.2", "2.1.3", "2.2.2", "2.2.3", "2.3.2", "3.1.3", "3.2.3", "3.3.2",
            "3.3.3", "3.3.4", "3.3.5", "3.4.2", "date");
    assertThat(ClauseCoverage.isNarrative(Clause.C2_1_1)).isTrue();
    assertThat(ClauseCoverage.isNarrative(Clause.C3_3_6)).isFalse();
    assertThat(ClauseCoverage.isNarrative(Clause.NUMBER)).isFalse();
  }

  @Test
  @DisplayName("the exception list: one \"ID: reason\" a line, comments and blank lines skipped")
  void exceptionList() {
    assertThat(NoticeAndRules.parseExceptions("# reviewed\n\n3.3.5: kept by the unit\n date : 因为 \n"))
        .containsExactly(Map.entry(Clause.C3_3_5, "kept by the unit"), Map.entry(Clause.DATE, "因为"));
    assertThatThrownBy(() -> NoticeAndRules.parseExceptions("3.3.5 kept by the unit"))
        .hasMessageContaining("each line is \"ID: the reason\"");
    assertThatThrownBy(() -> NoticeAndRules.parseExceptions("3.3.5:  "))
        .hasMessageContaining("each line is \"ID: the reason\"");
    assertThatThrownBy(() -> NoticeAndRules.parseExceptions("3.3.5: a\n3.3.5: b"))
        .hasMessageContaining("3.3.5 appears twice");
    assertThatThrownBy(() -> NoticeAndRules.parseExceptions("9.9.9: a"))
        .isInstanceOf(UnknownClauseException.class);
  }
}
