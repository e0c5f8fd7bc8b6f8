package io.github.rapolicy.assertions;

import io.github.rapolicy.notice.Clause;
import io.github.rapolicy.notice.UnknownClauseException;
import io.github.rapolicy.rules.Answer;
import io.github.rapolicy.rules.Finding;
import io.github.rapolicy.rules.Language;
import io.github.rapolicy.rules.Reason;
import io.github.rapolicy.rules.Remedy;
import io.github.rapolicy.rules.Verdict;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The checks {@link AnswerAssert} and {@link ScopeAnswerAssert} share; each returns a failure. */
final class AnswerChecks {

  private AnswerChecks() {}

  /** The answer as a failure message shows it: its verdict, clauses and English explanation. */
  static String show(Answer answer) {
    return "\nThe answer was " + answer + ":\n" + indent(answer.explain(Language.ENGLISH));
  }

  private static String indent(String text) {
    return text.lines().map(line -> "  " + line).collect(Collectors.joining("\n"));
  }

  static String verdictFailure(Answer answer, Verdict expected) {
    return "Expected the answer to be "
        + expected
        + " ("
        + expected.displayName(Language.ENGLISH)
        + ") but it was "
        + answer.verdict()
        + " ("
        + answer.verdict().displayName(Language.ENGLISH)
        + ")."
        + show(answer);
  }

  /** Parses clause IDs, failing the assertion (not the test's set-up) on an unknown one. */
  static List<Clause> clauses(String... ids) {
    List<Clause> clauses = new ArrayList<>();
    for (String id : ids) {
      try {
        clauses.add(Clause.parse(id));
      } catch (UnknownClauseException e) {
        throw new AssertionError(
            "The notice has no clause \""
                + id
                + "\"; clause IDs look like 3.3.3 (section.item.sentence) or title, number,"
                + " addressees, issuers, date.",
            e);
      }
    }
    return clauses;
  }

  /** Returns the failure message if {@code answer} does not cite every one of {@code expected}. */
  static String citesFailure(Answer answer, List<Clause> expected) {
    Set<Clause> missing = new LinkedHashSet<>(expected);
    missing.removeAll(answer.clauses());
    if (missing.isEmpty()) {
      return "";
    }
    return "Expected the answer to cite "
        + expected
        + " but it does not cite "
        + missing
        + "; it cites "
        + answer.clauses()
        + "."
        + show(answer);
  }

  static String citesExactlyFailure(Answer answer, List<Clause> expected) {
    Set<Clause> expectedSet = new LinkedHashSet<>(expected);
    if (answer.clauses().equals(expectedSet)) {
      return "";
    }
    Set<Clause> missing = new LinkedHashSet<>(expectedSet);
    missing.removeAll(answer.clauses());
    Set<Clause> unexpected = new LinkedHashSet<>(answer.clauses());
    unexpected.removeAll(expectedSet);
    return "Expected the answer to cite exactly "
        + expected
        + " but it cites "
        + answer.clauses()
        + (missing.isEmpty() ? "" : "; missing " + missing)
        + (unexpected.isEmpty() ? "" : "; not expected " + unexpected)
        + "."
        + show(answer);
  }

  static String doesNotCiteFailure(Answer answer, List<Clause> unwanted) {
    Set<Clause> cited = new LinkedHashSet<>(unwanted);
    cited.retainAll(answer.clauses());
    if (cited.isEmpty()) {
      return "";
    }
    return "Expected the answer not to cite " + cited + " but it does." + show(answer);
  }

  static String remedyFailure(Answer answer, Remedy... expected) {
    Set<Remedy> missing = new LinkedHashSet<>(Arrays.asList(expected));
    missing.removeAll(answer.remedies());
    if (missing.isEmpty()) {
      return "";
    }
    return "Expected the answer to offer the remedies "
        + Arrays.toString(expected)
        + " but it does not offer "
        + missing
        + "; it offers "
        + answer.remedies()
        + "."
        + show(answer);
  }

  static String noRemediesFailure(Answer answer) {
    if (answer.remedies().isEmpty()) {
      return "";
    }
    return "Expected the answer to offer no remedies but it offers "
        + answer.remedies()
        + "."
        + show(answer);
  }

  static String reasonFailure(Answer answer, Reason expected) {
    for (Finding finding : answer.decidingFindings()) {
      if (finding.reason() == expected || finding.settledReason().equals(Optional.of(expected))) {
        return "";
      }
    }
    return "Expected the answer to be decided by "
        + expected
        + " but it is decided by "
        + answer.decidingFindings().stream().map(f -> f.reason().name()).collect(Collectors.toList())
        + "."
        + show(answer);
  }
}
