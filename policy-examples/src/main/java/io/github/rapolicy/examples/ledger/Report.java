package io.github.rapolicy.examples.ledger;

/** Writes the report, row by row as the ledger is checked, then the totals. */
interface Report {

  /** Writes the start of the report: what it is about ({@code header}). */
  void begin(ReportHeader header);

  /** Writes one checked row. */
  void row(CheckedRow row);

  /** Writes the end of the report: the totals. */
  void end(Totals totals);
}
