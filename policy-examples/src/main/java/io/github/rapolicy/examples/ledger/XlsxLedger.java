package io.github.rapolicy.examples.ledger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.jspecify.annotations.Nullable;

/**
 * A ledger in an Excel workbook (.xlsx), read with FastExcel's streaming reader: one sheet, the
 * first or the one named, whose first row that is not blank is the header. Every row is read,
 * hidden rows too; blank rows are not rows. A row's line is its row number in the sheet, as Excel
 * shows it. Memory stays bounded: {@link XlsxBounds} first checks, counting only, that no cell of
 * the sheet is longer than a ledger's cell may be and that the shared strings are not too long.
 *
 * <p>How cells become text, as the CSV export of the same sheet would have it but exact:
 *
 * <ul>
 *   <li>a number is its decimal value as the file stores it, rounded to the 15 significant digits
 *       Excel shows and without trailing zeros: a cell showing 6500.1 reads {@code 6500.1}, then
 *       6500.10 yuan, never 6500.0999…; it is never read through a {@code double};
 *   <li>a date (a number with a date format): {@code YYYY-MM} in the {@code period} column, {@code
 *       YYYY-MM-DD} elsewhere, with the time if it has one;
 *   <li>text as it is; a boolean {@code true} or {@code false}; an error such as {@code #N/A} as
 *       written, which no column accepts; a formula its last computed value.
 * </ul>
 */
final class XlsxLedger {

  /** Excel shows at most 15 significant digits of a number. */
  private static final MathContext EXCEL_DIGITS = new MathContext(15, RoundingMode.HALF_EVEN);

  /**
   * The built-in number formats that are dates or times (ECMA-376 Part 1, 18.8.30, with the ids
   * the Chinese and Japanese editions of Excel use for 年月日 formats).
   */
  private static final Set<String> BUILT_IN_DATES =
      Set.of(
          "14", "15", "16", "17", "18", "19", "20", "21", "22", "27", "28", "29", "30", "31", "32",
          "33", "34", "35", "36", "45", "46", "47", "50", "51", "52", "53", "54", "55", "56", "57",
          "58");

  private static final ReadingOptions READING = new ReadingOptions(true, false);

  private final Path file;
  private final String sheet;
  private final String sheetId;
  /** The workbook's sheets, where the first was read for want of {@code --sheet}; else empty. */
  private final List<String> sheetsToChooseFrom;

  private XlsxLedger(Path file, Sheet sheet, List<String> sheetsToChooseFrom) {
    this.file = file;
    this.sheet = sheet.getName();
    this.sheetId = sheet.getId();
    this.sheetsToChooseFrom = List.copyOf(sheetsToChooseFrom);
  }

  /**
   * Opens {@code file} and finds the sheet to read: {@code sheet}, or the first.
   *
   * @throws UnreadableLedgerException if the file is not a workbook FastExcel can read, or has no
   *     sheet of that name (the message lists the sheets it has)
   */
  static XlsxLedger open(Path file, Optional<String> sheet) throws UnreadableLedgerException {
    try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile(), READING)) {
      List<Sheet> sheets = workbook.getSheets().collect(Collectors.toList());
      List<String> names = sheets.stream().map(Sheet::getName).collect(Collectors.toList());
      if (names.isEmpty()) {
        throw new UnreadableLedgerException(
            new Text("工作簿“" + file + "”没有工作表", "the workbook " + file + " has no sheet"));
      }
      if (sheet.isEmpty()) {
        return new XlsxLedger(file, sheets.get(0), names.size() > 1 ? names : List.of());
      }
      String wanted = sheet.orElseThrow();
      if (!names.contains(wanted)) {
        throw new UnreadableLedgerException(
            new Text(
                "工作簿“" + file + "”没有名为“" + wanted + "”的工作表；其工作表为：" + String.join("、", names),
                "the workbook "
                    + file
                    + " has no sheet \""
                    + wanted
                    + "\"; its sheets are: "
                    + names.stream().map(n -> "\"" + n + "\"").collect(Collectors.joining(", "))));
      }
      return new XlsxLedger(file, sheets.get(names.indexOf(wanted)), List.of());
    } catch (IOException | RuntimeException e) {
      throw notAWorkbook(file, e);
    }
  }

  /**
   * Reads the header row; where it is not a ledger's and the first of several sheets was read for
   * want of {@code --sheet}, the message also lists the sheets, to choose the ledger's.
   */
  private Header header(List<String> cells, ColumnMap columns, long line)
      throws UnreadableLedgerException {
    try {
      return Header.of(cells, columns, line);
    } catch (UnreadableLedgerException e) {
      if (sheetsToChooseFrom.isEmpty()) {
        throw e;
      }
      throw new UnreadableLedgerException(
          new Text(
              e.text().zh()
                  + "（读取的是第一个工作表“" + sheet + "”；工作簿的工作表有："
                  + String.join("、", sheetsToChooseFrom) + "，请用 --sheet 名称 选择账本所在的工作表）",
              e.text().en()
                  + " (read from the first sheet, \"" + sheet + "\"; the workbook's sheets are: "
                  + String.join(", ", sheetsToChooseFrom)
                  + "; choose the ledger's with --sheet NAME)"),
          e);
    }
  }

  /** Returns the name of the sheet read. */
  String sheet() {
    return sheet;
  }

  /**
   * Reads the sheet, giving its header and then every row that is not blank to {@code sink}, and
   * returns the number of rows.
   */
  long read(ColumnMap columns, LedgerReader.RowSink sink) throws UnreadableLedgerException {
    XlsxBounds.check(file, sheetId);
    try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile(), READING);
        Stream<Row> rows = openSheet(workbook)) {
      Iterator<Row> iterator = rows.iterator();
      Header header = null;
      int width = 0;
      int period = -1;
      long count = 0;
      for (Row row = next(iterator); row != null; row = next(iterator)) {
        List<String> cells = new ArrayList<>(Math.max(width, row.getCellCount()));
        boolean blank = true;
        for (int i = 0; i < row.getCellCount(); i++) {
          String text = text(row.getCell(i), i == period);
          if (text.length() > BoundedCells.MAX_CELL) {
            // As in a CSV file: a cell this long is not a ledger's. XlsxBounds finds such cells
            // before FastExcel reads them; this is for a sheet part it could not parse.
            throw new BoundedCells.CellTooLongException(row.getRowNum(), "cell", BoundedCells.MAX_CELL);
          }
          blank &= text.isBlank();
          cells.add(text);
        }
        if (blank) {
          continue;
        }
        if (header == null) {
          header = header(cells, columns, row.getRowNum());
          sink.header(header);
          width = cells.size();
          period = header.position(Column.PERIOD).orElse(-1);
          continue;
        }
        sink.row(new LedgerRow(row.getRowNum(), toWidth(cells, width)));
        count++;
      }
      if (header == null) {
        throw new UnreadableLedgerException(
            new Text(
                "工作表“" + sheet + "”为空，没有表头行",
                "the sheet \"" + sheet + "\" is empty: it has no header row"));
      }
      return count;
    } catch (BoundedCells.CellTooLongException e) {
      throw new UnreadableLedgerException(e.text(), e);
    } catch (IOException e) {
      throw notAWorkbook(file, e);
    }
  }

  private Stream<Row> openSheet(ReadableWorkbook workbook) throws IOException {
    try {
      Sheet read =
          workbook
              .findSheet(sheet)
              .orElseThrow(() -> new IOException("the sheet \"" + sheet + "\" is gone"));
      return read.openStream();
    } catch (RuntimeException e) {
      throw new IOException(message(e), e);
    }
  }

  /**
   * Returns the next row, or null at the end; what FastExcel throws reading a broken sheet (its
   * own exception, or the XML parser's and the JDK's for a file it does not expect) is an
   * IOException here.
   */
  private static @Nullable Row next(Iterator<Row> rows) throws IOException {
    try {
      return rows.hasNext() ? rows.next() : null;
    } catch (RuntimeException e) {
      throw new IOException(message(e), e);
    }
  }

  private static String message(Exception e) {
    Throwable cause = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
    String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    return message.replaceAll("\\s*\\R\\s*", " "); // one line: the XML parser's run over two
  }

  /**
   * Returns {@code cells} with as many cells as the header has: empty cells added at the end, and
   * empty cells past the header's last dropped (Excel leaves out empty cells, and keeps formatted
   * ones); cells with text past it are kept, and make the row an ERROR.
   */
  private static List<String> toWidth(List<String> cells, int width) {
    int last = cells.size();
    while (last > width && cells.get(last - 1).isEmpty()) {
      last--;
    }
    List<String> row = new ArrayList<>(cells.subList(0, last));
    while (row.size() < width) {
      row.add("");
    }
    return row;
  }

  /** Returns a cell as text, as the class comment says; empty for a cell the row leaves out. */
  static String text(@Nullable Cell cell, boolean period) {
    if (cell == null) {
      return "";
    }
    Object value = cell.getValue();
    if (value instanceof BigDecimal number) {
      if (isDate(cell.getDataFormatId(), cell.getDataFormatString())) {
        Optional<LocalDateTime> date = date(cell);
        if (date.isPresent()) {
          LocalDateTime at = date.orElseThrow();
          if (period) {
            return YearMonth.from(at).toString();
          }
          return at.toLocalTime().equals(LocalTime.MIDNIGHT)
              ? at.toLocalDate().toString()
              : at.toString();
        }
      }
      BigDecimal shown = number.round(EXCEL_DIGITS).stripTrailingZeros();
      // Beyond 30 digits either side of the point no amount is meant: keep the exponent form
      // rather than write out a number of millions of digits.
      return Math.abs(shown.scale()) > 30 ? shown.toString() : shown.toPlainString();
    }
    if (value == null) {
      String raw = cell.getRawValue();
      return raw == null ? "" : raw;
    }
    return value.toString();
  }

  private static Optional<LocalDateTime> date(Cell cell) {
    try {
      return Optional.ofNullable(cell.asDate());
    } catch (DateTimeException
        | ArithmeticException
        | NumberFormatException
        | org.dhatim.fastexcel.reader.ExcelReaderException e) {
      return Optional.empty(); // not a date Java can hold (or a formula's): read as the number
    }
  }

  /**
   * Returns whether a number format shows a date or time: a built-in date format, or a format
   * with a year, month, day, hour or second placeholder outside quoted text, escapes and {@code
   * [...]} sections (colours, locales, elapsed time aside).
   */
  static boolean isDate(@Nullable Integer formatId, @Nullable String format) {
    if (formatId != null && BUILT_IN_DATES.contains(String.valueOf(formatId))) {
      return true;
    }
    if (format == null) {
      return false;
    }
    boolean quoted = false;
    boolean bracket = false;
    for (int i = 0; i < format.length(); i++) {
      char c = format.charAt(i);
      if (quoted) {
        quoted = c != '"';
      } else if (bracket) {
        bracket = c != ']';
      } else if (c == '"') {
        quoted = true;
      } else if (c == '[') {
        bracket = true;
      } else if (c == '\\' || c == '_' || c == '*') {
        i++; // the next character is literal, a space of its width, or a fill
      } else if ("ymdhsYMDHS".indexOf(c) >= 0) {
        return true;
      }
    }
    return false;
  }

  static UnreadableLedgerException notAWorkbook(Path file, Exception e) {
    String why = message(e);
    return new UnreadableLedgerException(
        new Text(
            "“" + file + "”以 ZIP 开头，但不是可读取的 .xlsx 工作簿（" + why + "）；请用 Excel 另存为 .xlsx 或“CSV UTF-8”",
            file
                + " begins as a ZIP archive but is not an .xlsx workbook that can be read ("
                + why
                + "); save it from Excel as .xlsx or as CSV UTF-8"),
        e);
  }
}
