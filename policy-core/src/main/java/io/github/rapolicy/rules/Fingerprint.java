package io.github.rapolicy.rules;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.base.CharMatcher;
import org.immutables.value.Value;

/**
 * The fingerprint of a {@link Policy}: two short hashes that say whether two reports were produced
 * by the same rules. {@link #rules()} hashes everything that decides the answers, {@link #texts()}
 * the wording they are given in.
 *
 * <p>{@link #rules()} covers the notice's rule base — every {@link Reason} with its outcome, clauses
 * and remedies, and decision 4's answer (verdict, findings, clauses, remedies) for every
 * combination of facts, which includes every row of the decision table — and each overlay's name,
 * source, period in force and rules. It changes when a verdict, a clause or an overlay's rule does; it does not
 * change when rules or overlays are only listed in another order, which changes no answer. {@link
 * #texts()} covers the wording: the Chinese and English of every reason and remedy, the original
 * and gloss of every clause, and each overlay rule's wording; a change of wording alone changes it
 * and leaves {@link #rules()} as it is. Both are computed from names and values alone (never from
 * hash codes or identities), so equal rules give equal fingerprints in every JVM and every run.
 *
 * <pre>{@code
 * Fingerprint fingerprint = Policy.ofNotice().fingerprint();
 * fingerprint.rules();     // 16 hexadecimal digits: the first 64 bits of a SHA-256
 * fingerprint.texts();     // 16 more, of the wording
 * fingerprint.toString();  // "rules 1a2b… texts 3c4d…"
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; fingerprints are equal when both hashes are.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Fingerprint {

  /** The number of hexadecimal digits of each hash. */
  static final int LENGTH = 16;

  Fingerprint() {}

  static Fingerprint of(String rules, String texts) {
    return ImmutableFingerprint.builder().rules(rules).texts(texts).build();
  }

  /** Returns the hash of what decides the answers: 16 lower-case hexadecimal digits. */
  public abstract String rules();

  /** Returns the hash of the wording of the answers: 16 lower-case hexadecimal digits. */
  public abstract String texts();

  @Value.Check
  final void check() {
    checkArgument(isHash(rules()), "rules fingerprint must be %s hex digits: %s", LENGTH, rules());
    checkArgument(isHash(texts()), "texts fingerprint must be %s hex digits: %s", LENGTH, texts());
  }

  private static boolean isHash(String text) {
    return text.length() == LENGTH && CharMatcher.anyOf("0123456789abcdef").matchesAllOf(text);
  }

  /** Returns both hashes, such as {@code "rules 1a2b3c4d5e6f7a8b texts 9c0d1e2f3a4b5c6d"}. */
  @Override
  public final String toString() {
    return "rules " + rules() + " texts " + texts();
  }
}
