package io.github.rapolicy.rules;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Joiner;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import io.github.rapolicy.funding.CostKind;
import io.github.rapolicy.funding.FundKind;
import io.github.rapolicy.funding.FundingSource;
import io.github.rapolicy.notice.Clause;
import io.github.rapolicy.notice.Notice;
import io.github.rapolicy.position.GraduationCohort;
import io.github.rapolicy.position.Position;
import io.github.rapolicy.position.PositionCategory;
import io.github.rapolicy.unit.Unit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.jspecify.annotations.Nullable;

/**
 * The notice's rules, optionally with {@linkplain Overlay overlays} layered over them: the one entry
 * point for every question the library answers.
 *
 * <p>Every question is dated: {@link #on(LocalDate)} fixes the date, and a question dated before the
 * notice was issued (25 June 2024) is answered "not in force", not yes or no.
 *
 * <pre>{@code
 * Policy policy = Policy.ofNotice().withOverlay(fundingReform);
 * Policy.OnDate today = policy.on(LocalDate.of(2024, 9, 30));
 *
 * today.isInScope(unit);                      // ScopeAnswer: channels, lead role
 * today.qualifies(position, unit);            // Answer: is it an RA position?
 * today.isInCohort(GraduationCohort.of(2024)); // Answer: the class of 2024?
 * today.mayCharge(expense).to(fund);          // Answer: may this cost be charged to this fund?
 * today.mayCharge(expense, fund);             // the same in one step, for loops over ledgers
 * }</pre>
 *
 * <p>This class is immutable and thread-safe: one policy may answer any number of questions from
 * any number of threads.
 *
 * @since 0.1.0
 */
public final class Policy {

  private static final Policy NOTICE = new Policy(ImmutableList.of());

  /** The answer to any question dated before the notice was issued, by kind of question. */
  private static final ImmutableList<Answer> NOT_IN_FORCE =
      Arrays.stream(QuestionKind.values())
          .map(question -> Answer.of(question, ImmutableList.of(Finding.of(Reason.NOT_IN_FORCE))))
          .collect(ImmutableList.toImmutableList());

  private final ImmutableList<Overlay> overlays;

  /**
   * The days on which the set of overlays in force changes, ascending: every first day and every
   * end of an overlay's period. The overlays in force are the same on all dates between two of
   * them.
   */
  private final ImmutableList<LocalDate> changes;

  /**
   * The rules in force between changes: {@code periods.get(i)} from {@code changes.get(i - 1)}
   * (inclusive) until {@code changes.get(i)} (exclusive), the first before every change and the
   * last after them all.
   */
  private final ImmutableList<RulesInForce> periods;

  /**
   * The number of {@link OnDate} steps kept per policy, one slot for each number {@link #slotOf}
   * gives: enough that the dates of any five consecutive calendar years have slots of their own. A
   * power of two, so that the slot stays right where the day's number overflows.
   */
  static final int DATES_KEPT = 2048;

  /**
   * The {@link OnDate} steps asked for recently, one per slot, so that asking {@code
   * on(line.date())} for every line of a ledger allocates nothing once each date has been seen. A
   * step serves only its own date; where two dates share a slot, the one asked last is kept, and
   * threads racing on a slot at worst make a step again.
   */
  private final AtomicReferenceArray<OnDate> dates = new AtomicReferenceArray<>(DATES_KEPT);

  private Policy(ImmutableList<Overlay> overlays) {
    this.overlays = overlays;
    ImmutableSortedSet.Builder<LocalDate> days = ImmutableSortedSet.naturalOrder();
    for (Overlay overlay : overlays) {
      overlay.inForce().since().ifPresent(days::add);
      overlay.inForce().until().ifPresent(days::add);
    }
    this.changes = days.build().asList();
    ImmutableList.Builder<RulesInForce> periods = ImmutableList.builder();
    periods.add(new RulesInForce(overlays, Optional.empty()));
    for (LocalDate change : changes) {
      periods.add(new RulesInForce(overlays, Optional.of(change)));
    }
    this.periods = periods.build();
  }

  /** Returns the notice's rules alone, with no overlay. */
  public static Policy ofNotice() {
    return NOTICE;
  }

  /**
   * Returns this policy with {@code overlay} layered over it. The notice and this policy are not
   * changed.
   *
   * @throws ConflictingOverlaysException if a rule of {@code overlay} contradicts a rule of itself,
   *     or of one of this policy's overlays in force on some day {@code overlay} is, on the same
   *     point: two settlements of one point that
   *     disagree, or a settlement allowing a fund to pay a cost and a restriction forbidding such a
   *     charge (for all position categories or for some)
   * @throws IllegalArgumentException if a rule of {@code overlay} settles a point the notice decides
   *     itself (restrict it instead)
   */
  public Policy withOverlay(Overlay overlay) {
    checkNotNull(overlay, "overlay");
    for (OverlayRule rule : overlay.rules()) {
      checkSettlesOpenPoint(overlay, rule);
    }
    List<Map.Entry<Overlay, OverlayRule>> rules = new ArrayList<>();
    for (Overlay existing : overlays) {
      if (!existing.inForce().overlaps(overlay.inForce())) {
        continue; // a rule and its revision: never in force on the same day
      }
      for (OverlayRule rule : existing.rules()) {
        rules.add(Map.entry(existing, rule));
      }
    }
    for (OverlayRule rule : overlay.rules()) {
      for (Map.Entry<Overlay, OverlayRule> earlier : rules) {
        if (contradict(earlier.getValue(), rule)) {
          throw new ConflictingOverlaysException(
              earlier.getKey(), earlier.getValue(), overlay, rule);
        }
      }
      rules.add(Map.entry(overlay, rule));
    }
    return new Policy(ImmutableList.<Overlay>builder().addAll(overlays).add(overlay).build());
  }

  /**
   * Returns the overlays, in the order they were layered, whether in force on a given date or not.
   */
  public ImmutableList<Overlay> overlays() {
    return overlays;
  }

  /**
   * Returns this policy's fingerprint: a short hash of everything that decides its answers (the
   * notice's rule base and each overlay's rules), and a second one of their wording. Two policies
   * with equal rules have equal fingerprints, in any JVM and any run.
   *
   * <pre>{@code
   * Policy.ofNotice().fingerprint().rules();                    // the bare notice's, pinned in a test
   * Policy.ofNotice().withOverlay(reform).fingerprint().rules(); // another: the overlay decides too
   * }</pre>
   *
   * @since 0.1.0
   */
  public Fingerprint fingerprint() {
    return Fingerprints.of(overlays);
  }

  /**
   * Returns the version of this library, such as {@code "0.1.0"}, as it was built: reports show it
   * beside the {@linkplain #fingerprint() fingerprint}.
   *
   * @since 0.1.0
   */
  public static String libraryVersion() {
    return LibraryVersion.VERSION;
  }

  /**
   * Returns the questions this policy answers, dated {@code date}.
   *
   * <p>The step for a date is kept (for a bounded number of dates), so that asking {@code
   * policy.on(line.date())} for every line of a ledger creates no object once each date has been
   * seen. Two calls with equal dates may or may not return the same instance; compare the {@link
   * OnDate#date() dates}, not the steps.
   */
  public OnDate on(LocalDate date) {
    checkNotNull(date, "date");
    int slot = slotOf(date);
    OnDate kept = dates.get(slot);
    if (kept != null && kept.date.equals(date)) {
      return kept;
    }
    OnDate step = new OnDate(date, rulesOn(date));
    dates.set(slot, step);
    return step;
  }

  /** The rules in force on {@code date}: those of the period after the last change on or before it. */
  private RulesInForce rulesOn(LocalDate date) {
    int after = 0;
    while (after < changes.size() && !changes.get(after).isAfter(date)) {
      after++;
    }
    return periods.get(after);
  }

  /**
   * The slot of {@code date}'s kept step: the date numbered by its fields alone (31 days to a month,
   * 372 to a year; cheaper than the epoch day) modulo {@link #DATES_KEPT}.
   */
  static int slotOf(LocalDate date) {
    int day = date.getYear() * 372 + date.getMonthValue() * 31 + date.getDayOfMonth();
    return Math.floorMod(day, DATES_KEPT);
  }

  private static void checkSettlesOpenPoint(Overlay overlay, OverlayRule rule) {
    if (rule.effect() != OverlayRule.Effect.SETTLES || !rule.isAboutCharge()) {
      return;
    }
    FundKind fund = rule.fund().orElseThrow();
    CostKind cost = rule.cost().orElseThrow();
    Optional<Finding> notice = NoticeRules.costCoverage(fund, cost);
    if (notice.isPresent() && notice.get().outcome() == Verdict.UNDECIDED) {
      return;
    }
    // Other budget lines have no coverage of their own: 3.3.3 authorises only the labour-fee line.
    Verdict verdict = notice.map(Finding::outcome).orElse(Reason.OTHER_BUDGET_LINE.outcome());
    ImmutableList<Clause> clauses =
        notice.map(Finding::clauses).orElse(Reason.OTHER_BUDGET_LINE.clauses());
    throw new IllegalArgumentException(
        String.format(
            "overlay %s (%s) settles whether %s pays %s, which the notice decides itself: %s under"
                + " %s; an overlay settles only what the notice leaves undecided, and can restrict"
                + " charges with OverlayRule.restrictCharges",
            overlay.name(),
            overlay.source(),
            fund,
            cost,
            verdict,
            Joiner.on(", ").join(ImmutableSortedSet.copyOf(clauses))));
  }

  /**
   * Two rules contradict when they give different verdicts on the same point: two settlements of
   * one point that disagree, or a settlement allowing a fund to pay a cost and a restriction that
   * forbids some such charge, for every position category or for some. Restrictions never
   * contradict each other, and a restriction of charges does not contradict a settlement of
   * whether a category qualifies: they answer different questions.
   */
  private static boolean contradict(OverlayRule a, OverlayRule b) {
    boolean aSettles = a.effect() == OverlayRule.Effect.SETTLES;
    boolean bSettles = b.effect() == OverlayRule.Effect.SETTLES;
    if (aSettles && bSettles) {
      return a.fund().equals(b.fund())
          && a.cost().equals(b.cost())
          && a.category().equals(b.category())
          && a.verdict() != b.verdict();
    }
    if (aSettles == bSettles) {
      return false;
    }
    OverlayRule settlement = aSettles ? a : b;
    OverlayRule restriction = aSettles ? b : a;
    return settlement.verdict() == Verdict.ALLOWED
        && settlement.isAboutCharge()
        && restriction.fund().map(settlement.fund().orElseThrow()::equals).orElse(true)
        && restriction.cost().map(settlement.cost().orElseThrow()::equals).orElse(true);
  }

  /**
   * Returns whether {@code object} is a policy with equal overlays in the same order: two such
   * policies give equal answers to every question on every date.
   */
  @Override
  public boolean equals(@Nullable Object object) {
    return object instanceof Policy other && overlays.equals(other.overlays);
  }

  @Override
  public int hashCode() {
    return overlays.hashCode();
  }

  @Override
  public String toString() {
    return "Policy[" + Notice.instance().number() + (overlays.isEmpty() ? "" : " + " + overlays) + "]";
  }

  /**
   * The overlays in force on the dates between two changes, and decision 4's answers under them,
   * one per combination of {@link ChargeFacts}, computed on first use. Two threads racing on one
   * slot compute equal answers, so whichever lands is the answer.
   */
  private static final class RulesInForce {
    private final ImmutableList<Overlay> inForce;
    private final ImmutableList<Overlay> notInForce;
    private final AtomicReferenceArray<Answer> chargeAnswers =
        new AtomicReferenceArray<>(ChargeFacts.COUNT);

    /**
     * The rules in force from {@code start} until the next change; from no date at all, only the
     * overlays in force on every date.
     */
    RulesInForce(ImmutableList<Overlay> overlays, Optional<LocalDate> start) {
      ImmutableList.Builder<Overlay> inForce = ImmutableList.builder();
      ImmutableList.Builder<Overlay> notInForce = ImmutableList.builder();
      for (Overlay overlay : overlays) {
        boolean applies = start.map(overlay::isInForceOn).orElse(overlay.inForce().isAlways());
        (applies ? inForce : notInForce).add(overlay);
      }
      this.inForce = inForce.build();
      this.notInForce = notInForce.build();
    }

    /**
     * Decision 4 itself: numbering the facts and one array read, which allocates nothing. Working
     * an answer out the first time is kept apart ({@link #workOutChargeAnswer}), so that this path
     * stays small.
     */
    Answer charge(Expense expense, FundingSource fund) {
      int index = ChargeFacts.indexOf(expense, fund);
      Answer answer = chargeAnswers.get(index);
      return answer != null ? answer : workOutChargeAnswer(index);
    }

    private Answer workOutChargeAnswer(int index) {
      ChargeFacts facts = ChargeFacts.fromIndex(index);
      Answer answer =
          answer(
              QuestionKind.CHARGE,
              NoticeRules.charge(facts),
              Optional.of(facts.fund),
              Optional.of(facts.cost),
              Optional.of(facts.category));
      chargeAnswers.set(index, answer);
      return answer;
    }

    /**
     * The answer of {@code notice}'s findings with the overlays in force applied, naming those not
     * in force that would have changed a finding.
     */
    Answer answer(
        QuestionKind question,
        ImmutableList<Finding> notice,
        Optional<FundKind> fund,
        Optional<CostKind> cost,
        Optional<PositionCategory> category) {
      ImmutableList.Builder<Overlay> bearing = ImmutableList.builder();
      for (Overlay overlay : notInForce) {
        if (!applyOverlays(ImmutableList.of(overlay), notice, fund, cost, category)
            .equals(notice)) {
          bearing.add(overlay);
        }
      }
      return Answer.of(
          question, applyOverlays(inForce, notice, fund, cost, category), bearing.build());
    }
  }

  private static ImmutableList<Finding> applyOverlays(
      ImmutableList<Overlay> overlays,
      ImmutableList<Finding> findings,
      Optional<FundKind> fund,
      Optional<CostKind> cost,
      Optional<PositionCategory> category) {
    if (overlays.isEmpty()) {
      return findings;
    }
    ImmutableList.Builder<Finding> result = ImmutableList.builder();
    for (Finding finding : findings) {
      result.add(settle(overlays, finding, fund, cost));
    }
    if (fund.isPresent() && cost.isPresent() && category.isPresent()) {
      for (Overlay overlay : overlays) {
        for (OverlayRule rule : overlay.rules()) {
          if (rule.effect() == OverlayRule.Effect.RESTRICTS
              && rule.matches(fund.get(), cost.get(), category.get())) {
            result.add(Finding.restricted(overlay, rule));
          }
        }
      }
    }
    return result.build();
  }

  private static Finding settle(
      ImmutableList<Overlay> overlays,
      Finding finding,
      Optional<FundKind> fund,
      Optional<CostKind> cost) {
    if (finding.outcome() != Verdict.UNDECIDED) {
      return finding;
    }
    boolean categoryPoint = finding.reason() == Reason.CATEGORY_NOT_NAMED;
    for (Overlay overlay : overlays) {
      for (OverlayRule rule : overlay.rules()) {
        if (rule.effect() != OverlayRule.Effect.SETTLES) {
          continue;
        }
        boolean settles =
            categoryPoint
                ? rule.category().isPresent()
                : rule.isAboutCharge() && rule.fund().equals(fund) && rule.cost().equals(cost);
        if (settles) {
          return Finding.settled(finding, overlay, rule);
        }
      }
    }
    return finding;
  }

  /**
   * The questions a {@link Policy} answers on one date.
   *
   * <pre>{@code
   * Policy.OnDate september = Policy.ofNotice().on(LocalDate.of(2024, 9, 30));
   * september.isInScope(unit).channels();
   * september.mayCharge(expense).to(FundingSource.matchingFund()).verdict();
   * }</pre>
   *
   * <p>A step applies the policy's overlays in force on its date, and no other.
   *
   * <p>This class is immutable and thread-safe.
   *
   * @since 0.1.0
   */
  public static final class OnDate {
    private final LocalDate date;
    private final RulesInForce rules;

    private OnDate(LocalDate date, RulesInForce rules) {
      this.date = date;
      this.rules = rules;
    }

    /** Returns the date the questions are asked for. */
    public LocalDate date() {
      return date;
    }

    private boolean inForce() {
      return Notice.instance().isInForceOn(date);
    }

    @SuppressWarnings("EnumOrdinal") // NOT_IN_FORCE is built in the order of QuestionKind.values()
    private Answer notInForce(QuestionKind question) {
      return NOT_IN_FORCE.get(question.ordinal());
    }

    /**
     * Decision 1: is {@code unit} covered by the notice, through which channels of section 二, and
     * must it take the lead (3.1.3)?
     */
    public ScopeAnswer isInScope(Unit unit) {
      checkNotNull(unit, "unit");
      if (!inForce()) {
        return ScopeAnswer.of(notInForce(QuestionKind.UNIT_IN_SCOPE));
      }
      return ScopeAnswer.of(Answer.of(QuestionKind.UNIT_IN_SCOPE, NoticeRules.scope(unit)));
    }

    /**
     * Decision 2: is {@code position}, set up by {@code unit}, a research-assistant position under
     * the notice: its category (0.0.1), its basis and its origin? The basis and a new position cite
     * the channels of section 二 that name the unit (2.1.2, 2.2.2, 2.3.2); a position to fill first
     * cites 2.1.3.
     */
    public Answer qualifies(Position position, Unit unit) {
      checkNotNull(position, "position");
      checkNotNull(unit, "unit");
      if (!inForce()) {
        return notInForce(QuestionKind.POSITION_QUALIFIES);
      }
      return rules.answer(
          QuestionKind.POSITION_QUALIFIES,
          NoticeRules.position(position, unit),
          Optional.empty(),
          Optional.empty(),
          Optional.of(position.category()));
    }

    /** Decision 3: is a graduate of {@code cohort} of the class the notice concerns (0.0.4)? */
    public Answer isInCohort(GraduationCohort cohort) {
      checkNotNull(cohort, "cohort");
      if (!inForce()) {
        return notInForce(QuestionKind.GRADUATE_IN_COHORT);
      }
      return Answer.of(QuestionKind.GRADUATE_IN_COHORT, ImmutableList.of(NoticeRules.cohort(cohort)));
    }

    /**
     * Decision 4, first half: the expense to be charged; {@link ChargeQuestion#to} names the fund.
     */
    public ChargeQuestion mayCharge(Expense expense) {
      checkNotNull(expense, "expense");
      return new ChargeQuestion(this, expense);
    }

    /**
     * Decision 4 in one step: answers whether {@code expense} may be charged to {@code fund}, the
     * same answer as {@code mayCharge(expense).to(fund)}.
     *
     * <p>This form creates no intermediate step: once the policy has worked out the answer for the
     * expense's facts and kept the step for the date, asking allocates nothing at all. Use it in
     * loops over many ledger lines, where the two-step form leaves it to the JIT compiler whether
     * its step object is created.
     *
     * <pre>{@code
     * Policy policy = Policy.ofNotice();
     * for (LedgerLine line : lines) {
     *   Answer answer = policy.on(line.date()).mayCharge(line.expense(), line.fund());
     * }
     * }</pre>
     *
     * @since 0.1.0
     */
    public Answer mayCharge(Expense expense, FundingSource fund) {
      checkNotNull(expense, "expense");
      checkNotNull(fund, "fund");
      return charge(expense, fund);
    }

    /** Decision 4 on this date, allocating nothing once the answer and this step are kept. */
    @SuppressWarnings("EnumOrdinal") // NOT_IN_FORCE is built in the order of QuestionKind.values()
    private Answer charge(Expense expense, FundingSource fund) {
      if (!inForce()) {
        return NOT_IN_FORCE.get(QuestionKind.CHARGE.ordinal());
      }
      return rules.charge(expense, fund);
    }

    /**
     * May an expense be charged to a fund? The second half of decision 4.
     *
     * <pre>{@code
     * Policy.OnDate.ChargeQuestion salary = september.mayCharge(expense);
     * salary.to(FundingSource.labourFee("P-1")); // the project's labour fee
     * salary.to(FundingSource.matchingFund());     // or the unit's matching funds
     * }</pre>
     *
     * <p>This class is immutable and thread-safe.
     *
     * @since 0.1.0
     */
    public static final class ChargeQuestion {
      private final OnDate on;
      private final Expense expense;

      private ChargeQuestion(OnDate on, Expense expense) {
        this.on = on;
        this.expense = expense;
      }

      /**
       * Answers whether the expense may be charged to {@code fund}: the category (0.0.1), the
       * service agreement (3.3.2), the actual cost (3.3.5) and the fund's own rules (3.3.3 labour
       * fee, 3.3.4 retained balance, 3.3.6 matching funds), with the policy's overlays in force on
       * the date.
       */
      public Answer to(FundingSource fund) {
        return on.charge(expense, checkNotNull(fund, "fund"));
      }
    }
  }
}
