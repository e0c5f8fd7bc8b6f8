package io.github.rapolicy.examples.ledger;

import io.github.rapolicy.rules.Verdict;

/**
 * The verdict of a ledger row: the library's verdict, {@link #ERROR} for a malformed row or {@link
 * #SKIPPED} for a totals row.
 */
enum RowVerdict {
  /** The notice allows the charge. */
  ALLOWED,
  /** The notice does not allow the charge. */
  NOT_ALLOWED,
  /** The notice leaves the charge open (等, 按照有关规定). */
  UNDECIDED,
  /** The row is malformed and was not checked. */
  ERROR,
  /** A totals row (合计, 小计, 总计, total, subtotal): not a charge, so not checked nor counted. */
  SKIPPED;

  static RowVerdict of(Verdict verdict) {
    return switch (verdict) {
      case ALLOWED -> ALLOWED;
      case NOT_ALLOWED -> NOT_ALLOWED;
      case UNDECIDED -> UNDECIDED;
    };
  }
}
