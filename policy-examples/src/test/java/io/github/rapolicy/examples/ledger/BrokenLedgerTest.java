package io.github.rapolicy.examples.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A ledger that cannot be read at all is one clear message (English, then Chinese) on standard
 * error and exit code 3, with nothing on standard output; a wrong command line is exit code 4.
 */
class BrokenLedgerTest {

  @TempDir Path dir;

  private static Run check(Path ledger) {
    return Run.of("--date", "2024-09-30", ledger.toString());
  }

  private static void assertUnreadable(Run run, String english, String chinese) {
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines())
        .hasSize(2)
        .satisfies(lines -> {
          assertThat(lines.get(0)).startsWith("ledger-check: ").contains(english);
          assertThat(lines.get(1)).startsWith("ledger-check: ").contains(chinese);
        });
    assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void aMissingFile() {
    assertUnreadable(check(dir.resolve("no-such.csv")), "no such file: ", "找不到账本文件");
  }

  @Test
  void aDirectory() {
    assertUnreadable(check(dir), "is a directory, not a ledger file", "是目录");
  }

  @Test
  void anEmptyFile() {
    assertUnreadable(
        check(Ledgers.write(dir.resolve("empty.csv"), new byte[0])),
        "the ledger is empty: it has no header row",
        "账本为空");
  }

  @Test
  void aHeaderWithoutTheNeededColumnsNamesThemInBothLanguagesWithTheClosestHeaders() {
    Path ledger =
        Ledgers.write(
            dir.resolve("columns.csv"), List.of("line,fund,cost,金额,Actuals", "L-1,劳务费,劳务性报酬,100,100"));

    assertUnreadable(
        check(ledger),
        "the header row (line 1) lacks the columns position_category (岗位类别), position_project"
            + " (岗位依托项目), service_agreement (服务协议), fund_project (列支项目), amount (列支金额),"
            + " actual (实际支出); it has [line, fund, cost, 金额, Actuals]; closest: \"金额\" for"
            + " amount, \"Actuals\" for actual; name a header of yours with --column HEADER=COLUMN",
        "表头（第1行）缺少以下列：position_category（岗位类别）、position_project（岗位依托项目）");
  }

  @Test
  void aColumnTwice() {
    Path ledger = Ledgers.write(dir.resolve("twice.csv"), List.of(Ledgers.HEADER + ",Amount"));

    assertUnreadable(check(ledger), "the header has these columns twice: amount (列支金额)", "出现了两次");
  }

  @Test
  void aColumnTwiceInEnglishAndInChinese() {
    Path ledger = Ledgers.write(dir.resolve("twice.csv"), List.of(Ledgers.HEADER + ",列支金额"));

    assertUnreadable(
        check(ledger),
        "the header has these columns twice: amount (列支金额) (“amount” #10, “列支金额” #12)",
        "出现了两次：amount (列支金额) (“amount” #10, “列支金额” #12)");
  }

  @Test
  void aMappedHeaderWinsOverACellThatIsItsColumnsOwnName() {
    Path ledger =
        Ledgers.write(
            dir.resolve("mapped.csv"),
            List.of(
                Ledgers.HEADER + ",金额",
                "L-1,科研项目辅助研究,P1,是,劳务费,P1,,,劳务性报酬,999999.00,6500.00,6500.00"));

    Run run = Run.of("--date", "2024-09-30", "--format", "csv", "--column", "金额=amount", ledger.toString());
    Run twoMapped =
        Run.of("--date", "2024-09-30", "--column", "金额=amount", "--column", "amount=amount", ledger.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.rows()).singleElement().satisfies(row -> assertThat(row.get(1)).isEqualTo("ALLOWED"));
    assertUnreadable(twoMapped, "amount (列支金额) (“amount” #10, “金额” #12)", "出现了两次");
  }

  @Test
  void bytesThatAreNeitherUtf8NorGb18030NameTheirOffsetAndLine() {
    String asciiRow = "L-1,AUXILIARY_RESEARCH,P1,true,LABOUR_FEE,P1,,,LABOUR_REMUNERATION,6500,6500";
    byte[] head = (Ledgers.HEADER + "\r\n" + asciiRow + "\r\nL-2,").getBytes(StandardCharsets.US_ASCII);
    byte[] bytes = java.util.Arrays.copyOf(head, head.length + 2);
    bytes[head.length] = (byte) 0xFF; // neither UTF-8 nor GB18030 has a byte FF
    bytes[head.length + 1] = '\n';

    assertUnreadable(
        check(Ledgers.write(dir.resolve("neither.csv"), bytes)),
        "the ledger is neither UTF-8 nor GB18030 (GBK): the bytes 0xFF at byte offset "
            + head.length
            + " (line 3) decode as neither; save it as CSV UTF-8, or name its encoding with"
            + " --encoding",
        "账本既不是UTF-8也不是GB18030（GBK）编码：第3行（字节偏移 " + head.length + "）");
  }

  @Test
  void anUnterminatedQuoteLeavesNoHalfReport() {
    Path ledger =
        Ledgers.write(
            dir.resolve("quote.csv"),
            List.of(Ledgers.HEADER, Ledgers.ALLOWED_ROW, "L-2,\"科研项目辅助研究,P1,是,劳务费,P1,,,劳务性报酬,1,1", Ledgers.ALLOWED_ROW));

    assertUnreadable(
        check(ledger),
        "the ledger is not valid CSV and cannot be split into rows (from line 3)",
        "账本不是有效的CSV");
  }

  @Test
  void textAfterAClosingQuote() {
    Path ledger =
        Ledgers.write(
            dir.resolve("after-quote.csv"),
            List.of(Ledgers.HEADER, "L-1,\"科研项目辅助研究\"x,P1,是,劳务费,P1,,,劳务性报酬,1,1"));

    assertUnreadable(
        check(ledger), "Unexpected character after closing quote", "无法分行");
  }

  @Test
  void aReportThatCannotBeWritten() {
    Run run =
        Run.of(
            "--date",
            "2024-09-30",
            "-o",
            dir.resolve("no-such-dir").resolve("report.txt").toString(),
            Ledgers.SAMPLE.toString());

    assertUnreadable(run, "cannot write the report to ", "无法写入报告");
    assertThat(run.err()).contains("the folder " + dir.resolve("no-such-dir") + " does not exist");
  }

  @Test
  void aReportFileThatIsTheLedgerIsRefusedAndTheLedgerKept() throws IOException {
    Path ledger = Files.copy(Ledgers.SAMPLE, dir.resolve("ledger.csv"));
    byte[] before = Files.readAllBytes(ledger);

    Run run = Run.of("--date", "2024-09-30", "-o", ledger.toString(), ledger.toString());

    assertUnreadable(run, "is the ledger itself", "就是账本本身");
    assertThat(Files.readAllBytes(ledger)).isEqualTo(before);
  }

  @Test
  void aReportFileThatIsALinkReplacesTheFileItLinksTo() throws IOException {
    Path target = Files.writeString(dir.resolve("target.txt"), "previous\n");
    Path link = Files.createSymbolicLink(dir.resolve("link.txt"), target);

    Run run = Run.of("--date", "2024-09-30", "-o", link.toString(), Ledgers.SAMPLE.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(target)).startsWith("账本核查").endsWith("报告完整，共29行\n");
  }

  @Test
  void aReportFileThatIsADeviceIsRefused() {
    Run run = Run.of("--date", "2024-09-30", "-o", "/dev/null", Ledgers.SAMPLE.toString());

    assertUnreadable(run, "is not a regular file (a device or a pipe)", "无法写入报告");
    assertThat(Path.of("/dev/null")).exists();
  }

  @Test
  void aWrongCommandLineIsExitCode4WithTheProblemAndTheSynopsis() {
    for (String[] args :
        List.of(
            new String[] {},
            new String[] {Ledgers.SAMPLE.toString()},
            new String[] {"--date", "2024-13-01", Ledgers.SAMPLE.toString()},
            new String[] {"--date", "2024-09-30", "--format", "xml", Ledgers.SAMPLE.toString()},
            new String[] {"--date", "2024-09-30", "--no-such-option", Ledgers.SAMPLE.toString()})) {
      Run run = Run.of(args);

      assertThat(run.exitCode()).as(String.join(" ", args)).isEqualTo(4);
      assertThat(run.out()).isEmpty();
      assertThat(run.err())
          .startsWith("ledger-check: ")
          .contains("Usage: ledger-check")
          .contains("See ledger-check --help.");
    }
    assertThat(Run.of().err()).contains("Missing required");
  }

  @Test
  void aDateNotOfTheFormYyyyMmDdIsNamedWithTheFormAndNoParserText() {
    for (String date : List.of("2024/09/30", "2024-13-01", "30.09.2024", "")) {
      Run run = Run.of("--date", date, Ledgers.SAMPLE.toString());

      assertThat(run.exitCode()).as(date).isEqualTo(4);
      assertThat(run.out()).isEmpty();
      assertThat(run.err())
          .as(date)
          .startsWith("ledger-check: Invalid value for option '--date'")
          .contains("'" + date + "' is not a date of the form YYYY-MM-DD, such as 2024-09-30\n")
          .doesNotContain("DateTimeParseException")
          .doesNotContain("could not be parsed")
          .contains("Usage: ledger-check");
    }
  }

  @Test
  void helpListsTheExitCodes() {
    Run run = Run.of("--help");

    assertThat(run.exitCode()).isZero();
    for (ExitCode code : ExitCode.values()) {
      assertThat(run.out().replaceAll("\\s+", " ")).contains(code.code() + " " + code.meaning());
    }
  }
}
