package io.github.rapolicy.assertions;

import io.github.rapolicy.notice.Clause;
import io.github.rapolicy.rules.Answer;
import io.github.rapolicy.rules.Reason;
import io.github.rapolicy.rules.Remedy;
import io.github.rapolicy.rules.Verdict;
import java.util.Arrays;
import org.assertj.core.api.AbstractAssert;
import org.jspecify.annotations.Nullable;

/**
 * AssertJ assertions about an {@link Answer}. Every failure message shows the answer: its verdict,
 * the clauses it cites and its full English explanation, each finding with its clause quoted.
 *
 * <pre>{@code
 * assertThat(answer).isAllowed().cites("3.3.3");
 * assertThat(answer).isNotAllowed().hasRemedy(Remedy.SIGN_SERVICE_AGREEMENT);
 * assertThat(answer).isUndecided().isDecidedBy(Reason.LABOUR_FEE_COST_NOT_NAMED);
 * }</pre>
 *
 * <p>Obtain one from {@link PolicyAssertions#assertThat(Answer)}.
 *
 * @since 0.1.0
 */
public final class AnswerAssert extends AbstractAssert<AnswerAssert, Answer> {

  AnswerAssert(@Nullable Answer actual) {
    super(actual, AnswerAssert.class);
  }

  /** Verifies that the verdict is {@link Verdict#ALLOWED}. */
  public AnswerAssert isAllowed() {
    return hasVerdict(Verdict.ALLOWED);
  }

  /** Verifies that the verdict is {@link Verdict#NOT_ALLOWED}. */
  public AnswerAssert isNotAllowed() {
    return hasVerdict(Verdict.NOT_ALLOWED);
  }

  /** Verifies that the verdict is {@link Verdict#UNDECIDED}: not decided by this notice. */
  public AnswerAssert isUndecided() {
    return hasVerdict(Verdict.UNDECIDED);
  }

  /** Verifies that the verdict is {@code expected}. */
  public AnswerAssert hasVerdict(Verdict expected) {
    isNotNull();
    if (actual.verdict() != expected) {
      failWithActualExpectedAndMessage(
          actual.verdict(), expected, "%s", AnswerChecks.verdictFailure(actual, expected));
    }
    return this;
  }

  /** Verifies that the answer cites each clause {@code ids}, such as {@code "3.3.3"}, and maybe more. */
  public AnswerAssert cites(String... ids) {
    return cites(AnswerChecks.clauses(ids).toArray(Clause[]::new));
  }

  /** Verifies that the answer cites each of {@code clauses}, and maybe more. */
  public AnswerAssert cites(Clause... clauses) {
    isNotNull();
    fail(AnswerChecks.citesFailure(actual, Arrays.asList(clauses)));
    return this;
  }

  /** Verifies that the answer cites exactly the clauses {@code ids}, in any order. */
  public AnswerAssert citesExactly(String... ids) {
    isNotNull();
    fail(AnswerChecks.citesExactlyFailure(actual, AnswerChecks.clauses(ids)));
    return this;
  }

  /** Verifies that the answer cites none of the clauses {@code ids}. */
  public AnswerAssert doesNotCite(String... ids) {
    isNotNull();
    fail(AnswerChecks.doesNotCiteFailure(actual, AnswerChecks.clauses(ids)));
    return this;
  }

  /** Verifies that {@code remedy} is among what would change the answer. */
  public AnswerAssert hasRemedy(Remedy remedy) {
    return hasRemedies(remedy);
  }

  /** Verifies that each of {@code remedies} is among what would change the answer. */
  public AnswerAssert hasRemedies(Remedy... remedies) {
    isNotNull();
    fail(AnswerChecks.remedyFailure(actual, remedies));
    return this;
  }

  /** Verifies that nothing is offered to change the answer, as for every allowed answer. */
  public AnswerAssert hasNoRemedies() {
    isNotNull();
    fail(AnswerChecks.noRemediesFailure(actual));
    return this;
  }

  /**
   * Verifies that {@code reason} is among the findings that decide the verdict, directly or as the
   * open point an overlay settled.
   */
  public AnswerAssert isDecidedBy(Reason reason) {
    isNotNull();
    fail(AnswerChecks.reasonFailure(actual, reason));
    return this;
  }

  private void fail(String message) {
    if (!message.isEmpty()) {
      failWithMessage("%s", message);
    }
  }
}
