package io.github.rapolicy.examples.ledger;

import io.github.rapolicy.funding.Money;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** Rows and amounts charged, by fund and verdict, in the order funds first appear. */
final class Totals {

  /** The rows of one fund and verdict, and the amount they charge. */
  static final class Tally {
    private long rows;
    private Money amount = Money.ZERO;

    long rows() {
      return rows;
    }

    Money amount() {
      return amount;
    }
  }

  private final Map<String, Map<RowVerdict, Tally>> byFund = new LinkedHashMap<>();
  private final Map<RowVerdict, Tally> all = new EnumMap<>(RowVerdict.class);

  void add(CheckedRow row) {
    count(byFund.computeIfAbsent(row.fund(), f -> new EnumMap<>(RowVerdict.class)), row);
    count(all, row);
  }

  private static void count(Map<RowVerdict, Tally> tallies, CheckedRow row) {
    Tally tally = tallies.computeIfAbsent(row.verdict(), v -> new Tally());
    tally.rows++;
    row.amount().ifPresent(amount -> tally.amount = tally.amount.plus(amount));
  }

  /** Returns the tallies by fund, then verdict; a verdict no row of the fund has is absent. */
  Map<String, Map<RowVerdict, Tally>> byFund() {
    return byFund;
  }

  /** Returns the tally of every fund for {@code verdict}; zero rows if none. */
  Tally all(RowVerdict verdict) {
    return all.getOrDefault(verdict, new Tally());
  }

  /** Returns the number of rows. */
  long rows() {
    return all.values().stream().mapToLong(Tally::rows).sum();
  }

  /** Returns the exit code the rows call for: the worst verdict among them. */
  ExitCode exitCode() {
    if (all(RowVerdict.ERROR).rows() > 0) {
      return ExitCode.MALFORMED_ROWS;
    }
    if (all(RowVerdict.NOT_ALLOWED).rows() > 0 || all(RowVerdict.UNDECIDED).rows() > 0) {
      return ExitCode.NEEDS_ATTENTION;
    }
    return ExitCode.ALL_ALLOWED;
  }
}
