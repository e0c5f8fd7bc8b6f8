package io.github.rapolicy.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
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
  void checkingStopsAtTheLastCounterexampleReported() {
    AtomicInteger checked = new AtomicInteger();
    assertThatThrownBy(
            () ->
                Property.forAll(
                    IntStream.range(0, 1000).boxed(),
                    n -> {
                      checked.incrementAndGet();
                      assertThat(n % 3).as("a multiple of 3").isZero();
                    }))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("failed for 5 of 8 samples checked (checking stops there)")
        .hasMessageContaining("  1\n")
        .hasMessageContaining("  7\n")
        .hasMessageNotContaining("  8\n");
    assertThat(checked).hasValue(8);
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

  /** A small enumeration for the generators of enumerations. */
  private enum Colour {
    RED,
    GREEN,
    BLUE
  }

  @Test
  void combiningGeneratorsCoverTheirDomainsDeterministically() {
    Gen gen = Gen.seeded("combining");
    List<Colour> picked = Stream.generate(() -> gen.pick(Colour.class)).limit(200).toList();
    List<EnumSet<Colour>> subsets =
        Stream.generate(() -> gen.subsetOf(Colour.class)).limit(200).toList();
    List<List<Integer>> lists =
        Stream.generate(() -> gen.listOf(1, 3, () -> gen.uniformInt(0, 9))).limit(200).toList();
    List<Optional<String>> optionals =
        Stream.generate(() -> gen.optional(0.5, () -> "x")).limit(200).toList();
    List<String> chosen =
        Stream.generate(() -> gen.<String>oneOf(() -> "a", () -> "b")).limit(200).toList();

    assertThat(picked).containsOnly(Colour.values());
    assertThat(subsets).contains(EnumSet.noneOf(Colour.class), EnumSet.allOf(Colour.class));
    assertThat(subsets).contains(EnumSet.of(Colour.RED), EnumSet.of(Colour.GREEN, Colour.BLUE));
    assertThat(lists).allSatisfy(l -> assertThat(l).hasSizeBetween(1, 3));
    assertThat(lists).anySatisfy(l -> assertThat(l).hasSize(1));
    assertThat(lists).anySatisfy(l -> assertThat(l).hasSize(3));
    assertThat(optionals).contains(Optional.empty(), Optional.of("x"));
    assertThat(chosen).containsOnly("a", "b");
    assertThat(Stream.generate(() -> Gen.seeded("same").subsetOf(Colour.class)).limit(5))
        .containsOnly(Gen.seeded("same").subsetOf(Colour.class));
  }

  @Test
  void datesStayInRangeAndReachTheBounds() {
    LocalDate first = LocalDate.of(2024, 1, 1);
    LocalDate last = LocalDate.of(2024, 6, 24);
    Gen gen = Gen.seeded("dates");
    List<LocalDate> dates =
        gen.samples(List.of(first), 1000, () -> gen.dateBetween(first, last)).toList();

    assertThat(dates).hasSize(1001).startsWith(first).contains(last);
    assertThat(dates).allSatisfy(d -> assertThat(d).isBetween(first, last));
    assertThat(Gen.seeded("one day").dateBetween(last, last)).isEqualTo(last);
    assertThatThrownBy(() -> gen.dateBetween(last, first))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
