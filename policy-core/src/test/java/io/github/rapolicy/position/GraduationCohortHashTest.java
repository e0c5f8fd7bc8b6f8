package io.github.rapolicy.position;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Cohorts of different years hash apart, so that sets and maps keyed by cohort spread. */
class GraduationCohortHashTest {

  @Test
  @DisplayName("cohorts of different years have different hash codes")
  void hashCodesSpread() {
    Set<Integer> hashes = new HashSet<>();
    for (int year = 2000; year <= 2050; year++) {
      hashes.add(GraduationCohort.of(year).hashCode());
    }
    assertThat(hashes).hasSize(51);
  }
}
