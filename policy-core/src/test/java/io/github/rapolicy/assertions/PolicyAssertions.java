package io.github.rapolicy.assertions;

import io.github.rapolicy.rules.Answer;
import io.github.rapolicy.rules.ScopeAnswer;
import org.jspecify.annotations.Nullable;

/**
 * Entry point of the assertions for answers; import its {@code assertThat} statically beside
 * AssertJ's own.
 *
 * <pre>{@code
 * import static io.github.rapolicy.assertions.PolicyAssertions.assertThat;
 *
 * assertThat(policy.on(date).mayCharge(expense).to(FundingSource.labourFee("62301234")))
 *     .isAllowed()
 *     .cites("3.3.3", "3.3.5");
 * assertThat(policy.on(date).isInScope(university)).isAllowed().reaches(Channel.CENTRAL_UNITS);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class PolicyAssertions {

  private PolicyAssertions() {}

  /** Returns assertions about {@code actual}; a null answer fails every assertion. */
  public static AnswerAssert assertThat(@Nullable Answer actual) {
    return new AnswerAssert(actual);
  }

  /** Returns assertions about {@code actual}, a unit's scope. */
  public static ScopeAnswerAssert assertThat(@Nullable ScopeAnswer actual) {
    return new ScopeAnswerAssert(actual);
  }
}
