package io.github.rapolicy.internal;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.CharMatcher;

/**
 * The one check of an identifier (a project's, a fund's, a position's) or a budget line's name:
 * compared exactly with the others, so it must not be blank nor begin or end with white space,
 * which would silently make it another project, fund or position.
 *
 * <pre>{@code
 * Identifiers.check("project id", "62371001");   // passes
 * Identifiers.check("project id", " 62371001");  // IllegalArgumentException naming the value
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Identifiers {

  private Identifiers() {}

  /**
   * Checks {@code id}, named {@code what} in the message (such as {@code "project id"}).
   *
   * @throws IllegalArgumentException if {@code id} is blank or begins or ends with white space
   *     (full-width spaces too)
   */
  public static void check(String what, String id) {
    checkNotNull(what, "what");
    checkNotNull(id, "%s", what);
    checkArgument(!id.isBlank(), "%s must not be blank: \"%s\"", what, id);
    checkArgument(
        !CharMatcher.whitespace().matches(id.charAt(0))
            && !CharMatcher.whitespace().matches(id.charAt(id.length() - 1)),
        "%s must not begin or end with white space: \"%s\" (identifiers are compared exactly;"
            + " write \"%s\")",
        what,
        id,
        CharMatcher.whitespace().trimFrom(id));
  }
}
