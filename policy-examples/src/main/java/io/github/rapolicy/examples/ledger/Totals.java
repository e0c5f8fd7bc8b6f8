package io.github.rapolicy.examples.ledger;

import io.github.rapolicy.funding.Money;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Rows and amounts charged, by fund and verdict, in the order funds first appear. */
final class Totals {

  /** The rows of one fund and verdict, and the amount they charge. */
  static final class Tally {
    private long rows;
    private Money amount = Money.ZERO;
    private Money reversed = Money.ZERO;

    long rows() {
      return rows;
    }

    /** Returns the amount the rows charge, reversals apart. */
    Money amount() {
      return amount;
    }

    /** Returns the amount the rows' reversals take back. */
    Money reversed() {
      return reversed;
    }
  }

  private final List<OverCharge> overCharged = new ArrayList<>();

  private final Map<String, Map<RowVerdict, Tally>> byFund = new LinkedHashMap<>();
  private final Map<RowVerdict, Tally> all = new EnumMap<>(RowVerdict.class);

  void add(CheckedRow row) {
    count(byFund.computeIfAbsent(row.fund(), f -> new EnumMap<>(RowVerdict.class)), row);
    count(all, row);
  }

  private static void count(Map<RowVerdict, Tally> tallies, CheckedRow row) {
    Tally tally = tallies.computeIfAbsent(row.verdict(), v -> new Tally());
    tally.rows++;
    if (row.reversal()) {
      row.amount().ifPresent(amount -> tally.reversed = tally.reversed.plus(amount));
    } else {
      row.amount().ifPresent(amount -> tally.amount = tally.amount.plus(amount));
    }
  }

  /** Records the costs charged above their actual amounts, for the end of the report. */
  void overCharged(List<OverCharge> costs) {
    overCharged.clear();
    overCharged.addAll(costs);
  }

  /** Returns each cost charged above its actual amount, once, in the order first found. */
  List<OverCharge> overCharged() {
    return overCharged;
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
