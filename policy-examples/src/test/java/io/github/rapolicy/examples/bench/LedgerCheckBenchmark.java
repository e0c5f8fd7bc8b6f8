package io.github.rapolicy.examples.bench;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.CsvRecordHandler;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import io.github.rapolicy.examples.ledger.LedgerCheck;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * The ledger check on a 1,000,000-row CSV ledger writing its CSV report ({@code --format csv -o
 * FILE}), beside the floor in the same run: reading the same file and writing the same rows with
 * Commons CSV alone, the floor the ledger check's issue sets its target against; and, beside it,
 * the same with FastCSV alone, the library the check reads and writes with, which no check that
 * reads and writes CSV with it can beat.
 *
 * <p>The ledger is the shipped sample ({@code ledgers/sample-2024-09.csv}, 29 rows with every
 * verdict, six malformed rows, a multi-line cell and a totals row) repeated until it has {@link
 * #ROWS} rows, each copy with its own line and position IDs, so that every copy is checked and
 * audited as the sample is (its costs add up within the copy) and the mix of verdicts is the
 * sample's. It is written once per fork, deterministically, to a temporary folder under {@code
 * dir} ({@code /dev/shm} by default, a file system in memory, so that the disk of a shared machine
 * does not time the run; {@code -p dir=/tmp} to use a disk).
 *
 * <p>{@code ledgerCheckToFile} runs the command in process, {@code LedgerCheck.run}, as a user
 * does with {@code -o}; {@code ledgerCheckToStdout} writes the report to standard output (here a
 * null stream), where the check first makes sure the whole file splits into rows, so that a
 * broken file writes no half report. One operation is one whole file; run from the project root:
 *
 * <pre>
 * ./mvnw -q -DskipTests -Pbench -pl policy-examples -am package exec:exec -Dbench.main=io.github.rapolicy.examples.bench.LedgerCheckBenchmark
 * </pre>
 *
 * <p>After JMH's report it prints rows per second of each and the ratio to the floor.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(java.util.concurrent.TimeUnit.MILLISECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3)
@Measurement(iterations = 6)
public class LedgerCheckBenchmark {

  /** The rows of the ledger, header not counted. */
  static final int ROWS = 1_000_000;

  /** The folder the ledger and the reports are written in. */
  @Param("/dev/shm")
  public String dir;

  private Path folder = Path.of("");
  private Path ledger = Path.of("");
  private Path floorOut = Path.of("");
  private Path report = Path.of("");
  private int rows;

  @Setup(Level.Trial)
  public void writeLedger() throws IOException {
    Path base = Path.of(dir);
    folder = Files.createTempDirectory(Files.isDirectory(base) ? base : Path.of(System.getProperty("java.io.tmpdir")), "ledger-bench-");
    ledger = folder.resolve("ledger.csv");
    floorOut = folder.resolve("floor.csv");
    report = folder.resolve("report.csv");
    rows = writeLedger(ledger, ROWS);
  }

  @TearDown(Level.Trial)
  public void deleteFolder() throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    }
  }

  /** Opens {@code file} as the check reads it: UTF-8, decoded strictly, buffered. */
  private static Reader strictUtf8(Path file) throws IOException {
    return new BufferedReader(
        new InputStreamReader(
            Files.newInputStream(file),
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)));
  }

  /** The floor: every record read with Commons CSV and written again, all its cells, with it. */
  @Benchmark
  public long commonsCsvFloor() throws IOException {
    long written = 0;
    try (Reader in = strictUtf8(ledger);
        CSVParser parser =
            CSVParser.builder()
                .setReader(in)
                .setFormat(CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get())
                .get();
        Writer out = Files.newBufferedWriter(floorOut, StandardCharsets.UTF_8);
        CSVPrinter printer = CSVFormat.RFC4180.print(out)) {
      for (CSVRecord record : parser) {
        printer.printRecord(record.values());
        written++;
      }
    }
    if (written != rows + 1) {
      throw new IllegalStateException("the floor wrote " + written + " records of " + (rows + 1));
    }
    return written;
  }

  /**
   * A second floor, for the CSV library the check reads and writes with: every record read with
   * FastCSV (the reader settings the check uses) and written again, all its cells, with it.
   */
  @Benchmark
  public long fastCsvFloor() throws IOException {
    long written = 0;
    try (Reader in = strictUtf8(ledger);
        CsvReader<CsvRecord> csv =
            CsvReader.builder()
                .commentStrategy(CommentStrategy.NONE)
                .skipEmptyLines(true)
                .allowExtraFields(true)
                .allowMissingFields(true)
                .build(CsvRecordHandler.of(), in);
        Writer out = Files.newBufferedWriter(floorOut, StandardCharsets.UTF_8);
        CsvWriter writer = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(out)) {
      for (CsvRecord record : csv) {
        writer.writeRecord(record.getFields());
        written++;
      }
    }
    if (written != rows + 1) {
      throw new IllegalStateException("the FastCSV floor wrote " + written + " records of " + (rows + 1));
    }
    return written;
  }

  /** The ledger check, in process, writing its CSV report to a file. */
  @Benchmark
  public int ledgerCheckToFile() {
    return check("--date", "2024-09-30", "--format", "csv", "-o", report.toString(), ledger.toString());
  }

  /** The ledger check, in process, writing its CSV report to standard output (a null stream). */
  @Benchmark
  public int ledgerCheckToStdout() {
    return check("--date", "2024-09-30", "--format", "csv", ledger.toString());
  }

  private static int check(String... args) {
    int code = LedgerCheck.run(args, OutputStream.nullOutputStream(), OutputStream.nullOutputStream());
    if (code != 2) { // the sample's malformed rows make it 2
      throw new IllegalStateException("the ledger check exited with " + code + ", not 2");
    }
    return code;
  }

  /**
   * Writes the sample ledger repeated to {@code file} until it has at least {@code rows} rows, and
   * returns the rows written (the header not counted).
   */
  static int writeLedger(Path file, int rows) throws IOException {
    Path sample = Path.of("ledgers", "sample-2024-09.csv");
    if (!Files.exists(sample)) {
      sample = Path.of("policy-examples").resolve(sample);
    }
    List<CSVRecord> records;
    try (CSVParser parser = CSVFormat.RFC4180.parse(Files.newBufferedReader(sample, StandardCharsets.UTF_8))) {
      records = parser.getRecords();
    }
    List<String> header = records.get(0).toList();
    int line = header.indexOf("line");
    int position = header.indexOf("position");
    List<CSVRecord> body = records.subList(1, records.size());
    int written = 0;
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter printer = CSVFormat.RFC4180.print(out)) {
      printer.printRecord(header);
      for (int copy = 0; written < rows; copy++) {
        for (CSVRecord record : body) {
          if (written == rows) {
            break;
          }
          List<String> cells = new ArrayList<>(record.toList());
          if (cells.size() > line && cells.get(line).startsWith("2024-")) {
            cells.set(line, cells.get(line) + "-" + copy);
          }
          if (cells.size() > position && !cells.get(position).isEmpty()) {
            cells.set(position, cells.get(position) + "-" + copy);
          }
          printer.printRecord(cells);
          written++;
        }
      }
    }
    return written;
  }

  /** Runs the benchmarks, then prints rows per second and the ratios to the floor. */
  public static void main(String[] args) throws Exception {
    CommandLineOptions command = new CommandLineOptions(args);
    OptionsBuilder builder = new OptionsBuilder();
    builder.parent(command);
    if (command.getIncludes().isEmpty()) {
      builder.include(LedgerCheckBenchmark.class.getName() + "\\.");
    }
    Collection<RunResult> results = new Runner(builder.build()).run();
    double floor = Double.NaN;
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    for (RunResult result : results) {
      if (result.getParams().getBenchmark().endsWith(".commonsCsvFloor")) {
        floor = result.getPrimaryResult().getScore();
      }
    }
    out.println();
    for (RunResult result : results) {
      String name = result.getParams().getBenchmark();
      double ms = result.getPrimaryResult().getScore();
      double error = result.getPrimaryResult().getScoreError();
      out.printf(
          Locale.ROOT,
          "%-22s %,9.0f ± %,7.0f ms per %,d rows: %,6.0f k rows/s, %.2f × the floor%n",
          name.substring(name.lastIndexOf('.') + 1),
          ms,
          error,
          ROWS,
          ROWS / ms,
          ms / floor);
    }
  }
}
