package io.github.rapolicy.examples.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * One vocabulary: the ledger check reads labels with the library's {@code label} functions, and
 * its reasons name the ledger's own labels (差旅费, 设备费), not "a cost the notice does not name", in
 * both languages and every format; judged alone and audited as a whole alike.
 */
class LedgerLabelsTest {

  private static final String TRAVEL_ZH = "通知未说明配套资金可否用于差旅费";
  private static final String TRAVEL_EN = "the notice does not say whether matching funds pay 差旅费";
  private static final String EQUIPMENT_ZH = "未列明可否用于设备费";
  private static final String EQUIPMENT_EN = "leaves open whether it pays 设备费";

  @TempDir Path dir;

  private Run check(boolean audited, String format) throws Exception {
    String more = audited ? ",RA-1,2024-09" : "";
    Path ledger =
        Ledgers.write(
            dir.resolve("labels.csv"),
            List.of(
                Ledgers.HEADER + (audited ? ",position,period" : ""),
                "L1,科研项目辅助研究,P1,是,配套资金,,,,差旅费,800.00,800.00" + more,
                "L2,科研项目辅助研究,P1,是,劳务费,P1,,,设备费,900.00,900.00" + more,
                "L3,科研项目辅助研究,P1,是,劳务费,P1,,,劳务性报酬,6500.00,6500.00" + more));
    return Run.of("--date", "2024-09-30", "--format", format, ledger.toString());
  }

  @ParameterizedTest(name = "audited as a whole: {0}")
  @ValueSource(booleans = {false, true})
  void theCsvReasonsNameTheLedgersLabelsInBothLanguages(boolean audited) throws Exception {
    Run run = check(audited, "csv");

    assertThat(run.exitCode()).isEqualTo(1);
    List<CSVRecord> rows = run.rows();
    assertThat(rows).hasSize(3);
    assertThat(rows.get(0).get(1)).isEqualTo("UNDECIDED");
    assertThat(rows.get(0).get(3)).contains(TRAVEL_ZH).doesNotContain("其他支出");
    assertThat(rows.get(0).get(4)).contains(TRAVEL_EN).doesNotContain("other costs");
    assertThat(rows.get(1).get(1)).isEqualTo("UNDECIDED");
    assertThat(rows.get(1).get(3)).contains(EQUIPMENT_ZH).doesNotContain("其他支出");
    assertThat(rows.get(1).get(4)).contains(EQUIPMENT_EN).doesNotContain("other costs");
    assertThat(rows.get(2).get(1)).isEqualTo("ALLOWED");
    assertThat(rows.get(2).get(3)).doesNotContain("差旅费").doesNotContain("设备费");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"text", "jsonl", "html"})
  void everyFormatNamesTheLedgersLabels(String format) throws Exception {
    for (boolean audited : new boolean[] {false, true}) {
      Run run = check(audited, format);

      assertThat(run.exitCode()).as("audited %s", audited).isEqualTo(1);
      assertThat(run.out())
          .as("audited %s", audited)
          .contains(TRAVEL_ZH, TRAVEL_EN, EQUIPMENT_ZH, EQUIPMENT_EN)
          .doesNotContain("可否用于其他支出")
          .doesNotContain("whether matching funds pay other costs")
          .doesNotContain("whether it pays other costs");
    }
  }

  @ParameterizedTest(name = "audited as a whole: {0}")
  @ValueSource(booleans = {false, true})
  void theJsonlFindingsNameTheLabelInTheirTexts(boolean audited) throws Exception {
    String line = check(audited, "jsonl").out().lines()
        .filter(l -> l.contains("\"L1\""))
        .findFirst()
        .orElseThrow();

    assertThat(line)
        .contains("\"reason\":\"MATCHING_FUND_COST_NOT_NAMED\"")
        .contains("\"zh\":\"" + TRAVEL_ZH)
        .contains("\"en\":\"" + TRAVEL_EN);
  }
}
