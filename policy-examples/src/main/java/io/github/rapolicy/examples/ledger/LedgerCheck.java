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
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The ledger check: reads a ledger a finance system exported (CSV in UTF-8 or GB18030, or an .xlsx
 * workbook; see {@link LedgerReader}) and writes a report that says,
 * for every line, whether notice 工信部联规〔2024〕122号 allows the charge, citing its clauses.
 *
 * <p>Run it from the project root (the README's "Checking a ledger"):
 *
 * <pre>{@code
 * ./mvnw -q -DskipTests package exec:java -Dexec.mainClass=io.github.rapolicy.examples.ledger.LedgerCheck \
 *     -Dexec.args="--date 2024-09-30 policy-examples/ledgers/sample-2024-09.csv"
 * }</pre>
 *
 * <p>The ledger is checked and reported row by row, in constant memory. A report to standard output
 * cannot be taken back, so there the ledger is read twice: once to make sure it splits into rows at
 * all, so that a broken file writes no half report, and once to check. A report to a file ({@code
 * -o}) goes to a temporary file that a failure deletes, so there the ledger is read once.
 */
@Command(
    name = "ledger-check",
    mixinStandardHelpOptions = true,
    version = "ledger-check 0.1.0 — notice 工信部联规〔2024〕122号",
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
      "Notice 工信部联规〔2024〕122号: research-assistant positions for the class of 2024.",
      "Checks every line of a ledger (CSV in UTF-8 or GB18030/GBK, or an .xlsx workbook, with a header row) against the notice and reports, for each, ALLOWED, NOT_ALLOWED, UNDECIDED (not decided by the notice) or"
          + " ERROR (malformed row), with the clauses cited, the reasons in Chinese and English and"
          + " what would change the verdict; then totals by fund and verdict. A totals row (合计,"
          + " 小计, 总计, total, subtotal) is SKIPPED, which counts like ALLOWED for the exit code.",
      "Columns, by header name (English or Chinese) in any order: line, position_category,"
          + " position_project, service_agreement, fund, fund_project, balance_retained,"
          + " balance_for_research, cost, amount, actual; other names with --column or"
          + " --column-map; with position and period (YYYY-MM) too, each cost's lines are added"
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
      description =
          "the ledger: a CSV file (RFC 4180 quoting) in UTF-8, with or without a BOM, or"
              + " GB18030/GBK, found by decoding; or an Excel workbook (.xlsx)")
  private Path ledger = Path.of(""); // set by picocli: the parameter is required

  @Option(
      names = "--encoding",
      paramLabel = "NAME",
      converter = EncodingName.class,
      description =
          "the encoding of a CSV ledger, such as UTF-8, GB18030 or GBK, instead of finding it")
  private @Nullable Charset encoding;

  @Option(
      names = "--sheet",
      paramLabel = "NAME",
      description = "the sheet of an .xlsx ledger to read (default: the first)")
  private @Nullable String sheet;

  @Option(
      names = "--column",
      paramLabel = "HEADER=COLUMN",
      converter = ColumnOption.class,
      description =
          "a header of your file that stands for a column, such as 金额=amount; repeatable")
  private List<ColumnMap> columnOptions = new ArrayList<>();

  @Option(
      names = "--column-map",
      paramLabel = "FILE",
      description =
          "a file of such headers, YAML \"HEADER: COLUMN\" lines (see the README)")
  private @Nullable Path columnMap;

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

  /** Reads {@code --encoding}: a character set Java knows, else a wrong command line (exit 4). */
  static final class EncodingName implements CommandLine.ITypeConverter<Charset> {
    @Override
    public Charset convert(String value) {
      try {
        return Charset.forName(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(
            "'" + value + "' is not an encoding Java knows; such as UTF-8, GB18030 or GBK");
      }
    }
  }

  /** Reads {@code --column HEADER=COLUMN}; a wrong one is a wrong command line (exit 4). */
  static final class ColumnOption implements CommandLine.ITypeConverter<ColumnMap> {
    @Override
    public ColumnMap convert(String value) {
      try {
        return ColumnMap.parseOption(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(String.valueOf(e.getMessage()));
      }
    }
  }

  /** How often the progress line is updated, in rows. */
  static final long PROGRESS_EVERY = 100_000;

  private final PrintWriter out;
  private final PrintWriter err;
  private final long progressEvery;
  private Policy policy = Policy.ofNotice();

  /** Whether the ledger has the columns position and period: its costs' lines are added up. */
  private boolean addsUpCosts;

  private LedgerCheck(PrintWriter out, PrintWriter err, long progressEvery) {
    this.out = out;
    this.err = err;
    this.progressEvery = progressEvery;
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
    // Java 17: System.console() is null unless the JVM runs in a terminal (stdin and stdout).
    return run(args, stdout, stderr, System.console() != null ? PROGRESS_EVERY : 0);
  }

  /**
   * Runs the ledger check as {@link #run(String[], OutputStream, OutputStream)} does, writing a
   * progress line on {@code stderr} every {@code progressEvery} rows while the report goes to a
   * file ({@code -o}); {@code 0} for none. The program shows progress only in a terminal.
   */
  static int run(String[] args, OutputStream stdout, OutputStream stderr, long progressEvery) {
    PrintWriter out = writer(stdout);
    PrintWriter err = writer(stderr);
    try {
      CommandLine command = new CommandLine(new LedgerCheck(out, err, progressEvery));
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
    LedgerReader reader;
    try {
      ColumnMap columns = columnMap == null ? ColumnMap.NONE : ColumnMap.read(columnMap);
      for (ColumnMap option : columnOptions) {
        columns = columns.with(option);
      }
      LedgerReader.Options options =
          new LedgerReader.Options(Optional.ofNullable(encoding), Optional.ofNullable(sheet), columns);
      try {
        // Most ledgers are UTF-8: the reading itself decodes them strictly, with no pass before.
        reader = prepare(LedgerReader.openAssumingEncoding(ledger, options));
      } catch (LedgerReader.NotInAssumedEncoding e) {
        reader = prepare(LedgerReader.open(ledger, options));
      }
    } catch (UnreadableLedgerException e) {
      return unreadable(e.text());
    } catch (IllegalArgumentException e) {
      // --column and --column-map map one header to two columns
      return unreadable(new Text("列名对照有误：" + e.getMessage(), "column map: " + e.getMessage()));
    }
    try {
      return report(reader);
    } catch (LedgerReader.NotInAssumedEncoding e) {
      // Only to a file (-o), whose temporary report is deleted: read again in the encoding found.
      try {
        return report(prepare(reader.reopenFindingEncoding()));
      } catch (UnreadableLedgerException again) {
        return unreadable(again.text());
      }
    }
  }

  /**
   * Reads what the check must know before the report begins. To standard output, which cannot be
   * taken back, the whole file is split into rows first (and so decoded); to a file, the header.
   */
  private LedgerReader prepare(LedgerReader reader) throws UnreadableLedgerException {
    if (output == null) {
      reader.read(
          new LedgerReader.RowSink() {
            @Override
            public void header(Header header) {
              addsUpCosts = header.addsUpCosts();
            }

            @Override
            public void row(LedgerRow row) {}
          });
      return reader.confirmed();
    }
    // A file is replaced only when the report is complete: one reading, which may still fail.
    addsUpCosts = reader.readHeader().addsUpCosts();
    return reader;
  }

  /** Writes the report of the ledger {@code reader} reads, and returns the exit code. */
  private int report(LedgerReader reader) throws LedgerReader.NotInAssumedEncoding {
    Path file = output;
    ReportOutput report;
    try {
      if (file != null && Files.exists(file) && Files.isSameFile(file, ledger)) {
        return unreadable(
            new Text(
                "报告文件“" + file + "”就是账本本身，写入报告会覆盖账本；请另选报告文件",
                "the report file " + file + " is the ledger itself, which the report would"
                    + " replace; choose another report file"));
      }
      report =
          file == null
              ? ReportOutput.streaming(out, format.completion())
              : ReportOutput.replacing(file, format.completion());
    } catch (IOException e) {
      return cannotWrite(e);
    }
    try (report) {
      int code = check(reader, report);
      if (code != ExitCode.UNREADABLE.code()) {
        report.complete();
      }
      return code;
    } catch (IOException | UncheckedIOException e) {
      return cannotWrite(e);
    }
  }

  private int check(LedgerReader reader, ReportOutput output)
      throws LedgerReader.NotInAssumedEncoding {
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
    ReportHeader header =
        ReportHeader.of(ledger, date)
            .with("format", new Text("格式", "format"), reader.format());
    Optional<String> encodingRead = reader.encoding();
    if (encodingRead.isPresent()) {
      header = header.with("encoding", new Text("编码", "encoding"), encodingRead.orElseThrow());
    }
    if (!reader.columns().isEmpty()) {
      header = header.with("columns", new Text("列名对照", "columns mapped"), reader.columns().toString());
    }
    header = header.withRules(policy);
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
    boolean progress = progressEvery > 0 && this.output != null;
    long[] checked = new long[1];
    try {
      ReadAhead.read(
          reader,
          checker,
          read -> {
            CheckedRow row = checker.finish(read);
            totals.add(row);
            report.row(row);
            output.rowWritten();
            if (progress && ++checked[0] % progressEvery == 0) {
              err.print("\rledger-check: " + checked[0] + " rows checked / 已核查" + checked[0] + "行");
              err.flush();
            }
          });
      if (progress && checked[0] >= progressEvery) {
        err.println();
        err.flush();
      }
    } catch (UnreadableLedgerException e) {
      if (progress && checked[0] >= progressEvery) {
        err.println();
      }
      if (e instanceof LedgerReader.NotInAssumedEncoding notInEncoding) {
        throw notInEncoding; // the report is abandoned as it closes
      }
      // To standard output, the first reading split the file into rows: only a file changed in
      // between gets here. To a file (-o), read once: the temporary report is deleted.
      output.abandon(e.text());
      return unreadable(e.text());
    }
    totals.overCharged(checker.overCharged());
    report.end(totals);
    return totals.exitCode().code();
  }

  private int cannotWrite(Exception e) {
    String where = output == null ? "standard output" : String.valueOf(output);
    if (e instanceof NoSuchFileException) {
      Path folder = output == null ? null : output.toAbsolutePath().getParent();
      return unreadable(
          new Text(
              "无法写入报告“" + where + "”：文件夹“" + folder + "”不存在",
              "cannot write the report to " + where + ": the folder " + folder + " does not exist"));
    }
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
