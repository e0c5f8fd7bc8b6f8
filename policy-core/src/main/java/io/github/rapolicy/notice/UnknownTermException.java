package io.github.rapolicy.notice;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import java.util.Collection;

/**
 * Thrown when a label names no term of a vocabulary: the library never falls back to a default.
 *
 * <pre>{@code
 * try {
 *   CostKind.parse("住房补贴");
 * } catch (UnknownTermException e) {
 *   e.label();          // "住房补贴"
 *   e.acceptedLabels(); // every code, Chinese and English name CostKind accepts
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class UnknownTermException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String vocabulary;
  private final String label;
  private final ImmutableSet<String> acceptedLabels;

  /**
   * Creates an exception for {@code label}, which names no term of {@code vocabulary}.
   *
   * @param acceptedLabels the labels the vocabulary does accept, for the message
   */
  public UnknownTermException(Class<?> vocabulary, String label, Collection<String> acceptedLabels) {
    super(
        "unknown "
            + vocabulary.getSimpleName()
            + " label: \""
            + checkNotNull(label, "label")
            + "\"; accepted: "
            + String.join(", ", acceptedLabels));
    this.vocabulary = vocabulary.getSimpleName();
    this.label = label;
    this.acceptedLabels = ImmutableSet.copyOf(acceptedLabels);
  }

  /** Returns the simple name of the vocabulary asked, such as {@code "CostKind"}. */
  public String vocabulary() {
    return vocabulary;
  }

  /** Returns the label as given. */
  public String label() {
    return label;
  }

  /** Returns every label the vocabulary accepts: codes, Chinese and English names. */
  public ImmutableSet<String> acceptedLabels() {
    return acceptedLabels;
  }
}
