package io.github.rapolicy.examples.ledger;

import io.github.rapolicy.funding.Money;
import io.github.rapolicy.rules.Remedy;
import java.util.List;
import java.util.Optional;

/**
 * One row of the report: the ledger line, its verdict, the clauses cited, the decisive reasons in
 * Chinese and English and what would change the verdict.
 *
 * @param fileLine the line of the ledger file the row starts on
 * @param line the ledger line's identifier, as written; empty if the row has none
 * @param charge what the row charges, for people to read; empty for a malformed row
 * @param fund the fund the totals count the row under
 * @param amount the amount charged; empty for a malformed row
 */
record CheckedRow(
    long fileLine,
    String line,
    RowVerdict verdict,
    List<String> clauses,
    Text reason,
    List<Remedy> remedies,
    String charge,
    String fund,
    Optional<Money> amount) {}
