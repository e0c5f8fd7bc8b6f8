package io.github.rapolicy.examples.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every kind of malformed row is an ERROR naming its file line and what is wrong, and the rows
 * around it are still checked.
 */
class MalformedRowsTest {

  @TempDir Path dir;

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          line missing            | ,科研项目辅助研究,P1,是,劳务费,P1,,,劳务性报酬,6500.00,6500.00                 | line is empty (required)
          line blank              | '   ,科研项目辅助研究,P1,是,劳务费,P1,,,劳务性报酬,6500.00,6500.00'         | line is empty (required)
          category missing        | L-x,,P1,是,劳务费,P1,,,劳务性报酬,6500.00,6500.00                          | position_category is empty (required)
          agreement missing       | L-x,科研项目辅助研究,P1,,劳务费,P1,,,劳务性报酬,6500.00,6500.00             | service_agreement is empty (required)
          agreement neither       | L-x,科研项目辅助研究,P1,待补签,劳务费,P1,,,劳务性报酬,6500.00,6500.00        | service_agreement "待补签" is neither yes (是, true, yes, Y, 1) nor no (否, false, no, N, 0)
          agreement OK            | L-x,科研项目辅助研究,P1,OK,劳务费,P1,,,劳务性报酬,6500.00,6500.00            | service_agreement "OK" is neither yes (是, true, yes, Y, 1) nor no (否, false, no, N, 0)
          fund missing            | L-x,科研项目辅助研究,P1,是,,P1,,,劳务性报酬,6500.00,6500.00                  | fund is empty (required)
          labour fee, no project  | L-x,科研项目辅助研究,P1,是,劳务费,,,,劳务性报酬,6500.00,6500.00              | fund_project is empty (required for 劳务费: the project whose budget line is charged)
          budget line, no project | L-x,科研项目辅助研究,P1,是,设备费,,,,劳务性报酬,6500.00,6500.00              | fund_project is empty (required for 设备费: the project whose budget line is charged)
          labour-fee look-alike   | L-x,科研项目辅助研究,P1,是,劳务费（专家咨询）,P1,,,劳务性报酬,6500.00,6500.00  | fund "劳务费（专家咨询）" mentions 劳务费 but is not the labour-fee line
          balance, retained empty | L-x,科研项目辅助研究,,是,结余资金,,,是,劳务性报酬,6500.00,6500.00            | balance_retained is empty (required for 结余资金)
          balance, arranged bad   | L-x,科研项目辅助研究,,是,结余资金,,是,也许,劳务性报酬,6500.00,6500.00         | balance_for_research "也许" is neither yes (是, true, yes, Y, 1) nor no (否, false, no, N, 0)
          unused yes/no nonsense  | L-x,科研项目辅助研究,P1,是,劳务费,P1,maybe,,劳务性报酬,6500.00,6500.00       | balance_retained "maybe" is neither yes (是, true, yes, Y, 1) nor no (否, false, no, N, 0)
          cost missing            | L-x,科研项目辅助研究,P1,是,劳务费,P1,,,,6500.00,6500.00                     | cost is empty (required)
          amount missing          | L-x,科研项目辅助研究,P1,是,劳务费,P1,,,劳务性报酬,,6500.00                   | amount is empty (required)
          actual missing          | L-x,科研项目辅助研究,P1,是,劳务费,P1,,,劳务性报酬,6500.00,                   | actual is empty (required)
          amount not a number     | L-x,科研项目辅助研究,P1,是,劳务费,P1,,,劳务性报酬,六千五百,6500.00           | amount "六千五百" is not an amount of yuan
          grouping not by three   | L-x,科研项目辅助研究,P1,是,劳务费,P1,,,劳务性报酬,"6,50.00",6500.00         | amount "6,50.00" has thousands separators not in groups of three digits (such as 6,500.00): the amount is ambiguous
          grouping of four        | L-x,科研项目辅助研究,P1,是,劳务费,P1,,,劳务性报酬,"6500,000",6500.00        | amount "6500,000" has thousands separators not in groups of three digits
          separator after point   | L-x,科研项目辅助研究,P1,是,劳务费,P1,,,劳务性报酬,"6.500,00",6500.00        | amount "6.500,00" has a separator after the decimal point: the amount is ambiguous
          two decimal points      | L-x,科研项目辅助研究,P1,是,劳务费,P1,,,劳务性报酬,6.500.00,6500.00          | amount "6.500.00" has more than one decimal point: the amount is ambiguous
          grouped, three decimals | L-x,科研项目辅助研究,P1,是,劳务费,P1,,,劳务性报酬,"6,500.005",6500.00       | amount "6,500.005" has more than two decimal places
          full-width, 3 decimals  | L-x,科研项目辅助研究,P1,是,劳务费,P1,,,劳务性报酬,６５００．００５,6500.00      | amount "６５００．００５" has more than two decimal places
          dollar sign             | L-x,科研项目辅助研究,P1,是,劳务费,P1,,,劳务性报酬,$6500,6500.00             | amount "$6500" is not an amount of yuan
          currency sign twice     | L-x,科研项目辅助研究,P1,是,劳务费,P1,,,劳务性报酬,¥¥6500,6500.00            | amount "¥¥6500" is not an amount of yuan
          yuan after the digits   | L-x,科研项目辅助研究,P1,是,劳务费,P1,,,劳务性报酬,6500元,6500.00            | amount "6500元" is not an amount of yuan
          amount in exponent form | L-x,科研项目辅助研究,P1,是,劳务费,P1,,,劳务性报酬,6.5E3,6500.00              | amount "6.5E3" is not an amount of yuan
          amount negative         | L-x,科研项目辅助研究,P1,是,劳务费,P1,,,劳务性报酬,-6500.00,6500.00          | amount "-6500.00" is negative; amounts are never negative
          actual negative         | L-x,科研项目辅助研究,P1,是,劳务费,P1,,,劳务性报酬,6500.00,-1               | actual "-1" is negative; amounts are never negative
          amount three decimals   | L-x,科研项目辅助研究,P1,是,劳务费,P1,,,劳务性报酬,6500.005,6500.00          | amount "6500.005" has more than two decimal places
          three zero decimals     | L-x,科研项目辅助研究,P1,是,劳务费,P1,,,劳务性报酬,6500.000,6500.00          | amount "6500.000" has more than two decimal places
          amount too large        | L-x,科研项目辅助研究,P1,是,劳务费,P1,,,劳务性报酬,123456789012345678,1      | amount "123456789012345678" is too large an amount
          too few cells           | L-x,科研项目辅助研究,P1,是,劳务费,P1                                       | the row has 6 cells but the header has 11 columns
          too many cells          | L-x,科研项目辅助研究,P1,是,劳务费,P1,,,劳务性报酬,6500.00,6500.00,extra      | the row has 12 cells but the header has 11 columns
          every cell empty        | ',,,,,,,,,,'                                                           | every cell of the row is empty
          """)
  void isAnErrorAndTheOtherRowsAreStillChecked(String kind, String row, String problem) {
    Path ledger =
        Ledgers.write(
            dir.resolve("ledger.csv"),
            List.of(Ledgers.HEADER, Ledgers.ALLOWED_ROW, row, Ledgers.ALLOWED_ROW));

    Run run = Run.of("--date", "2024-09-30", "--format", "csv", ledger.toString());

    assertThat(run.exitCode()).as(kind).isEqualTo(2);
    List<CSVRecord> rows = run.rows();
    assertThat(rows).extracting(r -> r.get(1)).containsExactly("ALLOWED", "ERROR", "ALLOWED");
    CSVRecord error = rows.get(1);
    assertThat(error.get(2)).as("no clauses for a malformed row").isEmpty();
    assertThat(error.get(4)).startsWith("file line 3: ").contains(problem);
    assertThat(error.get(3)).startsWith("文件第3行：");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          是 and 否       | 是     | 否
          true and false | true  | false
          any case       | TRUE   | False
          spaces around  | ' 是 ' | ' 否 '
          yes and no     | yes    | no
          Y and N        | Y      | N
          y and n        | y      | n
          any case words | YES    | No
          1 and 0        | 1      | 0
          """)
  void yesNoCellsAcceptChineseTrueFalseYesNoYNAndOneZero(String kind, String yes, String no) {
    Path ledger =
        Ledgers.write(
            dir.resolve("ledger.csv"),
            List.of(
                Ledgers.HEADER,
                "L-1,科研项目辅助研究,,\"" + yes + "\",结余资金,,\"" + yes + "\",\"" + yes + "\",劳务性报酬,100,100",
                "L-2,科研项目辅助研究,,\"" + yes + "\",结余资金,,\"" + yes + "\",\"" + no + "\",劳务性报酬,100,100",
                "L-3,科研项目辅助研究,P1,\"" + no + "\",劳务费,P1,,,劳务性报酬,100,100"));

    List<CSVRecord> rows = Run.of("--date", "2024-09-30", "--format", "csv", ledger.toString()).rows();

    assertThat(rows).extracting(r -> r.get(1)).as(kind).containsExactly("ALLOWED", "NOT_ALLOWED", "NOT_ALLOWED");
    assertThat(rows.get(1).get(4)).contains("the balance must be arranged for research projects");
    assertThat(rows.get(2).get(4)).contains("shall sign a service agreement");
  }
}
