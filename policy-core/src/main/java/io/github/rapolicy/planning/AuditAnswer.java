package io.github.rapolicy.planning;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.Sets;
import io.github.rapolicy.funding.Money;
import io.github.rapolicy.notice.Clause;
import io.github.rapolicy.notice.Label;
import io.github.rapolicy.rules.Answer;
import io.github.rapolicy.rules.Finding;
import io.github.rapolicy.rules.Language;
import io.github.rapolicy.rules.Reason;
import io.github.rapolicy.rules.Remedy;
import io.github.rapolicy.rules.Verdict;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The answer of a {@link LedgerAudit} to one ledger line: the verdict, decision 4's answer for a
 * charge, and the cost's running total under 据实列支 (3.3.5) with the earlier lines it adds up
 * with.
 *
 * <pre>{@code
 * AuditAnswer twice = audit.audit(LedgerEntry.charge("0003", salary, labourFee, Money.parse("6000")));
 * twice.verdict();                          // NOT_ALLOWED
 * twice.grounds();                          // [ABOVE_ACTUAL_COST]
 * twice.clauses();                          // [0.0.1, 3.3.3, 3.3.5]
 * twice.chargedBefore();                    // 6500.00, by lines 0001 and 0002
 * twice.charged();                          // 12500.00
 * twice.actual();                           // 6500.00
 * twice.excess();                           // 6000.00
 * twice.earlierLines();                     // [0001, 0002]
 * twice.reasons(Language.ENGLISH);          // [with lines 0001, 0002 the cost's charges come to …]
 * }</pre>
 *
 * <p>The verdict combines decision 4 with the audit's own grounds: a charge above the cost's actual
 * amount together with its earlier lines, a line giving the cost another actual amount, and a
 * reversal of more than its fund was charged are not allowed.
 *
 * <p>This class is immutable and thread-safe; answers are equal when their line, decision,
 * grounds, amounts and lines named are.
 *
 * @since 0.1.0
 */
public final class AuditAnswer {

  private static final ImmutableSet<RefusalGround> NO_GROUNDS = ImmutableSet.of();

  private final LedgerEntry entry;
  private final @Nullable Answer decision;
  private final Verdict verdict;
  private final ImmutableSet<RefusalGround> grounds;
  private final boolean counts;
  private final long beforeFen;
  /** The running total after this line, made once: the reasons and the ledger check ask for it. */
  private final Money charged;
  private final long fromFundFen;
  private final Money actual;
  private final @Nullable String actualLine;
  /** The kept earlier lines' references, one after another, ending where {@code lineEnds} says. */
  private final String lineNames;
  /** Where each kept earlier line's reference ends in {@code lineNames}, eight bits a line. */
  private final long lineEnds;
  private final int kept;
  private final int earlierCount;

  private AuditAnswer(
      LedgerEntry entry,
      @Nullable Answer decision,
      Verdict verdict,
      ImmutableSet<RefusalGround> grounds,
      boolean counts,
      long beforeFen,
      Money charged,
      long fromFundFen,
      Money actual,
      @Nullable String actualLine,
      String lineNames,
      long lineEnds,
      int earlierCount) {
    this.entry = entry;
    this.decision = decision;
    this.verdict = verdict;
    this.grounds = grounds;
    this.counts = counts;
    this.beforeFen = beforeFen;
    this.charged = charged;
    this.fromFundFen = fromFundFen;
    this.actual = actual;
    this.actualLine = actualLine;
    this.lineNames = lineNames;
    this.lineEnds = lineEnds;
    this.kept = keptLines(lineEnds);
    this.earlierCount = earlierCount;
  }

  /**
   * Returns how many line references {@code lineEnds} says are kept: each kept reference is not
   * empty, so its end is a byte above the one before, and the bytes above the last are zero.
   */
  static int keptLines(long lineEnds) {
    return (Long.SIZE - Long.numberOfLeadingZeros(lineEnds) + Byte.SIZE - 1) / Byte.SIZE;
  }

  /** Returns where the {@code i}th kept line's reference ends, as {@code lineEnds} packs the ends. */
  static int lineEnd(long lineEnds, int i) {
    return (int) (lineEnds >>> (Byte.SIZE * i)) & 0xff;
  }

  /** Returns where the {@code i}th kept earlier line's reference ends in {@code lineNames}. */
  private int lineEnd(int i) {
    return lineEnd(lineEnds, i);
  }

  /** The answer to a charge, given decision 4's answer to the cost's charges together. */
  static AuditAnswer ofCharge(
      LedgerEntry entry,
      Answer decision,
      boolean inForce,
      long beforeFen,
      Money charged,
      Money actual,
      @Nullable String inconsistentWith,
      String lineNames,
      long lineEnds,
      int earlierCount) {
    Verdict verdict = decision.verdict();
    ImmutableSet<RefusalGround> grounds = NO_GROUNDS;
    if (verdict != Verdict.ALLOWED || inconsistentWith != null) {
      Set<RefusalGround> found = Refusal.groundsOf(decision);
      if (inForce && charged.isGreaterThan(actual)) {
        found.add(RefusalGround.ABOVE_ACTUAL_COST);
      }
      if (inForce && inconsistentWith != null) {
        found.add(RefusalGround.INCONSISTENT_ACTUAL);
        verdict = Verdict.NOT_ALLOWED;
      }
      grounds = Sets.immutableEnumSet(found);
    }
    return new AuditAnswer(
        entry,
        decision,
        verdict,
        grounds,
        true,
        beforeFen,
        charged,
        0,
        actual,
        inForce ? inconsistentWith : null,
        lineNames,
        lineEnds,
        earlierCount);
  }

  /** The answer to a reversal, given what its fund was charged for the cost before. */
  static AuditAnswer ofReversal(
      LedgerEntry entry,
      boolean inForce,
      long beforeFen,
      long afterFen,
      long fromFundFen,
      Money actual,
      @Nullable String inconsistentWith,
      String lineNames,
      long lineEnds,
      int earlierCount) {
    Set<RefusalGround> found = EnumSet.noneOf(RefusalGround.class);
    if (!inForce) {
      found.add(RefusalGround.NOT_IN_FORCE);
    }
    if (inForce && inconsistentWith != null) {
      found.add(RefusalGround.INCONSISTENT_ACTUAL);
    }
    if (entry.amount().toFen() > fromFundFen) {
      found.add(RefusalGround.REVERSAL_ABOVE_CHARGED);
    }
    Verdict verdict =
        found.contains(RefusalGround.INCONSISTENT_ACTUAL)
                || found.contains(RefusalGround.REVERSAL_ABOVE_CHARGED)
            ? Verdict.NOT_ALLOWED
            : inForce ? Verdict.ALLOWED : Verdict.UNDECIDED;
    return new AuditAnswer(
        entry,
        null,
        verdict,
        found.isEmpty() ? NO_GROUNDS : Sets.immutableEnumSet(found),
        verdict != Verdict.NOT_ALLOWED,
        beforeFen,
        Money.ofFen(afterFen),
        fromFundFen,
        actual,
        inForce ? inconsistentWith : null,
        lineNames,
        lineEnds,
        earlierCount);
  }

  /** Returns the line answered. */
  public LedgerEntry entry() {
    return entry;
  }

  /** Returns the verdict: decision 4's, unless one of the audit's own grounds refuses the line. */
  public Verdict verdict() {
    return verdict;
  }

  /**
   * Returns decision 4's answer to charging the cost's earlier charges and this one together to
   * the line's fund; empty for a reversal, which decision 4 is not asked about.
   */
  public Optional<Answer> decision() {
    return Optional.ofNullable(decision);
  }

  /**
   * Returns why the line is not allowed or not decided, in the order of {@link RefusalGround};
   * empty when it is allowed.
   */
  public ImmutableSet<RefusalGround> grounds() {
    return grounds;
  }

  /** Returns whether the line is refused or left undecided on {@code ground}. */
  public boolean isRefusedFor(RefusalGround ground) {
    return grounds.contains(checkNotNull(ground, "ground"));
  }

  /**
   * Returns whether the line counts toward the cost's running total: every charge does, whatever
   * its verdict; a reversal does unless it is not allowed.
   */
  public boolean counts() {
    return counts;
  }

  /** Returns what the earlier lines of the cost had charged, to all funds, reversals taken off. */
  public Money chargedBefore() {
    return Money.ofFen(beforeFen);
  }

  /** Returns the cost's running total after this line, to all funds, reversals taken off. */
  public Money charged() {
    return charged;
  }

  /** Returns the cost's actual amount, as the first line of the cost gave it. */
  public Money actual() {
    return actual;
  }

  /** Returns how much the running total after this line exceeds the actual amount; zero if not. */
  public Money excess() {
    return Money.ofFen(Math.max(0, charged.toFen() - actual.toFen()));
  }

  /**
   * Returns the earlier lines of the cost this one adds up with, those that count, in ledger order:
   * the first {@value LedgerAudit#LINES_KEPT} of them (fewer where their references are longer than
   * {@value LedgerAudit#LINE_NAMES_KEPT} characters together); {@link #earlierLineCount} counts them
   * all.
   */
  public ImmutableList<String> earlierLines() {
    ImmutableList.Builder<String> lines = ImmutableList.builderWithExpectedSize(kept);
    for (int i = 0, start = 0; i < kept; start = lineEnd(i), i++) {
      lines.add(lineNames.substring(start, lineEnd(i)));
    }
    return lines.build();
  }

  /** Returns how many earlier lines of the cost count toward its running total. */
  public int earlierLineCount() {
    return earlierCount;
  }

  /**
   * Returns the line that gave the cost the actual amount this line contradicts; present exactly
   * when the line is refused for {@link RefusalGround#INCONSISTENT_ACTUAL}.
   */
  public Optional<String> actualGivenBy() {
    return Optional.ofNullable(actualLine);
  }

  /**
   * Returns the clauses the answer rests on, in document order: decision 4's, those of the grounds,
   * and 3.3.5 where the line is measured against the cost's earlier lines or reverses a charge.
   */
  public ImmutableSortedSet<Clause> clauses() {
    ImmutableSortedSet<Clause> decided =
        decision != null ? decision.clauses() : ImmutableSortedSet.of();
    boolean addsUp =
        !grounds.contains(RefusalGround.NOT_IN_FORCE) && (entry.isReversal() || earlierCount > 0);
    // Most answers cite nothing beyond decision 4's clauses (which are worked out once per answer
    // of decision 4), and a ledger asks for them on every line: then they are the set itself.
    boolean more = addsUp && !decided.contains(Clause.C3_3_5);
    for (RefusalGround ground : grounds) {
      more |= !decided.containsAll(ground.clauses());
    }
    if (!more) {
      return decided;
    }
    ImmutableSortedSet.Builder<Clause> clauses = ImmutableSortedSet.naturalOrder();
    clauses.addAll(decided);
    for (RefusalGround ground : grounds) {
      clauses.addAll(ground.clauses());
    }
    if (addsUp) {
      clauses.add(Clause.C3_3_5);
    }
    return clauses.build();
  }

  /** Returns what would change decision 4's answer, where it decides the verdict. */
  public ImmutableList<Remedy> remedies() {
    return decision != null && decision.verdict() == verdict
        ? decision.remedies()
        : ImmutableList.of();
  }

  /**
   * Returns this answer naming the caller's own labels, as {@link Answer#naming} does for decision
   * 4's answer: a finding whose subject is a label's term names the label instead, so that the
   * reasons for a line of {@code CostKind.label("差旅费")} say 差旅费, not 其他支出. The verdict,
   * grounds, amounts, lines, clauses and remedies are this answer's. Returns this answer itself for
   * a reversal (decision 4 is not asked), and where decision 4's answer names none of the labels'
   * terms or every label is one of its term's own.
   *
   * <pre>{@code
   * Label<CostKind> travel = CostKind.label("差旅费");
   * AuditAnswer answer = audit.audit(LedgerEntry.charge("0001",
   *     ActualCost.of(position, travel, month, amount), FundingSource.matchingFund(), amount));
   * answer.naming(travel).reasons(Language.CHINESE); // […未列明可否用于差旅费…]
   * }</pre>
   *
   * @throws NullPointerException if {@code labels} or one of them is null
   */
  public AuditAnswer naming(Label<?>... labels) {
    checkNotNull(labels, "labels");
    for (Label<?> label : labels) {
      checkNotNull(label, "label");
    }
    if (decision == null) {
      return this;
    }
    Answer named = decision.naming(labels);
    if (named == decision) {
      return this;
    }
    return new AuditAnswer(
        entry,
        named,
        verdict,
        grounds,
        counts,
        beforeFen,
        charged,
        fromFundFen,
        actual,
        actualLine,
        lineNames,
        lineEnds,
        earlierCount);
  }

  /**
   * Returns the sentences that decide the verdict, in {@code language}: decision 4's deciding
   * findings (where its verdict is the line's), then the audit's own, with the amounts and lines.
   *
   * <p>Where a charge adds up with earlier lines of its cost, the audit's sentence on the running
   * total takes the place of decision 4's finding on the actual amount: above it, the sentence names
   * the earlier lines kept ({@link #earlierLines}) and counts the rest; within it, the sentence
   * names the cost's first line and counts the others ("with line 0001 and 2 more the cost's
   * charges come to 4000.00, within its actual amount 6500.00 [3.3.5]"), as a ledger gives it for
   * nearly every line.
   */
  public ImmutableList<String> reasons(Language language) {
    checkNotNull(language, "language");
    boolean above = grounds.contains(RefusalGround.ABOVE_ACTUAL_COST);
    boolean within =
        !entry.isReversal()
            && !above
            && earlierCount > 0
            && !grounds.contains(RefusalGround.NOT_IN_FORCE);
    // Asked for on every line of a ledger, twice: the findings are walked by index, and the list
    // is given room for them all and the audit's sentences, so that it does not grow.
    List<Finding> findings =
        decision != null && decision.verdict() == verdict
            ? decision.decidingFindings()
            : ImmutableList.of();
    ImmutableList.Builder<String> reasons =
        ImmutableList.builderWithExpectedSize(findings.size() + 2);
    for (int i = 0; i < findings.size(); i++) {
      Finding finding = findings.get(i);
      if (shows(finding, above, within)) {
        reasons.add(finding.describeCiting(language));
      }
    }
    if (actualLine != null) {
      reasons.add(
          (language == Language.CHINESE
              ? "第 " + actualLine + " 行所记该费用的实际支出为 " + actual + "，本行为 "
                  + entry.cost().amount() + "，同一费用只能有一个实际支出"
              : "line " + actualLine + " gives this cost an actual amount of " + actual
                  + ", this line " + entry.cost().amount() + "; a cost has one actual amount")
              + RefusalGround.INCONSISTENT_ACTUAL.citation(language));
    }
    if (entry.isReversal()) {
      reasons.add(reversalSentence(language));
    } else if (above) {
      reasons.add(
          (earlierCount == 0
                  ? (language == Language.CHINESE
                      ? "本行列支 " + charged() + "，超过实际支出 " + actual + " 共 " + excess()
                      : "the line charges " + charged() + ", " + excess()
                          + " above the actual amount " + actual)
                  : (language == Language.CHINESE
                      ? "连同" + earlier(language, kept) + "，该费用累计列支 " + charged() + "，超过实际支出 "
                          + actual + " 共 " + excess() + "（据实列支）"
                      : "with " + earlier(language, kept) + " the cost's charges come to " + charged()
                          + ", " + excess() + " above its actual amount " + actual
                          + "; only actual amounts may be charged (据实列支)"))
              + RefusalGround.ABOVE_ACTUAL_COST.citation(language));
    } else if (within) {
      reasons.add(
          (language == Language.CHINESE
              ? "连同" + earlier(language, 1) + "，该费用累计列支 " + charged() + "，未超过实际支出 " + actual
              : "with " + earlier(language, 1) + " the cost's charges come to " + charged()
                  + ", within its actual amount " + actual)
              + RefusalGround.ABOVE_ACTUAL_COST.citation(language));
    }
    return reasons.build();
  }

  /**
   * Whether decision 4's {@code finding} is among the reasons: where the cost's lines add up, the
   * audit's own sentence says what its finding on the actual amount says, with the running total
   * and the lines, and takes its place.
   */
  private static boolean shows(Finding finding, boolean above, boolean within) {
    return !(above && finding.reason() == Reason.ABOVE_ACTUAL_COST)
        && !(within && finding.reason() == Reason.WITHIN_ACTUAL_COST);
  }

  private String reversalSentence(Language language) {
    Money amount = entry.amount();
    Money fromFund = Money.ofFen(fromFundFen);
    if (isRefusedFor(RefusalGround.REVERSAL_ABOVE_CHARGED)) {
      return language == Language.CHINESE
          ? "冲销 " + amount + "，但此前从该资金为该费用列支的只有 " + fromFund + "（账务规则，本通知未作规定）"
          : "the reversal takes back " + amount + ", but only " + fromFund
              + " was charged earlier to this fund for this cost (the ledger's bookkeeping; the"
              + " notice has no rule on reversals)";
    }
    String sentence =
        language == Language.CHINESE
            ? "冲销此前从该资金为该费用列支的 " + fromFund + " 中的 " + amount
            : "takes back " + amount + " of the " + fromFund
                + " charged earlier to this fund for this cost";
    if (!counts || grounds.contains(RefusalGround.NOT_IN_FORCE)) {
      return sentence;
    }
    return sentence
        + (language == Language.CHINESE
            ? "；该费用累计列支 " + charged() + "，实际支出 " + actual
            : "; the cost's charges now come to " + charged() + " of its actual amount " + actual)
        + RefusalGround.ABOVE_ACTUAL_COST.citation(language);
  }

  /**
   * Names the first {@code named} of the kept earlier lines (all of them, at most) and counts the
   * others, such as "lines 0001, 0002 and 3 more"; counts them all where none is kept.
   */
  private String earlier(Language language, int named) {
    boolean chinese = language == Language.CHINESE;
    int shown = Math.min(named, kept);
    if (shown == 0) {
      return chinese
          ? "此前 " + earlierCount + " 行"
          : earlierCount + (earlierCount == 1 ? " earlier line" : " earlier lines");
    }
    int more = earlierCount - shown;
    if (shown == 1) {
      // Nearly every line of a ledger names its cost's first line: one concatenation, made at its
      // size (and the first reference is the kept text itself where it is the only one kept).
      String first = lineNames.substring(0, lineEnd(0));
      return chinese
          ? more > 0 ? "第 " + first + " 行及另 " + more + " 行" : "第 " + first + " 行"
          : more > 0 ? "line " + first + " and " + more + " more" : "line " + first;
    }
    // Built in one buffer from the kept references: made from its first words, so that it is
    // Chinese text from the start where it will be, then given the room it needs, so that it is
    // copied neither to widen nor to grow.
    StringBuilder text = new StringBuilder(chinese ? "第 " : "lines ");
    text.ensureCapacity(lineEnd(shown - 1) + 2 * shown + 24);
    for (int i = 0, start = 0; i < shown; start = lineEnd(i), i++) {
      if (i > 0) {
        text.append(chinese ? "、" : ", ");
      }
      text.append(lineNames, start, lineEnd(i));
    }
    if (chinese) {
      text.append(" 行");
      if (more > 0) {
        text.append("及另 ").append(more).append(" 行");
      }
    } else if (more > 0) {
      text.append(" and ").append(more).append(" more");
    }
    return text.toString();
  }

  /**
   * Renders the answer in {@code language}: the line, the verdict with its clauses, and the
   * sentences that decide it.
   */
  public String explain(Language language) {
    checkNotNull(language, "language");
    StringBuilder text =
        new StringBuilder()
            .append(entry.line())
            .append(": ")
            .append(verdict.displayName(language))
            .append(Texts.cite(clauses(), language))
            .append('\n');
    for (String reason : reasons(language)) {
      text.append("  - ").append(reason).append('\n');
    }
    return text.toString();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof AuditAnswer that
        && entry.equals(that.entry)
        && Objects.equals(decision, that.decision)
        && verdict == that.verdict
        && grounds.equals(that.grounds)
        && counts == that.counts
        && beforeFen == that.beforeFen
        && charged.equals(that.charged)
        && fromFundFen == that.fromFundFen
        && actual.equals(that.actual)
        && Objects.equals(actualLine, that.actualLine)
        && earlierCount == that.earlierCount
        && lineNames.equals(that.lineNames) // with the ends, the same earlier lines
        && lineEnds == that.lineEnds;
  }

  @Override
  public int hashCode() {
    return Objects.hash(entry, decision, verdict, grounds, beforeFen, charged, earlierCount);
  }

  /**
   * Returns the line, the verdict, the grounds and the running total, such as {@code "0003
   * NOT_ALLOWED [ABOVE_ACTUAL_COST] 12500.00 of 6500.00"}.
   */
  @Override
  public String toString() {
    return entry.line() + " " + verdict + " " + grounds + " " + charged() + " of " + actual;
  }
}
