package io.github.rapolicy.planning;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Iterables;
import io.github.rapolicy.funding.Money;
import io.github.rapolicy.notice.Notice;
import io.github.rapolicy.rules.Answer;
import io.github.rapolicy.rules.Expense;
import io.github.rapolicy.rules.Policy;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Audits a ledger as a whole: every line is judged by decision 4 and, together with the earlier
 * lines of the same cost, under 据实列支 (3.3.5). A finance system hands over its lines in ledger
 * order and gets one {@link AuditAnswer} per line, as it goes.
 *
 * <p>A cost is a position's cost of one kind in one month, as {@link ActualCost} identifies it. For
 * each line:
 *
 * <ul>
 *   <li>a <b>charge</b> is asked of decision 4 with what was charged for its cost before, to any
 *       fund, and this charge together, so that a charge that brings the cost's running total above
 *       its actual amount is not allowed, citing 3.3.5, and its answer names the earlier lines it
 *       adds up with and the excess. Every charge counts toward the running total, whatever its
 *       verdict: the money was charged.
 *   <li>a <b>reversal</b> (冲销, 红字) takes back part of what was charged earlier for its cost to
 *       its fund: it is allowed, and lowers the running total, when it takes back no more than that;
 *       otherwise it is refused ({@link RefusalGround#REVERSAL_ABOVE_CHARGED}) and counts for
 *       nothing, since it reverses nothing that was charged. Decision 4 is not asked of a reversal:
 *       taking back a charge the rules did not allow is how a ledger corrects it.
 *   <li>a line giving its cost another actual amount than the cost's first line did is refused
 *       ({@link RefusalGround#INCONSISTENT_ACTUAL}), naming that line; the first line's amount stays
 *       the cost's actual amount.
 * </ul>
 *
 * <p>Before the notice was in force (25 June 2024) it decides nothing: charges get decision 4's
 * "not in force" answer, reversals are not decided either, and neither 3.3.5 ground applies.
 *
 * <pre>{@code
 * LedgerAudit.Session audit = LedgerAudit.using(Policy.ofNotice().on(LocalDate.of(2024, 9, 30))).start();
 * FundingSource labourFee = FundingSource.labourFee("62301234");
 * audit.audit(LedgerEntry.charge("0001", salary, labourFee, Money.parse("6000"))).verdict();   // ALLOWED
 * audit.audit(LedgerEntry.charge("0002", salary, FundingSource.matchingFund(), Money.parse("500")))
 *     .verdict();                                                  // ALLOWED: 6500.00 of 6500.00
 * AuditAnswer twice = audit.audit(LedgerEntry.charge("0003", salary, labourFee, Money.parse("6000")));
 * twice.verdict();        // NOT_ALLOWED, citing 3.3.5
 * twice.earlierLines();   // [0001, 0002]
 * twice.excess();         // 6000.00
 * audit.audit(LedgerEntry.reversal("0004", salary, labourFee, Money.parse("6000"))).verdict();   // ALLOWED
 * }</pre>
 *
 * <p>The answers do not depend on how the lines are split into calls: a session is one pass over
 * one ledger. It keeps, per distinct cost, its actual amount, its running total, what each fund
 * was charged for it and the first {@value #LINES_KEPT} of its lines, so memory grows with the
 * costs, not the lines, and a year's ledger can stream through. An earlier answer never changes.
 *
 * <p>A {@code LedgerAudit} is immutable and thread-safe; like a {@link java.util.stream.Collector}
 * it makes a fresh, mutable {@link Session} for each ledger. Audits compare by identity, like
 * {@link Policy}.
 *
 * @since 0.1.0
 */
public final class LedgerAudit {

  /**
   * How many lines of each cost a session keeps and answers name, at most; the rest it only
   * counts. Fewer are kept where the first lines' references are longer than {@link
   * #LINE_NAMES_KEPT} characters together.
   */
  public static final int LINES_KEPT = 8;

  /**
   * How many characters of line references a session keeps per cost, at most: a line whose
   * reference would take the cost's kept references beyond it is only counted, so that the memory
   * a cost holds does not grow with the length of its lines' references.
   *
   * @since 0.1.0
   */
  public static final int LINE_NAMES_KEPT = 255;

  private final Policy.OnDate rules;
  private final boolean inForce;

  private LedgerAudit(Policy.OnDate rules) {
    this.rules = rules;
    this.inForce = Notice.instance().isInForceOn(rules.date());
  }

  /** Returns the audit of ledgers under {@code rules}: the policy, with its overlays, on a date. */
  public static LedgerAudit using(Policy.OnDate rules) {
    return new LedgerAudit(checkNotNull(rules, "rules"));
  }

  /** Returns the date the lines are judged on. */
  public LocalDate date() {
    return rules.date();
  }

  /** Returns a new session for one ledger, with no line audited yet. */
  public Session start() {
    return new Session(this);
  }

  /** Audits {@code entries}, a whole ledger in ledger order, in a session of its own. */
  public ImmutableList<AuditAnswer> auditAll(Iterable<LedgerEntry> entries) {
    return start().auditAll(entries);
  }

  /** Returns the date, such as {@code "LedgerAudit[2024-09-30]"}. */
  @Override
  public String toString() {
    return "LedgerAudit[" + date() + "]";
  }

  /**
   * One pass of a {@link LedgerAudit} over one ledger: feed it the ledger's lines in order, in as
   * many calls as suits, and it answers each as it comes, remembering each cost's charges.
   *
   * <pre>{@code
   * LedgerAudit.Session audit = LedgerAudit.using(rules).start();
   * for (LedgerEntry entry : entries) {
   *   AuditAnswer answer = audit.audit(entry);
   *   if (answer.verdict() != Verdict.ALLOWED) {
   *     report(entry.line(), answer.clauses(), answer.reasons(Language.CHINESE));
   *   }
   * }
   * audit.costs();   // the distinct costs seen
   * }</pre>
   *
   * <p>A session is mutable and not thread-safe: use it from one thread at a time (or guard it),
   * as a collector's container. The answers it returns are immutable and thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Session {

    /** How many lines {@link #auditAll} looks ahead to at a time. */
    private static final int LOOK_AHEAD = 256;

    private final LedgerAudit audit;
    private final CostTallies tallies = new CostTallies();
    /** What {@link #lookAhead} read last, kept so that its reading is not optimised away. */
    private long touched;

    private Session(LedgerAudit audit) {
      this.audit = audit;
    }

    /**
     * Audits the next line of the ledger.
     *
     * @throws ArithmeticException if a cost's running total would exceed 2⁶³ − 1 fen
     */
    public AuditAnswer audit(LedgerEntry entry) {
      checkNotNull(entry, "entry");
      ActualCost cost = entry.cost();
      // One look-up, not a get and an add: a ledger's lines are mostly the first of their cost.
      int tally = tallies.findOrAdd(cost.key(), cost.amount(), entry.line());
      return entry.isReversal() ? reverse(entry, tally) : charge(entry, tally);
    }

    /**
     * Gets ready to audit {@code next}, the lines about to be audited, in any order: looks up their
     * costs one after another, which the processor overlaps, so that auditing the lines then finds
     * each cost at hand. In a ledger of many costs in no particular order, each line's cost lies
     * where the line before did not touch memory, and one by one each audit waits for its own.
     * Changes nothing the session answers or holds; a line looked ahead to and then not audited
     * costs only its look-up.
     *
     * <pre>{@code
     * for (List<LedgerEntry> batch : Iterables.partition(ledger, 256)) {
     *   audit.lookAhead(batch);
     *   for (LedgerEntry entry : batch) {
     *     report(audit.audit(entry));
     *   }
     * }
     * }</pre>
     *
     * <p>{@link #auditAll} does this itself. On 1,000,000 lines over 100,000 costs in shuffled
     * order, auditing in batches of 256 lines, each looked ahead to first, took 0.66 of the time of
     * auditing them one by one (JMH, {@code AuditBenchmark}; figures in BENCHMARKS.md).
     *
     * @since 0.1.0
     */
    public void lookAhead(List<LedgerEntry> next) {
      checkNotNull(next, "next");
      long touched = 0;
      for (LedgerEntry entry : next) {
        int tally = tallies.find(checkNotNull(entry, "entry").cost().key());
        if (tally >= 0) {
          touched += tallies.touch(tally); // what the line's answer will read
        }
      }
      this.touched = touched;
    }

    /**
     * Audits the next lines of the ledger, in order: the same answers as auditing them one by one,
     * faster for many lines over many costs ({@link #lookAhead}, a batch at a time).
     */
    public ImmutableList<AuditAnswer> auditAll(Iterable<LedgerEntry> entries) {
      checkNotNull(entries, "entries");
      ImmutableList.Builder<AuditAnswer> answers = ImmutableList.builder();
      for (List<LedgerEntry> batch : Iterables.partition(entries, LOOK_AHEAD)) {
        lookAhead(batch);
        for (LedgerEntry entry : batch) {
          answers.add(audit(entry));
        }
      }
      return answers.build();
    }

    /** Returns the number of distinct costs seen so far. */
    public int costs() {
      return tallies.size();
    }

    /**
     * Returns what has been charged so far for the cost of {@code cost}'s position, kind and month,
     * to all funds together, reversals taken off; zero for a cost not seen.
     */
    public Money charged(ActualCost cost) {
      checkNotNull(cost, "cost");
      int tally = tallies.find(cost.key());
      return Money.ofFen(tally < 0 ? 0 : tallies.totalFen(tally));
    }

    private AuditAnswer charge(LedgerEntry entry, int tally) {
      Money actual = tallies.actual(tally);
      long before = tallies.totalFen(tally);
      long together = Math.addExact(before, entry.amount().toFen());
      Money charged = before == 0 ? entry.amount() : Money.ofFen(together);
      Answer decision =
          audit.rules.mayCharge(
              Expense.of(entry.cost().position(), entry.cost().kind(), charged, actual),
              entry.fund());
      AuditAnswer answer =
          AuditAnswer.ofCharge(
              entry,
              decision,
              audit.inForce,
              before,
              charged,
              actual,
              inconsistentWith(entry, tally),
              tallies.lineNames(tally),
              tallies.lineEnds(tally),
              tallies.lineCount(tally));
      tallies.count(tally, entry.line(), entry.fund(), entry.amount().toFen());
      return answer;
    }

    private AuditAnswer reverse(LedgerEntry entry, int tally) {
      long before = tallies.totalFen(tally);
      long fromFund = tallies.chargedTo(tally, entry.fund());
      long amount = entry.amount().toFen();
      boolean above = amount > fromFund;
      @Nullable String inconsistent = inconsistentWith(entry, tally);
      boolean counts = !above && (inconsistent == null || !audit.inForce);
      long after = counts ? before - amount : before;
      AuditAnswer answer =
          AuditAnswer.ofReversal(
              entry,
              audit.inForce,
              before,
              after,
              fromFund,
              tallies.actual(tally),
              inconsistent,
              tallies.lineNames(tally),
              tallies.lineEnds(tally),
              tallies.lineCount(tally));
      if (counts) {
        tallies.count(tally, entry.line(), entry.fund(), -amount);
      }
      return answer;
    }

    private @Nullable String inconsistentWith(LedgerEntry entry, int tally) {
      return entry.cost().amount().toFen() == tallies.actualFen(tally) ? null : tallies.actualLine(tally);
    }

    /** Returns the number of costs, such as {@code "LedgerAudit.Session[2024-09-30, 3 costs]"}. */
    @Override
    public String toString() {
      return "LedgerAudit.Session[" + audit.date() + ", " + tallies.size() + " costs]";
    }
  }
}
