package io.github.rapolicy.internal;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.CharMatcher;
import com.google.common.collect.ImmutableMap;
import io.github.rapolicy.notice.Label;
import io.github.rapolicy.notice.Term;
import io.github.rapolicy.notice.UnknownTermException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Label indexes and parsing shared by the {@link Term} enumerations. */
public final class Terms {

  private Terms() {}

  /**
   * Indexes terms by code, Chinese name, English name and synonyms. Two terms claiming the same
   * label is a programming error and fails at class initialisation.
   */
  @SafeVarargs
  public static <T extends Enum<T> & Term> ImmutableMap<String, T> index(T... terms) {
    Map<String, T> byLabel = new LinkedHashMap<>();
    for (T term : terms) {
      List<String> labels = new ArrayList<>(List.of(term.code(), term.chineseName(), term.englishName()));
      labels.addAll(term.synonyms());
      for (String label : labels) {
        T previous = byLabel.putIfAbsent(label, term);
        checkArgument(
            previous == null || previous == term,
            "label %s names both %s and %s",
            label,
            previous,
            term);
      }
    }
    return ImmutableMap.copyOf(byLabel);
  }

  /**
   * Returns the term {@code label} names (surrounding white space ignored), or null: no exception,
   * so that reading many labels the vocabulary does not know costs no more than reading known ones.
   */
  public static <T extends Enum<T> & Term> @Nullable T find(
      ImmutableMap<String, T> byLabel, String label) {
    checkNotNull(label, "label");
    T term = byLabel.get(label);
    return term != null ? term : byLabel.get(CharMatcher.whitespace().trimFrom(label));
  }

  /**
   * Returns the term {@code label} names.
   *
   * @throws UnknownTermException if {@code label} names none
   */
  public static <T extends Enum<T> & Term> T parse(
      ImmutableMap<String, T> byLabel, Class<T> type, String label) {
    T term = find(byLabel, label);
    if (term == null) {
      throw new UnknownTermException(type, label, byLabel.keySet());
    }
    return term;
  }

  /**
   * Reads {@code label} in an open vocabulary: the term it names, or else {@code other}, keeping
   * the label either way.
   *
   * @throws IllegalArgumentException if {@code label} is blank
   */
  public static <T extends Enum<T> & Term> Label<T> label(
      ImmutableMap<String, T> byLabel, T other, String label) {
    T term = find(byLabel, label);
    return Label.of(term != null ? term : other, label);
  }
}
