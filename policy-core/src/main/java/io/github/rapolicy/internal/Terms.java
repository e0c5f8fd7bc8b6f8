package io.github.rapolicy.internal;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.CharMatcher;
import com.google.common.collect.ImmutableMap;
import io.github.rapolicy.notice.Term;
import io.github.rapolicy.notice.UnknownTermException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Label indexes and strict parsing shared by the {@link Term} enumerations. */
public final class Terms {

  private Terms() {}

  /**
   * Indexes terms by code, Chinese name and English name. Two terms claiming the same label is a
   * programming error and fails at class initialisation.
   */
  @SafeVarargs
  public static <T extends Enum<T> & Term> ImmutableMap<String, T> index(T... terms) {
    Map<String, T> byLabel = new LinkedHashMap<>();
    for (T term : terms) {
      for (String label : new String[] {term.code(), term.chineseName(), term.englishName()}) {
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

  public static <T extends Enum<T> & Term> T parse(
      ImmutableMap<String, T> byLabel, Class<T> type, String label) {
    checkNotNull(label, "label");
    T term = byLabel.get(CharMatcher.whitespace().trimFrom(label));
    if (term == null) {
      throw new UnknownTermException(type, label, byLabel.keySet());
    }
    return term;
  }
}
