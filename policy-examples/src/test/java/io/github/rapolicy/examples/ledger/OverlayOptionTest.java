package io.github.rapolicy.examples.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end: the ledger check with {@code --overlay} on the sample ledger. The funding reform
 * changes the housing-fund line's verdict; the university's revision, from 2025-09-01, changes the
 * social-insurance line's verdict by the date asked.
 */
class OverlayOptionTest {

  static final String REFORM = "overlays/funding-reform.yaml";
  static final String UNIVERSITY = "overlays/university.yaml";

  private static Map<String, String> verdicts(Run run) {
    return run.rows().stream()
        .collect(Collectors.toMap(r -> r.get(0), r -> r.get(1), (a, b) -> a));
  }

  private static Run csv(String date, String... overlays) {
    List<String> args = new java.util.ArrayList<>(List.of("--date", date, "--format", "csv"));
    for (String overlay : overlays) {
      args.add("--overlay");
      args.add(overlay);
    }
    args.add(Ledgers.SAMPLE.toString());
    return Run.of(args.toArray(new String[0]));
  }

  @Test
  @DisplayName("the funding reform settles the housing fund from the labour fee: line 0003 becomes ALLOWED")
  void reformChangesALine() {
    Map<String, String> without = verdicts(csv("2024-09-30"));
    Map<String, String> with = verdicts(csv("2024-09-30", REFORM));
    assertThat(without.get("2024-09-0003")).isEqualTo("UNDECIDED");
    assertThat(with.get("2024-09-0003")).isEqualTo("ALLOWED");
    assertThat(with.get("2024-09-0002")).isEqualTo(without.get("2024-09-0002"));
  }

  @Test
  @DisplayName("the university's revision applies from its date: line 0002 is ALLOWED on 2025-08-31, NOT_ALLOWED on 2025-09-01")
  void revisionByDate() {
    Run before = csv("2025-08-31", REFORM, UNIVERSITY);
    Run after = csv("2025-09-01", REFORM, UNIVERSITY);
    assertThat(verdicts(before).get("2024-09-0002")).isEqualTo("ALLOWED");
    assertThat(verdicts(after).get("2024-09-0002")).isEqualTo("NOT_ALLOWED");
    CSVRecord row =
        after.rows().stream().filter(r -> r.get(0).equals("2024-09-0002")).findFirst().orElseThrow();
    assertThat(row.get(4)).contains("某大学科研助理岗位管理办法（2025年修订）").contains("某大学〔2025〕30号");
    assertThat(verdicts(after).get("2024-09-0003")).isEqualTo("ALLOWED");
    // The header, on standard error beside the totals for CSV, lists every overlay with its period.
    assertThat(after.err())
        .contains("中央财政科研经费管理改革 (国办发〔2021〕32号), in force from 2021-07-28")
        .contains(
            "某大学科研助理岗位管理办法 (某大学〔2024〕12号), in force from 2024-07-01 until 2025-09-01"
                + " (exclusive); not in force on 2025-09-01")
        .contains("某大学科研助理岗位管理办法（2025年修订） (某大学〔2025〕30号), in force from 2025-09-01");
  }

  @Test
  @DisplayName("the text report's header lists the overlays too")
  void textHeader() {
    Run run = Run.of("--date", "2024-09-30", "--overlay", REFORM, Ledgers.SAMPLE.toString());
    assertThat(run.out()).contains("overlay 1").contains("国办发〔2021〕32号");
    assertThat(run.exitCode()).isEqualTo(2);
  }

  @Test
  @DisplayName("a mistake in an overlay file is one message with file and line, exit code 3, no report")
  void badOverlayFile(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(
        bad,
        "overlays:\n  - name: 某规定\n    source: 某号\n    in_force:\n      from: 2024-07-01\n"
            + "    rules:\n      - kind: restrict\n        fund: 劳务\n        zh: 甲\n        en: a\n");
    Run run = Run.of("--date", "2024-09-30", "--overlay", bad.toString(), Ledgers.SAMPLE.toString());
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains(bad + ":8: overlay 1 \"某规定\", rule 1: fund:");
    Run missing =
        Run.of("--date", "2024-09-30", "--overlay", dir.resolve("none.yaml").toString(), Ledgers.SAMPLE.toString());
    assertThat(missing.exitCode()).isEqualTo(3);
    assertThat(missing.err()).contains("cannot read the overlay file");
  }

  @Test
  @DisplayName("a good overlay file before a bad one: nothing is applied, no report, exit code 3")
  void noReportFromPartOfTheOverlays(@TempDir Path dir) throws Exception {
    Path contradicting = dir.resolve("contradicting.yaml");
    Files.writeString(
        contradicting,
        "overlays:\n  - name: 某规定\n    source: 某号\n    in_force:\n      from: 2024-07-01\n"
            + "    rules:\n      - kind: settle_charge\n        fund: 劳务费\n        cost: 住房公积金\n"
            + "        verdict: 不允许\n        zh: 甲\n        en: a\n");
    Run run =
        Run.of("--date", "2024-09-30", "--overlay", REFORM, "--overlay", contradicting.toString(),
            Ledgers.SAMPLE.toString());
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .contains(contradicting + ":7: overlay 1 \"某规定\", rule 1: contradicts")
        .contains("of overlay \"中央财政科研经费管理改革\" (国办发〔2021〕32号)");
  }
}
