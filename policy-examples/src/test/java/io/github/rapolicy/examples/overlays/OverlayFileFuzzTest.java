package io.github.rapolicy.examples.overlays;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.rapolicy.rules.Overlay;
import io.github.rapolicy.rules.Policy;
import io.github.rapolicy.testing.Gen;
import org.junit.jupiter.api.Timeout;

/**
 * A coverage-guided fuzz test of the overlay-file loader, from the bytes of a file. In {@code
 * ./mvnw verify} it runs in regression mode on the inputs kept in {@code
 * src/test/resources/io/github/rapolicy/examples/overlays/OverlayFileFuzzTestInputs/load/}; with
 * {@code JAZZER_FUZZ=1} Jazzer fuzzes it (the README's "Reliability").
 */
class OverlayFileFuzzTest {

  private static final String FILE = "fuzz.yaml";

  /**
   * {@link OverlayFile#parse}: either the one documented exception, {@link OverlayFileException},
   * naming the file and a line of it, its message {@code file:line: entry: problem}; or overlays
   * that load the same way again, layer over the notice as the Java API layers them, and, written
   * out as YAML again, load back to themselves.
   */
  @FuzzTest
  @Timeout(10)
  void load(byte[] bytes) {
    String text = new String(bytes, UTF_8);
    OverlayFile file;
    try {
      file = OverlayFile.parse(FILE, text);
    } catch (OverlayFileException e) {
      assertThat(e.file()).isEqualTo(FILE);
      // A line of the text, or the one after its last line break (the end of the text). YAML 1.1
      // also breaks lines at NEL, LS and PS (U+0085, U+2028, U+2029), found by the campaign.
      assertThat(e.line())
          .isBetween(
              1,
              (int)
                      text.chars()
                          .filter(
                              c ->
                                  c == '\n'
                                      || c == '\r'
                                      || c == '\u0085'
                                      || c == '\u2028'
                                      || c == '\u2029')
                          .count()
                  + 1);
      assertThat(e.problem()).isNotBlank();
      assertThat(e)
          .hasMessage(FILE + ":" + e.line() + ": " + (e.entry().isEmpty() ? "" : e.entry() + ": ") + e.problem());
      return;
    }
    assertThat(file.overlays()).isNotEmpty();
    assertThat(OverlayFile.parse(FILE, text).overlays()).isEqualTo(file.overlays());
    Policy java = Policy.ofNotice();
    for (Overlay overlay : file.overlays()) {
      java = java.withOverlay(overlay);
    }
    assertThat(file.layerOver(Policy.ofNotice())).isEqualTo(java);
    String again = OverlayYaml.yaml(Gen.seeded(text), file.overlays());
    assertThat(OverlayFile.parse(FILE, again).overlays()).as(again).isEqualTo(file.overlays());
  }
}
