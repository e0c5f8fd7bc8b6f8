package io.github.rapolicy.obligations;

import static io.github.rapolicy.testing.Property.forAll;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import io.github.rapolicy.notice.Clause;
import io.github.rapolicy.position.Position;
import io.github.rapolicy.rules.Channel;
import io.github.rapolicy.rules.Policy;
import io.github.rapolicy.testing.Checks;
import io.github.rapolicy.testing.Gen;
import io.github.rapolicy.testing.Property;
import io.github.rapolicy.unit.Designation;
import io.github.rapolicy.unit.HighTechZone;
import io.github.rapolicy.unit.Unit;
import io.github.rapolicy.unit.UnitType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Laws of the 2.2.3 counts over generated rows of units and positions. */
class ZoneEvaluationProperties {

  private static final LocalDate IN_FORCE = LocalDate.of(2024, 12, 31);
  private static final HighTechZone ZONE = HighTechZone.national("中关村科技园区");

  static Stream<List<UnitPosition>> rowSets() {
    Gen gen = Gen.seeded("zone-rows");
    List<List<UnitPosition>> sets = new ArrayList<>();
    sets.add(List.of());
    for (int i = 0; i < Property.TRIES / 5; i++) {
      List<UnitPosition> rows = new ArrayList<>();
      int units = gen.uniformInt(0, 6);
      for (int u = 0; u < units; u++) {
        Unit unit = ChecklistProperties.unit(gen);
        for (Position position : ChecklistProperties.positions(gen)) {
          // Two generated units may be equal: give each (unit, position ID) once.
          if (rows.stream().noneMatch(r -> r.unit().equals(unit) && r.position().id().equals(position.id()))) {
            rows.add(UnitPosition.of(unit, position));
          }
        }
      }
      sets.add(rows);
    }
    return sets.stream();
  }

  @Test
  @Checks({"2.2.3"})
  @DisplayName(
      "2.2.3: every row is counted inside the zone, not decided, or outside it, and by exactly one"
          + " unit type")
  void everyRowCountedOnce() {
    AtomicInteger counted = new AtomicInteger();
    AtomicInteger notDecided = new AtomicInteger();
    forAll(
        rowSets(),
        rows -> {
          ZoneEvaluation evaluation = Obligations.ofNotice().on(IN_FORCE).zoneEvaluation(ZONE, rows);
          assertThat(evaluation.total() + evaluation.notDecided().size() + evaluation.outsideZone())
              .isEqualTo(rows.size());
          assertThat(evaluation.byUnitType().values().stream().mapToInt(Integer::intValue).sum())
              .isEqualTo(evaluation.total());
          assertThat(evaluation.positions())
              .allMatch(row -> row.unit().zone().equals(Optional.of(ZONE)))
              .allMatch(row -> row.position().category().isNamedByNotice());
          assertThat(evaluation.notDecided())
              .allMatch(row -> row.unit().zone().equals(Optional.of(ZONE)))
              .noneMatch(row -> row.position().category().isNamedByNotice());
          long inside = rows.stream().filter(r -> r.unit().zone().equals(Optional.of(ZONE))).count();
          assertThat(evaluation.total() + evaluation.notDecided().size()).isEqualTo(inside);
          assertThat(evaluation.cites(Clause.C0_0_1)).isEqualTo(!evaluation.notDecided().isEmpty());
          counted.addAndGet(evaluation.total());
          notDecided.addAndGet(evaluation.notDecided().size());
          for (UnitType type : UnitType.values()) {
            assertThat(evaluation.count(type))
                .isEqualTo(evaluation.positions().stream().filter(r -> r.unit().type() == type).count());
          }
          for (Designation designation : Designation.values()) {
            assertThat(evaluation.count(designation))
                .isEqualTo(evaluation.positions().stream().filter(r -> r.unit().holds(designation)).count());
          }
        });
    assertThat(counted).as("positions counted over all samples").hasPositiveValue();
    assertThat(notDecided).as("positions not decided over all samples").hasPositiveValue();
  }

  @Test
  @Checks({"2.2.3", "2.2.2"})
  @DisplayName("2.2.3 by channel (2.2.2): each count is the rows whose unit the rules' scope answer reaches")
  void channelsAgreeWithTheRules() {
    forAll(
        rowSets(),
        rows -> {
          ZoneEvaluation evaluation = Obligations.ofNotice().on(IN_FORCE).zoneEvaluation(ZONE, rows);
          Policy.OnDate rules = Policy.ofNotice().on(IN_FORCE);
          for (Channel channel : Channel.values()) {
            assertThat(evaluation.count(channel))
                .as("%s", channel)
                .isEqualTo(
                    evaluation.positions().stream()
                        .filter(r -> rules.isInScope(r.unit()).channels().contains(channel))
                        .count());
          }
          assertThat(evaluation.withoutChannel())
              .isEqualTo(
                  evaluation.positions().stream()
                      .filter(r -> rules.isInScope(r.unit()).channels().isEmpty())
                      .count());
          List<UnitPosition> inside =
              rows.stream().filter(r -> r.unit().zone().equals(Optional.of(ZONE))).toList();
          assertThat(ImmutableList.copyOf(evaluation.positions()))
              .containsExactlyElementsOf(
                  inside.stream().filter(r -> r.position().category().isNamedByNotice()).toList());
          assertThat(ImmutableList.copyOf(evaluation.notDecided()))
              .containsExactlyElementsOf(
                  inside.stream().filter(r -> !r.position().category().isNamedByNotice()).toList());
        });
  }
}
