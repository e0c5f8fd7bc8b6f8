package io.github.rapolicy.funding;

import static io.github.rapolicy.testing.Property.forAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rapolicy.testing.Gen;
import io.github.rapolicy.testing.Property;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The laws of {@link Money}, checked over edge cases and seeded random amounts. */
class MoneyProperties {

  /** Sums of three amounts of at most this many fen never overflow. */
  private static final long THIRD = Long.MAX_VALUE / 3;

  @Test
  void printingAndParsingRoundTrip() {
    forAll(
        Gen.seeded("money-round-trip").longs(0, Long.MAX_VALUE),
        fen -> {
          Money money = Money.ofFen(fen);
          String printed = money.toString();

          assertThat(printed).matches("\\d+\\.\\d{2}").isEqualTo(money.toYuan().toPlainString());
          assertThat(Money.parse(printed)).isEqualTo(money).hasSameHashCodeAs(money);
          assertThat(Money.parse(printed).toFen()).isEqualTo(fen);
          assertThat(Money.ofYuan(money.toYuan())).isEqualTo(money);
          assertThat(money.toYuan().scale()).isEqualTo(2);
          if (fen % 100 == 0) {
            assertThat(Money.ofYuan(fen / 100)).isEqualTo(money);
          }
        });
  }

  @Test
  void plainAmountsParseAsTheirDecimalDoes() {
    // Money.parse reads plain amounts (up to 15 digits, up to two decimals) without BigDecimal:
    // every form of them gives what the decimal gives, leading zeros, one decimal and none too.
    forAll(
        Gen.seeded("money-plain").longs(0, 999_999_999_999_999_99L),
        fen -> {
          String yuan = Money.ofFen(fen).toString();
          String oneDecimal = fen % 10 == 0 ? yuan.substring(0, yuan.length() - 1) : yuan;
          String whole = fen % 100 == 0 ? yuan.substring(0, yuan.length() - 3) : yuan;
          for (String text : List.of(yuan, oneDecimal, whole, "00" + yuan, " " + yuan + "\t")) {
            assertThat(Money.parse(text))
                .as(text)
                .isEqualTo(Money.ofYuan(new BigDecimal(text.strip())));
          }
        });
    for (String notPlain : List.of("1.", ".5", "1.234", "1..2", "1,000", "１２", "+1", "1e3", "")) {
      assertThatThrownBy(() -> Money.parse(notPlain))
          .as(notPlain)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("\"" + notPlain + "\"");
    }
  }

  @Test
  void aNonZeroDigitBeyondTheFenIsRejectedNamingTheValue() {
    Gen gen = Gen.seeded("money-third-decimal");
    Stream<BigDecimal> edges =
        Stream.of("0.001", "0.009", "1.005", "0.0001", "92233720368547758.071")
            .map(BigDecimal::new);
    Stream<BigDecimal> random =
        IntStream.range(0, Property.TRIES)
            .mapToObj(i -> gen.decimal(gen.uniformInt(3, 12)))
            .filter(d -> d.stripTrailingZeros().scale() > 2);
    forAll(
        Stream.concat(edges, random),
        yuan -> {
          assertThatThrownBy(() -> Money.ofYuan(yuan))
              .isInstanceOf(IllegalArgumentException.class)
              .hasMessageContaining("two decimal places")
              .hasMessageContaining(yuan.toPlainString());
          assertThatThrownBy(() -> Money.parse(yuan.toPlainString()))
              .isInstanceOf(IllegalArgumentException.class)
              .hasMessageContaining(yuan.toPlainString());
        });
  }

  @Test
  void zerosBeyondTheFenAreAccepted() {
    Gen gen = Gen.seeded("money-trailing-zeros");
    forAll(
        gen.longs(0, Long.MAX_VALUE),
        fen -> {
          BigDecimal padded = BigDecimal.valueOf(fen, 2).setScale(gen.uniformInt(3, 8));

          assertThat(Money.ofYuan(padded)).isEqualTo(Money.ofFen(fen));
        });
  }

  @Test
  void negativeAmountsAreRejectedByEveryFactoryNamingTheValue() {
    Gen gen = Gen.seeded("money-negative");
    forAll(
        gen.longs(Long.MIN_VALUE, -1),
        negative -> {
          assertThatThrownBy(() -> Money.ofFen(negative))
              .isInstanceOf(IllegalArgumentException.class)
              .hasMessageContaining(negative + " fen");
          assertThatThrownBy(() -> Money.ofYuan(negative))
              .isInstanceOf(IllegalArgumentException.class)
              .hasMessageContaining(negative + " yuan");
          BigDecimal yuan = BigDecimal.valueOf(negative, gen.uniformInt(0, 2));
          assertThatThrownBy(() -> Money.ofYuan(yuan))
              .isInstanceOf(IllegalArgumentException.class)
              .hasMessageContaining(yuan.toPlainString());
        });
    forAll(
        gen.longs(0, Long.MAX_VALUE),
        fen -> {
          String text = "-" + Money.ofFen(fen);

          assertThatThrownBy(() -> Money.parse(text))
              .isInstanceOf(IllegalArgumentException.class)
              .hasMessageContaining(text);
        });
  }

  @Test
  void additionIsCommutativeAndAssociativeWithZeroAsIdentity() {
    forAll(
        triples("money-plus"),
        t -> {
          Money a = Money.ofFen(t.get(0));
          Money b = Money.ofFen(t.get(1));
          Money c = Money.ofFen(t.get(2));

          assertThat(a.plus(b)).isEqualTo(b.plus(a));
          assertThat(a.plus(b).plus(c)).isEqualTo(a.plus(b.plus(c)));
          assertThat(a.plus(Money.ZERO)).isEqualTo(a);
          assertThat(a.plus(b).toFen()).isEqualTo(t.get(0) + t.get(1));
        });
  }

  @Test
  void subtractionUndoesAddition() {
    forAll(
        triples("money-minus"),
        t -> {
          Money a = Money.ofFen(t.get(0));
          Money b = Money.ofFen(t.get(1));

          assertThat(a.plus(b).minus(b)).isEqualTo(a);
          assertThat(a.plus(b).minus(a)).isEqualTo(b);
          assertThat(a.minus(a)).isEqualTo(Money.ZERO);
        });
  }

  @Test
  void addingNeverMakesAnAmountSmaller() {
    forAll(
        triples("money-compare"),
        t -> {
          Money a = Money.ofFen(t.get(0));
          Money b = Money.ofFen(t.get(1));
          Money sum = a.plus(b);

          assertThat(sum.compareTo(a)).isNotNegative();
          assertThat(sum.isGreaterThan(a)).isEqualTo(!b.isZero());
          assertThat(a.isLessThan(sum)).isEqualTo(!b.isZero());
          assertThat(sum.isLessThan(a)).isFalse();
          assertThat(Integer.signum(a.compareTo(b)))
              .isEqualTo(Long.signum(Long.compare(t.get(0), t.get(1))));
          assertThat(a.min(b).toFen()).isEqualTo(Math.min(t.get(0), t.get(1)));
          assertThat(a.equals(b)).isEqualTo(t.get(0).equals(t.get(1)));
        });
  }

  @Test
  void multiplyingIsRepeatedAddition() {
    Gen gen = Gen.seeded("money-times");
    forAll(
        gen.longs(0, Long.MAX_VALUE / 20),
        fen -> {
          Money amount = Money.ofFen(fen);
          int factor = gen.uniformInt(0, 20);
          Money sum = Money.ZERO;
          for (int i = 0; i < factor; i++) {
            sum = sum.plus(amount);
          }

          assertThat(amount.times(factor)).isEqualTo(sum);
        });
  }

  /** Triples of amounts in fen whose sum cannot overflow. */
  private static Stream<List<Long>> triples(String salt) {
    Gen gen = Gen.seeded(salt);
    Stream<List<Long>> edges =
        Stream.of(List.of(0L, 0L, 0L), List.of(THIRD, THIRD, THIRD), List.of(0L, 1L, THIRD));
    Stream<List<Long>> random =
        IntStream.range(0, Property.TRIES)
            .mapToObj(
                i ->
                    List.of(
                        gen.longBetween(0, THIRD),
                        gen.longBetween(0, THIRD),
                        gen.longBetween(0, THIRD)));
    return Stream.concat(edges, random);
  }
}
