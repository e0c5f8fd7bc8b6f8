/**
 * The rules of notice 工信部联规〔2024〕122号 on research-assistant (科研助理) positions as a pure,
 * immutable domain model: who is in scope, which positions qualify, which money may pay for them,
 * and what a unit must still do.
 *
 * <p>The module exports its API packages only. {@code io.github.rapolicy.internal} holds the
 * implementation support the API packages share (the Immutables style, label tables, wording) and
 * is not exported: a program on the module path cannot compile against it, and one on the class
 * path is told by its Javadoc that it is not part of the API.
 *
 * <p>Guava and JSpecify are read transitively, because API signatures use Guava's immutable
 * collections and the packages are {@code @NullMarked}. Immutables and Error Prone's annotations
 * are needed at compile time only.
 *
 * @since 0.1.0
 */
module io.github.rapolicy.core {
  requires transitive com.google.common;
  requires transitive org.jspecify;
  requires static org.immutables.value;
  requires static com.google.errorprone.annotations;
  requires static java.compiler;

  exports io.github.rapolicy.funding;
  exports io.github.rapolicy.notice;
  exports io.github.rapolicy.obligations;
  exports io.github.rapolicy.planning;
  exports io.github.rapolicy.position;
  exports io.github.rapolicy.rules;
  exports io.github.rapolicy.unit;
}
