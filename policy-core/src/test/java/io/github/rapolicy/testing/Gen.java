package io.github.rapolicy.testing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Seeded generators for {@link Property}: each stream starts with the edge cases of its domain and
 * continues with {@link Property#TRIES} random samples. Two generators made with the same salt
 * yield the same samples.
 */
public final class Gen {

  /**
   * Characters {@link String#strip()} removes ({@link Character#isWhitespace}): ASCII blanks and
   * line breaks, the em space and the ideographic space Chinese text uses.
   */
  public static final String WHITESPACE = " \t\n\r\u2003\u3000";

  private static final String ASCII =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-.,;:!?'\"()[]/&+*#";
  private static final String CJK = "科研助理岗位高校毕业生国家级省市县劳务费结余资金部委院所企业单位项目平台计划届号、，。：（）“”";
  private static final String OTHER = "\u00a0\u200b\u00e9\u00df\u0130\u212a\uff21\uff10";

  private final SplittableRandom random;

  private Gen(SplittableRandom random) {
    this.random = random;
  }

  /** Returns a generator seeded from {@link Property#SEED} and {@code salt}. */
  public static Gen seeded(String salt) {
    return new Gen(new SplittableRandom(Property.SEED * 31 + salt.hashCode()));
  }

  /**
   * Returns a long in [{@code min}, {@code max}], favouring values near the bounds half the time.
   */
  public long longBetween(long min, long max) {
    if (min == max) {
      return min;
    }
    if (random.nextBoolean()) {
      // A small distance from one of the bounds: where off-by-one and scale errors live.
      long offset = random.nextLong(0, 1L << random.nextInt(1, 40));
      long candidate = random.nextBoolean() ? min + offset : max - offset;
      if (candidate >= min && candidate <= max) {
        return candidate;
      }
    }
    if (max < Long.MAX_VALUE) {
      return random.nextLong(min, max + 1);
    }
    return min > Long.MIN_VALUE ? random.nextLong(min - 1, max) + 1 : random.nextLong();
  }

  /** Returns the edge cases of [{@code min}, {@code max}] and then random longs in it. */
  public Stream<Long> longs(long min, long max) {
    List<Long> samples = new ArrayList<>();
    for (long edge : new long[] {min, max, 0, 1, -1, 99, 100, 101}) {
      if (edge >= min && edge <= max) {
        samples.add(edge);
      }
    }
    if (min < Long.MAX_VALUE) {
      samples.add(min + 1);
    }
    if (max > Long.MIN_VALUE) {
      samples.add(max - 1);
    }
    for (int i = 0; i < Property.TRIES; i++) {
      samples.add(longBetween(min, max));
    }
    return samples.stream();
  }

  /** Returns a random run of 0 to 3 {@linkplain #WHITESPACE white-space} characters. */
  public String whitespace() {
    StringBuilder padding = new StringBuilder();
    int length = random.nextInt(0, 4);
    for (int i = 0; i < length; i++) {
      padding.append(WHITESPACE.charAt(random.nextInt(WHITESPACE.length())));
    }
    return padding.toString();
  }

  /** Returns {@code text} with random white space before and after it. */
  public String padded(String text) {
    return whitespace() + text + whitespace();
  }

  /** Returns a random string of up to 12 characters mixing ASCII, Chinese and odd characters. */
  public String string() {
    StringBuilder text = new StringBuilder();
    int length = random.nextInt(0, 13);
    for (int i = 0; i < length; i++) {
      int pool = random.nextInt(10);
      String chars = pool < 5 ? ASCII : pool < 8 ? CJK : pool < 9 ? WHITESPACE : OTHER;
      text.append(chars.charAt(random.nextInt(chars.length())));
    }
    return text.toString();
  }

  /**
   * Returns strings near the given labels without, in general, being one: each label changed in
   * case, cut, extended, split by a space or joined to another, then random strings. Callers filter
   * out the samples that happen to be accepted.
   */
  public Stream<String> nearMisses(List<String> labels) {
    List<String> samples = new ArrayList<>();
    samples.add("");
    samples.add(" ");
    samples.add("\u3000");
    samples.add("null");
    for (String label : labels) {
      samples.add(label.toLowerCase(Locale.ROOT));
      samples.add(label.toUpperCase(Locale.ROOT));
      samples.add(label.substring(0, label.length() - 1));
      samples.add(label + label.charAt(label.length() - 1));
      samples.add("\u00a0" + label);
      samples.add(label + "\u200b");
      int cut = random.nextInt(0, label.length() + 1);
      samples.add(label.substring(0, cut) + " " + label.substring(cut));
      samples.add(label + labels.get(random.nextInt(labels.size())));
    }
    for (int i = 0; i < Property.TRIES; i++) {
      samples.add(string());
    }
    return samples.stream();
  }

  /** Returns a random BigDecimal with the given scale and an unscaled value below {@code 10^15}. */
  public BigDecimal decimal(int scale) {
    return BigDecimal.valueOf(random.nextLong(0, 1_000_000_000_000_000L), scale);
  }

  /** Returns an int in [{@code min}, {@code max}], uniformly. */
  public int uniformInt(int min, int max) {
    return random.nextInt(min, max + 1);
  }
}
