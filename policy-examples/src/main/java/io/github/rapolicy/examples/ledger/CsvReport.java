package io.github.rapolicy.examples.ledger;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.jspecify.annotations.Nullable;

/**
 * The report as CSV, one row per ledger row in ledger order: {@code
 * line,verdict,clauses,reason_zh,reason_en}, clauses separated by {@code ;}. The totals go to
 * {@code totals} (standard error), followed by the report's header, so that the CSV itself stays
 * one table.
 *
 * <p>Written with FastCSV's writer: RFC 4180, CRLF line breaks, a cell quoted where it holds a
 * comma, a quote or a line break, and the first cell where it starts with {@code #}, so that no row
 * reads as a comment like the report's last line.
 */
final class CsvReport implements Report {

  static final String[] HEADER = {"line", "verdict", "clauses", "reason_zh", "reason_en"};

  private final CsvWriter csv;
  private final PrintWriter totals;
  private @Nullable ReportHeader header;

  CsvReport(PrintWriter out, PrintWriter totals) {
    this.csv =
        CsvWriter.builder()
            .fieldSeparator(',')
            .quoteCharacter('"')
            .commentCharacter('#')
            .lineDelimiter(LineDelimiter.CRLF)
            .build(out);
    csv.writeRecord(HEADER);
    this.totals = totals;
    flush(); // the header is part of the report's first part, even with no row after it
  }

  @Override
  public void begin(ReportHeader header) {
    this.header = header;
  }

  @Override
  public void row(CheckedRow row) {
    csv.writeRecord(
        row.line(),
        row.verdict().name(),
        String.join(";", row.clauses()),
        row.reason().zh(),
        row.reason().en());
    flush(); // the whole row goes on to the report's output, which releases whole rows
  }

  @Override
  public void end(Totals totals) {
    flush();
    TextReport.writeTotals(this.totals, totals);
    ReportHeader begun = header;
    if (begun != null) {
      this.totals.println();
      TextReport.writeHeader(this.totals, begun);
    }
  }

  private void flush() {
    try {
      csv.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
