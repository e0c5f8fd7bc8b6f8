package io.github.rapolicy.obligations;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.rapolicy.position.Position;
import io.github.rapolicy.rules.Policy;
import io.github.rapolicy.unit.HighTechZone;
import io.github.rapolicy.unit.Unit;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * What the notice asks of units besides money, and by when authorities report: the entry point for
 * a unit's checklist (3.1.3, 3.2.3, 3.3.2, 3.3.5 and the encouragements of 2.2.2, 3.1.5, 3.3.2,
 * 3.3.6), the positions to fill first (2.1.3), the reference of a national high-tech zone's
 * evaluation (2.2.3) and the reporting calendar (3.4.2).
 *
 * <p>Every question is dated by {@link #on(LocalDate)}; no clock is read. Where the rules package
 * answers part of a question — whether a unit must take the lead, which channels reach it — these
 * answers ask it ({@link Policy.OnDate#isInScope}), so the two never disagree.
 *
 * <pre>{@code
 * Obligations.OnDate today = Obligations.ofNotice().on(LocalDate.of(2024, 9, 30));
 * Checklist checklist = today.checklist(unit, positions, practice);
 * PositionsToFillFirst first = today.positionsToFillFirst(positions);
 * ZoneEvaluation evaluation = today.zoneEvaluation(HighTechZone.national("中关村科技园区"), rows);
 * ReportingAnswer reporting = today.reporting();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Obligations {

  private static final Obligations NOTICE = new Obligations(Policy.ofNotice());

  private final Policy policy;

  private Obligations(Policy policy) {
    this.policy = policy;
  }

  /** Returns the obligations of notice 工信部联规〔2024〕122号. */
  public static Obligations ofNotice() {
    return NOTICE;
  }

  /** Returns the questions about obligations, dated {@code date}. */
  public OnDate on(LocalDate date) {
    checkNotNull(date, "date");
    return new OnDate(policy.on(date));
  }

  @Override
  public String toString() {
    return "Obligations[" + policy + "]";
  }

  /**
   * The questions {@link Obligations} answers on one date.
   *
   * <pre>{@code
   * Obligations.OnDate july = Obligations.ofNotice().on(LocalDate.of(2024, 7, 15));
   * july.reporting().nextDeadline();        // Optional[JULY_20] (3.4.2)
   * july.positionsToFillFirst(positions);   // unfilled and vacated (2.1.3)
   * }</pre>
   *
   * <p>This class is immutable and thread-safe.
   *
   * @since 0.1.0
   */
  public static final class OnDate {
    private final Policy.OnDate rules;

    private OnDate(Policy.OnDate rules) {
      this.rules = rules;
    }

    /** Returns the date the questions are asked for. */
    public LocalDate date() {
      return rules.date();
    }

    /**
     * Returns {@code unit}'s checklist: each obligation with its status and each encouragement as
     * advice, from the unit, the RA positions it has set up and what its records say it does.
     *
     * <pre>{@code
     * Checklist checklist = today.checklist(unit, List.of(ra1, ra2), UnitPractice.notKnown());
     * }</pre>
     *
     * @throws IllegalArgumentException if two positions have the same ID
     */
    public Checklist checklist(Unit unit, Collection<Position> positions, UnitPractice practice) {
      checkNotNull(unit, "unit");
      checkNotNull(practice, "practice");
      return ChecklistRules.checklist(rules, unit, uniqueById(positions), practice);
    }

    /**
     * Returns the positions among {@code positions} to fill first (2.1.3): those not yet filled and
     * those vacated by turnover.
     *
     * @throws IllegalArgumentException if two positions have the same ID
     */
    public PositionsToFillFirst positionsToFillFirst(Collection<Position> positions) {
      return PositionsToFillFirst.of(date(), uniqueById(positions));
    }

    /**
     * Returns the reference for {@code zone}'s annual comprehensive evaluation (2.2.3): the
     * positions of {@code rows} whose units are inside the zone, counted by unit type, designation
     * and channel.
     *
     * @throws IllegalArgumentException if {@code zone} is not a national high-tech zone, or a
     *     unit's position is given twice
     */
    public ZoneEvaluation zoneEvaluation(HighTechZone zone, Collection<UnitPosition> rows) {
      checkNotNull(zone, "zone");
      return ZoneEvaluation.of(rules, zone, ImmutableList.copyOf(checkNotNull(rows, "rows")));
    }

    /** Returns where the reporting of 3.4.2 stands on this date. */
    public ReportingAnswer reporting() {
      return ReportingCalendar.ofNotice().on(date());
    }

    @Override
    public String toString() {
      return "Obligations on " + date();
    }
  }

  private static ImmutableList<Position> uniqueById(Collection<Position> positions) {
    ImmutableList<Position> copy = ImmutableList.copyOf(checkNotNull(positions, "positions"));
    Set<String> ids = new HashSet<>();
    for (Position position : copy) {
      checkArgument(ids.add(position.id()), "position %s is given twice", position.id());
    }
    return copy;
  }
}
