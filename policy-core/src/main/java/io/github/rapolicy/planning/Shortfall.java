package io.github.rapolicy.planning;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedSet;
import io.github.rapolicy.funding.Money;
import io.github.rapolicy.notice.Clause;
import io.github.rapolicy.rules.Answer;
import io.github.rapolicy.rules.Finding;
import io.github.rapolicy.rules.Language;
import io.github.rapolicy.rules.Remedy;
import java.util.LinkedHashSet;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The part of a cost a {@link Plan} leaves unfunded, and why: no fund given may pay it, the funds
 * that may are exhausted, the notice does not decide whether they may, or the notice was not yet
 * in force on the plan's date.
 *
 * <pre>{@code
 * for (Shortfall shortfall : plan.shortfalls()) {
 *   shortfall.cost();             // RA-1 HOUSING_FUND 2024-09 780.00
 *   shortfall.amount();           // 780.00
 *   shortfall.reason();           // NOT_DECIDED_BY_NOTICE
 *   shortfall.undecidedFunds();   // [LF-62301234]: an overlay could settle it
 *   shortfall.clauses();          // [3.3.3]
 * }
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; shortfalls are equal when all their attributes are.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Shortfall {

  Shortfall() {}

  /** Returns the cost. */
  public abstract ActualCost cost();

  /** Returns the amount left unfunded; never zero. */
  public abstract Money amount();

  /** Returns why it is unfunded. */
  public abstract ShortfallReason reason();

  /** Returns the funds allowed to pay the cost, all exhausted, in the caller's order. */
  public abstract ImmutableList<String> eligibleFunds();

  /** Returns the funds the notice does not decide for this cost, in the caller's order. */
  public abstract ImmutableList<String> undecidedFunds();

  /**
   * Returns the rules' distinct answers for the funds that may not pay the cost (not allowed, or not
   * decided), each once.
   */
  public abstract ImmutableSet<Answer> answers();

  /**
   * Returns the clauses the shortfall rests on, in document order: the reason's own and those of the
   * findings that decide the answers.
   */
  @Value.Lazy
  public ImmutableSortedSet<Clause> clauses() {
    ImmutableSortedSet.Builder<Clause> clauses = ImmutableSortedSet.naturalOrder();
    clauses.addAll(reason().clauses());
    for (Answer answer : answers()) {
      for (Finding finding : answer.decidingFindings()) {
        clauses.addAll(finding.clauses());
      }
    }
    return clauses.build();
  }

  /**
   * The remedies of the answers that would not help, because the fund they point to is already
   * among the plan's funds: charging the position's own project (3.3.3) when its labour fee is
   * given, or matching funds (3.3.6) when some are.
   */
  abstract ImmutableSet<Remedy> unhelpfulRemedies();

  /**
   * Returns what would let a fund pay the cost, from the answers of the funds that may not: only
   * what would help, so not charging the labour fee of the position's own project (3.3.3) when it
   * is among the plan's funds, nor using matching funds (3.3.6) when some are.
   */
  @Value.Lazy
  public ImmutableList<Remedy> remedies() {
    Set<Remedy> remedies = new LinkedHashSet<>();
    for (Answer answer : answers()) {
      remedies.addAll(answer.remedies());
    }
    remedies.removeAll(unhelpfulRemedies());
    return ImmutableList.copyOf(remedies);
  }

  /** Renders the shortfall in {@code language}: the cost, the amount, the reason and its clauses. */
  public final String explain(Language language) {
    checkNotNull(language, "language");
    StringBuilder text =
        new StringBuilder()
            .append(cost())
            .append(language.pick("：未安排 ", ": unfunded "))
            .append(amount())
            .append(" — ")
            .append(reason().describe(language))
            .append(Texts.cite(clauses(), language));
    for (Remedy remedy : remedies()) {
      text.append(language.pick("\n  可：", "\n  remedy: ")).append(remedy.describe(language));
    }
    return text.toString();
  }

  @Value.Check
  final void check() {
    checkArgument(!amount().isZero(), "a shortfall of %s must not be zero", cost());
    checkArgument(
        !amount().isGreaterThan(cost().amount()),
        "a shortfall of %s exceeds the cost %s",
        amount(),
        cost());
  }

  /** Returns the cost, the amount and the reason. */
  @Override
  public String toString() {
    return cost() + " unfunded " + amount() + " " + reason();
  }
}
