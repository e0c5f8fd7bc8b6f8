package io.github.rapolicy.obligations;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import io.github.rapolicy.notice.Clause;
import io.github.rapolicy.notice.Notice;
import io.github.rapolicy.position.Position;
import io.github.rapolicy.position.PositionOrigin;
import io.github.rapolicy.rules.Language;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * The positions a unit is to fill first, those 2.1.3 asks it to make full use of (充分利用) to
 * recruit graduates: of the RA positions it has already developed,
 * those not yet filled with a graduate ({@link PositionOrigin#EXISTING_UNFILLED}) and those vacated
 * by staff turnover ({@link PositionOrigin#VACATED_BY_TURNOVER}), in the order given. New positions
 * ({@link PositionOrigin#NEW}) are not among them.
 *
 * <pre>{@code
 * PositionsToFillFirst first = Obligations.ofNotice().on(LocalDate.of(2024, 7, 1))
 *     .positionsToFillFirst(positions);
 * first.positions();   // the unfilled and the vacated, in the order given
 * first.vacated();     // those vacated by turnover
 * first.explain(Language.CHINESE);
 * }</pre>
 *
 * <p>Dated before the notice was issued (25 June 2024), the answer lists no position and says the
 * notice was not yet in force.
 *
 * <p>This class is immutable and thread-safe; answers are equal when their date and positions are.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class PositionsToFillFirst {

  PositionsToFillFirst() {}

  static PositionsToFillFirst of(LocalDate date, ImmutableList<Position> given) {
    ImmutableList<Position> first =
        Notice.instance().isInForceOn(date)
            ? given.stream()
                .filter(p -> p.origin().isToBeFilledFirst())
                .collect(ImmutableList.toImmutableList())
            : ImmutableList.of();
    return ImmutablePositionsToFillFirst.builder()
        .date(date)
        .givenCount(given.size())
        .addAllPositions(first)
        .build();
  }

  /** Returns the date the question is asked for. */
  public abstract LocalDate date();

  /** Returns how many positions were given. */
  public abstract int givenCount();

  /** Returns the positions to fill first: the unfilled and the vacated, in the order given. */
  public abstract ImmutableList<Position> positions();

  /** Returns the positions developed earlier and not yet filled (尚未招录毕业生). */
  public final ImmutableList<Position> unfilled() {
    return withOrigin(PositionOrigin.EXISTING_UNFILLED);
  }

  /** Returns the positions vacated by staff turnover (因人员流动而产生空缺). */
  public final ImmutableList<Position> vacated() {
    return withOrigin(PositionOrigin.VACATED_BY_TURNOVER);
  }

  private ImmutableList<Position> withOrigin(PositionOrigin origin) {
    return positions().stream()
        .filter(p -> p.origin() == origin)
        .collect(ImmutableList.toImmutableList());
  }

  /** Returns whether the notice was in force on the question's date. */
  public final boolean isInForce() {
    return Notice.instance().isInForceOn(date());
  }

  /** Returns the clauses the answer rests on: 2.1.3, or the date of issue before it. */
  public final ImmutableSortedSet<Clause> clauses() {
    return isInForce() ? ImmutableSortedSet.of(Clause.C2_1_3) : ImmutableSortedSet.of(Clause.DATE);
  }

  /** Returns whether the answer cites {@code clause}. */
  public final boolean cites(Clause clause) {
    return clauses().contains(checkNotNull(clause, "clause"));
  }

  /** Renders the answer in {@code language}, quoting 2.1.3. */
  public final String explain(Language language) {
    checkNotNull(language, "language");
    StringBuilder text = new StringBuilder();
    text.append(language.pick("问题：尚未招录和因人员流动空缺的岗位（", "Question: the positions not yet filled or vacated ("))
        .append(Texts.date(date(), language))
        .append(language.pick("）", ")"))
        .append('\n');
    if (!isInForce()) {
      text.append(
              language.pick("结论：", "Answer: ") + Texts.notInForce(language))
          .append('\n');
      text.append(language.pick("依据：", "Because:")).append('\n');
      text.append(language.quote(Clause.DATE));
      return text.toString();
    }
    text.append(language.pick("结论：", "Answer: "))
        .append(
            language.pick("所给" + givenCount() + "个岗位中，" + positions().size()
                    + "个为尚未招录或因人员流动空缺的岗位，通知要求充分利用此类岗位招录高校毕业生",
                positions().size()
                    + " of the "
                    + givenCount()
                    + " positions given are unfilled or vacated, which the notice asks units to make"
                    + " full use of to recruit graduates"))
        .append('\n');
    text.append(language.pick("依据：", "Because:")).append('\n');
    for (Position position : positions()) {
      text.append("  ✓ ")
          .append(language.cite(ImmutableList.of(Clause.C2_1_3)))
          .append(language.pick("岗位 ", "position "))
          .append(position.id())
          .append(language.pick("：", ": "))
          .append(language.nameOf(position.origin()))
          .append('\n');
    }
    if (positions().isEmpty()) {
      text.append("  – ")
          .append(language.cite(ImmutableList.of(Clause.C2_1_3)))
          .append(
              language.pick("所给岗位均为新设岗位，或未给出岗位；没有尚未招录或因人员流动而空缺的岗位",
                  "no position given is unfilled or vacated by turnover"))
          .append('\n');
    }
    text.append(language.quote(Clause.C2_1_3));
    return text.toString();
  }

  /** Returns the date and the IDs of the positions to fill first. */
  @Override
  public final String toString() {
    return date()
        + " "
        + positions().stream().map(Position::id).collect(ImmutableList.toImmutableList())
        + " "
        + clauses();
  }
}
