/**
 * Runnable examples of the library, using it only through its public API as a user would: {@link
 * io.github.rapolicy.examples.Tour}, the README's main example, and the ledger check in {@code
 * io.github.rapolicy.examples.ledger}. The only module of the project that does I/O.
 */
@NullMarked
package io.github.rapolicy.examples;

import org.jspecify.annotations.NullMarked;
