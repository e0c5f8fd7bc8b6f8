package io.github.rapolicy.examples.ledger;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a ledger: UTF-8 (a leading byte-order mark is skipped), RFC 4180 CSV, one header row.
 * Blank lines are not rows. Every other record is a row, however malformed its cells: judging
 * cells is the {@link RowChecker}'s job, so that no row is lost.
 *
 * <p>What cannot be split into rows at all (a missing file, bytes that are not UTF-8, broken CSV
 * quoting, a header without the needed columns, a cell longer than {@link BoundedCells#MAX_CELL}
 * characters) is an {@link UnreadableLedgerException}. Memory stays bounded: rows are read one at a
 * time, and no cell or row can grow past its limit.
 */
final class LedgerReader {

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

  private static final char BYTE_ORDER_MARK = '\uFEFF';

  /** Receives the rows of a ledger. */
  interface RowSink {
    /** Receives the header, before any row. */
    void header(Header header);

    /** Receives a row, in file order. */
    void row(LedgerRow row);
  }

  private LedgerReader() {}

  /**
   * Reads {@code ledger}, giving its header and then every row to {@code sink}, and returns the
   * number of rows.
   */
  static long read(Path ledger, RowSink sink) throws UnreadableLedgerException {
    if (Files.isDirectory(ledger)) {
      throw new UnreadableLedgerException(
          new Text("“" + ledger + "”是目录，不是账本文件", ledger + " is a directory, not a ledger file"));
    }
    long lastLine = 0;
    try (BufferedReader reader = Files.newBufferedReader(ledger, StandardCharsets.UTF_8)) {
      skipByteOrderMark(reader);
      try (CSVParser parser = CSVParser.builder().setReader(new BoundedCells(reader)).setFormat(FORMAT).get()) {
        Iterator<CSVRecord> records = parser.iterator();
        if (!records.hasNext()) {
          throw new UnreadableLedgerException(
              new Text("账本为空，没有表头行", "the ledger is empty: it has no header row"));
        }
        sink.header(Header.of(records.next().toList()));
        lastLine = parser.getCurrentLineNumber();
        long rows = 0;
        while (records.hasNext()) {
          CSVRecord record = records.next();
          long endLine = parser.getCurrentLineNumber();
          sink.row(new LedgerRow(endLine - lineBreaksWithin(record), record.toList()));
          lastLine = endLine;
          rows++;
        }
        return rows;
      }
    } catch (NoSuchFileException e) {
      throw new UnreadableLedgerException(
          new Text("找不到账本文件“" + ledger + "”", "no such file: " + ledger), e);
    } catch (AccessDeniedException e) {
      throw new UnreadableLedgerException(
          new Text("无权读取账本文件“" + ledger + "”", "permission denied: " + ledger), e);
    } catch (UncheckedIOException e) {
      // Commons CSV wraps what goes wrong while iterating: a CSVException, or bytes not UTF-8.
      IOException cause = e.getCause();
      throw unreadable(ledger, lastLine + 1, cause == null ? new IOException(e) : cause);
    } catch (IOException e) {
      throw unreadable(ledger, lastLine + 1, e);
    }
  }

  private static UnreadableLedgerException unreadable(Path ledger, long line, IOException cause) {
    if (cause instanceof BoundedCells.CellTooLongException tooLong) {
      return new UnreadableLedgerException(tooLong.text(), cause);
    }
    if (cause instanceof CharacterCodingException) {
      return new UnreadableLedgerException(
          new Text(
              "账本不是UTF-8编码（约第" + line + "行起）；如为GBK导出，请另存为UTF-8，或用 iconv -f GBK -t UTF-8 转换",
              "the ledger is not UTF-8 (from about line "
                  + line
                  + "); a GBK export can be converted with iconv -f GBK -t UTF-8"),
          cause);
    }
    if (cause instanceof CSVException) {
      return new UnreadableLedgerException(
          new Text(
              "账本不是有效的CSV，无法分行（第" + line + "行起）：" + cause.getMessage() + "；未核查任何行",
              "the ledger is not valid CSV and cannot be split into rows (from line "
                  + line
                  + "): "
                  + cause.getMessage()
                  + "; no row was checked"),
          cause);
    }
    return new UnreadableLedgerException(
        new Text(
            "无法读取账本“" + ledger + "”：" + cause.getMessage(),
            "cannot read " + ledger + ": " + cause.getMessage()),
        cause);
  }

  private static void skipByteOrderMark(BufferedReader reader) throws IOException {
    reader.mark(1);
    if (reader.read() != BYTE_ORDER_MARK) {
      reader.reset();
    }
  }

  /** Counts the line breaks inside quoted cells, as the parser counts lines: CRLF, CR or LF. */
  private static long lineBreaksWithin(CSVRecord record) {
    long breaks = 0;
    for (String cell : record) {
      for (int i = 0; i < cell.length(); i++) {
        char c = cell.charAt(i);
        if (c == '\n' || (c == '\r' && (i + 1 == cell.length() || cell.charAt(i + 1) != '\n'))) {
          breaks++;
        }
      }
    }
    return breaks;
  }
}
