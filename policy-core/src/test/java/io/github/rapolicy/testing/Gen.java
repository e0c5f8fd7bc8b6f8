package io.github.rapolicy.testing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Supplier;
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

  /** Returns {@code true} with probability {@code probability} (0 to 1). */
  public boolean chance(double probability) {
    return random.nextDouble() < probability;
  }

  /** Returns one of {@code values}, uniformly; list a value twice to make it twice as likely. */
  public <T> T pick(List<? extends T> values) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException("nothing to pick from");
    }
    return values.get(random.nextInt(values.size()));
  }

  /** Returns one of the constants of the enumeration {@code type}, uniformly. */
  public <E extends Enum<E>> E pick(Class<E> type) {
    return pick(List.copyOf(EnumSet.allOf(type)));
  }

  /**
   * Returns a random subset of the constants of the enumeration {@code type}: its size is uniform
   * in [0, number of constants], so the empty and the full set come up as often as any other size,
   * and its members are then chosen uniformly.
   */
  public <E extends Enum<E>> EnumSet<E> subsetOf(Class<E> type) {
    List<E> constants = new ArrayList<>(EnumSet.allOf(type));
    int size = random.nextInt(0, constants.size() + 1);
    EnumSet<E> subset = EnumSet.noneOf(type);
    for (int i = 0; i < size; i++) {
      // A partial Fisher-Yates shuffle: position i takes one of the constants not taken yet.
      int j = random.nextInt(i, constants.size());
      E chosen = constants.get(j);
      constants.set(j, constants.get(i));
      constants.set(i, chosen);
      subset.add(chosen);
    }
    return subset;
  }

  /** Returns a value of {@code generator} with probability {@code presence}, else empty. */
  public <T> Optional<T> optional(double presence, Supplier<? extends T> generator) {
    return chance(presence) ? Optional.of(generator.get()) : Optional.empty();
  }

  /** Returns a list of [{@code min}, {@code max}] values of {@code generator}, its size uniform. */
  public <T> List<T> listOf(int min, int max, Supplier<? extends T> generator) {
    int size = uniformInt(min, max);
    List<T> values = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      values.add(generator.get());
    }
    return values;
  }

  /**
   * Returns a value of one of {@code generators}, chosen uniformly; list a generator twice to make
   * its values twice as likely.
   */
  @SafeVarargs
  public final <T> T oneOf(Supplier<? extends T>... generators) {
    if (generators.length == 0) {
      throw new IllegalArgumentException("no generator to pick from");
    }
    return generators[random.nextInt(generators.length)].get();
  }

  /**
   * Returns a date in [{@code first}, {@code last}], favouring dates near the bounds half the time,
   * as {@link #longBetween} does.
   */
  public LocalDate dateBetween(LocalDate first, LocalDate last) {
    if (last.isBefore(first)) {
      throw new IllegalArgumentException("no dates from " + first + " to " + last);
    }
    return LocalDate.ofEpochDay(longBetween(first.toEpochDay(), last.toEpochDay()));
  }

  /**
   * Returns {@code edges} followed by {@code tries} values of {@code generator}, all drawn now, so
   * that a check which draws from this generator too cannot change the samples.
   */
  public <T> Stream<T> samples(
      List<? extends T> edges, int tries, Supplier<? extends T> generator) {
    List<T> samples = new ArrayList<>(edges);
    for (int i = 0; i < tries; i++) {
      samples.add(generator.get());
    }
    return samples.stream();
  }

  /** Returns {@code edges} followed by {@link Property#TRIES} values of {@code generator}. */
  public <T> Stream<T> samples(List<? extends T> edges, Supplier<? extends T> generator) {
    return samples(edges, Property.TRIES, generator);
  }
}
