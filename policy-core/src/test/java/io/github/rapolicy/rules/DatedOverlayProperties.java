package io.github.rapolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rapolicy.funding.FundingSource;
import io.github.rapolicy.rules.RulesProperties.Question;
import io.github.rapolicy.testing.Gen;
import io.github.rapolicy.testing.Property;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Properties of overlays in force for a period, on the project's seeded harness: a question asked
 * on a date is answered by the overlays in force on that date and by no other.
 */
class DatedOverlayProperties {

  /** A question, its date, and the overlays layered in turn (those that contradict left out). */
  record Dated(Question question, LocalDate date, List<Overlay> overlays, Overlay extra) {}

  /** The overlay with its rules, name and source, in force for {@code period}. */
  static Overlay dated(Overlay overlay, InForce period) {
    return Overlay.of(
        overlay.name(), overlay.source(), period, overlay.rules().toArray(new OverlayRule[0]));
  }

  /** A period around {@code date}: on every date, from a day near it, or between two such days. */
  static InForce period(Gen gen, LocalDate date) {
    LocalDate from = date.plusDays(gen.longBetween(-400, 400));
    return gen.oneOf(
        InForce::always,
        () -> InForce.from(from),
        () -> InForce.between(from, from.plusDays(gen.longBetween(1, 400))));
  }

  /** A period that does not include {@code date}: ending on or before it, or beginning after it. */
  static InForce periodExcluding(Gen gen, LocalDate date) {
    LocalDate until = date.minusDays(gen.longBetween(0, 400));
    return gen.oneOf(
        () -> InForce.from(date.plusDays(gen.longBetween(1, 400))),
        () -> InForce.between(until.minusDays(gen.longBetween(1, 400)), until));
  }

  static Overlay overlay(Gen gen) {
    return gen.oneOf(
        () -> RulesProperties.settlingOverlay(gen), () -> RulesProperties.restrictingOverlay(gen));
  }

  /**
   * Edge samples: every edge overlay, in force up to the day before the date, from the date, ending
   * on the date or beginning the day after; then random ones.
   */
  static Stream<Dated> samples(String salt) {
    Gen gen = Gen.seeded(salt);
    List<Overlay> edgeOverlays = new ArrayList<>(RulesProperties.edgeSettlingOverlays());
    edgeOverlays.addAll(RulesProperties.edgeRestrictingOverlays());
    List<Dated> edges = new ArrayList<>();
    int i = 0;
    for (Overlay overlay : edgeOverlays) {
      for (Question question : RulesProperties.edgeQuestions(gen)) {
        LocalDate date = RulesProperties.DATES_IN_FORCE.edge(i++);
        List<Overlay> inForce =
            List.of(
                dated(overlay, InForce.between(date.minusDays(1), date.plusDays(1))),
                dated(gen.pick(edgeOverlays), InForce.from(date)));
        Overlay extra =
            dated(
                gen.pick(edgeOverlays),
                gen.chance(0.5) ? InForce.from(date.plusDays(1)) : InForce.between(date.minusDays(1), date));
        edges.add(new Dated(question, date, inForce, extra));
      }
    }
    return gen.samples(
        edges,
        RulesProperties.SAMPLES,
        () -> {
          LocalDate date = RulesProperties.DATES.random(gen);
          return new Dated(
              RulesProperties.question(gen),
              date,
              gen.listOf(1, 4, () -> dated(overlay(gen), period(gen, date))),
              dated(overlay(gen), periodExcluding(gen, date)));
        });
  }

  /** The notice with each overlay layered in turn, leaving out those that contradict earlier ones. */
  static Policy layered(Policy policy, List<Overlay> overlays) {
    Policy result = policy;
    for (Overlay overlay : overlays) {
      try {
        result = result.withOverlay(overlay);
      } catch (ConflictingOverlaysException e) {
        // left out: the property is about the overlays a policy holds
      }
    }
    return result;
  }

  @Test
  @DisplayName(
      "answers on a date equal those of a policy with only the overlays in force on that date")
  void onlyOverlaysInForce() {
    AtomicInteger leftOut = new AtomicInteger();
    AtomicInteger applied = new AtomicInteger();
    Property.forAll(
        samples("dated-only-in-force"),
        sample -> {
          Policy policy = layered(Policy.ofNotice(), sample.overlays());
          Policy inForce = Policy.ofNotice();
          for (Overlay overlay : policy.overlays()) {
            if (overlay.isInForceOn(sample.date())) {
              inForce = inForce.withOverlay(overlay);
            }
          }
          Answer answer = sample.question().askOf(policy, sample.date());
          assertThat(answer).isEqualTo(sample.question().askOf(inForce, sample.date()));
          assertThat(answer.findings())
              .isEqualTo(sample.question().askOf(inForce, sample.date()).findings());
          assertThat(answer.overlaysApplied()).allMatch(o -> o.isInForceOn(sample.date()));
          // Left out: exactly the overlays not in force that alone, in force, would change a step.
          Answer notice = sample.question().askOf(Policy.ofNotice(), sample.date());
          List<Overlay> bearing = new ArrayList<>();
          for (Overlay overlay : policy.overlays()) {
            if (!overlay.isInForceOn(sample.date())) {
              Policy alone = Policy.ofNotice().withOverlay(dated(overlay, InForce.always()));
              if (!sample.question().askOf(alone, sample.date()).equals(notice)) {
                bearing.add(overlay);
              }
            }
          }
          assertThat(answer.overlaysNotInForce()).isEqualTo(bearing);
          leftOut.addAndGet(bearing.isEmpty() ? 0 : 1);
          applied.addAndGet(answer.overlaysApplied().isEmpty() ? 0 : 1);
        });
    assertThat(leftOut.get()).as("samples naming an overlay not in force")
        .isGreaterThan(RulesProperties.SAMPLES / 33);
    assertThat(applied.get()).as("samples applying an overlay")
        .isGreaterThan(RulesProperties.SAMPLES / 33);
  }

  @Test
  @DisplayName("adding an overlay out of force on a date changes no answer on that date")
  void outOfForceChangesNothing() {
    AtomicInteger added = new AtomicInteger();
    Property.forAll(
        samples("dated-out-of-force"),
        sample -> {
          assertThat(sample.extra().isInForceOn(sample.date())).isFalse();
          Policy policy = layered(Policy.ofNotice(), sample.overlays());
          Policy withExtra;
          try {
            withExtra = policy.withOverlay(sample.extra());
          } catch (ConflictingOverlaysException e) {
            return; // contradicts an overlay on a day both are in force: not this property's case
          }
          added.incrementAndGet();
          Answer before = sample.question().askOf(policy, sample.date());
          Answer after = sample.question().askOf(withExtra, sample.date());
          assertThat(after).isEqualTo(before);
          assertThat(after.verdict()).isEqualTo(before.verdict());
          assertThat(after.overlaysApplied()).isEqualTo(before.overlaysApplied());
          assertThat(after.overlaysApplied()).doesNotContain(sample.extra());
        });
    assertThat(added.get()).as("samples where the extra overlay was added")
        .isGreaterThan(RulesProperties.SAMPLES / 2);
  }

  /** A charge on a date under overlays in force for periods around it. */
  record DatedCharge(Expense expense, FundingSource fund, LocalDate date, List<Overlay> overlays) {}

  @Test
  @DisplayName("the one-step and two-step forms agree under dated overlays")
  void oneStepAgrees() {
    Gen gen = Gen.seeded("dated-one-step");
    Property.forAll(
        gen.samples(
            List.of(),
            RulesProperties.SAMPLES,
            () -> {
              LocalDate date = RulesProperties.DATES.random(gen);
              return new DatedCharge(
                  RulesProperties.expense(gen),
                  RulesProperties.fund(gen),
                  date,
                  gen.listOf(1, 4, () -> dated(overlay(gen), period(gen, date))));
            }),
        sample -> {
          Policy policy = layered(Policy.ofNotice(), sample.overlays());
          Answer twoStep = policy.on(sample.date()).mayCharge(sample.expense()).to(sample.fund());
          Answer oneStep = policy.on(sample.date()).mayCharge(sample.expense(), sample.fund());
          assertThat(oneStep).isEqualTo(twoStep);
          assertThat(oneStep.overlaysNotInForce()).isEqualTo(twoStep.overlaysNotInForce());
        });
  }
}
