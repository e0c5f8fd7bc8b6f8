package io.github.rapolicy.examples.ledger;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** One run of the ledger check, in process: its exit code and what it wrote. */
record Run(int exitCode, String out, String err) {

  static Run of(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = LedgerCheck.run(args, out, err);
    return new Run(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** Reads the CSV report: its records, header first. */
  List<CSVRecord> csv() {
    try {
      return CSVFormat.RFC4180.builder().setCommentMarker('#').get().parse(new StringReader(out)).getRecords();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads the CSV report's data rows, without the header. */
  List<CSVRecord> rows() {
    List<CSVRecord> records = csv();
    return records.subList(1, records.size());
  }
}
