package io.github.rapolicy.examples.ledger;

import io.github.rapolicy.rules.Policy;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The ledger check: reads a ledger a finance system exported (CSV) and writes a report that says,
 * for every line, whether notice 工信部联规〔2024〕122号 allows the charge, citing its clauses.
 *
 * <p>Run it from the project root (the README's "Checking a ledger"):
 *
 * <pre>{@code
 * ./mvnw -q -DskipTests package exec:java -Dexec.mainClass=io.github.rapolicy.examples.ledger.LedgerCheck \
 *     -Dexec.args="--date 2024-09-30 policy-examples/ledgers/sample-2024-09.csv"
 * }</pre>
 *
 * <p>The ledger is read twice: once to make sure it splits into rows at all, so that a broken file
 * writes no half report, and once to check and report row by row, in constant memory.
 */
@Command(
    name = "ledger-check",
    mixinStandardHelpOptions = true,
    version = "ledger-check 0.1.0 — notice 工信部联规〔2024〕122号",
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
      "Notice 工信部联规〔2024〕122号: research-assistant positions for the class of 2024.",
      "Checks every line of a ledger (UTF-8 CSV with a header row) against the notice and reports, for each, ALLOWED, NOT_ALLOWED, UNDECIDED (not decided by the notice) or"
          + " ERROR (malformed row), with the clauses cited, the reasons in Chinese and English and"
          + " what would change the verdict; then totals by fund and verdict.",
      "Columns, by header name in any order: line, position_category, position_project,"
          + " service_agreement, fund, fund_project, balance_retained, balance_for_research, cost,"
          + " amount, actual."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the report is written; every row is ALLOWED",
      "1:the report is written; some rows are NOT_ALLOWED or UNDECIDED, none is ERROR",
      "2:the report is written; some rows are ERROR (malformed), all others are checked",
      "3:the ledger cannot be read at all (or the report cannot be written); no report",
      "4:the command line is wrong, such as a missing --date",
      "5:an internal error: a bug, please report it"
    },
    exitCodeOnInvalidInput = 4,
    exitCodeOnExecutionException = 5)
public final class LedgerCheck implements Callable<Integer> {

  /** The report's format. */
  enum Format {
    /** For people: one entry per row, then the totals. */
    TEXT,
    /** For programs: line,verdict,clauses,reason_zh,reason_en; the totals go to standard error. */
    CSV,
    /** For programs: JSON Lines, a header object, one object per row, a totals object. */
    JSONL,
    /** For people: one self-contained HTML page, with a chart and filters by verdict. */
    HTML
  }

  @Parameters(
      index = "0",
      paramLabel = "LEDGER",
      description = "the ledger: a CSV file, UTF-8 (a leading BOM is fine), RFC 4180 quoting")
  private Path ledger = Path.of(""); // set by picocli: the parameter is required

  @Option(
      names = "--date",
      required = true,
      paramLabel = "YYYY-MM-DD",
      description =
          "the date the charges are asked about, such as the last day of the month the ledger"
              + " covers; before 2024-06-25 the notice was not in force")
  private LocalDate date = LocalDate.EPOCH; // set by picocli: the option is required

  @Option(
      names = "--format",
      paramLabel = "text|csv|jsonl|html",
      defaultValue = "text",
      description =
          "text (default) or html (one self-contained page, best with -o) for people; csv (one"
              + " table) or jsonl (JSON Lines, with the findings and remedies) for programs")
  private Format format = Format.TEXT;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "write the report to FILE instead of standard output")
  private @Nullable Path output;

  private final PrintWriter out;
  private final PrintWriter err;

  private LedgerCheck(PrintWriter out, PrintWriter err) {
    this.out = out;
    this.err = err;
  }

  /** Runs the ledger check and exits with its exit code. */
  public static void main(String[] args) {
    int code = run(args, System.out, System.err);
    if (code != 0) {
      System.exit(code);
    }
  }

  /**
   * Runs the ledger check with {@code args}, writing to {@code stdout} and {@code stderr} in UTF-8,
   * and returns the exit code.
   */
  public static int run(String[] args, OutputStream stdout, OutputStream stderr) {
    PrintWriter out = writer(stdout);
    PrintWriter err = writer(stderr);
    try {
      CommandLine command = new CommandLine(new LedgerCheck(out, err));
      command.setOut(out);
      command.setErr(err);
      command.setCaseInsensitiveEnumValuesAllowed(true);
      command.setParameterExceptionHandler(
          (e, args2) -> {
            CommandLine failed = e.getCommandLine();
            failed.getErr().println("ledger-check: " + e.getMessage());
            failed.getErr().print("Usage: " + failed.getHelp().synopsis(0));
            failed.getErr().println("See ledger-check --help.");
            return failed.getCommandSpec().exitCodeOnInvalidInput();
          });
      command.setExecutionExceptionHandler(
          (e, failed, parseResult) -> {
            failed.getErr().println("ledger-check: internal error, please report it: " + e);
            return failed.getCommandSpec().exitCodeOnExecutionException();
          });
      return command.execute(args);
    } finally {
      out.flush();
      err.flush();
    }
  }

  private static PrintWriter writer(OutputStream stream) {
    return new PrintWriter(
        new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8)), false);
  }

  @Override
  public Integer call() {
    try {
      LedgerReader.read(ledger, new LedgerReader.RowSink() {
        @Override
        public void header(Header header) {}

        @Override
        public void row(LedgerRow row) {}
      });
    } catch (UnreadableLedgerException e) {
      return unreadable(e.text());
    }
    if (output == null) {
      return check(out);
    }
    try (PrintWriter file =
        new PrintWriter(Files.newBufferedWriter(output, StandardCharsets.UTF_8), false)) {
      return check(file);
    } catch (IOException | UncheckedIOException e) {
      return unreadable(
          new Text(
              "无法写入报告“" + output + "”：" + e.getMessage(),
              "cannot write the report to " + output + ": " + e.getMessage()));
    }
  }

  private int check(PrintWriter to) {
    Report report =
        switch (format) {
          case TEXT -> new TextReport(to);
          case CSV -> new CsvReport(to, err);
          case JSONL -> new JsonlReport(to);
          case HTML -> new HtmlReport(to);
        };
    RowChecker checker = new RowChecker(Policy.ofNotice().on(date));
    Totals totals = new Totals();
    report.begin(ReportHeader.of(ledger, date));
    try {
      LedgerReader.read(
          ledger,
          new LedgerReader.RowSink() {
            private @Nullable Header header;

            @Override
            public void header(Header header) {
              this.header = header;
            }

            @Override
            public void row(LedgerRow row) {
              Header read = header;
              if (read == null) {
                throw new IllegalStateException("a row before the header");
              }
              CheckedRow checked = checker.check(read, row);
              totals.add(checked);
              report.row(checked);
            }
          });
    } catch (UnreadableLedgerException e) {
      // The first reading split the file into rows; only a file changed in between gets here.
      return unreadable(e.text());
    }
    report.end(totals);
    to.flush();
    if (to.checkError()) {
      return unreadable(
          new Text("无法写出完整报告", "the report could not be written completely"));
    }
    return totals.exitCode().code();
  }

  private int unreadable(Text problem) {
    err.println("ledger-check: " + problem.en());
    err.println("ledger-check: " + problem.zh());
    return ExitCode.UNREADABLE.code();
  }
}
