package io.github.rapolicy.examples.ledger;

import io.github.rapolicy.examples.overlays.OverlayFile;
import io.github.rapolicy.examples.overlays.OverlayFileException;
import io.github.rapolicy.rules.Language;
import io.github.rapolicy.rules.Overlay;
import io.github.rapolicy.rules.Policy;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
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
          + " what would change the verdict; then totals by fund and verdict. A totals row (合计,"
          + " 小计, 总计, total, subtotal) is SKIPPED, which counts like ALLOWED for the exit code.",
      "Columns, by header name in any order: line, position_category, position_project,"
          + " service_agreement, fund, fund_project, balance_retained, balance_for_research, cost,"
          + " amount, actual; with position and period (YYYY-MM) too, each cost's lines are added"
          + " up over the whole ledger and all funds (据实列支, 3.3.5) and a negative amount is a"
          + " reversal."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the report is written; every row is ALLOWED",
      "1:the report is written; some rows are NOT_ALLOWED or UNDECIDED, none is ERROR",
      "2:the report is written; some rows are ERROR (malformed), all others are checked",
      "3:the ledger or an overlay file cannot be read (or the report cannot be written); no report",
      "4:the command line is wrong, such as a missing --date",
      "5:an internal error: a bug, please report it"
    },
    exitCodeOnInvalidInput = 4,
    exitCodeOnExecutionException = 5)
public final class LedgerCheck implements Callable<Integer> {

  /** The report's format. */
  enum Format {
    /** For people: one entry per row, then the totals. */
    TEXT(ReportOutput.COMMENT_LINE),
    /** For programs: line,verdict,clauses,reason_zh,reason_en; the totals go to standard error. */
    CSV(ReportOutput.COMMENT_LINE),
    /** For programs: JSON Lines, a header object, one object per row, a totals object. */
    JSONL(JsonlReport.END_RECORD),
    /** For people: one self-contained HTML page, with a chart and filters by verdict. */
    HTML(ReportOutput.HTML_COMMENT);

    private final ReportOutput.Completion completion;

    Format(ReportOutput.Completion completion) {
      this.completion = completion;
    }

    /** The report's last line, which says whether it is complete. */
    ReportOutput.Completion completion() {
      return completion;
    }
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
      converter = IsoDate.class,
      description =
          "the date the charges are asked about, such as the last day of the month the ledger"
              + " covers; before 2024-06-25 the notice was not in force")
  private LocalDate date = LocalDate.EPOCH; // set by picocli: the option is required

  @Option(
      names = "--overlay",
      paramLabel = "FILE",
      description =
          "an overlay file (YAML, see the README): rules from outside the notice, each applied on"
              + " the dates it is in force; repeatable")
  private List<Path> overlayFiles = new ArrayList<>();

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
      description =
          "write the report to FILE instead of standard output: to a temporary file beside it,"
              + " moved onto FILE only when complete; a failure or an interrupt leaves FILE as it was")
  private @Nullable Path output;

  /**
   * Reads {@code --date} as an ISO date, YYYY-MM-DD; anything else is a wrong command line (exit 4)
   * whose message names the value and the form, not the parser's exception.
   */
  static final class IsoDate implements CommandLine.ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      try {
        return LocalDate.parse(value);
      } catch (DateTimeParseException e) {
        throw new CommandLine.TypeConversionException(
            "'" + value + "' is not a date of the form YYYY-MM-DD, such as 2024-09-30");
      }
    }
  }

  private final PrintWriter out;
  private final PrintWriter err;
  private Policy policy = Policy.ofNotice();

  /** Whether the ledger has the columns position and period: its costs' lines are added up. */
  private boolean addsUpCosts;

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
    Policy policy = Policy.ofNotice();
    for (Path file : overlayFiles) {
      try {
        policy = OverlayFile.read(file).layerOver(policy);
      } catch (OverlayFileException e) {
        return unreadable(new Text("叠加规则文件有误：" + e.getMessage(), "overlay file: " + e.getMessage()));
      } catch (IOException | UncheckedIOException e) {
        return unreadable(
            new Text(
                "无法读取叠加规则文件“" + file + "”：" + e.getMessage(),
                "cannot read the overlay file " + file + ": " + e.getMessage()));
      }
    }
    this.policy = policy;
    try {
      LedgerReader.read(ledger, new LedgerReader.RowSink() {
        @Override
        public void header(Header header) {
          addsUpCosts = header.addsUpCosts();
        }

        @Override
        public void row(LedgerRow row) {}
      });
    } catch (UnreadableLedgerException e) {
      return unreadable(e.text());
    }
    Path file = output;
    ReportOutput report;
    try {
      report =
          file == null
              ? ReportOutput.streaming(out, format.completion())
              : ReportOutput.replacing(file, format.completion());
    } catch (IOException e) {
      return cannotWrite(e);
    }
    try (report) {
      int code = check(report);
      if (code != ExitCode.UNREADABLE.code()) {
        report.complete();
      }
      return code;
    } catch (IOException | UncheckedIOException e) {
      return cannotWrite(e);
    }
  }

  private int check(ReportOutput output) {
    PrintWriter to = output.writer();
    Report report =
        switch (format) {
          case TEXT -> new TextReport(to);
          case CSV -> new CsvReport(to, err);
          case JSONL -> new JsonlReport(to);
          case HTML -> new HtmlReport(to);
        };
    RowChecker checker = new RowChecker(policy.on(date));
    Totals totals = new Totals();
    ReportHeader header = ReportHeader.of(ledger, date).withRules(policy);
    if (!addsUpCosts) {
      header =
          header.with(
              "cost_totals",
              new Text("累计核查", "charges added up per cost"),
              "no: without the columns position and period each line is judged alone, and charges of"
                  + " one cost across lines could not be added up (3.3.5) / 否：账本无 position 和"
                  + " period 两列，逐行单独核查，未能累计同一费用多行的列支（3.3.5）");
    }
    int number = 0;
    for (Overlay overlay : policy.overlays()) {
      number++;
      header =
          header.with(
              "overlay_" + number,
              new Text("叠加规则 " + number, "overlay " + number),
              overlay.name()
                  + " ("
                  + overlay.source()
                  + "), "
                  + overlay.inForce().describe(Language.ENGLISH)
                  + (overlay.isInForceOn(date) ? "" : "; not in force on " + date));
    }
    report.begin(header);
    output.partWritten();
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
              output.rowWritten();
            }
          });
    } catch (UnreadableLedgerException e) {
      // The first reading split the file into rows; only a file changed in between gets here.
      output.abandon(e.text());
      return unreadable(e.text());
    }
    totals.overCharged(checker.overCharged());
    report.end(totals);
    return totals.exitCode().code();
  }

  private int cannotWrite(Exception e) {
    String where = output == null ? "standard output" : String.valueOf(output);
    return unreadable(
        new Text(
            "无法写入报告“" + where + "”：" + e.getMessage(),
            "cannot write the report to " + where + ": " + e.getMessage()));
  }

  private int unreadable(Text problem) {
    err.println("ledger-check: " + problem.en());
    err.println("ledger-check: " + problem.zh());
    return ExitCode.UNREADABLE.code();
  }
}
