package io.github.rapolicy.testing;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A minimal, deterministic property-check harness: runs a check over a stream of samples (edge
 * cases first, then seeded random ones from {@link Gen}) and fails once, listing the first
 * counterexamples and the seed that reproduces them.
 *
 * <p>It stops at the {@value #MAX_REPORTED}th counterexample instead of checking the samples
 * left: they could only add counts to the report, and under mutation testing, where nearly every
 * sample of a broken property fails, building thousands of failure messages made PIT's runs of
 * mutants exceed their time limit.
 *
 * <p>The seed is fixed so that every build checks the same samples; run with {@code
 * -Drapolicy.seed=N} to explore others and {@code -Drapolicy.tries=N} to change how many random
 * samples each generator yields.
 */
public final class Property {

  /** The seed every {@link Gen} derives from; fixed unless {@code -Drapolicy.seed} is given. */
  public static final long SEED = Long.getLong("rapolicy.seed", 20_240_625_122L);

  /** How many random samples a generator yields besides its edge cases. */
  public static final int TRIES = Integer.getInteger("rapolicy.tries", 500);

  /** How many counterexamples a failure lists; checking stops at the last of them. */
  static final int MAX_REPORTED = 5;

  private Property() {}

  /** A check of one sample; it fails by throwing. */
  @FunctionalInterface
  public interface Check<T> {
    void accept(T sample) throws Exception;
  }

  /**
   * Runs {@code check} on every sample and fails, naming the counterexamples, if it fails on any;
   * it stops at the {@value #MAX_REPORTED}th counterexample. Fails too if there are no samples at
   * all, so that a property can never hold vacuously.
   */
  public static <T> void forAll(Stream<T> samples, Check<? super T> check) {
    List<String> counterexamples = new ArrayList<>();
    int tried = 0;
    int failed = 0;
    for (Iterator<T> it = samples.iterator(); it.hasNext() && failed < MAX_REPORTED; ) {
      T sample = it.next();
      tried++;
      try {
        check.accept(sample);
      } catch (Exception | AssertionError e) {
        failed++;
        counterexamples.add("  " + describe(sample) + "\n    -> " + e);
      }
    }
    if (tried == 0) {
      throw new AssertionError("property checked no samples at all");
    }
    if (failed > 0) {
      throw new AssertionError(
          "property failed for "
              + failed
              + " of "
              + tried
              + " samples"
              + (failed == MAX_REPORTED ? " checked (checking stops there)" : "")
              + " (seed "
              + SEED
              + "); first counterexamples:\n"
              + String.join("\n", counterexamples));
    }
  }

  private static String describe(Object sample) {
    if (sample instanceof String text) {
      StringBuilder quoted = new StringBuilder("\"");
      text.codePoints()
          .forEach(
              cp -> {
                if (cp != ' '
                    && (Character.isISOControl(cp)
                        || Character.isWhitespace(cp)
                        || Character.isSpaceChar(cp)
                        || Character.getType(cp) == Character.FORMAT)) {
                  quoted.append(String.format("\\u%04x", cp));
                } else {
                  quoted.appendCodePoint(cp);
                }
              });
      return quoted.append('"').toString();
    }
    return String.valueOf(sample);
  }
}
