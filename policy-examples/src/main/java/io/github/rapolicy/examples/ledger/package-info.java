/**
 * The ledger check: a command-line program that reads a ledger exported by a finance system (CSV)
 * and writes a report citing, for every line, whether the notice allows the charge. {@link
 * io.github.rapolicy.examples.ledger.LedgerCheck} is the program; the README's "Checking a ledger"
 * documents its command, columns and exit codes.
 */
@NullMarked
package io.github.rapolicy.examples.ledger;

import org.jspecify.annotations.NullMarked;
