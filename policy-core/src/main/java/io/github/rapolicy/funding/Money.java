package io.github.rapolicy.funding;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.CharMatcher;
import com.google.errorprone.annotations.Immutable;
import com.google.errorprone.annotations.concurrent.LazyInit;
import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * An amount of Chinese yuan (人民币元), exact to the fen (分, 0.01 yuan) and never negative.
 *
 * <p>Amounts are held as a whole number of fen, so sums reconcile exactly. Every factory rejects a
 * negative amount and an amount not exact to the fen, naming the value; {@link #parse} reads text
 * strictly and also rejects a third decimal digit written out, even a zero ({@code "6500.000"}):
 *
 * <pre>{@code
 * Money salary = Money.parse("6500.00");
 * Money subsidy = Money.ofYuan(new BigDecimal("1183.5"));
 * salary.plus(subsidy);          // 7683.50
 * Money.parse("12.345");         // IllegalArgumentException: more than two decimal places
 * Money.parse("-1");             // IllegalArgumentException: negative
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Immutable
public final class Money implements Comparable<Money> {

  /** Zero yuan. */
  public static final Money ZERO = new Money(0);

  private static final Pattern DECIMAL = Pattern.compile("\\d+(\\.\\d+)?");
  private static final Pattern AT_MOST_TWO_DECIMALS = Pattern.compile("\\d+(\\.\\d{1,2})?");

  /** Digits before the point of the largest amount: 92,233,720,368,547,758.07 yuan has 17. */
  private static final int MAX_INTEGER_DIGITS = 17;

  /** The largest amount, {@link Long#MAX_VALUE} fen, in yuan. */
  private static final BigDecimal MAX_YUAN = BigDecimal.valueOf(Long.MAX_VALUE, 2);

  private final long fen;

  /**
   * The text {@link #toString} gives, worked out the first time it is asked for, as a string's hash
   * is: an amount kept and named again (a cost's actual amount, in every line's reasons) is turned
   * into digits once. Another thread may work it out again; it is always the same text.
   */
  @LazyInit private @Nullable String text;

  private Money(long fen) {
    this.fen = fen;
  }

  /**
   * Returns {@code fen} fen.
   *
   * @throws IllegalArgumentException if {@code fen} is negative
   */
  public static Money ofFen(long fen) {
    checkArgument(fen >= 0, "amount must not be negative: %s fen", fen);
    return fen == 0 ? ZERO : new Money(fen);
  }

  /**
   * Returns {@code yuan} whole yuan.
   *
   * @throws IllegalArgumentException if {@code yuan} is negative or too large
   */
  public static Money ofYuan(long yuan) {
    checkArgument(yuan >= 0, "amount must not be negative: %s yuan", yuan);
    checkArgument(yuan <= Long.MAX_VALUE / 100, "amount too large: %s yuan", yuan);
    return ofFen(yuan * 100);
  }

  /**
   * Returns {@code yuan} yuan, exactly.
   *
   * @throws IllegalArgumentException if {@code yuan} is negative, has more than two decimal places
   *     or is too large
   */
  public static Money ofYuan(BigDecimal yuan) {
    checkNotNull(yuan, "yuan");
    checkArgument(yuan.signum() >= 0, "amount must not be negative: %s yuan", yuan);
    // Digits before the point, computed without expanding the number: 1E+2147483647 is rejected
    // here as too large before any arithmetic on it.
    long integerDigits = (long) yuan.precision() - yuan.scale();
    checkArgument(integerDigits <= MAX_INTEGER_DIGITS, "amount too large: %s yuan", yuan);
    BigDecimal exact = yuan.stripTrailingZeros();
    checkArgument(
        exact.scale() <= 2,
        "amount must not have more than two decimal places (fen): %s yuan",
        yuan);
    BigDecimal fen = exact.movePointRight(2);
    checkArgument(
        fen.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0, "amount too large: %s yuan", yuan);
    return ofFen(fen.longValueExact());
  }

  /**
   * Parses a plain decimal amount of yuan, such as {@code "6500"}, {@code "6500.5"} or {@code
   * "6500.50"}; surrounding white space is ignored. Signs, exponents, grouping separators and
   * currency symbols are not accepted, nor are more than two decimal digits, even zeros ({@code
   * "6500.000"}): a ledger that writes three decimals is not exact to the fen.
   *
   * @throws IllegalArgumentException if {@code text} is negative, is not such an amount, or has more
   *     than two decimal places
   */
  public static Money parse(String text) {
    checkNotNull(text, "text");
    String amount = CharMatcher.whitespace().trimFrom(text);
    long plain = plainFen(amount);
    if (plain >= 0) {
      return ofFen(plain);
    }
    checkArgument(
        !(amount.startsWith("-") && DECIMAL.matcher(amount.substring(1)).matches()),
        "amount must not be negative: \"%s\" (an amount of yuan is digits, optionally a point and"
            + " up to two decimals, such as \"6500.00\")",
        text);
    checkArgument(
        DECIMAL.matcher(amount).matches(),
        "not an amount of yuan (digits, optionally a point and up to two decimals): \"%s\"",
        text);
    checkArgument(
        AT_MOST_TWO_DECIMALS.matcher(amount).matches(),
        "amount must not have more than two decimal places (fen): \"%s\"",
        text);
    BigDecimal yuan = new BigDecimal(amount);
    checkArgument(
        yuan.compareTo(MAX_YUAN) <= 0,
        "amount too large: \"%s\" (the largest amount is %s yuan)",
        text,
        MAX_YUAN);
    return ofYuan(yuan);
  }

  /**
   * Returns the fen of {@code amount} where it is plain, at most 15 ASCII digits with optionally a
   * point and one or two decimals, read without a regular expression or a {@code BigDecimal} (a
   * ledger check parses two amounts per row); else -1, and {@link #parse} takes the general path,
   * which names what is wrong.
   */
  private static long plainFen(String amount) {
    int length = amount.length();
    int point = amount.indexOf('.');
    int whole = point < 0 ? length : point;
    int decimals = point < 0 ? 0 : length - point - 1;
    if (whole == 0 || whole > 15 || (point >= 0 && (decimals < 1 || decimals > 2))) {
      return -1;
    }
    long fen = 0;
    for (int i = 0; i < length; i++) {
      if (i == point) {
        continue;
      }
      char c = amount.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      fen = fen * 10 + (c - '0');
    }
    return decimals == 2 ? fen : decimals == 1 ? fen * 10 : fen * 100;
  }

  /** Returns this amount in fen. */
  public long toFen() {
    return fen;
  }

  /** Returns this amount in yuan, with exactly two decimal places. */
  public BigDecimal toYuan() {
    return BigDecimal.valueOf(fen, 2);
  }

  /** Returns whether this amount is zero. */
  public boolean isZero() {
    return fen == 0;
  }

  /** Returns whether this amount is greater than {@code other}. */
  public boolean isGreaterThan(Money other) {
    return fen > other.fen;
  }

  /** Returns whether this amount is less than {@code other}. */
  public boolean isLessThan(Money other) {
    return fen < other.fen;
  }

  /**
   * Returns the sum of this amount and {@code other}.
   *
   * @throws ArithmeticException if the sum overflows, naming both amounts
   */
  public Money plus(Money other) {
    try {
      return ofFen(Math.addExact(fen, other.fen));
    } catch (ArithmeticException e) {
      throw new ArithmeticException("amount too large: " + this + " + " + other + " yuan");
    }
  }

  /**
   * Returns this amount less {@code other}.
   *
   * @throws IllegalArgumentException if {@code other} is greater than this amount
   */
  public Money minus(Money other) {
    checkArgument(other.fen <= fen, "cannot subtract %s from %s: the result would be negative", other, this);
    return ofFen(fen - other.fen);
  }

  /**
   * Returns this amount times {@code factor}, such as a monthly cost times a number of months.
   *
   * @throws IllegalArgumentException if {@code factor} is negative
   * @throws ArithmeticException if the product overflows, naming the amount and the factor
   */
  public Money times(int factor) {
    checkArgument(factor >= 0, "factor must not be negative: %s", factor);
    try {
      return ofFen(Math.multiplyExact(fen, (long) factor));
    } catch (ArithmeticException e) {
      throw new ArithmeticException("amount too large: " + this + " × " + factor + " yuan");
    }
  }

  /** Returns the smaller of this amount and {@code other}. */
  public Money min(Money other) {
    return fen <= other.fen ? this : other;
  }

  @Override
  public int compareTo(Money other) {
    return Long.compare(fen, other.fen);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Money that && that.fen == fen;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(fen);
  }

  /** Returns the amount in yuan with two decimals, such as {@code "6500.00"}; {@link #parse} reads it. */
  @Override
  public String toString() {
    String known = text;
    if (known == null) {
      long cents = fen % 100;
      known = (fen / 100) + (cents < 10 ? ".0" : ".") + cents;
      text = known;
    }
    return known;
  }
}
