package io.github.rapolicy.examples.ledger;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.CsvRecordHandler;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads a ledger: a CSV file (RFC 4180, one header row) in UTF-8, with or without a byte-order
 * mark, or in GB18030 (GBK, as Excel saves CSV on Chinese Windows); or an Excel workbook (.xlsx),
 * see {@link XlsxLedger}. Blank lines are not rows. Every other record is a row, however malformed
 * its cells: judging cells is the {@link RowChecker}'s job, so that no row is lost.
 *
 * <p>{@link #open} finds what the file is by its first bytes, not its name: an .xlsx workbook
 * (a ZIP archive), an Excel 97–2003 workbook or another binary format (refused, with what to save
 * it as), or text. The encoding of text is found by decoding the whole file strictly, first as
 * UTF-8 and then as GB18030, in one pass each over its bytes in fixed memory; {@code --encoding}
 * names it instead. {@link #read} then reads the rows, as often as asked.
 *
 * <p>What cannot be split into rows at all (a missing file, bytes that are neither UTF-8 nor
 * GB18030, broken CSV quoting, a header without the needed columns, a cell longer than {@link
 * BoundedCells#MAX_CELL} characters) is an {@link UnreadableLedgerException}. Memory stays
 * bounded: rows are read one at a time, no cell or row of a CSV file can grow past its limit, and a
 * workbook is first checked for cells and shared strings past theirs ({@link XlsxBounds}).
 */
final class LedgerReader {

  private static final char BYTE_ORDER_MARK = '\uFEFF';

  /** GB18030, the superset of GBK that Java decodes (GBK is read alike). */
  static final Charset GB18030 = Charset.forName("GB18030");

  /** Receives the rows of a ledger. */
  interface RowSink {
    /** Receives the header, before any row. */
    void header(Header header);

    /** Receives a row, in file order. */
    void row(LedgerRow row);
  }

  /**
   * How to read a ledger, as the command line says.
   *
   * @param encoding the encoding of a CSV file; empty to find it (UTF-8, else GB18030)
   * @param sheet the sheet of a workbook; empty for the first
   * @param columns a system's own header names for the columns
   */
  record Options(Optional<Charset> encoding, Optional<String> sheet, ColumnMap columns) {
    /** Finds the encoding, reads the first sheet, maps no header. */
    static final Options DEFAULT = new Options(Optional.empty(), Optional.empty(), ColumnMap.NONE);
  }

  private final Path ledger;
  private final Options options;
  private final Optional<Charset> charset;
  private final Optional<XlsxLedger> workbook;
  private final String encoding;
  private final boolean assumed;

  private LedgerReader(
      Path ledger,
      Options options,
      Optional<Charset> charset,
      Optional<XlsxLedger> workbook,
      String encoding,
      boolean assumed) {
    this.ledger = ledger;
    this.options = options;
    this.charset = charset;
    this.workbook = workbook;
    this.encoding = encoding;
    this.assumed = assumed;
  }

  /**
   * Reads {@code ledger} with the default options, giving its header and then every row to {@code
   * sink}, and returns the number of rows.
   */
  static long read(Path ledger, RowSink sink) throws UnreadableLedgerException {
    return open(ledger, Options.DEFAULT).read(sink);
  }

  /**
   * Finds what {@code ledger} is and, for text, its encoding.
   *
   * @throws UnreadableLedgerException if it is not a file, cannot be read, is in a format other
   *     than CSV and .xlsx, is text neither UTF-8 nor GB18030 (nor the encoding {@code options}
   *     names), or names no sheet {@code options} asks for
   */
  static LedgerReader open(Path ledger, Options options) throws UnreadableLedgerException {
    return open(ledger, options, true);
  }

  /**
   * Finds what {@code ledger} is as {@link #open} does, but takes text to be in the encoding that
   * {@code options} names, else UTF-8, without decoding the whole file first. Reading then decodes
   * it strictly and, at the first byte that does not decode, throws {@link
   * NotInAssumedEncoding}: the caller then opens the file with {@link #open}, which finds its
   * encoding or says where it has none, and reads it again. A reading that may be taken back (a
   * report to a temporary file) so saves one pass over a file in UTF-8.
   *
   * @throws UnreadableLedgerException as {@link #open} does, for all but the encoding
   */
  static LedgerReader openAssumingEncoding(Path ledger, Options options)
      throws UnreadableLedgerException {
    return open(ledger, options, false);
  }

  /**
   * Opens the same file with the same options by {@link #open}, which decodes the whole file first
   * to find its encoding: after a {@link NotInAssumedEncoding}.
   *
   * @throws UnreadableLedgerException as {@link #open} does
   */
  LedgerReader reopenFindingEncoding() throws UnreadableLedgerException {
    return open(ledger, options);
  }

  /**
   * Returns this reader, its encoding taken as found: once a whole reading has decoded every byte,
   * a byte that does not decode in a later reading means the file changed in between.
   */
  LedgerReader confirmed() {
    return assumed ? new LedgerReader(ledger, options, charset, workbook, encoding, false) : this;
  }

  private static LedgerReader open(Path ledger, Options options, boolean scan)
      throws UnreadableLedgerException {
    if (Files.isDirectory(ledger)) {
      throw new UnreadableLedgerException(
          new Text("“" + ledger + "”是目录，不是账本文件", ledger + " is a directory, not a ledger file"));
    }
    try {
      FileFormat format = FileFormat.of(ledger);
      if (format == FileFormat.XLSX) {
        XlsxLedger workbook = XlsxLedger.open(ledger, options.sheet());
        return new LedgerReader(
            ledger, options, Optional.empty(), Optional.of(workbook), "—", false);
      }
      format.refuse(ledger);
      String bom = format == FileFormat.UTF8_WITH_BOM ? ", with a byte-order mark" : "";
      if (!scan) {
        Optional<Charset> named = options.encoding();
        return new LedgerReader(
            ledger,
            options,
            Optional.of(named.orElse(StandardCharsets.UTF_8)),
            Optional.empty(),
            named.map(n -> n.name() + " (--encoding)").orElse("UTF-8" + bom + " (detected)"),
            true);
      }
      if (options.encoding().isPresent()) {
        Charset named = options.encoding().orElseThrow();
        Optional<StrictDecoding.Failure> failure = scan(ledger, named);
        if (failure.isPresent()) {
          throw notIn(named, failure.orElseThrow());
        }
        return new LedgerReader(
            ledger,
            options,
            Optional.of(named),
            Optional.empty(),
            named.name() + " (--encoding)",
            false);
      }
      Optional<StrictDecoding.Failure> utf8 = scan(ledger, StandardCharsets.UTF_8);
      if (utf8.isEmpty()) {
        return new LedgerReader(
            ledger,
            options,
            Optional.of(StandardCharsets.UTF_8),
            Optional.empty(),
            "UTF-8" + bom + " (detected)",
            false);
      }
      Optional<StrictDecoding.Failure> gb = scan(ledger, GB18030);
      if (gb.isEmpty()) {
        return new LedgerReader(
            ledger,
            options,
            Optional.of(GB18030),
            Optional.empty(),
            "GB18030 (GBK) (detected)",
            false);
      }
      throw neither(utf8.orElseThrow(), gb.orElseThrow());
    } catch (IOException e) {
      throw unreadable(ledger, 1, e);
    }
  }

  /**
   * Returns the encoding read, as the report's header shows it: such as {@code UTF-8 (detected)}
   * or {@code GB18030 (GBK) (detected)}; empty for a workbook.
   */
  Optional<String> encoding() {
    return workbook.isPresent() ? Optional.empty() : Optional.of(encoding);
  }

  /** Returns the format read: {@code CSV}, or {@code xlsx, sheet “…”} with the sheet read. */
  String format() {
    return workbook.map(w -> "xlsx, sheet \"" + w.sheet() + "\"").orElse("CSV");
  }

  /** Returns the header mapping the reader applies. */
  ColumnMap columns() {
    return options.columns();
  }

  /**
   * Reads the ledger, giving its header and then every row to {@code sink}, and returns the number
   * of rows.
   */
  long read(RowSink sink) throws UnreadableLedgerException {
    if (workbook.isPresent()) {
      return workbook.orElseThrow().read(options.columns(), sink);
    }
    Charset text = charset.orElseThrow();
    CsvRecord last = null;
    try (InputStream in = Files.newInputStream(ledger);
        BufferedReader reader =
            new BufferedReader(
                new InputStreamReader(
                    in,
                    text.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)))) {
      skipByteOrderMark(reader);
      try (CsvReader<CsvRecord> csv = csv(new BoundedCells(reader))) {
        Iterator<CsvRecord> records = csv.iterator();
        if (!records.hasNext()) {
          throw new UnreadableLedgerException(
              new Text("账本为空，没有表头行", "the ledger is empty: it has no header row"));
        }
        last = records.next();
        sink.header(Header.of(last.getFields(), options.columns(), last.getStartingLineNumber()));
        long rows = 0;
        while (records.hasNext()) {
          last = records.next();
          sink.row(new LedgerRow(last.getStartingLineNumber(), last.getFields()));
          rows++;
        }
        return rows;
      }
    } catch (UncheckedIOException e) {
      // FastCSV wraps what goes wrong while reading: undecodable bytes, a cell too long.
      IOException cause = e.getCause();
      throw failure(lineAfter(last), cause == null ? new IOException(e) : cause);
    } catch (CsvParseException e) {
      // FastCSV's message only says which record; its cause says what is wrong.
      Throwable cause = e.getCause() == null ? e : e.getCause();
      throw notCsv(lineAfter(last), String.valueOf(cause.getMessage()), e);
    } catch (IOException e) {
      throw failure(lineAfter(last), e);
    }
  }

  private UnreadableLedgerException failure(long line, IOException cause) {
    if (assumed && cause instanceof CharacterCodingException) {
      return new NotInAssumedEncoding(encoding, line, cause);
    }
    return unreadable(ledger, line, cause);
  }

  /**
   * A byte that does not decode in the encoding a reader {@linkplain #openAssumingEncoding
   * assumed}: open the file with {@link #open} and read it again.
   */
  static final class NotInAssumedEncoding extends UnreadableLedgerException {
    private static final long serialVersionUID = 1L;

    NotInAssumedEncoding(String encoding, long line, IOException cause) {
      super(
          new Text(
              "账本不是所假定的编码 " + encoding + "：约第" + line + "行起无法解码",
              "the ledger is not in the encoding assumed, " + encoding
                  + ": it does not decode from about line " + line),
          cause);
    }
  }

  /**
   * Splits {@code reader} into records: RFC 4180 with no comments; blank lines are not records,
   * and a record may have more or fewer cells than the header (the checker judges that row, so
   * that no row is lost). FastCSV's own limits are no smaller than {@link BoundedCells}', which
   * finds a cell or a record too long first and says so with its line.
   */
  private static CsvReader<CsvRecord> csv(BoundedCells reader) {
    return CsvReader.builder()
        .fieldSeparator(',')
        .quoteCharacter('"')
        .commentStrategy(CommentStrategy.NONE)
        .skipEmptyLines(true)
        .allowExtraFields(true)
        .allowMissingFields(true)
        .build(
            CsvRecordHandler.builder()
                .maxFields(BoundedCells.MAX_RECORD)
                .maxFieldSize(BoundedCells.MAX_CELL)
                .maxRecordSize(BoundedCells.MAX_RECORD)
                .build(),
            reader);
  }

  /** The line after {@code record}, where reading goes on; line 1 before the first record. */
  private static long lineAfter(@Nullable CsvRecord record) {
    return record == null ? 1 : record.getStartingLineNumber() + lineBreaksWithin(record) + 1;
  }

  /**
   * Reads only the header of the ledger (of a workbook, the whole sheet): what the check needs to
   * know before the report begins when it reads the rows once, writing to a file ({@code -o}).
   *
   * @throws UnreadableLedgerException as {@link #read} does, for the part of the file read
   */
  Header readHeader() throws UnreadableLedgerException {
    Header[] found = new Header[1];
    RowSink headerOnly =
        new RowSink() {
          @Override
          public void header(Header header) {
            found[0] = header;
            if (workbook.isEmpty()) {
              throw new HeaderRead();
            }
          }

          @Override
          public void row(LedgerRow row) {}
        };
    try {
      read(headerOnly);
    } catch (HeaderRead e) {
      // the header is read: the rows are not needed yet
    }
    Header header = found[0];
    if (header == null) {
      throw new IllegalStateException("the reader gave no header for " + ledger);
    }
    return header;
  }

  /** Stops {@link #readHeader} after the header. */
  private static final class HeaderRead extends RuntimeException {
    private static final long serialVersionUID = 1L;

    HeaderRead() {
      super("header read", null, false, false);
    }
  }

  private static Optional<StrictDecoding.Failure> scan(Path ledger, Charset charset)
      throws IOException {
    return StrictDecoding.scan(() -> Files.newInputStream(ledger), charset);
  }

  private static UnreadableLedgerException notIn(Charset charset, StrictDecoding.Failure failure) {
    String name = charset.name();
    return new UnreadableLedgerException(
        new Text(
            "账本不是"
                + name
                + "编码：第"
                + failure.line()
                + "行（字节偏移 "
                + failure.offset()
                + "）的字节 "
                + failure.bytes()
                + " 无法按"
                + name
                + "解码；请另存为“CSV UTF-8”，或用 --encoding 指定其编码",
            "the ledger is not "
                + name
                + ": the bytes "
                + failure.bytes()
                + " at byte offset "
                + failure.offset()
                + " (line "
                + failure.line()
                + ") do not decode as "
                + name
                + "; save it as CSV UTF-8, or name its encoding with --encoding"));
  }

  /**
   * The file is neither UTF-8 nor GB18030: the message names where the encoding that reads further
   * stops, which is where a file in that encoding has a broken byte, and where the other stops.
   */
  private static UnreadableLedgerException neither(
      StrictDecoding.Failure utf8, StrictDecoding.Failure gb) {
    if (utf8.offset() == gb.offset()) {
      return new UnreadableLedgerException(
          new Text(
              "账本既不是UTF-8也不是GB18030（GBK）编码：第"
                  + utf8.line()
                  + "行（字节偏移 "
                  + utf8.offset()
                  + "）的字节 "
                  + utf8.bytes()
                  + " 按两者均无法解码；请另存为“CSV UTF-8”，或用 --encoding 指定其编码",
              "the ledger is neither UTF-8 nor GB18030 (GBK): the bytes "
                  + utf8.bytes()
                  + " at byte offset "
                  + utf8.offset()
                  + " (line "
                  + utf8.line()
                  + ") decode as neither; save it as CSV UTF-8, or name its encoding with"
                  + " --encoding"));
    }
    boolean utf8Further = utf8.offset() > gb.offset();
    StrictDecoding.Failure first = utf8Further ? utf8 : gb;
    StrictDecoding.Failure other = utf8Further ? gb : utf8;
    String firstName = utf8Further ? "UTF-8" : "GB18030";
    String otherName = utf8Further ? "GB18030" : "UTF-8";
    return new UnreadableLedgerException(
        new Text(
            "账本既不是UTF-8也不是GB18030（GBK）编码：按"
                + firstName
                + "读到第"
                + first.line()
                + "行（字节偏移 "
                + first.offset()
                + "）的字节 "
                + first.bytes()
                + " 无法解码（按"
                + otherName
                + "在第"
                + other.line()
                + "行、字节偏移 "
                + other.offset()
                + " 处即无法解码）；请另存为“CSV UTF-8”，或用 --encoding 指定其编码",
            "the ledger is neither UTF-8 nor GB18030 (GBK): read as "
                + firstName
                + ", the bytes "
                + first.bytes()
                + " at byte offset "
                + first.offset()
                + " (line "
                + first.line()
                + ") do not decode (read as "
                + otherName
                + ", already at byte offset "
                + other.offset()
                + ", line "
                + other.line()
                + "); save it as CSV UTF-8, or name its encoding with --encoding"));
  }

  static UnreadableLedgerException unreadable(Path ledger, long line, IOException cause) {
    if (cause instanceof NoSuchFileException) {
      return new UnreadableLedgerException(
          new Text("找不到账本文件“" + ledger + "”", "no such file: " + ledger), cause);
    }
    if (cause instanceof AccessDeniedException) {
      return new UnreadableLedgerException(
          new Text("无权读取账本文件“" + ledger + "”", "permission denied: " + ledger), cause);
    }
    if (cause instanceof BoundedCells.CellTooLongException tooLong) {
      return new UnreadableLedgerException(tooLong.text(), cause);
    }
    if (cause instanceof CharacterCodingException) {
      // Open decoded every byte: only a file changed since gets here.
      return new UnreadableLedgerException(
          new Text(
              "账本在读取期间被改动：约第" + line + "行起无法解码",
              "the ledger changed while it was read: it does not decode from about line " + line),
          cause);
    }
    if (cause instanceof BoundedCells.UnclosedQuoteException unclosed) {
      return notCsv(unclosed.line(), unclosed.reason(), cause);
    }
    return new UnreadableLedgerException(
        new Text(
            "无法读取账本“" + ledger + "”：" + cause.getMessage(),
            "cannot read " + ledger + ": " + cause.getMessage()),
        cause);
  }

  /** The file cannot be split into rows from {@code line} on, for the parser's {@code reason}. */
  private static UnreadableLedgerException notCsv(long line, String reason, Throwable cause) {
    return new UnreadableLedgerException(
        new Text(
            "账本不是有效的CSV，无法分行（第" + line + "行起）：" + reason + "；未核查任何行",
            "the ledger is not valid CSV and cannot be split into rows (from line "
                + line
                + "): "
                + reason
                + "; no row was checked"),
        cause);
  }

  private static void skipByteOrderMark(BufferedReader reader) throws IOException {
    reader.mark(1);
    if (reader.read() != BYTE_ORDER_MARK) {
      reader.reset();
    }
  }

  /** Counts the line breaks inside quoted cells, as the parser counts lines: CRLF, CR or LF. */
  private static long lineBreaksWithin(CsvRecord record) {
    long breaks = 0;
    for (String cell : record.getFields()) {
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
