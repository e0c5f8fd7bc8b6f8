package io.github.rapolicy.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rapolicy.examples.ledger.LedgerCheck;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

  @Test
  void theLedgerCommandNamesTheProgramAndTheSampleAndExitsAsDocumented() throws IOException {
    String section = section(readme(), "Checking a ledger");
    Matcher command =
        Pattern.compile(
                "\n(\\./mvnw -q -DskipTests package exec:java -Dexec\\.mainClass=(\\S+) -Dexec\\.args=\"([^\"]+)\")\n")
            .matcher(section);
    assertThat(command.find()).as("the ledger command in the README").isTrue();

    assertThat(command.group(2)).isEqualTo(LedgerCheck.class.getName());
    List<String> args = new ArrayList<>(List.of(command.group(3).split(" ", -1)));
    String ledger = args.remove(args.size() - 1);
    assertThat(ROOT.resolve(ledger)).isRegularFile();
    args.add(ROOT.resolve(ledger).toString());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int exitCode = LedgerCheck.run(args.toArray(String[]::new), out, err);

    assertThat(section).contains("exits with code " + exitCode + " because six of its lines");
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("29 行 rows:").contains(" 6 ERROR");
    assertThat(err.size()).isZero();
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
