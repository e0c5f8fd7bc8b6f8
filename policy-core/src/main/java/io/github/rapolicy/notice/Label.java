package io.github.rapolicy.notice;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.CharMatcher;
import com.google.errorprone.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/**
 * A caller's own label for a term, such as 差旅费 read as a cost the notice does not name: the term
 * it stands for, and the label as the caller wrote it, which explanations then name.
 *
 * <p>Three vocabularies are open, because the notice's lists are: {@code
 * FundKind.label(text)} reads any label that is not 劳务费, 结余资金 or 配套资金 (or one of their codes,
 * names and synonyms) as {@code OTHER_BUDGET_LINE}, another budget line such as 设备费; {@code
 * CostKind.label(text)} reads any label the vocabulary does not know as {@code NOT_NAMED_BY_NOTICE},
 * a cost the notice does not name, such as 差旅费; {@code PositionCategory.label(text)} reads any other
 * category as {@code NOT_NAMED_BY_NOTICE}. This is the one documented way to ask for that reading;
 * {@code parse} stays strict and throws for a label it does not know. Neither ever throws for a
 * known label, and {@code label} never throws at all but for a blank one, so reading a ledger full of
 * labels the notice does not name costs nothing extra.
 *
 * <p>A label is itself a {@link Term}: its code is its term's, its names are the term's own where
 * the caller wrote one of the term's labels (code, names or synonyms), and the caller's label
 * otherwise. Answers are worked out once per combination of facts and shared, so they name the
 * generic term ("其他支出"); {@code answer.naming(label)} gives the same answer naming the caller's
 * label instead ("…未列明可否用于差旅费").
 *
 * <pre>{@code
 * Label<CostKind> travel = CostKind.label("差旅费");
 * travel.term();                 // NOT_NAMED_BY_NOTICE
 * travel.text();                 // "差旅费"
 * travel.chineseName();          // "差旅费"
 * CostKind.label("社保补助").term(); // SOCIAL_INSURANCE_SUBSIDY, a synonym
 * Label.of(CostKind.NOT_NAMED_BY_NOTICE, "培训费"); // the same, made directly
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; labels are equal when their terms and texts are.
 *
 * @param <T> the vocabulary
 * @since 0.1.0
 */
@Immutable(containerOf = "T")
public final class Label<T extends Enum<T> & Term> implements Term {

  private final T term;
  private final String text;
  private final boolean ownLabel;

  private Label(T term, String text) {
    this.term = term;
    this.text = text;
    this.ownLabel =
        text.equals(term.code())
            || text.equals(term.chineseName())
            || text.equals(term.englishName())
            || term.synonyms().contains(text);
  }

  /**
   * Returns the label {@code text} (surrounding white space removed) standing for {@code term}.
   *
   * @throws IllegalArgumentException if {@code text} is blank
   */
  public static <T extends Enum<T> & Term> Label<T> of(T term, String text) {
    checkNotNull(term, "term");
    String trimmed = CharMatcher.whitespace().trimFrom(checkNotNull(text, "text"));
    checkArgument(!trimmed.isEmpty(), "a label must not be blank: \"%s\"", text);
    return new Label<>(term, trimmed);
  }

  /** Returns the term the label stands for. */
  public T term() {
    return term;
  }

  /** Returns the label as the caller wrote it, without surrounding white space. */
  public String text() {
    return text;
  }

  /**
   * Returns whether the label is one of the term's own (its code, names or synonyms), rather than
   * the caller's own word for it.
   */
  public boolean isOwnLabel() {
    return ownLabel;
  }

  /** Returns the term's code, such as {@code "NOT_NAMED_BY_NOTICE"}. */
  @Override
  public String code() {
    return term.code();
  }

  /** Returns the term's Chinese name for one of its own labels, else the caller's label. */
  @Override
  public String chineseName() {
    return ownLabel ? term.chineseName() : text;
  }

  /** Returns the term's English name for one of its own labels, else the caller's label. */
  @Override
  public String englishName() {
    return ownLabel ? term.englishName() : text;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Label<?> that && that.term == term && that.text.equals(text);
  }

  @Override
  public int hashCode() {
    return 31 * term.ordinal() + text.hashCode();
  }

  /** Returns the term's code and the label, such as {@code "NOT_NAMED_BY_NOTICE(差旅费)"}. */
  @Override
  public String toString() {
    return term.code() + "(" + text + ")";
  }
}
