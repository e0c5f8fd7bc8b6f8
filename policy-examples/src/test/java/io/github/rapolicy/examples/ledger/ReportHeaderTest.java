package io.github.rapolicy.examples.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rapolicy.rules.Fingerprint;
import io.github.rapolicy.rules.Policy;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

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
