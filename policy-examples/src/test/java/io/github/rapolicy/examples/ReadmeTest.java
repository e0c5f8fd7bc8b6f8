package io.github.rapolicy.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rapolicy.examples.ledger.LedgerCheck;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * The README's commands and snippets are the ones the build checks: the set-up commands, the
 * ledger command (its class, arguments and exit code), the exit codes, the columns and the
 * assertions example.
 */
class ReadmeTest {

  /** The project root, seen from policy-examples/, where the tests run. */
  private static final Path ROOT = Path.of("..");

  private static String readme() throws IOException {
    return Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
  }

  private static String section(String readme, String heading) {
    int start = readme.indexOf("\n## " + heading + "\n");
    assertThat(start).as("README section %s", heading).isNotNegative();
    int end = readme.indexOf("\n## ", start + 1);
    return readme.substring(start, end < 0 ? readme.length() : end);
  }

  @Test
  void theTwoSetUpCommandsRunTheTourAndTheTests() throws IOException {
    String setUp = section(readme(), "Set up");

    assertThat(setUp)
        .contains("./mvnw -q -DskipTests package exec:java     # runs the main example\n")
        .contains("./mvnw -B verify                            # runs all the tests\n");
    assertThat(Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8))
        .contains("<exec.mainClass>" + Tour.class.getName() + "</exec.mainClass>");
  }

  /** One run of the ledger check, in process. */
  private record Run(int exitCode, String out, String err) {
    static Run of(List<String> args) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      int code = LedgerCheck.run(args.toArray(String[]::new), out, err);
      return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The CSV report's rows by ledger line: verdict and English reasons. */
    Map<String, List<String>> rows() throws IOException {
      Map<String, List<String>> rows = new HashMap<>();
      for (CSVRecord record :
          CSVFormat.RFC4180.builder().setHeader().setCommentMarker('#').get().parse(new StringReader(out))) {
        rows.putIfAbsent(record.get("line"), List.of(record.get("verdict"), record.get("reason_en")));
      }
      return rows;
    }
  }

  /** The verdict and English reasons of the report's row for ledger line {@code line}. */
  private static List<String> at(Map<String, List<String>> rows, String line) {
    return Objects.requireNonNull(rows.get(line), line);
  }

  private static String oneLine(String text) {
    return text.replaceAll("\\s+", " ");
  }

  /** The README's ledger command's arguments, each file resolved against the project root. */
  private static List<String> ledgerArgs(String section) {
    Matcher command =
        Pattern.compile(
                "\n(\\./mvnw -q -DskipTests package exec:java -Dexec\\.mainClass=(\\S+) -Dexec\\.args=\"([^\"]+)\")\n")
            .matcher(section);
    assertThat(command.find()).as("the ledger command in the README").isTrue();
    assertThat(command.group(2)).isEqualTo(LedgerCheck.class.getName());
    List<String> args = new ArrayList<>(List.of(command.group(3).split(" ", -1)));
    for (int i = 0; i < args.size(); i++) {
      if (i == args.size() - 1 || (i > 0 && args.get(i - 1).equals("--overlay"))) {
        Path file = ROOT.resolve(args.get(i));
        assertThat(file).isRegularFile();
        args.set(i, file.toString());
      }
    }
    return args;
  }

  private static List<String> replaced(List<String> args, String option, String value) {
    List<String> copy = new ArrayList<>(args);
    copy.set(copy.indexOf(option) + 1, value);
    return copy;
  }

  private static List<String> withoutOverlays(List<String> args) {
    List<String> copy = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      if (args.get(i).equals("--overlay")) {
        i++;
      } else {
        copy.add(args.get(i));
      }
    }
    return copy;
  }

  private static List<String> csv(List<String> args) {
    List<String> copy = new ArrayList<>(List.of("--format", "csv"));
    copy.addAll(args);
    return copy;
  }

  private static String quoted(String text, String before) {
    Matcher quote = Pattern.compile(Pattern.quote(before) + " `([^`]+)`").matcher(text);
    assertThat(quote.find()).as("README: %s `…`", before).isTrue();
    return quote.group(1);
  }

  @Test
  void theLedgerCommandUsesTheShippedOverlayFilesAndExitsAsDocumented() throws IOException {
    String section = section(readme(), "Checking a ledger");
    List<String> args = ledgerArgs(section);
    assertThat(args)
        .contains(
            ROOT.resolve("policy-examples/overlays/funding-reform.yaml").toString(),
            ROOT.resolve("policy-examples/overlays/university.yaml").toString());

    Run run = Run.of(args);

    assertThat(oneLine(section)).contains("It exits with code " + run.exitCode() + " because six of its lines");
    assertThat(run.err()).isEmpty();
    // The header lines the README shows are the report's own.
    Matcher block = Pattern.compile("\n```\n(叠加规则 1 .*?)```\n", Pattern.DOTALL).matcher(section);
    assertThat(block.find()).as("the report's header in the README").isTrue();
    assertThat(block.group(1).lines()).hasSize(3);
    for (String line : block.group(1).lines().toList()) {
      assertThat(run.out()).contains("\n" + line + "\n");
    }
  }

  @Test
  void theLedgerWalkthroughsCountsAndVerdictsAreWhatTheCommandPrints() throws IOException {
    String section = section(readme(), "Checking a ledger");
    String text = oneLine(section);
    List<String> args = ledgerArgs(section);
    List<String> revised = replaced(args, "--date", "2025-09-01");
    List<String> notice = withoutOverlays(args);

    // The counts: the command, as of the revision's date, with the notice alone.
    Matcher counts = Pattern.compile("`(29 行 rows: [^`]+)`").matcher(text);
    List<Run> runs = List.of(Run.of(args), Run.of(revised), Run.of(notice));
    for (Run run : runs) {
      assertThat(counts.find()).isTrue();
      assertThat(run.out()).contains("\n" + counts.group(1) + "\n");
      assertThat(text).contains("Each exits with code " + run.exitCode() + ".");
    }

    Map<String, List<String>> main = Run.of(csv(args)).rows();
    Map<String, List<String>> asOfRevision = Run.of(csv(revised)).rows();
    Map<String, List<String>> alone = Run.of(csv(notice)).rows();
    // 0003: the overlay settles what the notice leaves open.
    assertThat(text)
        .contains("**`2024-09-0003`, changed by an overlay.**")
        .contains("fee, is `ALLOWED`")
        .contains("with the notice alone the line is `UNDECIDED`");
    assertThat(at(main, "2024-09-0003").get(0)).isEqualTo("ALLOWED");
    assertThat(at(alone, "2024-09-0003").get(0)).isEqualTo("UNDECIDED");
    assertThat(at(main, "2024-09-0003").get(1)).contains(quoted(text, "the line's reason says so:"));
    // 0002 (and 0017): the revision applies from its date.
    assertThat(text)
        .contains("**`2024-09-0002`, changed by the revision's date.**")
        .contains("is `ALLOWED` on 2024-09-30")
        .contains("make `2024-09-0002` `NOT_ALLOWED`")
        .contains("line `2024-09-0017`");
    assertThat(at(main, "2024-09-0002").get(0)).isEqualTo("ALLOWED");
    assertThat(at(alone, "2024-09-0002").get(0)).isEqualTo("ALLOWED");
    assertThat(at(asOfRevision, "2024-09-0002").get(0)).isEqualTo("NOT_ALLOWED");
    assertThat(at(asOfRevision, "2024-09-0002").get(1)).contains(quoted(text, "with the reason"));
    assertThat(at(main, "2024-09-0017").get(0)).isEqualTo("ALLOWED");
    assertThat(at(asOfRevision, "2024-09-0017").get(0)).isEqualTo("NOT_ALLOWED");
    // No other line changes between the three runs.
    for (String line : main.keySet()) {
      if (!List.of("2024-09-0002", "2024-09-0003", "2024-09-0017").contains(line)) {
        assertThat(at(asOfRevision, line).get(0)).as(line).isEqualTo(at(main, line).get(0));
        assertThat(at(alone, line).get(0)).as(line).isEqualTo(at(main, line).get(0));
      }
    }
  }

  /**
   * The commands that read other exports (GBK, a workbook's sheet, a system's own headers), as
   * written in "Checking a ledger", each run in process with its paths from the project root: the
   * exit code its comment names, and a report (or, for exit 3, one message and no report).
   */
  @Test
  void theReadingCommandsRunAsWrittenWithTheirExitCodes() throws IOException {
    String section = section(readme(), "Checking a ledger");
    Matcher command =
        Pattern.compile("(?m)^policy-examples/target/ledger-check ([^\n#]*?)\\s*# [^\n]*exit (\\d)$")
            .matcher(section);
    List<String> run = new ArrayList<>();
    while (command.find()) {
      List<String> args = new ArrayList<>();
      for (String arg : command.group(1).split(" +", -1)) {
        args.add(arg.startsWith("policy-examples/") ? ROOT.resolve(arg).toString() : arg);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ByteArrayOutputStream err = new ByteArrayOutputStream();

      int exitCode = LedgerCheck.run(args.toArray(String[]::new), out, err);

      String line = command.group(0);
      assertThat(exitCode).as(line).isEqualTo(Integer.parseInt(command.group(2)));
      if (exitCode == 3) {
        assertThat(out.size()).as(line).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8).lines()).as(line).hasSize(2);
      } else {
        assertThat(out.toString(StandardCharsets.UTF_8))
            .as(line)
            .contains(line.contains("sample-2024-09") ? "29 行 rows:" : "6 行 rows:");
      }
      run.add(command.group(1));
    }
    assertThat(run)
        .anyMatch(c -> c.contains("gbk.csv") && !c.contains("--encoding"))
        .anyMatch(c -> c.contains("--encoding"))
        .anyMatch(c -> c.contains("--sheet") && c.endsWith(".xlsx"))
        .anyMatch(c -> c.contains("--column-map"))
        .anyMatch(c -> c.contains("--column "));
  }

  @Test
  void theExitCodesAreTheProgramsOwn() throws IOException {
    String section = section(readme(), "Checking a ledger");
    ByteArrayOutputStream help = new ByteArrayOutputStream();
    LedgerCheck.run(new String[] {"--help"}, help, new ByteArrayOutputStream());
    String usage = help.toString(StandardCharsets.UTF_8).replaceAll("\\s+", " ");

    Matcher row = Pattern.compile("\n\\| (\\d) \\| ([^|]+) \\|").matcher(section);
    int rows = 0;
    while (row.find()) {
      assertThat(usage).contains(row.group(1) + " " + row.group(2).strip());
      rows++;
    }
    assertThat(rows).isEqualTo(6);
  }

  @Test
  void everyColumnIsDocumented() throws IOException {
    String section = section(readme(), "Checking a ledger");

    for (String column :
        List.of(
            "line", "position_category", "position_project", "service_agreement", "fund",
            "fund_project", "balance_retained", "balance_for_research", "cost", "amount", "actual")) {
      assertThat(section).contains("\n| `" + column + "` |");
    }
  }

  @Test
  void theOverlayFileSnippetIsTakenFromItsExampleTest() throws IOException {
    String readme = readme();
    String from = readme.substring(readme.indexOf("**From a Java program.**"));
    Matcher java = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL).matcher(from);
    assertThat(java.find()).isTrue();
    String example =
        Files.readString(
            Path.of("src/test/java/io/github/rapolicy/examples/overlays/OverlayFileExampleTest.java"),
            StandardCharsets.UTF_8);

    assertThat(java.group(1).lines()).hasSizeGreaterThan(4);
    for (String line : java.group(1).split("\n", -1)) {
      if (!line.isBlank()) {
        assertThat(example).contains(line.strip());
      }
    }
  }

  @Test
  void theAssertionsSnippetIsTakenFromTheExampleTest() throws IOException {
    String section = section(readme(), "Asserting answers in your tests");
    String example =
        Files.readString(
            Path.of("src/test/java/io/github/rapolicy/examples/AnswerAssertionsExampleTest.java"),
            StandardCharsets.UTF_8);
    Matcher java = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL).matcher(section);
    assertThat(java.find()).isTrue();

    for (String line : java.group(1).split("\n", -1)) {
      if (!line.isBlank()) {
        assertThat(example).contains(line.strip());
      }
    }
    assertThat(section)
        .contains("<type>test-jar</type>")
        .contains("<scope>test</scope>")
        .contains("[ledger line 2024-09-0008] Expected the answer to be ALLOWED (allowed) but it was NOT_ALLOWED (not allowed).");
  }
}
