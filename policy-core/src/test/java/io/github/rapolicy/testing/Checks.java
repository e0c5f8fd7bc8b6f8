package io.github.rapolicy.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The clauses of the notice a test checks, by ID, such as {@code @Checks({"3.3.5"})}: stated once
 * on the test method, or on a test class (a {@code @Nested} one too) whose every test checks them.
 *
 * <p>The document {@code notice-and-rules.md} lists, for each sentence of the notice, the tests that
 * check it, and the clause-coverage gate fails when a sentence a program can decide is checked by
 * none ({@link ClauseChecks}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Checks {

  /** Returns the IDs of the clauses checked, such as {@code "3.3.5"} or {@code "date"}. */
  String[] value();
}
