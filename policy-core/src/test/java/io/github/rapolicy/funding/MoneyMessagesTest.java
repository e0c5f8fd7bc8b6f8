package io.github.rapolicy.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The exceptions {@link Money} throws name the bad value and say what is wrong with it. */
class MoneyMessagesTest {

  @Test
  @DisplayName("text that is not an amount of yuan is refused as such, quoting it")
  void notAnAmount() {
    for (String text : new String[] {"abc", "-", "-abc", "1e3", "6,500", "¥6500", ""}) {
      assertThatThrownBy(() -> Money.parse(text))
          .as(text)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "not an amount of yuan (digits, optionally a point and up to two decimals): \"" + text + "\"");
    }
  }

  @Test
  @DisplayName("a negative amount is refused as negative, quoting it and saying what is accepted")
  void negativeAmount() {
    for (String text : new String[] {"-1", " -6500.00 ", "-0.5"}) {
      assertThatThrownBy(() -> Money.parse(text))
          .as(text)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "amount must not be negative: \"" + text + "\" (an amount of yuan is digits, optionally a"
                  + " point and up to two decimals, such as \"6500.00\")");
    }
  }

  @Test
  @DisplayName("an amount with three decimals is refused for not being exact to the fen, quoting it")
  void moreThanTwoDecimals() {
    assertThatThrownBy(() -> Money.parse("6500.000"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("amount must not have more than two decimal places (fen): \"6500.000\"");
  }

  @Test
  @DisplayName("a negative factor is refused, naming it; zero gives zero")
  void negativeFactor() {
    assertThatThrownBy(() -> Money.parse("6500").times(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("factor must not be negative: -1");
    assertThat(Money.parse("6500").times(0)).isEqualTo(Money.ZERO);
  }

  @Test
  @DisplayName("the smaller of two amounts; of equal ones, an equal amount")
  void min() {
    Money a = Money.parse("1.00");
    Money b = Money.parse("1.01");
    assertThat(a.min(b)).isEqualTo(a);
    assertThat(b.min(a)).isEqualTo(a);
    assertThat(a.min(Money.parse("1"))).isEqualTo(a);
  }

  @Test
  @DisplayName("amounts that differ hash apart, so that they spread in hash tables")
  void hashCodesSpread() {
    Set<Integer> hashes = new HashSet<>();
    for (long fen = 0; fen < 1000; fen++) {
      hashes.add(Money.ofFen(fen).hashCode());
    }
    assertThat(hashes).hasSize(1000);
  }
}
