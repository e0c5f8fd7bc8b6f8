package io.github.rapolicy.examples.ledger;

import io.github.rapolicy.funding.Money;
import io.github.rapolicy.planning.RefusalGround;
import io.github.rapolicy.rules.Finding;
import io.github.rapolicy.rules.Remedy;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One row of the report: the ledger line, its verdict, the clauses cited, the decisive reasons in
 * Chinese and English and what would change the verdict.
 *
 * @param fileLine the line of the ledger file the row starts on
 * @param line the ledger line's identifier, as written; empty if the row has none
 * @param charge what the row charges, for people to read; empty for a malformed row
 * @param fund the fund the totals count the row under
 * @param amount the amount charged; empty for a malformed row
 * @param findings the findings that decide the verdict (the library's deciding findings); empty
 *     for a malformed row, whose problems are {@code reason}
 * @param costTotal for a cost audited across the whole ledger, its running total after this row
 *     and its actual amount; empty where lines are judged alone
 * @param reversal whether the row reverses an earlier charge (a negative amount): {@code amount}
 *     is then what it takes back
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
    Optional<Money> amount,
    List<Finding> findings,
    Optional<CostTotal> costTotal,
    boolean reversal) {

  /** A row that charges (no reversal). */
  CheckedRow(
      long fileLine,
      String line,
      RowVerdict verdict,
      List<String> clauses,
      Text reason,
      List<Remedy> remedies,
      String charge,
      String fund,
      Optional<Money> amount,
      List<Finding> findings,
      Optional<CostTotal> costTotal) {
    this(
        fileLine, line, verdict, clauses, reason, remedies, charge, fund, amount, findings,
        costTotal, false);
  }

  /**
   * A cost audited across the whole ledger (据实列支, 3.3.5), as it stands after a row.
   *
   * @param cost the cost, for people to read, such as its position, month and kind
   * @param runningTotal what the ledger's rows so far charge to the cost, over all funds
   * @param actual the cost's actual amount
   * @param refusedFor why the audit refuses the row, if it does (above the actual amount, a reversal
   *     of more than was charged, …); empty where it is allowed
   */
  record CostTotal(String cost, Money runningTotal, Money actual, Set<RefusalGround> refusedFor) {

    /** Returns whether the rows so far charge the cost above its actual amount. */
    boolean isAboveActual() {
      return runningTotal.isGreaterThan(actual);
    }
  }
}
