/**
 * AssertJ assertions for the library's answers, for use in tests: {@code
 * assertThat(answer).isAllowed().cites("3.3.3")}, failing with the answer's explanation.
 *
 * <p>Shipped in policy-core's test-jar, which holds this package only: add it with {@code
 * <type>test-jar</type><scope>test</scope>} beside AssertJ, and AssertJ never reaches a production
 * class path.
 *
 * @since 0.1.0
 */
@NullMarked
package io.github.rapolicy.assertions;

import org.jspecify.annotations.NullMarked;
