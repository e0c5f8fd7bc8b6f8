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
 * @param charged what the row charges, for people to read ({@link #charge}); {@link
 *     Description#NONE} for a malformed row
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
    CheckedRow.Description charged,
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
      Description charged,
      String fund,
      Optional<Money> amount,
      List<Finding> findings,
      Optional<CostTotal> costTotal) {
    this(
        fileLine, line, verdict, clauses, reason, remedies, charged, fund, amount, findings,
        costTotal, false);
  }

  /**
   * Returns what the row charges, for people to read, such as {@code 科研项目辅助研究（P1） · RA-1
   * 2024-09 · 劳务性报酬 6500.00 → 劳务费（P1）}; empty for a malformed row.
   */
  String charge() {
    return charged.text();
  }

  /**
   * What a row charges, in the parts its words are made of: put into words only for a report that
   * shows them ({@link #text}), not for every row read (the CSV report does not show them).
   *
   * @param category the position's category, as the notice names it or as the ledger writes it
   * @param positionProject the plan project the position is based on; empty for none
   * @param position the position and the month, such as {@code RA-1 2024-09}, where the ledger's
   *     costs are added up; empty where each line is judged alone
   * @param cost the kind of cost, as the notice names it or as the ledger writes it
   * @param reversal whether the row takes back an earlier charge
   * @param amount the amount charged, or taken back
   * @param actual the cost's actual amount
   * @param fund the fund charged, for people to read
   */
  record Description(
      String category,
      String positionProject,
      String position,
      String cost,
      boolean reversal,
      Money amount,
      Money actual,
      String fund) {

    /** A malformed row's: it charges nothing that can be said. */
    static final Description NONE =
        new Description("", "", "", "", false, Money.ZERO, Money.ZERO, "");

    /** Returns the description, or the empty text for {@link #NONE}. */
    String text() {
      if (this == NONE) {
        return "";
      }
      return category
          + (positionProject.isEmpty() ? "" : "（" + positionProject + "）")
          + (position.isEmpty() ? "" : " · " + position)
          + " · "
          + cost
          + " "
          + (reversal ? "冲销 reversal -" : "")
          + amount
          + (amount.equals(actual) && !reversal ? "" : "（实际 actual " + actual + "）")
          + " → "
          + fund;
    }
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
