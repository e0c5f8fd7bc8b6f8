package io.github.rapolicy.examples.ledger;

/** The ledger check's exit codes, as the README documents them. */
enum ExitCode {
  /** The report is written and every row is ALLOWED (a ledger without rows too). */
  ALL_ALLOWED(0, "the report is written; every row is ALLOWED"),
  /** The report is written; some rows are NOT_ALLOWED or UNDECIDED, none is malformed. */
  NEEDS_ATTENTION(1, "the report is written; some rows are NOT_ALLOWED or UNDECIDED, none is ERROR"),
  /** The report is written; some rows are malformed (ERROR), all the others are checked. */
  MALFORMED_ROWS(2, "the report is written; some rows are ERROR (malformed), all others are checked"),
  /** The ledger or an overlay file cannot be read, or the report cannot be written: no report. */
  UNREADABLE(3, "the ledger or an overlay file cannot be read (or the report cannot be written); no report"),
  /** The command line is wrong. */
  USAGE(4, "the command line is wrong, such as a missing --date"),
  /** A bug in the program. */
  INTERNAL_ERROR(5, "an internal error: a bug, please report it");

  private final int code;
  private final String meaning;

  ExitCode(int code, String meaning) {
    this.code = code;
    this.meaning = meaning;
  }

  int code() {
    return code;
  }

  String meaning() {
    return meaning;
  }
}
