package io.github.rapolicy.examples.ledger;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * The report as CSV, one row per ledger row in ledger order: {@code
 * line,verdict,clauses,reason_zh,reason_en}, clauses separated by {@code ;}. The totals go to
 * {@code totals} (standard error), followed by the report's header, so that the CSV itself stays
 * one table.
 */
final class CsvReport implements Report {

  static final String[] HEADER = {"line", "verdict", "clauses", "reason_zh", "reason_en"};

  private final CSVPrinter printer;
  private final PrintWriter totals;
  private @Nullable ReportHeader header;

  CsvReport(PrintWriter out, PrintWriter totals) {
    try {
      this.printer = CSVFormat.RFC4180.builder().setHeader(HEADER).get().print(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    this.totals = totals;
  }

  @Override
  public void begin(ReportHeader header) {
    this.header = header;
  }

  @Override
  public void row(CheckedRow row) {
    try {
      printer.printRecord(
          row.line(),
          row.verdict().name(),
          String.join(";", row.clauses()),
          row.reason().zh(),
          row.reason().en());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void end(Totals totals) {
    try {
      printer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    TextReport.writeTotals(this.totals, totals);
    ReportHeader begun = header;
    if (begun != null) {
      this.totals.println();
      TextReport.writeHeader(this.totals, begun);
    }
  }
}
