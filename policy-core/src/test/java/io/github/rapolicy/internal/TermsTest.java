package io.github.rapolicy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rapolicy.notice.Term;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The label index every vocabulary parses through. */
class TermsTest {

  /** Two terms, the second giving one label twice (its code is its English name). */
  private enum Distinct implements Term {
    FIRST("FIRST", "第一", "first"),
    SECOND("second", "第二", "second");

    private final String code;
    private final String chinese;
    private final String english;

    Distinct(String code, String chinese, String english) {
      this.code = code;
      this.chinese = chinese;
      this.english = english;
    }

    @Override
    public String code() {
      return code;
    }

    @Override
    public String chineseName() {
      return chinese;
    }

    @Override
    public String englishName() {
      return english;
    }
  }

  /** Two terms claiming the same Chinese label. */
  private enum Clashing implements Term {
    ONE("一"),
    TWO("一");

    private final String chinese;

    Clashing(String chinese) {
      this.chinese = chinese;
    }

    @Override
    public String code() {
      return name();
    }

    @Override
    public String chineseName() {
      return chinese;
    }

    @Override
    public String englishName() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  @Test
  @DisplayName("a term may repeat its own label; each label finds its term")
  void indexesEveryLabel() {
    assertThat(Terms.index(Distinct.values()))
        .containsOnlyKeys("FIRST", "第一", "first", "second", "第二")
        .containsEntry("second", Distinct.SECOND)
        .containsEntry("第一", Distinct.FIRST);
    assertThat(Terms.parse(Terms.index(Distinct.values()), Distinct.class, " 第二 "))
        .isEqualTo(Distinct.SECOND);
  }

  @Test
  @DisplayName("two terms claiming one label fail, naming the label and both terms")
  void rejectsALabelClaimedTwice() {
    assertThatThrownBy(() -> Terms.index(Clashing.values()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("label 一 names both ONE and TWO");
  }
}
