package io.github.rapolicy.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The property harness itself: it must be able to fail, and say why. */
class PropertyHarnessTest {

  @Test
  void failingPropertyNamesItsCounterexamplesAndTheSeed() {
    assertThatThrownBy(
            () ->
                Property.forAll(
                    Stream.of(1L, 2L, 3L, 4L), n -> assertThat(n % 2).as("odd").isEqualTo(1L)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("failed for 2 of 4 samples")
        .hasMessageContaining("seed " + Property.SEED)
        .hasMessageContaining("  2\n")
        .hasMessageContaining("  4\n");
  }

  @Test
  void exceptionsCountAsFailures() {
    assertThatThrownBy(
            () ->
                Property.forAll(
                    Stream.of("a"),
                    s -> {
                      throw new IllegalStateException("boom");
                    }))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("\"a\"")
        .hasMessageContaining("boom");
  }

  @Test
  void propertyOverNoSamplesFails() {
    assertThatThrownBy(() -> Property.forAll(Stream.empty(), s -> {}))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("no samples");
  }

  @Test
  void invisibleCharactersAreEscapedInCounterexamples() {
    assertThatThrownBy(
            () -> Property.forAll(Stream.of("\u3000x\u00a0"), s -> assertThat(s).isEmpty()))
        .hasMessageContaining("\"\\u3000x\\u00a0\"");
  }

  @Test
  void holdingPropertyPasses() {
    assertThatCode(() -> Property.forAll(Stream.of(1, 2, 3), n -> assertThat(n).isPositive()))
        .doesNotThrowAnyException();
  }

  @Test
  void generatorsAreDeterministicPerSaltAndStayInRange() {
    List<Long> first = Gen.seeded("salt").longs(-5, 1000).collect(Collectors.toList());
    List<Long> again = Gen.seeded("salt").longs(-5, 1000).collect(Collectors.toList());
    List<Long> other = Gen.seeded("other salt").longs(-5, 1000).collect(Collectors.toList());

    assertThat(first).isEqualTo(again).isNotEqualTo(other);
    assertThat(first).allSatisfy(n -> assertThat(n).isBetween(-5L, 1000L));
    assertThat(first).contains(-5L, -4L, 0L, 1000L, 999L);
    assertThat(Gen.seeded("max").longs(0, Long.MAX_VALUE))
        .contains(Long.MAX_VALUE)
        .allSatisfy(n -> assertThat(n).isNotNegative());
  }
}
