package io.github.rapolicy.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rapolicy.rules.Policy;
import io.github.rapolicy.rules.Verdict;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The benchmark's hand-written baseline decides as the library does on the benchmark's own ledger,
 * with and without the overlays: the comparison measures the same rules, not fewer.
 */
class DecisionBaselineTest {

  @Test
  void theBaselineAgreesWithTheLibraryLineByLine() {
    DecisionBenchmark.Line[] lines = DecisionBenchmark.ledger(100_000, 7L);
    Policy notice = Policy.ofNotice();
    Policy withOverlays =
        Policy.ofNotice()
            .withOverlay(DecisionBenchmark.REFORM)
            .withOverlay(DecisionBenchmark.UNIVERSITY);
    Set<Verdict> seen = EnumSet.noneOf(Verdict.class);
    for (DecisionBenchmark.Line line : lines) {
      Verdict library =
          notice.on(line.date()).mayCharge(line.expense()).to(line.fund()).verdict();
      Verdict layered =
          withOverlays.on(line.date()).mayCharge(line.expense()).to(line.fund()).verdict();
      assertThat(DecisionBenchmark.Baseline.decide(line.date(), line.expense(), line.fund(), false))
          .as("%s", line)
          .isEqualTo(library);
      assertThat(DecisionBenchmark.Baseline.decide(line.date(), line.expense(), line.fund(), true))
          .as("%s with the overlays", line)
          .isEqualTo(layered);
      seen.add(library);
    }
    assertThat(seen).as("the ledger is mixed").containsExactlyInAnyOrder(Verdict.values());
  }
}
