package io.github.rapolicy.examples.ledger;

/** The ledger cannot be checked at all: nothing is reported, and the program exits with code 3. */
class UnreadableLedgerException extends Exception {

  private static final long serialVersionUID = 1L;

  private final Text text;

  UnreadableLedgerException(Text text) {
    super(text.en());
    this.text = text;
  }

  UnreadableLedgerException(Text text, Throwable cause) {
    super(text.en(), cause);
    this.text = text;
  }

  /** Returns what is wrong, in Chinese and English. */
  Text text() {
    return text;
  }
}
