package io.github.rapolicy.position;

import static io.github.rapolicy.testing.Property.forAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rapolicy.testing.Gen;
import io.github.rapolicy.testing.Property;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The laws of {@link GraduationCohort}: every year of its range, and years outside it. */
class GraduationCohortProperties {

  @Test
  void printingAndParsingRoundTripForEveryYear() {
    Gen gen = Gen.seeded("cohort-round-trip");
    forAll(
        IntStream.rangeClosed(1900, 9999).boxed(),
        year -> {
          GraduationCohort cohort = GraduationCohort.of(year);

          assertThat(cohort).hasToString(year + "届");
          assertThat(GraduationCohort.parse(cohort.toString())).isEqualTo(cohort);
          assertThat(GraduationCohort.parse(gen.padded(String.valueOf(year)))).isEqualTo(cohort);
          assertThat(cohort.year()).isEqualTo(year);
          assertThat(cohort.isNoticeCohort()).isEqualTo(year == 2024);
          assertThat(cohort).hasSameHashCodeAs(GraduationCohort.parse(cohort.toString()));
        });
  }

  @Test
  void orderIsTheOrderOfYears() {
    Gen gen = Gen.seeded("cohort-order");
    Stream<List<Integer>> edges =
        Stream.of(List.of(2024, 2024), List.of(1900, 9999), List.of(2025, 2024));
    Stream<List<Integer>> random =
        IntStream.range(0, Property.TRIES)
            .mapToObj(i -> List.of(gen.uniformInt(1900, 9999), gen.uniformInt(1900, 9999)));
    forAll(
        Stream.concat(edges, random),
        pair -> {
          int a = pair.get(0);
          int b = pair.get(1);

          assertThat(Integer.signum(GraduationCohort.of(a).compareTo(GraduationCohort.of(b))))
              .isEqualTo(Integer.signum(Integer.compare(a, b)));
          assertThat(GraduationCohort.of(a).equals(GraduationCohort.of(b))).isEqualTo(a == b);
        });
  }

  @Test
  void yearsOutsideTheRangeAreRejectedNamingTheYear() {
    Gen gen = Gen.seeded("cohort-out-of-range");
    Stream<Integer> below = gen.longs(Integer.MIN_VALUE, 1899).map(Long::intValue);
    Stream<Integer> above = gen.longs(10_000, Integer.MAX_VALUE).map(Long::intValue);
    forAll(
        Stream.concat(below, above),
        year ->
            assertThatThrownBy(() -> GraduationCohort.of(year))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(String.valueOf(year)));
  }
}
