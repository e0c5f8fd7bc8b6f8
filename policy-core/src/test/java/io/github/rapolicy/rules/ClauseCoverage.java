package io.github.rapolicy.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.rapolicy.notice.Clause;
import io.github.rapolicy.notice.ClauseKind;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The clause-coverage gate, as a pure function of the catalogue, what cites it, what tests it and
 * the reviewed exceptions: it lists every problem, and the build fails when the list is not empty.
 *
 * <ul>
 *   <li>A sentence of a decidable kind (definition, scope, rule, obligation, schedule) is cited by
 *       nothing in the library, and no reviewed exception says why; or it is checked by no test.
 *   <li>A narrative sentence (叙述: no decidable content) is cited.
 *   <li>Something that can fail a charge or a unit (a refusal, an obligation) rests on no sentence
 *       with decidable content: only on encouragements (advice, never a failure), lists or
 *       narrative.
 *   <li>An exception is stale: its sentence is not of a decidable kind, or is cited after all.
 * </ul>
 */
final class ClauseCoverage {

  /** The kinds whose sentences must be implemented and tested. */
  static final ImmutableSet<ClauseKind> DECIDABLE =
      ImmutableSet.of(
          ClauseKind.DEFINITION,
          ClauseKind.SCOPE,
          ClauseKind.RULE,
          ClauseKind.OBLIGATION,
          ClauseKind.SCHEDULE);

  private ClauseCoverage() {}

  /** Returns whether {@code clause} has a kind whose content must be implemented and tested. */
  static boolean isDecidable(Clause clause) {
    return clause.kinds().stream().anyMatch(DECIDABLE::contains);
  }

  /** Returns whether {@code clause}'s kinds say it has no decidable content: narrative only. */
  static boolean isNarrative(Clause clause) {
    return clause.kinds().equals(ImmutableSet.of(ClauseKind.NARRATIVE));
  }

  /** Returns the problems, one sentence each; empty when the gate passes. */
  static ImmutableList<String> problems(
      Collection<Clause> catalogue,
      List<Citing> citings,
      Map<Clause, ? extends Collection<String>> tests,
      Map<Clause, String> exceptions) {
    ImmutableList.Builder<String> problems = ImmutableList.builder();
    for (Clause clause : catalogue) {
      List<String> citedBy = citedBy(clause, citings);
      if (isDecidable(clause)) {
        if (citedBy.isEmpty() && !exceptions.containsKey(clause)) {
          problems.add(
              clause.id()
                  + " ("
                  + kinds(clause)
                  + ") is cited by no rule; implement it, or say why not in "
                  + NoticeAndRules.EXCEPTIONS);
        }
        @Nullable Collection<String> checkedBy = tests.get(clause);
        if (checkedBy == null || checkedBy.isEmpty()) {
          problems.add(
              clause.id() + " (" + kinds(clause) + ") is checked by no test; add @Checks(\""
                  + clause.id() + "\") to the tests that check it");
        }
      }
      if (isNarrative(clause) && !citedBy.isEmpty()) {
        problems.add(
            clause.id() + " is narrative (no decidable content) but is cited by " + citedBy);
      }
      if (exceptions.containsKey(clause) && (!isDecidable(clause) || !citedBy.isEmpty())) {
        problems.add(
            clause.id()
                + " has a stale exception in "
                + NoticeAndRules.EXCEPTIONS
                + ": it is "
                + (isDecidable(clause) ? "cited by " + citedBy : "not of a decidable kind"));
      }
    }
    for (Citing citing : citings) {
      if (citing.canFail()
          && !citing.clauses().isEmpty()
          && citing.clauses().stream().noneMatch(ClauseCoverage::isDecidable)) {
        problems.add(
            citing.name()
                + " can fail a charge or a unit but rests on no decidable sentence: "
                + citing.clauses().stream().map(Clause::id).collect(Collectors.toList()));
      }
    }
    Set<Clause> known = Set.copyOf(catalogue);
    for (Clause clause : exceptions.keySet()) {
      if (!known.contains(clause)) {
        problems.add(clause.id() + " has an exception but is not in the catalogue checked");
      }
    }
    return problems.build();
  }

  private static List<String> citedBy(Clause clause, List<Citing> citings) {
    return citings.stream()
        .filter(c -> c.clauses().contains(clause))
        .map(Citing::name)
        .collect(Collectors.toList());
  }

  private static String kinds(Clause clause) {
    return clause.kinds().stream().map(ClauseKind::englishName).collect(Collectors.joining(", "));
  }
}
