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
import io.github.rapolicy.rules.Reason;
import io.github.rapolicy.rules.Remedy;
import io.github.rapolicy.rules.Verdict;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A charge a {@link Ledger} refused, and why: the charge, its grounds, the rules' answer to it and
 * the clauses they cite. A refusal is a returned value, not an exception: the ledger it was asked
 * of is unchanged.
 *
 * <p>The rules are asked about the charge together with what was charged for the cost before, so
 * that a charge within the actual cost by itself, but above it with earlier charges, is refused
 * under 3.3.5.
 *
 * <pre>{@code
 * ChargeResult result = ledger.charge(salary, "LF-62309999", Money.parse("6500"));
 * Refusal refusal = result.refusal().orElseThrow();
 * refusal.grounds();    // [NOT_ALLOWED_BY_RULES]: another project's labour-fee line
 * refusal.clauses();    // [3.3.3]
 * refusal.remedies();   // [CHARGE_POSITION_PROJECT]
 * refusal.explain(Language.CHINESE);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; refusals are equal when their charge, answer,
 * available amount, earlier charges and grounds are.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Refusal {

  Refusal() {}

  /**
   * The refusal of {@code charge}, given the rules' {@code answer} to charging the cost's earlier
   * charges and this one together, the amount {@code available} in the fund and what was {@code
   * chargedBefore} for the cost; the grounds are read off them.
   */
  static Refusal of(Allocation charge, Answer answer, Money available, Money chargedBefore) {
    Set<RefusalGround> grounds = groundsOf(answer);
    // The ledger's own sum, whatever the answer says of this charge alone; but before the notice
    // was in force 3.3.5 did not apply, and the charge is refused as not in force only.
    if (answer.isInForce()
        && chargedBefore.plus(charge.amount()).isGreaterThan(charge.cost().amount())) {
      grounds.add(RefusalGround.ABOVE_ACTUAL_COST);
    }
    if (charge.amount().isGreaterThan(available)) {
      grounds.add(RefusalGround.ABOVE_BALANCE);
    }
    return ImmutableRefusal.builder()
        .charge(charge)
        .answer(answer)
        .available(available)
        .chargedBefore(chargedBefore)
        .addAllGrounds(grounds)
        .build();
  }

  /**
   * Returns the grounds the rules' {@code answer} gives by itself: not allowed by the rules other
   * than for the actual cost (which the caller's own sum decides), not in force, not decided.
   */
  static Set<RefusalGround> groundsOf(Answer answer) {
    Set<RefusalGround> grounds = EnumSet.noneOf(RefusalGround.class);
    for (Finding finding : answer.findings()) {
      if (finding.outcome() == Verdict.NOT_ALLOWED
          && finding.reason() != Reason.ABOVE_ACTUAL_COST) {
        grounds.add(RefusalGround.NOT_ALLOWED_BY_RULES);
      } else if (finding.reason() == Reason.NOT_IN_FORCE) {
        grounds.add(RefusalGround.NOT_IN_FORCE);
      } else if (finding.outcome() == Verdict.UNDECIDED) {
        grounds.add(RefusalGround.NOT_DECIDED_BY_NOTICE);
      }
    }
    return grounds;
  }

  /** Returns the charge refused. */
  public abstract Allocation charge();

  /**
   * Returns the rules' answer (decision 4) to charging the cost's earlier charges and this one
   * together to the fund.
   */
  public abstract Answer answer();

  /** Returns the amount that was available in the fund. */
  public abstract Money available();

  /** Returns what had been charged for the cost before, to any fund. */
  public abstract Money chargedBefore();

  /** Returns why the charge was refused, in the order of {@link RefusalGround}; never empty. */
  public abstract ImmutableSet<RefusalGround> grounds();

  /** Returns whether the charge was refused on {@code ground}. */
  public final boolean isRefusedFor(RefusalGround ground) {
    return grounds().contains(checkNotNull(ground, "ground"));
  }

  /**
   * Returns the clauses the refusal rests on, in document order: those of each ground and those of
   * the answer's findings that refuse (not allowed or not decided).
   */
  @Value.Lazy
  public ImmutableSortedSet<Clause> clauses() {
    ImmutableSortedSet.Builder<Clause> clauses = ImmutableSortedSet.naturalOrder();
    for (RefusalGround ground : grounds()) {
      clauses.addAll(ground.clauses());
    }
    for (Finding finding : refusingFindings()) {
      clauses.addAll(finding.clauses());
    }
    return clauses.build();
  }

  /** Returns what would change the rules' answer, from its refusing findings. */
  @Value.Lazy
  public ImmutableList<Remedy> remedies() {
    Set<Remedy> remedies = new LinkedHashSet<>();
    for (Finding finding : refusingFindings()) {
      remedies.addAll(finding.remedies());
    }
    return ImmutableList.copyOf(remedies);
  }

  private ImmutableList<Finding> refusingFindings() {
    ImmutableList.Builder<Finding> refusing = ImmutableList.builder();
    for (Finding finding : answer().findings()) {
      if (finding.outcome() != Verdict.ALLOWED) {
        refusing.add(finding);
      }
    }
    return refusing.build();
  }

  /**
   * Renders the refusal in {@code language}: the charge, each ground with its clauses, the rules'
   * refusing findings and what would change them.
   */
  public final String explain(Language language) {
    checkNotNull(language, "language");
    StringBuilder text = new StringBuilder();
    text.append(language.pick("不予列支：", "Charge refused: "))
        .append(charge())
        .append('\n')
        .append(
            language.pick("  可用余额 " + available() + "，此前已列支 " + chargedBefore() + "\n",
                "  available " + available() + ", charged before " + chargedBefore() + "\n"));
    for (RefusalGround ground : grounds()) {
      text.append("  - ")
          .append(ground.describe(language))
          .append(Texts.cite(ground.clauses(), language))
          .append('\n');
    }
    for (Finding finding : refusingFindings()) {
      text.append("    ")
          .append(finding.outcome().displayName(language))
          .append(": ")
          .append(finding.describe(language))
          .append(Texts.cite(finding.clauses(), language))
          .append('\n');
    }
    for (Remedy remedy : remedies()) {
      text.append(language.pick("  可：", "  remedy: ")).append(remedy.describe(language)).append('\n');
    }
    return text.toString();
  }

  @Value.Check
  final void check() {
    checkArgument(!grounds().isEmpty(), "a refusal of %s needs a ground", charge());
  }

  /** Returns the charge and the grounds, such as {@code "RA-1 … <- LF-2 6500.00 refused [NOT_ALLOWED_BY_RULES]"}. */
  @Override
  public String toString() {
    return charge() + " refused " + grounds() + " " + clauses();
  }
}
