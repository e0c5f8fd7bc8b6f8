package io.github.rapolicy.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.Sets;
import io.github.rapolicy.notice.Clause;
import java.util.EnumSet;
import org.immutables.value.Value;

/**
 * The answer to "is this unit in scope?": the {@link Answer} itself, the channels of section 二
 * that reach the unit and whether it must take the lead (3.1.3).
 *
 * <p>{@link Verdict#ALLOWED} means at least one channel names the unit. A unit no channel names is
 * {@link Verdict#UNDECIDED}: the channels' lists are open (等) and only the preamble's general
 * encouragement of innovation entities of every kind (0.0.3) reaches it.
 *
 * <pre>{@code
 * ScopeAnswer scope = policy.on(date).isInScope(university);
 * scope.channels();                 // [CENTRAL_UNITS]
 * scope.isLeadUnit();               // true
 * scope.clauses();                  // [2.1.2, 3.1.3]
 * scope.explain(Language.ENGLISH);  // Verdict: allowed …
 * }</pre>
 *
 * <p>It reads like an {@link Answer}: {@link #verdict()}, {@link #findings()}, {@link
 * #decidingFindings()}, {@link #clauses()}, {@link #remedies()} and {@link #explain(Language)}
 * are the wrapped answer's.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class ScopeAnswer {

  ScopeAnswer() {}

  static ScopeAnswer of(Answer answer) {
    return ImmutableScopeAnswer.of(answer);
  }

  /** Returns the answer, with its verdict, findings and clauses. */
  @Value.Parameter
  public abstract Answer answer();

  /** Returns the answer's verdict. */
  public final Verdict verdict() {
    return answer().verdict();
  }

  /** Returns every finding of the answer, as {@link Answer#findings()}. */
  public final ImmutableList<Finding> findings() {
    return answer().findings();
  }

  /** Returns the findings that decide the verdict, as {@link Answer#decidingFindings()}. */
  public final ImmutableList<Finding> decidingFindings() {
    return answer().decidingFindings();
  }

  /** Returns every clause the findings rest on, in document order, as {@link Answer#clauses()}. */
  public final ImmutableSortedSet<Clause> clauses() {
    return answer().clauses();
  }

  /** Returns whether the answer cites {@code clause}, as {@link Answer#cites(Clause)}. */
  public final boolean cites(Clause clause) {
    return answer().cites(clause);
  }

  /**
   * Returns what would change the answer, as {@link Answer#remedies()}; empty when the unit is in
   * scope, and for a unit no channel names, since the notice offers it nothing to do to be named.
   */
  public final ImmutableList<Remedy> remedies() {
    return answer().remedies();
  }

  /** Returns whether the notice was in force on the question's date, as {@link Answer#isInForce()}. */
  public final boolean isInForce() {
    return answer().isInForce();
  }

  /**
   * Renders the answer in {@code language}, as {@link Answer#explain(Language)}: the verdict, each
   * finding with its outcome and clauses (the channels and the lead role among them), each clause
   * quoted once, and what would change the answer.
   */
  public final String explain(Language language) {
    return answer().explain(language);
  }

  /** Returns the channels that name the unit; empty for a unit none names. */
  @Value.Lazy
  public ImmutableSet<Channel> channels() {
    EnumSet<Channel> channels = EnumSet.noneOf(Channel.class);
    for (Finding finding : answer().findings()) {
      Channel.openedBy(finding.reason()).ifPresent(channels::add);
    }
    return Sets.immutableEnumSet(channels);
  }

  /** Returns whether the unit is one that must take the lead (3.1.3). */
  public final boolean isLeadUnit() {
    return answer().findings().stream().anyMatch(f -> f.reason() == Reason.LEAD_UNIT);
  }

  /**
   * Returns whether no channel of section 二 names the unit, so that of section 二 only the general
   * encouragement of 0.0.3 reaches it (what section 三 asks of units that set up positions binds it
   * all the same).
   */
  public final boolean isOnlyGenerallyEncouraged() {
    return answer().findings().stream()
        .anyMatch(f -> f.reason() == Reason.GENERAL_ENCOURAGEMENT_ONLY);
  }

  @Override
  public final String toString() {
    return answer() + " " + channels() + (isLeadUnit() ? " lead" : "");
  }
}
