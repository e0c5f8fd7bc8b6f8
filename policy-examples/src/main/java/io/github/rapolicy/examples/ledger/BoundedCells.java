package io.github.rapolicy.examples.ledger;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * A reader that fails, with a {@link CellTooLongException}, as soon as one CSV cell or one record
 * grows past its limit, so that memory stays bounded whatever the file holds: the CSV parser keeps
 * a whole cell, and a whole record, in memory. It follows RFC 4180 quoting as the parser does (a
 * quote opens a quoted cell only at the start of a cell; a doubled quote inside is one quote), and
 * counts characters (UTF-16 units) since the start of the cell and of the record. It also fails,
 * with an {@link UnclosedQuoteException}, where the file ends inside a quoted cell, which FastCSV
 * would read as a cell running to the end of the file.
 */
final class BoundedCells extends FilterReader {

  /** The longest cell a ledger may have, in characters: far beyond any amount, name or reason. */
  static final int MAX_CELL = 1 << 20;

  /** The longest record a ledger may have, in characters. */
  static final int MAX_RECORD = 1 << 24;

  private enum State {
    CELL_START,
    UNQUOTED,
    QUOTED,
    QUOTE_IN_QUOTED
  }

  private final int maxCell;
  private final int maxRecord;
  private State state = State.CELL_START;
  private long cell;
  private long record;
  private long line = 1;
  private long recordLine = 1;
  private boolean afterCr;

  BoundedCells(Reader in) {
    this(in, MAX_CELL, MAX_RECORD);
  }

  BoundedCells(Reader in, int maxCell, int maxRecord) {
    super(in);
    this.maxCell = maxCell;
    this.maxRecord = maxRecord;
  }

  @Override
  public int read() throws IOException {
    int c = super.read();
    if (c >= 0) {
      see((char) c);
    } else {
      atEnd();
    }
    return c;
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n < 0) {
      atEnd();
      return n;
    }
    int end = offset + n;
    int i = offset;
    while (i < end) {
      if (state == State.UNQUOTED || state == State.QUOTED) {
        // Most characters are inside a cell and neither a comma, a quote nor a line break: a run
        // of them only counts (above '"' are no line breaks, quotes or the characters below it).
        int start = i;
        while (i < end && buffer[i] > '"' && buffer[i] != ',') {
          i++;
        }
        if (i > start) {
          afterCr = false;
          count(i - start);
        }
        if (i == end) {
          break;
        }
      }
      see(buffer[i++]);
    }
    return n;
  }

  /** At the end of the file a quoted cell must be closed: a parser may take the rest as its text. */
  private void atEnd() throws UnclosedQuoteException {
    if (state == State.QUOTED) {
      throw new UnclosedQuoteException(recordLine);
    }
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  @Override
  public void mark(int readAheadLimit) throws IOException {
    throw new IOException("mark not supported");
  }

  @Override
  public void reset() throws IOException {
    throw new IOException("reset not supported");
  }

  @Override
  public long skip(long n) throws IOException {
    throw new IOException("skip not supported");
  }

  private void see(char c) throws CellTooLongException {
    boolean lineBreak = c == '\n' || c == '\r';
    if (c == '\n' && afterCr) {
      afterCr = false; // the LF of a CRLF: the line was counted at the CR
    } else if (lineBreak) {
      line++;
      afterCr = c == '\r';
    } else {
      afterCr = false;
    }
    switch (state) {
      case CELL_START, UNQUOTED -> {
        if (c == ',') {
          endCell();
        } else if (lineBreak) {
          endRecord();
        } else if (c == '"' && state == State.CELL_START) {
          state = State.QUOTED;
          count();
        } else {
          state = State.UNQUOTED;
          count();
        }
      }
      case QUOTED -> {
        if (c == '"') {
          state = State.QUOTE_IN_QUOTED;
        }
        count();
      }
      case QUOTE_IN_QUOTED -> {
        if (c == '"') {
          state = State.QUOTED;
          count();
        } else if (c == ',') {
          endCell();
        } else if (lineBreak) {
          endRecord();
        } else {
          state = State.UNQUOTED; // not valid CSV: the parser says so
          count();
        }
      }
    }
  }

  private void count() throws CellTooLongException {
    count(1);
  }

  private void count(int characters) throws CellTooLongException {
    cell += characters;
    record += characters;
    if (cell > maxCell) {
      throw new CellTooLongException(recordLine, "cell", maxCell);
    }
    if (record > maxRecord) {
      throw new CellTooLongException(recordLine, "row", maxRecord);
    }
  }

  private void endCell() throws CellTooLongException {
    state = State.CELL_START;
    cell = 0;
    record++;
    if (record > maxRecord) {
      throw new CellTooLongException(recordLine, "row", maxRecord);
    }
  }

  private void endRecord() {
    state = State.CELL_START;
    cell = 0;
    record = 0;
    recordLine = line;
  }

  /** A quoted cell still open at the end of the file: its closing quote is missing. */
  static final class UnclosedQuoteException extends IOException {

    private static final long serialVersionUID = 1L;

    private final long line;

    UnclosedQuoteException(long line) {
      super("a quoted cell in the record starting on line " + line + " is not closed");
      this.line = line;
    }

    /** What is wrong, in English, as the CSV parser says it. */
    String reason() {
      return "a quoted cell in the record starting on line "
          + line
          + " is not closed: the file ends before its closing quote";
    }

    /** The line of the file the record with the open quote starts on. */
    long line() {
      return line;
    }
  }

  /** A cell or a record longer than the limit: the file is not a ledger export. */
  static final class CellTooLongException extends IOException {

    private static final long serialVersionUID = 1L;

    private final long line;
    private final String what;
    private final int limit;

    CellTooLongException(long line, String what, int limit) {
      super("a " + what + " starting on line " + line + " is longer than " + limit + " characters");
      this.line = line;
      this.what = what;
      this.limit = limit;
    }

    /** The line of the file the record with the long cell starts on. */
    long line() {
      return line;
    }

    /** What is too long, in Chinese and English. */
    Text text() {
      String zh = what.equals("cell") ? "单元格" : "行";
      return new Text(
          "第" + line + "行起的一个" + zh + "超过" + limit + "个字符的上限，不是账本导出文件；未核查任何行",
          "a "
              + what
              + " starting on line "
              + line
              + " is longer than the limit of "
              + limit
              + " characters: not a ledger export; no row was checked");
    }
  }
}
