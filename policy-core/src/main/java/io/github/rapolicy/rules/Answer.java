package io.github.rapolicy.rules;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import io.github.rapolicy.notice.Clause;
import io.github.rapolicy.notice.Label;
import io.github.rapolicy.notice.Term;
import java.util.LinkedHashSet;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The notice's answer to one question: a {@link Verdict}, the findings that led to it, the clauses
 * they rest on and what would change it.
 *
 * <p>The verdict combines the findings' outcomes by {@link Verdict#and}: any "not allowed" makes the
 * answer "not allowed", otherwise any "undecided" makes it "undecided".
 *
 * <pre>{@code
 * Answer answer = policy.on(date).mayCharge(expense).to(FundingSource.labourFee("P-1"));
 * if (answer.verdict() != Verdict.ALLOWED) {
 *   answer.remedies();                   // e.g. [SIGN_SERVICE_AGREEMENT]
 *   answer.explain(Language.CHINESE);    // 结论：不允许 …
 * }
 * }</pre>
 *
 * <p>An answer names the overlays it applied ({@link #overlaysApplied()}, each finding an overlay
 * settled or restricted names it with its source) and those it left out as not in force on its
 * date where they bear on it ({@link #overlaysNotInForce()}).
 *
 * <p>This class is immutable and thread-safe; answers are equal when their questions' kind and
 * findings are.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Answer {

  Answer() {}

  static Answer of(QuestionKind question, Iterable<Finding> findings) {
    return ImmutableAnswer.builder().question(question).addAllFindings(findings).build();
  }

  /** An answer that names the overlays bearing on it that were not in force on its date. */
  static Answer of(
      QuestionKind question, Iterable<Finding> findings, Iterable<Overlay> notInForce) {
    return ImmutableAnswer.builder()
        .question(question)
        .addAllFindings(findings)
        .addAllOverlaysNotInForce(notInForce)
        .build();
  }

  /** Returns the kind of question answered. */
  public abstract QuestionKind question();

  /** Returns the trace: every step of the rules applied, in the order applied. */
  public abstract ImmutableList<Finding> findings();

  /**
   * Returns the overlays whose rules the answer applied, each once, in the order of the findings
   * that name them ({@link Finding#overlay()}).
   */
  @Value.Lazy
  public ImmutableList<Overlay> overlaysApplied() {
    Set<Overlay> applied = new LinkedHashSet<>();
    for (Finding finding : findings()) {
      finding.overlay().ifPresent(applied::add);
    }
    return ImmutableList.copyOf(applied);
  }

  /**
   * Returns the policy's overlays that would have settled or restricted a step of this answer but
   * were left out because they were not in force on its date, such as a rule a revision has
   * replaced. They do not take part in the verdict, nor in equality: an answer equals that of a
   * policy holding only the overlays in force on the date.
   */
  @Value.Auxiliary
  public abstract ImmutableList<Overlay> overlaysNotInForce();

  /** Returns the verdict: the findings' outcomes combined. */
  @Value.Derived
  public Verdict verdict() {
    Verdict verdict = Verdict.ALLOWED;
    for (Finding finding : findings()) {
      verdict = verdict.and(finding.outcome());
    }
    return verdict;
  }

  /** Returns every clause the findings rest on, in document order. */
  @Value.Lazy
  public ImmutableSortedSet<Clause> clauses() {
    ImmutableSortedSet.Builder<Clause> clauses = ImmutableSortedSet.naturalOrder();
    for (Finding finding : findings()) {
      clauses.addAll(finding.clauses());
    }
    return clauses.build();
  }

  /** Returns the findings that decide the verdict: those whose outcome is the verdict. */
  @Value.Lazy
  public ImmutableList<Finding> decidingFindings() {
    ImmutableList.Builder<Finding> deciding = ImmutableList.builder();
    for (Finding finding : findings()) {
      if (finding.outcome() == verdict()) {
        deciding.add(finding);
      }
    }
    return deciding.build();
  }

  /** Returns what would change the answer; empty when it is allowed. */
  @Value.Lazy
  public ImmutableList<Remedy> remedies() {
    Set<Remedy> remedies = new LinkedHashSet<>();
    for (Finding finding : decidingFindings()) {
      remedies.addAll(finding.remedies());
    }
    return ImmutableList.copyOf(remedies);
  }

  /** Returns whether the answer cites {@code clause}. */
  public final boolean cites(Clause clause) {
    return clauses().contains(checkNotNull(clause, "clause"));
  }

  /** Returns whether the notice was in force on the question's date. */
  public final boolean isInForce() {
    return findings().stream().noneMatch(f -> f.reason() == Reason.NOT_IN_FORCE);
  }

  /**
   * Renders the answer in {@code language}: the verdict, each finding with its outcome and clauses,
   * each clause quoted once, and what would change the answer.
   */
  public final String explain(Language language) {
    checkNotNull(language, "language");
    return Explanations.render(this, language);
  }

  /**
   * Returns this answer naming the caller's own labels: every finding whose subject is a label's
   * term names the label instead, so that an answer about {@code CostKind.label("差旅费")} says
   * 差旅费, not 其他支出. Verdict, clauses and remedies are this answer's. Answers are worked out once
   * per combination of facts and shared, and name the generic term; this makes the caller's
   * wording, once per answer and label, for the explanation. Returns this answer itself when no
   * finding names a label's term, or every label is one of its term's own.
   *
   * <pre>{@code
   * Label<CostKind> travel = CostKind.label("差旅费");
   * Answer answer = today.mayCharge(Expense.of(position, travel.term(), amount), fund);
   * answer.naming(travel).explain(Language.CHINESE); // …未列明可否用于差旅费…
   * }</pre>
   */
  public final Answer naming(Label<?>... labels) {
    checkNotNull(labels, "labels");
    boolean anyRenames = false;
    for (Label<?> label : labels) {
      anyRenames |= !checkNotNull(label, "label").isOwnLabel();
    }
    if (!anyRenames) {
      return this; // a ledger names its rows with the terms' own labels, mostly: nothing to build
    }
    ImmutableList.Builder<Finding> renamed = ImmutableList.builder();
    boolean changed = false;
    for (Finding finding : findings()) {
      ImmutableList.Builder<Term> subjects = ImmutableList.builder();
      boolean subjectChanged = false;
      for (Term subject : finding.subjects()) {
        Term named = subject;
        for (Label<?> label : labels) {
          if (checkNotNull(label, "label").term() == subject && !label.isOwnLabel()) {
            named = label;
          }
        }
        subjectChanged |= named != subject;
        subjects.add(named);
      }
      changed |= subjectChanged;
      renamed.add(subjectChanged ? finding.withSubjects(subjects.build()) : finding);
    }
    return changed ? of(question(), renamed.build(), overlaysNotInForce()) : this;
  }

  /** Returns the verdict and the cited clause IDs, such as {@code "ALLOWED [0.0.1, 3.3.3]"}. */
  @Override
  public final String toString() {
    return verdict() + " " + clauses();
  }
}
