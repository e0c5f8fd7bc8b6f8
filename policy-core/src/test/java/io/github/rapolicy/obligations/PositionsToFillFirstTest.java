package io.github.rapolicy.obligations;

import static io.github.rapolicy.obligations.Fixtures.BEFORE_ISSUE;
import static io.github.rapolicy.obligations.Fixtures.inForce;
import static io.github.rapolicy.obligations.Fixtures.withOrigin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rapolicy.notice.Clause;
import io.github.rapolicy.position.Position;
import io.github.rapolicy.position.PositionOrigin;
import io.github.rapolicy.rules.Language;
import io.github.rapolicy.testing.Checks;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The positions to fill first (2.1.3). */
class PositionsToFillFirstTest {

  private static final Position NEW = withOrigin("RA-1", PositionOrigin.NEW);
  private static final Position VACATED = withOrigin("RA-2", PositionOrigin.VACATED_BY_TURNOVER);
  private static final Position UNFILLED = withOrigin("RA-3", PositionOrigin.EXISTING_UNFILLED);
  private static final Position NEW_TOO = withOrigin("RA-4", PositionOrigin.NEW);

  @Test
  @Checks({"2.1.3"})
  @DisplayName("2.1.3: the unfilled and the vacated come first, in the order given; new ones do not")
  void unfilledAndVacated() {
    PositionsToFillFirst first =
        inForce().positionsToFillFirst(List.of(NEW, VACATED, UNFILLED, NEW_TOO));

    assertThat(first.positions()).containsExactly(VACATED, UNFILLED);
    assertThat(first.vacated()).containsExactly(VACATED);
    assertThat(first.unfilled()).containsExactly(UNFILLED);
    assertThat(first.givenCount()).isEqualTo(4);
    assertThat(first.clauses()).containsExactly(Clause.C2_1_3);
  }

  @Test
  @Checks({"2.1.3"})
  @DisplayName("2.1.3: the answer names each position and its origin, quoting 2.1.3, in both languages")
  void explains() {
    PositionsToFillFirst first = inForce().positionsToFillFirst(List.of(NEW, VACATED, UNFILLED));

    assertThat(first.explain(Language.CHINESE))
        .contains("所给3个岗位中，2个为尚未招录或因人员流动空缺的岗位，通知要求充分利用此类岗位招录高校毕业生")
        .doesNotContain("应优先")
        .contains("〔2.1.3〕岗位 RA-2：因人员流动而产生空缺")
        .contains("〔2.1.3〕岗位 RA-3：已开发尚未招录")
        .contains("2.1.3 原文：" + Clause.C2_1_3.original())
        .doesNotContain("RA-1");
    assertThat(first.explain(Language.ENGLISH))
        .contains("2 of the 3 positions given are unfilled or vacated, which the notice asks")
        .contains("[2.1.3] position RA-2: vacated by staff turnover")
        .contains("2.1.3 reads: " + Clause.C2_1_3.gloss());
  }

  @Test
  @Checks({"2.1.3"})
  @DisplayName("2.1.3: only new positions, or none: nothing to fill first, and it says so")
  void nothingToFillFirst() {
    for (List<Position> positions : List.of(List.of(NEW, NEW_TOO), List.<Position>of())) {
      PositionsToFillFirst first = inForce().positionsToFillFirst(positions);
      assertThat(first.positions()).isEmpty();
      assertThat(first.explain(Language.ENGLISH)).contains("no position given is unfilled or vacated");
      assertThat(first.cites(Clause.C2_1_3)).isTrue();
    }
  }

  @Test
  @Checks({"2.1.3", "date"})
  @DisplayName("2.1.3 (date): before the notice was issued nothing is to be filled first under it")
  void beforeIssue() {
    PositionsToFillFirst first =
        Obligations.ofNotice().on(BEFORE_ISSUE).positionsToFillFirst(List.of(VACATED, UNFILLED));

    assertThat(first.isInForce()).isFalse();
    assertThat(first.positions()).isEmpty();
    assertThat(first.clauses()).containsExactly(Clause.DATE);
    assertThat(first.explain(Language.CHINESE)).contains("本通知尚未生效");
  }

  @Test
  @Checks({"2.1.3"})
  @DisplayName("2.1.3: two positions with one ID are rejected, naming the ID")
  void duplicateIds() {
    assertThatThrownBy(
            () -> inForce().positionsToFillFirst(List.of(VACATED, withOrigin("RA-2", PositionOrigin.NEW))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("RA-2");
  }
}
