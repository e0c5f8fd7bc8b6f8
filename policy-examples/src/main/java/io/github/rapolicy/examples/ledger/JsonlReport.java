package io.github.rapolicy.examples.ledger;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import io.github.rapolicy.funding.Money;
import io.github.rapolicy.notice.Clause;
import io.github.rapolicy.planning.RefusalGround;
import io.github.rapolicy.rules.Finding;
import io.github.rapolicy.rules.Language;
import io.github.rapolicy.rules.Remedy;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The report as JSON Lines: one JSON object per line, each with a {@code record} member saying
 * what it is. First the {@code header}, then one {@code row} per ledger row in ledger order, last
 * the {@code totals}. The README's "JSON Lines report" documents every member.
 *
 * <p>Amounts are strings of yuan with two decimals ({@code "6500.00"}), never JSON numbers, so that
 * no reader turns them into binary floating point.
 */
final class JsonlReport implements Report {

  private static final JsonFactory FACTORY =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  /**
   * The last line of a JSON Lines report: {@code {"record":"end","complete":true,"rows":25}}, or,
   * for a report cut short, {@code "complete":false} with the rows written and the reason.
   */
  static final ReportOutput.Completion END_RECORD =
      new ReportOutput.Completion() {
        @Override
        public String complete(long rows) {
          return "{\"record\":\"end\",\"complete\":true,\"rows\":" + rows + "}";
        }

        @Override
        public String incomplete(long rows, Text why) {
          java.io.StringWriter line = new java.io.StringWriter();
          try (JsonGenerator end = FACTORY.createGenerator(line)) {
            end.writeStartObject();
            end.writeStringField("record", "end");
            end.writeBooleanField("complete", false);
            end.writeNumberField("rows", rows);
            end.writeObjectFieldStart("reason");
            end.writeStringField("zh", why.zh());
            end.writeStringField("en", why.en());
            end.writeEndObject();
            end.writeEndObject();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          return line.toString();
        }
      };

  private final JsonGenerator json;

  JsonlReport(PrintWriter out) {
    try {
      this.json = FACTORY.createGenerator(out);
      json.setRootValueSeparator(null); // the line break ends each record instead
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void begin(ReportHeader header) {
    write(
        () -> {
          json.writeStartObject();
          json.writeStringField("record", "header");
          json.writeStringField("report", "ledger-check");
          json.writeStringField("notice", "工信部联规〔2024〕122号");
          for (ReportHeader.Field field : header.all()) {
            json.writeStringField(field.key(), field.value());
          }
          json.writeEndObject();
        });
  }

  @Override
  public void row(CheckedRow row) {
    write(
        () -> {
          json.writeStartObject();
          json.writeStringField("record", "row");
          json.writeNumberField("file_line", row.fileLine());
          json.writeStringField("line", row.line());
          json.writeStringField("verdict", row.verdict().name());
          json.writeArrayFieldStart("clauses");
          for (String clause : row.clauses()) {
            json.writeString(clause);
          }
          json.writeEndArray();
          json.writeStringField("charge", row.charge());
          json.writeStringField("fund", row.fund());
          if (row.reversal() && row.amount().isPresent()) {
            json.writeStringField("amount", "-" + row.amount().get()); // as the ledger gives it
          } else {
            money("amount", row.amount());
          }
          if (row.verdict() == RowVerdict.ERROR) {
            text("problem", row.reason());
          } else {
            json.writeNullField("problem");
          }
          json.writeArrayFieldStart("findings");
          for (Finding finding : row.findings()) {
            finding(finding);
          }
          json.writeEndArray();
          json.writeArrayFieldStart("remedies");
          for (Remedy remedy : row.remedies()) {
            json.writeStartObject();
            json.writeStringField("remedy", remedy.name());
            json.writeStringField("zh", remedy.describe(Language.CHINESE));
            json.writeStringField("en", remedy.describe(Language.ENGLISH));
            json.writeEndObject();
          }
          json.writeEndArray();
          Optional<CheckedRow.CostTotal> cost = row.costTotal();
          if (cost.isPresent()) {
            json.writeObjectFieldStart("cost_total");
            json.writeStringField("cost", cost.get().cost());
            json.writeStringField("running_total", cost.get().runningTotal().toString());
            json.writeStringField("actual", cost.get().actual().toString());
            json.writeBooleanField("above_actual", cost.get().isAboveActual());
            json.writeArrayFieldStart("refused_for");
            for (RefusalGround ground : cost.get().refusedFor()) {
              json.writeString(ground.name());
            }
            json.writeEndArray();
            json.writeEndObject();
          } else {
            json.writeNullField("cost_total");
          }
          json.writeEndObject();
        });
  }

  private void finding(Finding finding) throws IOException {
    json.writeStartObject();
    json.writeStringField("reason", finding.reason().name());
    json.writeStringField("outcome", finding.outcome().name());
    json.writeArrayFieldStart("clauses");
    for (Clause clause : finding.clauses()) {
      json.writeString(clause.id());
    }
    json.writeEndArray();
    json.writeStringField("zh", finding.describe(Language.CHINESE));
    json.writeStringField("en", finding.describe(Language.ENGLISH));
    json.writeEndObject();
  }

  @Override
  public void end(Totals totals) {
    write(
        () -> {
          json.writeStartObject();
          json.writeStringField("record", "totals");
          json.writeNumberField("rows", totals.rows());
          json.writeObjectFieldStart("verdicts");
          for (RowVerdict verdict : RowVerdict.values()) {
            tally(verdict, totals.all(verdict));
          }
          json.writeEndObject();
          json.writeArrayFieldStart("funds");
          for (Map.Entry<String, Map<RowVerdict, Totals.Tally>> fund : totals.byFund().entrySet()) {
            json.writeStartObject();
            json.writeStringField("fund", fund.getKey());
            json.writeObjectFieldStart("verdicts");
            for (Map.Entry<RowVerdict, Totals.Tally> tally : fund.getValue().entrySet()) {
              tally(tally.getKey(), tally.getValue());
            }
            json.writeEndObject();
            json.writeEndObject();
          }
          json.writeEndArray();
          json.writeEndObject();
        });
    try {
      json.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void tally(RowVerdict verdict, Totals.Tally tally) throws IOException {
    json.writeObjectFieldStart(verdict.name());
    json.writeNumberField("rows", tally.rows());
    money(
        "amount",
        verdict == RowVerdict.ERROR || verdict == RowVerdict.SKIPPED
            ? Optional.empty()
            : Optional.of(tally.amount()));
    json.writeEndObject();
  }

  private void money(String name, Optional<Money> amount) throws IOException {
    if (amount.isPresent()) {
      json.writeStringField(name, amount.get().toString());
    } else {
      json.writeNullField(name);
    }
  }

  private void text(String name, Text text) throws IOException {
    json.writeObjectFieldStart(name);
    json.writeStringField("zh", text.zh());
    json.writeStringField("en", text.en());
    json.writeEndObject();
  }

  /**
   * Writes one record and ends its line, and hands it to the writer whole, so that the report's
   * output only ever holds whole records ({@link ReportOutput}).
   */
  private void write(Record record) {
    try {
      record.write();
      json.writeRaw('\n');
      json.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes one JSON object. */
  @FunctionalInterface
  private interface Record {
    void write() throws IOException;
  }

  /** The members of a row, in the order written; the README's schema lists them. */
  static final List<String> ROW_MEMBERS =
      List.of(
          "record", "file_line", "line", "verdict", "clauses", "charge", "fund", "amount",
          "problem", "findings", "remedies", "cost_total");
}
