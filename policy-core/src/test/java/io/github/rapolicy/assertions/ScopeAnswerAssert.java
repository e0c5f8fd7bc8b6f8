package io.github.rapolicy.assertions;

import io.github.rapolicy.rules.Channel;
import io.github.rapolicy.rules.Reason;
import io.github.rapolicy.rules.ScopeAnswer;
import io.github.rapolicy.rules.Verdict;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.assertj.core.api.AbstractAssert;
import org.jspecify.annotations.Nullable;

/**
 * AssertJ assertions about a {@link ScopeAnswer}: is a unit in scope, through which channels of
 * section 二, and must it take the lead? Failure messages show the answer's English explanation.
 *
 * <pre>{@code
 * assertThat(policy.on(date).isInScope(university))
 *     .isAllowed()
 *     .reaches(Channel.CENTRAL_UNITS)
 *     .citesExactly("2.1.2", "3.1.3")
 *     .isLeadUnit();
 * }</pre>
 *
 * <p>Obtain one from {@link PolicyAssertions#assertThat(ScopeAnswer)}.
 *
 * @since 0.1.0
 */
public final class ScopeAnswerAssert extends AbstractAssert<ScopeAnswerAssert, ScopeAnswer> {

  ScopeAnswerAssert(@Nullable ScopeAnswer actual) {
    super(actual, ScopeAnswerAssert.class);
  }

  /** Verifies that the unit is in scope: some channel names it. */
  public ScopeAnswerAssert isAllowed() {
    return hasVerdict(Verdict.ALLOWED);
  }

  /** Verifies that the notice does not cover the unit. */
  public ScopeAnswerAssert isNotAllowed() {
    return hasVerdict(Verdict.NOT_ALLOWED);
  }

  /** Verifies that the notice leaves the unit's scope open: no channel names it. */
  public ScopeAnswerAssert isUndecided() {
    return hasVerdict(Verdict.UNDECIDED);
  }

  /** Verifies that the verdict is {@code expected}. */
  public ScopeAnswerAssert hasVerdict(Verdict expected) {
    isNotNull();
    if (actual.verdict() != expected) {
      failWithActualExpectedAndMessage(
          actual.verdict(),
          expected,
          "%s",
          AnswerChecks.verdictFailure(actual.answer(), expected));
    }
    return this;
  }

  /** Verifies that the answer cites each clause {@code ids}, and maybe more. */
  public ScopeAnswerAssert cites(String... ids) {
    isNotNull();
    fail(AnswerChecks.citesFailure(actual.answer(), AnswerChecks.clauses(ids)));
    return this;
  }

  /** Verifies that the answer cites exactly the clauses {@code ids}, in any order. */
  public ScopeAnswerAssert citesExactly(String... ids) {
    isNotNull();
    fail(AnswerChecks.citesExactlyFailure(actual.answer(), AnswerChecks.clauses(ids)));
    return this;
  }

  /** Verifies that the answer cites none of the clauses {@code ids}. */
  public ScopeAnswerAssert doesNotCite(String... ids) {
    isNotNull();
    fail(AnswerChecks.doesNotCiteFailure(actual.answer(), AnswerChecks.clauses(ids)));
    return this;
  }

  /** Verifies that {@code reason} is among the findings that decide the verdict. */
  public ScopeAnswerAssert isDecidedBy(Reason reason) {
    isNotNull();
    fail(AnswerChecks.reasonFailure(actual.answer(), reason));
    return this;
  }

  /** Verifies that each of {@code channels} reaches the unit, and maybe more. */
  public ScopeAnswerAssert reaches(Channel... channels) {
    isNotNull();
    Set<Channel> missing = EnumSet.noneOf(Channel.class);
    missing.addAll(Arrays.asList(channels));
    missing.removeAll(actual.channels());
    if (!missing.isEmpty()) {
      failWithMessage(
          "%s",
          "Expected the channels "
              + Arrays.toString(channels)
              + " to reach the unit but "
              + missing
              + " do not; it is reached by "
              + actual.channels()
              + "."
              + AnswerChecks.show(actual.answer()));
    }
    return this;
  }

  /** Verifies that the unit is one that must take the lead (3.1.3). */
  public ScopeAnswerAssert isLeadUnit() {
    isNotNull();
    if (!actual.isLeadUnit()) {
      failWithMessage(
          "%s",
          "Expected the unit to be one that must take the lead (3.1.3) but it is not."
              + AnswerChecks.show(actual.answer()));
    }
    return this;
  }

  /** Verifies that the unit is not one that must take the lead (3.1.3). */
  public ScopeAnswerAssert isNotLeadUnit() {
    isNotNull();
    if (actual.isLeadUnit()) {
      failWithMessage(
          "%s",
          "Expected the unit not to be one that must take the lead (3.1.3) but it is."
              + AnswerChecks.show(actual.answer()));
    }
    return this;
  }

  private void fail(String message) {
    if (!message.isEmpty()) {
      failWithMessage("%s", message);
    }
  }
}
