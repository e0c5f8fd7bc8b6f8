package io.github.rapolicy.examples.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rapolicy.examples.ledger.LedgerCheck.Format;
import io.github.rapolicy.examples.overlays.OverlayFile;
import io.github.rapolicy.rules.Fingerprint;
import io.github.rapolicy.rules.Policy;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every format of the report says what produced it: the library's version, the date asked, the
 * overlays applied and the fingerprints of the rules, so that two reports can be told apart.
 */
class ReportHeaderTest {

  private static final String DATE = "2024-09-30";
  private static final Fingerprint NOTICE = Policy.ofNotice().fingerprint();

  @Test
  void theTextReportShowsVersionDateOverlaysAndFingerprints() {
    Run run = Run.of("--date", DATE, Ledgers.SAMPLE.toString());

    assertThat(run.out())
        .contains("列支日期 charges as of: " + DATE + "\n")
        .contains("库版本 library version: " + Policy.libraryVersion() + "\n")
        .contains("叠加规则 overlays: none\n")
        .contains("规则指纹 rules fingerprint: " + NOTICE.rules() + "\n")
        .contains("文字指纹 texts fingerprint: " + NOTICE.texts() + "\n");
  }

  @Test
  void theCsvReportShowsThemBesideTheTotals() {
    Run run = Run.of("--date", DATE, "--format", "csv", Ledgers.SAMPLE.toString());

    assertThat(run.err())
        .contains(DATE)
        .contains("library version: " + Policy.libraryVersion())
        .contains("overlays: none")
        .contains("rules fingerprint: " + NOTICE.rules())
        .contains("texts fingerprint: " + NOTICE.texts());
    assertThat(run.out()).doesNotContain(NOTICE.rules());
  }

  @Test
  void theJsonLinesReportShowsThemInItsHeaderObject() {
    Run run = Run.of("--date", DATE, "--format", "jsonl", Ledgers.SAMPLE.toString());
    List<Map<String, @Nullable Object>> records = Json.lines(run.out());

    assertThat(records.get(0))
        .containsEntry("record", "header")
        .containsEntry("date", DATE)
        .containsEntry("library_version", Policy.libraryVersion())
        .containsEntry("overlays", "none")
        .containsEntry("rules_fingerprint", NOTICE.rules())
        .containsEntry("texts_fingerprint", NOTICE.texts());
  }

  /** The overlays of the two shipped files, each with its source and period, as every format shows them. */
  private static final List<String> OVERLAYS =
      List.of(
          "中央财政科研经费管理改革 (国办发〔2021〕32号), in force from 2021-07-28",
          "某大学科研助理岗位管理办法 (某大学〔2024〕12号), in force from 2024-07-01 until 2025-09-01 (exclusive)",
          "某大学科研助理岗位管理办法（2025年修订） (某大学〔2025〕30号), in force from 2025-09-01; not in force on "
              + DATE);

  @ParameterizedTest
  @EnumSource(Format.class)
  @DisplayName("with overlay files, every format shows version, date, each overlay with source and period, and fingerprints")
  void everyFormatShowsTheOverlaysWithSourceAndPeriodAndTheirFingerprint(Format format) throws Exception {
    Policy policy =
        OverlayFile.read(Path.of(OverlayOptionTest.UNIVERSITY))
            .layerOver(OverlayFile.read(Path.of(OverlayOptionTest.REFORM)).layerOver(Policy.ofNotice()));
    Fingerprint fingerprint = policy.fingerprint();
    assertThat(fingerprint.rules()).isNotEqualTo(NOTICE.rules());
    assertThat(fingerprint.texts()).isNotEqualTo(NOTICE.texts());

    Run run =
        Run.of("--date", DATE, "--format", format.name().toLowerCase(Locale.ROOT),
            "--overlay", OverlayOptionTest.REFORM, "--overlay", OverlayOptionTest.UNIVERSITY,
            Ledgers.SAMPLE.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    // CSV keeps its header on standard error, beside the totals, so that standard output is one table.
    String header = format == Format.CSV ? run.err() : run.out();
    if (format == Format.JSONL) {
      Map<String, @Nullable Object> first = Json.lines(run.out()).get(0);
      assertThat(first)
          .containsEntry("record", "header")
          .containsEntry("date", DATE)
          .containsEntry("library_version", Policy.libraryVersion())
          .containsEntry("rules_fingerprint", fingerprint.rules())
          .containsEntry("texts_fingerprint", fingerprint.texts())
          .containsEntry("overlay_1", OVERLAYS.get(0))
          .containsEntry("overlay_2", OVERLAYS.get(1))
          .containsEntry("overlay_3", OVERLAYS.get(2));
      return;
    }
    assertThat(header)
        .contains(DATE)
        .contains(Policy.libraryVersion())
        .contains(fingerprint.rules())
        .contains(fingerprint.texts())
        .contains(OVERLAYS);
  }

  @Test
  void overlaysAreNamedWithTheirSources() {
    ReportHeader header =
        ReportHeader.of(Ledgers.SAMPLE, java.time.LocalDate.parse(DATE))
            .withRules(
                Policy.ofNotice()
                    .withOverlay(io.github.rapolicy.rules.Overlay.of("甲", "乙〔2024〕1号"))
                    .withOverlay(io.github.rapolicy.rules.Overlay.of("丙", "丁〔2024〕2号")));
    assertThat(header.all())
        .filteredOn(f -> f.key().equals("overlays"))
        .extracting(ReportHeader.Field::value)
        .containsExactly("甲 (乙〔2024〕1号); 丙 (丁〔2024〕2号)");
  }
}
