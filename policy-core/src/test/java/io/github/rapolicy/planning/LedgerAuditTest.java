package io.github.rapolicy.planning;

import static io.github.rapolicy.planning.Fixtures.BOTH_CONDITIONS;
import static io.github.rapolicy.planning.Fixtures.NOTICE;
import static io.github.rapolicy.planning.Fixtures.cost;
import static io.github.rapolicy.planning.Fixtures.onProject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rapolicy.funding.CostKind;
import io.github.rapolicy.funding.FundingSource;
import io.github.rapolicy.funding.Money;
import io.github.rapolicy.notice.Clause;
import io.github.rapolicy.notice.Label;
import io.github.rapolicy.position.Position;
import io.github.rapolicy.rules.Language;
import io.github.rapolicy.rules.Policy;
import io.github.rapolicy.rules.Verdict;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Auditing a ledger as a whole: a cost's lines add up across funds (据实列支, 3.3.5). */
class LedgerAuditTest {

  private static final Position RA = onProject("RA-1", "P1");
  private static final ActualCost SALARY = cost(RA, CostKind.LABOUR_REMUNERATION, "6500");
  private static final ActualCost HOUSING = cost(RA, CostKind.HOUSING_FUND, "780");
  private static final FundingSource LABOUR_FEE = FundingSource.labourFee("P1");
  private static final FundingSource MATCHING = FundingSource.matchingFund();
  private static final LedgerAudit AUDIT = LedgerAudit.using(NOTICE);

  private static LedgerEntry charge(String line, ActualCost cost, FundingSource fund, String yuan) {
    return LedgerEntry.charge(line, cost, fund, Money.parse(yuan));
  }

  private static LedgerEntry reversal(String line, ActualCost cost, FundingSource fund, String yuan) {
    return LedgerEntry.reversal(line, cost, fund, Money.parse(yuan));
  }

  @Test
  @DisplayName("the issue's ledger: 6,000 + 1,000 + 6,000 against an actual 6,500")
  void aSalaryChargedTwiceAndSplitTooFarIsRefusedFromTheLineThatGoesAbove() {
    List<AuditAnswer> answers =
        AUDIT.auditAll(
            List.of(
                charge("0001", SALARY, LABOUR_FEE, "6000"),
                charge("0002", SALARY, MATCHING, "1000"),
                charge("0003", SALARY, LABOUR_FEE, "6000")));

    AuditAnswer first = answers.get(0);
    assertThat(first.verdict()).isEqualTo(Verdict.ALLOWED);
    assertThat(first.grounds()).isEmpty();
    assertThat(first.earlierLines()).isEmpty();
    assertThat(first.charged()).isEqualTo(Money.parse("6000"));
    assertThat(first.excess()).isEqualTo(Money.ZERO);
    assertThat(first.decision().orElseThrow().verdict()).isEqualTo(Verdict.ALLOWED);

    AuditAnswer split = answers.get(1);
    assertThat(split.verdict()).isEqualTo(Verdict.NOT_ALLOWED);
    assertThat(split.grounds()).containsExactly(RefusalGround.ABOVE_ACTUAL_COST);
    assertThat(split.clauses()).contains(Clause.C3_3_5);
    assertThat(split.chargedBefore()).isEqualTo(Money.parse("6000"));
    assertThat(split.charged()).isEqualTo(Money.parse("7000"));
    assertThat(split.actual()).isEqualTo(Money.parse("6500"));
    assertThat(split.excess()).isEqualTo(Money.parse("500"));
    assertThat(split.earlierLines()).containsExactly("0001");
    assertThat(split.earlierLineCount()).isEqualTo(1);
    assertThat(split.counts()).isTrue();
    assertThat(split.reasons(Language.ENGLISH))
        .containsExactly(
            "with line 0001 the cost's charges come to 7000.00, 500.00 above its actual amount"
                + " 6500.00; only actual amounts may be charged (据实列支) [3.3.5]");
    assertThat(split.reasons(Language.CHINESE))
        .containsExactly("连同第 0001 行，该费用累计列支 7000.00，超过实际支出 6500.00 共 500.00（据实列支） 〔3.3.5〕");

    AuditAnswer twice = answers.get(2);
    assertThat(twice.verdict()).isEqualTo(Verdict.NOT_ALLOWED);
    assertThat(twice.chargedBefore()).as("the refused line counts: the money was charged")
        .isEqualTo(Money.parse("7000"));
    assertThat(twice.charged()).isEqualTo(Money.parse("13000"));
    assertThat(twice.excess()).isEqualTo(Money.parse("6500"));
    assertThat(twice.earlierLines()).containsExactly("0001", "0002");
    assertThat(twice.toString()).isEqualTo("0003 NOT_ALLOWED [ABOVE_ACTUAL_COST] 13000.00 of 6500.00");
  }

  @Test
  void aCostSplitCorrectlyOverTwoFundsIsAllowedAndSaysItAddsUp() {
    List<AuditAnswer> answers =
        AUDIT.auditAll(
            List.of(
                charge("0001", SALARY, LABOUR_FEE, "6000"),
                charge("0002", SALARY, MATCHING, "500")));

    AuditAnswer second = answers.get(1);
    assertThat(second.verdict()).isEqualTo(Verdict.ALLOWED);
    assertThat(second.grounds()).isEmpty();
    assertThat(second.charged()).isEqualTo(Money.parse("6500"));
    assertThat(second.excess()).isEqualTo(Money.ZERO);
    assertThat(second.clauses()).contains(Clause.C3_3_5);
    assertThat(second.reasons(Language.ENGLISH))
        .last()
        .isEqualTo("with line 0001 the cost's charges come to 6500.00, within its actual amount 6500.00 [3.3.5]");
    assertThat(second.reasons(Language.ENGLISH))
        .as("decision 4's finding on the actual amount is said once, by the audit, with the figures")
        .noneMatch(reason -> reason.startsWith("the amount charged does not exceed the actual cost"));
    assertThat(answers.get(0).reasons(Language.ENGLISH))
        .as("a cost's first line has no earlier line to add up with: decision 4's finding says it")
        .anyMatch(reason -> reason.startsWith("the amount charged does not exceed the actual cost"));
    assertThat(second.remedies()).isEmpty();
  }

  @Test
  void anAllowedLineNamesTheCostsFirstLineAndCountsTheOthers() {
    LedgerAudit.Session session = AUDIT.start();
    session.audit(charge("0001", SALARY, LABOUR_FEE, "1000"));
    session.audit(charge("0002", SALARY, MATCHING, "1000"));
    session.audit(charge("0003", SALARY, LABOUR_FEE, "1000"));

    AuditAnswer fourth = session.audit(charge("0004", SALARY, MATCHING, "1000"));

    assertThat(fourth.verdict()).isEqualTo(Verdict.ALLOWED);
    assertThat(fourth.earlierLines()).containsExactly("0001", "0002", "0003");
    assertThat(fourth.reasons(Language.ENGLISH))
        .last()
        .isEqualTo(
            "with line 0001 and 2 more the cost's charges come to 4000.00, within its actual amount"
                + " 6500.00 [3.3.5]");
    assertThat(fourth.reasons(Language.CHINESE))
        .last()
        .isEqualTo("连同第 0001 行及另 2 行，该费用累计列支 4000.00，未超过实际支出 6500.00 〔3.3.5〕");
  }

  @Test
  void aReversalOfWhatTheFundWasChargedIsAllowedAndLowersTheRunningTotal() {
    LedgerAudit.Session session = AUDIT.start();
    session.audit(charge("0001", SALARY, LABOUR_FEE, "6500"));
    AuditAnswer twice = session.audit(charge("0002", SALARY, LABOUR_FEE, "6500"));
    assertThat(twice.verdict()).isEqualTo(Verdict.NOT_ALLOWED);

    AuditAnswer undo = session.audit(reversal("0003", SALARY, LABOUR_FEE, "6500"));

    assertThat(undo.verdict()).isEqualTo(Verdict.ALLOWED);
    assertThat(undo.decision()).as("decision 4 is not asked of a reversal").isEmpty();
    assertThat(undo.grounds()).isEmpty();
    assertThat(undo.counts()).isTrue();
    assertThat(undo.chargedBefore()).isEqualTo(Money.parse("13000"));
    assertThat(undo.charged()).isEqualTo(Money.parse("6500"));
    assertThat(undo.clauses()).containsExactly(Clause.C3_3_5);
    assertThat(undo.remedies()).isEmpty();
    assertThat(undo.reasons(Language.ENGLISH))
        .containsExactly(
            "takes back 6500.00 of the 13000.00 charged earlier to this fund for this cost; the"
                + " cost's charges now come to 6500.00 of its actual amount 6500.00 [3.3.5]");
    assertThat(session.charged(SALARY)).isEqualTo(Money.parse("6500"));
    assertThat(twice.charged()).as("an earlier answer never changes").isEqualTo(Money.parse("13000"));

    AuditAnswer again = session.audit(charge("0004", SALARY, MATCHING, "0.01"));
    assertThat(again.verdict()).isEqualTo(Verdict.NOT_ALLOWED);
    assertThat(again.excess()).isEqualTo(Money.parse("0.01"));
    assertThat(again.earlierLines()).containsExactly("0001", "0002", "0003");
  }

  @Test
  void aReversalOfMoreThanItsFundWasChargedIsRefusedAndCountsForNothing() {
    LedgerAudit.Session session = AUDIT.start();
    session.audit(charge("0001", SALARY, LABOUR_FEE, "6000"));
    session.audit(charge("0002", SALARY, MATCHING, "500"));

    AuditAnswer tooMuch = session.audit(reversal("0003", SALARY, MATCHING, "500.01"));
    AuditAnswer otherFund = session.audit(reversal("0004", SALARY, BOTH_CONDITIONS, "1"));

    assertThat(tooMuch.verdict()).isEqualTo(Verdict.NOT_ALLOWED);
    assertThat(tooMuch.grounds()).containsExactly(RefusalGround.REVERSAL_ABOVE_CHARGED);
    assertThat(tooMuch.counts()).isFalse();
    assertThat(tooMuch.charged()).isEqualTo(Money.parse("6500"));
    assertThat(tooMuch.clauses()).containsExactly(Clause.C3_3_5);
    assertThat(tooMuch.reasons(Language.ENGLISH))
        .containsExactly(
            "the reversal takes back 500.01, but only 500.00 was charged earlier to this fund for"
                + " this cost (the ledger's bookkeeping; the notice has no rule on reversals)");
    assertThat(otherFund.verdict()).isEqualTo(Verdict.NOT_ALLOWED);
    assertThat(otherFund.reasons(Language.CHINESE))
        .containsExactly("冲销 1.00，但此前从该资金为该费用列支的只有 0.00（账务规则，本通知未作规定）");
    assertThat(session.charged(SALARY)).isEqualTo(Money.parse("6500"));
    AuditAnswer exact = session.audit(reversal("0005", SALARY, MATCHING, "500"));
    assertThat(exact.verdict()).as("exactly what was charged").isEqualTo(Verdict.ALLOWED);
    assertThat(exact.earlierLines()).containsExactly("0001", "0002");
    assertThat(session.charged(SALARY)).isEqualTo(Money.parse("6000"));
  }

  @Test
  void aLineGivingTheCostAnotherActualAmountIsRefusedNamingTheLineThatGaveIt() {
    LedgerAudit.Session session = AUDIT.start();
    session.audit(charge("0001", SALARY, LABOUR_FEE, "3000"));
    ActualCost sameCostOtherActual = cost(RA, CostKind.LABOUR_REMUNERATION, "7000");

    AuditAnswer other = session.audit(charge("0002", sameCostOtherActual, MATCHING, "1000"));
    AuditAnswer reversed = session.audit(reversal("0003", sameCostOtherActual, LABOUR_FEE, "1"));

    assertThat(other.verdict()).isEqualTo(Verdict.NOT_ALLOWED);
    assertThat(other.grounds()).containsExactly(RefusalGround.INCONSISTENT_ACTUAL);
    assertThat(other.actualGivenBy()).contains("0001");
    assertThat(other.actual()).as("the first line's actual amount stays").isEqualTo(Money.parse("6500"));
    assertThat(other.counts()).isTrue();
    assertThat(other.charged()).isEqualTo(Money.parse("4000"));
    assertThat(other.clauses()).contains(Clause.C3_3_5);
    assertThat(other.remedies()).isEmpty();
    assertThat(other.reasons(Language.ENGLISH))
        .first()
        .isEqualTo(
            "line 0001 gives this cost an actual amount of 6500.00, this line 7000.00; a cost has"
                + " one actual amount [3.3.5]");
    assertThat(reversed.verdict()).isEqualTo(Verdict.NOT_ALLOWED);
    assertThat(reversed.grounds()).containsExactly(RefusalGround.INCONSISTENT_ACTUAL);
    assertThat(reversed.counts()).isFalse();
    assertThat(session.charged(SALARY)).isEqualTo(Money.parse("4000"));
    AuditAnswer consistent = session.audit(charge("0004", SALARY, MATCHING, "2500"));
    assertThat(consistent.verdict()).isEqualTo(Verdict.ALLOWED);
    assertThat(consistent.actualGivenBy()).isEmpty();
  }

  @Test
  void aChargeTheRulesRefuseStillCountsTowardTheRunningTotal() {
    LedgerAudit.Session session = AUDIT.start();
    AuditAnswer otherProject =
        session.audit(charge("0001", SALARY, FundingSource.labourFee("P2"), "6500"));
    AuditAnswer own = session.audit(charge("0002", SALARY, LABOUR_FEE, "6500"));

    assertThat(otherProject.verdict()).isEqualTo(Verdict.NOT_ALLOWED);
    assertThat(otherProject.grounds()).containsExactly(RefusalGround.NOT_ALLOWED_BY_RULES);
    assertThat(otherProject.clauses()).contains(Clause.C3_3_3);
    assertThat(otherProject.earlierLines()).isEmpty();
    assertThat(otherProject.remedies()).isNotEmpty();
    assertThat(own.verdict()).isEqualTo(Verdict.NOT_ALLOWED);
    assertThat(own.grounds()).containsExactly(RefusalGround.ABOVE_ACTUAL_COST);
    assertThat(own.remedies()).isEqualTo(own.decision().orElseThrow().remedies());
  }

  @Test
  void aReferenceUsedAgainLaterStillNamesTheLineThatGaveTheActualAmount() {
    LedgerAudit.Session session = AUDIT.start();
    session.audit(reversal("0001", SALARY, LABOUR_FEE, "1")); // reverses nothing: it does not count
    session.audit(charge("0002", SALARY, LABOUR_FEE, "100"));
    session.audit(charge("0001", SALARY, MATCHING, "100")); // the same reference, a line that counts

    AuditAnswer other =
        session.audit(charge("0003", cost(RA, CostKind.LABOUR_REMUNERATION, "7000"), MATCHING, "1"));

    assertThat(other.earlierLines()).containsExactly("0002", "0001");
    assertThat(other.actualGivenBy()).contains("0001");
  }

  @Test
  void aSingleLineAboveItsActualAmountSaysByHowMuch() {
    AuditAnswer above = AUDIT.start().audit(charge("0001", SALARY, LABOUR_FEE, "7000"));

    assertThat(above.verdict()).isEqualTo(Verdict.NOT_ALLOWED);
    assertThat(above.grounds()).containsExactly(RefusalGround.ABOVE_ACTUAL_COST);
    assertThat(above.reasons(Language.ENGLISH))
        .containsExactly("the line charges 7000.00, 500.00 above the actual amount 6500.00 [3.3.5]");
    assertThat(above.reasons(Language.CHINESE))
        .containsExactly("本行列支 7000.00，超过实际支出 6500.00 共 500.00 〔3.3.5〕");
    assertThat(above.clauses()).contains(Clause.C3_3_5);
  }

  @Test
  void costsOfAnotherKindOrMonthOrPositionAreNotAddedUp() {
    LedgerAudit.Session session = AUDIT.start();
    session.audit(charge("0001", SALARY, LABOUR_FEE, "6500"));
    ActualCost october =
        ActualCost.of(RA, CostKind.LABOUR_REMUNERATION, Fixtures.SEPTEMBER.plusMonths(1), Money.parse("6500"));
    ActualCost colleague = cost(onProject("RA-2", "P1"), CostKind.LABOUR_REMUNERATION, "6500");

    assertThat(session.audit(charge("0002", october, LABOUR_FEE, "6500")).verdict()).isEqualTo(Verdict.ALLOWED);
    assertThat(session.audit(charge("0003", colleague, LABOUR_FEE, "6500")).verdict()).isEqualTo(Verdict.ALLOWED);
    assertThat(session.audit(charge("0004", HOUSING, MATCHING, "780")).verdict()).isEqualTo(Verdict.ALLOWED);
    assertThat(session.costs()).isEqualTo(4);
    assertThat(session.charged(HOUSING)).isEqualTo(Money.parse("780"));
    assertThat(session.charged(cost(RA, CostKind.SOCIAL_INSURANCE_SUBSIDY, "1"))).isEqualTo(Money.ZERO);
  }

  @Test
  void anAnswerNamesTheFirstLinesKeptAndCountsTheRest() {
    LedgerAudit.Session session = AUDIT.start();
    List<String> lines = new ArrayList<>();
    for (int i = 1; i <= LedgerAudit.LINES_KEPT + 2; i++) {
      String line = String.format("%04d", i);
      lines.add(line);
      session.audit(charge(line, SALARY, LABOUR_FEE, "1"));
    }

    AuditAnswer last = session.audit(charge("LAST", SALARY, MATCHING, "6500"));

    assertThat(last.earlierLines()).containsExactlyElementsOf(lines.subList(0, LedgerAudit.LINES_KEPT));
    assertThat(last.earlierLineCount()).isEqualTo(LedgerAudit.LINES_KEPT + 2);
    assertThat(last.reasons(Language.ENGLISH).get(0))
        .startsWith("with lines 0001, 0002, 0003, 0004, 0005, 0006, 0007, 0008 and 2 more the cost's");
    assertThat(last.reasons(Language.CHINESE).get(0))
        .startsWith("连同第 0001、0002、0003、0004、0005、0006、0007、0008 行及另 2 行，该费用累计列支");
    assertThat(last.charged()).isEqualTo(Money.parse("6510"));
  }

  @Test
  void referencesLongerTogetherThanTheCharactersKeptAreCountedNotNamed() {
    String first = "A".repeat(200);
    String second = "B".repeat(LedgerAudit.LINE_NAMES_KEPT - 200);
    String third = "C";
    LedgerAudit.Session session = AUDIT.start();
    session.audit(charge(first, SALARY, LABOUR_FEE, "1"));
    session.audit(charge(second, SALARY, LABOUR_FEE, "1"));
    session.audit(charge(third, SALARY, LABOUR_FEE, "1"));

    AuditAnswer within = session.audit(charge("WITHIN", SALARY, MATCHING, "1"));
    AuditAnswer above = session.audit(charge("ABOVE", SALARY, MATCHING, "6500"));

    assertThat(within.earlierLines()).containsExactly(first, second);
    assertThat(within.earlierLineCount()).isEqualTo(3);
    assertThat(within.reasons(Language.ENGLISH))
        .last()
        .asString()
        .startsWith("with line " + first + " and 2 more the cost's charges come to 4.00, within");
    assertThat(above.earlierLines()).containsExactly(first, second);
    assertThat(above.earlierLineCount()).isEqualTo(4);
    assertThat(above.reasons(Language.ENGLISH))
        .last()
        .asString()
        .startsWith("with lines " + first + ", " + second + " and 2 more the cost's charges come to 6504.00");
  }

  @Test
  void aReferenceLongerThanTheCharactersKeptIsNamedAsTheActualAmountsLineAndCountedOnly() {
    String long_ = "L".repeat(LedgerAudit.LINE_NAMES_KEPT + 1);
    LedgerAudit.Session session = AUDIT.start();
    session.audit(charge(long_, SALARY, LABOUR_FEE, "1"));

    AuditAnswer other = session.audit(charge("0002", cost(RA, CostKind.LABOUR_REMUNERATION, "7000"), MATCHING, "1"));

    assertThat(other.earlierLines()).isEmpty();
    assertThat(other.earlierLineCount()).isEqualTo(1);
    assertThat(other.actualGivenBy()).contains(long_);
    assertThat(other.reasons(Language.ENGLISH))
        .anySatisfy(reason -> assertThat(reason).startsWith("line " + long_ + " gives this cost"))
        .anySatisfy(reason -> assertThat(reason).startsWith("with 1 earlier line the cost's charges"));
    assertThat(other.reasons(Language.CHINESE))
        .anySatisfy(reason -> assertThat(reason).startsWith("连同此前 1 行，该费用累计列支"));
  }

  @Test
  void theLineThatGaveTheActualAmountIsNamedWhenTheCostsFirstLineIsARefusedReversal() {
    LedgerAudit.Session session = AUDIT.start();
    session.audit(reversal("0001", SALARY, LABOUR_FEE, "1")); // reverses nothing: it does not count
    session.audit(charge("0002", SALARY, LABOUR_FEE, "100"));

    AuditAnswer other = session.audit(charge("0003", cost(RA, CostKind.LABOUR_REMUNERATION, "7000"), MATCHING, "1"));

    assertThat(other.earlierLines()).containsExactly("0002");
    assertThat(other.actualGivenBy()).contains("0001");
  }

  @Test
  void aCostSplitOverThreeFundsKeepsWhatEachWasCharged() {
    FundingSource balance = BOTH_CONDITIONS;
    LedgerAudit.Session session = AUDIT.start();
    session.audit(charge("0001", SALARY, LABOUR_FEE, "3000"));
    session.audit(charge("0002", SALARY, MATCHING, "2000"));
    session.audit(charge("0003", SALARY, balance, "1500"));

    AuditAnswer backFromMatching = session.audit(reversal("0004", SALARY, MATCHING, "2000"));
    AuditAnswer tooMuchFromBalance = session.audit(reversal("0005", SALARY, balance, "1500.01"));
    AuditAnswer backFromBalance = session.audit(reversal("0006", SALARY, balance, "1500"));
    AuditAnswer backFromLabourFee = session.audit(reversal("0007", SALARY, LABOUR_FEE, "3000"));

    assertThat(backFromMatching.verdict()).isEqualTo(Verdict.ALLOWED);
    assertThat(tooMuchFromBalance.isRefusedFor(RefusalGround.REVERSAL_ABOVE_CHARGED)).isTrue();
    assertThat(backFromBalance.verdict()).isEqualTo(Verdict.ALLOWED);
    assertThat(backFromLabourFee.verdict()).isEqualTo(Verdict.ALLOWED);
    assertThat(session.charged(SALARY)).isEqualTo(Money.ZERO);
  }

  @Test
  void beforeTheNoticeNothingIsDecidedAndNeither335GroundApplies() {
    LedgerAudit.Session session = LedgerAudit.using(Policy.ofNotice().on(Fixtures.BEFORE_NOTICE)).start();
    session.audit(charge("0001", SALARY, LABOUR_FEE, "6500"));
    AuditAnswer twice = session.audit(charge("0002", cost(RA, CostKind.LABOUR_REMUNERATION, "1"), LABOUR_FEE, "6500"));
    AuditAnswer undo = session.audit(reversal("0003", SALARY, LABOUR_FEE, "6500"));
    AuditAnswer tooMuch = session.audit(reversal("0004", SALARY, MATCHING, "1"));

    assertThat(twice.verdict()).isEqualTo(Verdict.UNDECIDED);
    assertThat(twice.grounds()).containsExactly(RefusalGround.NOT_IN_FORCE);
    assertThat(twice.actualGivenBy()).isEmpty();
    assertThat(twice.clauses()).containsExactly(Clause.DATE);
    assertThat(twice.reasons(Language.ENGLISH)).hasSize(1);
    assertThat(undo.verdict()).isEqualTo(Verdict.UNDECIDED);
    assertThat(undo.grounds()).containsExactly(RefusalGround.NOT_IN_FORCE);
    assertThat(undo.clauses()).containsExactly(Clause.DATE);
    assertThat(undo.counts()).isTrue();
    assertThat(undo.reasons(Language.ENGLISH))
        .containsExactly("takes back 6500.00 of the 13000.00 charged earlier to this fund for this cost");
    assertThat(tooMuch.verdict()).isEqualTo(Verdict.NOT_ALLOWED);
    assertThat(tooMuch.grounds())
        .containsExactly(RefusalGround.NOT_IN_FORCE, RefusalGround.REVERSAL_ABOVE_CHARGED);
    assertThat(session.charged(SALARY)).isEqualTo(Money.parse("6500"));
  }

  @Test
  void explainShowsTheVerdictClausesAndReasons() {
    LedgerAudit.Session session = AUDIT.start();
    session.audit(charge("0001", SALARY, LABOUR_FEE, "6000"));
    AuditAnswer split = session.audit(charge("0002", SALARY, MATCHING, "1000"));

    assertThat(split.explain(Language.ENGLISH))
        .startsWith("0002: not allowed [")
        .contains("3.3.5, 3.3.6]\n  - with line 0001 the cost's charges come to 7000.00");
    assertThat(split.explain(Language.CHINESE)).startsWith("0002: 不允许 〔").contains("连同第 0001 行");
  }

  @Test
  void entriesAuditsAndSessionsSayWhatTheyAre() {
    LedgerEntry entry = reversal("0009", SALARY, MATCHING, "1");
    assertThat(entry.isReversal()).isTrue();
    assertThat(entry.toString()).startsWith("0009: RA-1 LABOUR_REMUNERATION 2024-09 6500.00 <- ").endsWith(" -1.00");
    assertThat(charge("0001", SALARY, MATCHING, "0").isReversal()).isFalse();
    assertThat(AUDIT.date()).isEqualTo(Fixtures.IN_FORCE);
    assertThat(AUDIT).hasToString("LedgerAudit[2024-09-30]");
    LedgerAudit.Session session = AUDIT.start();
    session.audit(charge("0001", SALARY, MATCHING, "1"));
    assertThat(session).hasToString("LedgerAudit.Session[2024-09-30, 1 costs]");
  }

  @Test
  void answersAreEqualWhenTheirLinesAndFindingsAre() {
    List<LedgerEntry> ledger =
        List.of(charge("0001", SALARY, LABOUR_FEE, "6000"), charge("0002", SALARY, MATCHING, "1000"));
    List<AuditAnswer> once = AUDIT.auditAll(ledger);
    List<AuditAnswer> again = AUDIT.auditAll(ledger);

    assertThat(once).isEqualTo(again);
    assertThat(once.get(1).hashCode()).isEqualTo(again.get(1).hashCode());
    assertThat(once.get(0)).isNotEqualTo(once.get(1)).isNotEqualTo("0001");
  }

  @Test
  void aBlankLineOrAZeroReversalIsRejected() {
    assertThatThrownBy(() -> charge(" ", SALARY, MATCHING, "1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("line must not be blank: \" \"");
    assertThatThrownBy(() -> reversal("0001", SALARY, MATCHING, "0"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a reversal of RA-1 LABOUR_REMUNERATION 2024-09 6500.00 must not be zero");
  }

  @Test
  @DisplayName("two kinds the notice does not name, such as 差旅费 and 设备费, are two costs")
  void costsOfKindsTheNoticeDoesNotNameAreToldApartByTheirLabels() {
    ActualCost travel =
        ActualCost.of(RA, CostKind.label("差旅费"), Fixtures.SEPTEMBER, Money.parse("800"));
    ActualCost equipment =
        ActualCost.of(RA, CostKind.label("设备费"), Fixtures.SEPTEMBER, Money.parse("800"));
    assertThat(travel.kind()).isEqualTo(equipment.kind()).isEqualTo(CostKind.NOT_NAMED_BY_NOTICE);
    assertThat(travel.otherKindName()).contains("差旅费");
    assertThat(travel).isNotEqualTo(equipment);
    assertThat(travel.toString()).isEqualTo("RA-1 NOT_NAMED_BY_NOTICE(差旅费) 2024-09 800.00");

    LedgerAudit.Session session = AUDIT.start();
    AuditAnswer first = session.audit(charge("0001", travel, MATCHING, "800"));
    AuditAnswer second = session.audit(charge("0002", equipment, MATCHING, "800"));
    AuditAnswer again = session.audit(charge("0003", travel, MATCHING, "800"));

    assertThat(session.costs()).isEqualTo(2);
    assertThat(second.chargedBefore()).as("equipment does not add up with travel").isEqualTo(Money.ZERO);
    assertThat(second.grounds()).doesNotContain(RefusalGround.ABOVE_ACTUAL_COST);
    assertThat(first.grounds()).doesNotContain(RefusalGround.ABOVE_ACTUAL_COST);
    assertThat(again.grounds()).contains(RefusalGround.ABOVE_ACTUAL_COST);
    assertThat(again.verdict()).isEqualTo(Verdict.NOT_ALLOWED);
    assertThat(again.earlierLines()).containsExactly("0001");
  }

  @Test
  @DisplayName("naming: the reasons name the caller's label, 差旅费; verdict and amounts unchanged")
  void namingNamesTheCallersLabelInTheReasons() {
    Label<CostKind> travel = CostKind.label("差旅费");
    ActualCost cost = ActualCost.of(RA, travel, Fixtures.SEPTEMBER, Money.parse("800"));
    LedgerAudit.Session session = AUDIT.start();
    session.audit(charge("0001", cost, MATCHING, "500"));
    AuditAnswer shared = session.audit(charge("0002", cost, MATCHING, "200"));

    AuditAnswer named = shared.naming(travel);

    assertThat(shared.reasons(Language.CHINESE)).anySatisfy(r -> assertThat(r).contains("其他支出"));
    assertThat(String.join("\n", named.reasons(Language.CHINESE)))
        .contains("差旅费")
        .doesNotContain("其他支出")
        .contains("未超过实际支出 800.00");
    assertThat(String.join("\n", named.reasons(Language.ENGLISH))).contains("差旅费");
    assertThat(named.verdict()).isEqualTo(shared.verdict()).isEqualTo(Verdict.UNDECIDED);
    assertThat(named.grounds()).isEqualTo(shared.grounds());
    assertThat(named.clauses()).isEqualTo(shared.clauses());
    assertThat(named.remedies()).isEqualTo(shared.remedies());
    assertThat(named.charged()).isEqualTo(shared.charged());
    assertThat(named.earlierLines()).containsExactly("0001");
    assertThat(shared.naming(CostKind.label("劳务性报酬"))).isSameAs(shared);
    AuditAnswer reversal = session.audit(reversal("0003", cost, MATCHING, "100"));
    assertThat(reversal.naming(travel)).isSameAs(reversal);
  }

  @Test
  @DisplayName("the notice's own kinds: any of their labels is the same cost")
  void labelsOfTheNoticesKindsAreOneCost() {
    ActualCost written =
        ActualCost.of(RA, CostKind.label("劳务性报酬"), Fixtures.SEPTEMBER, Money.parse("6500"));
    ActualCost named =
        ActualCost.of(
            RA, CostKind.label("LABOUR_REMUNERATION"), Fixtures.SEPTEMBER, Money.parse("6500"));
    ActualCost unlabelled =
        ActualCost.of(RA, CostKind.label("NOT_NAMED_BY_NOTICE"), Fixtures.SEPTEMBER, Money.ZERO);

    assertThat(written).isEqualTo(named).isEqualTo(SALARY);
    assertThat(written.otherKindName()).isEmpty();
    assertThat(unlabelled.otherKindName()).as("the code is the kind's own label").isEmpty();
    assertThatThrownBy(
            () ->
                ImmutableActualCost.builder()
                    .position(RA)
                    .kind(CostKind.LABOUR_REMUNERATION)
                    .month(Fixtures.SEPTEMBER)
                    .amount(Money.parse("6500"))
                    .otherKindName("差旅费")
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "only a cost of a kind the notice does not name has a name of its own: 差旅费 is"
                + " LABOUR_REMUNERATION");
  }

  @Test
  void tenThousandCostsAreKeptApartAsTheSessionGrows() {
    LedgerAudit.Session session = AUDIT.start();
    List<ActualCost> costs = new ArrayList<>();
    for (int p = 0; p < 2_500; p++) {
      Position position = onProject("RA-" + p, "P1");
      for (CostKind kind : List.of(CostKind.LABOUR_REMUNERATION, CostKind.SOCIAL_INSURANCE_SUBSIDY)) {
        for (YearMonth month : List.of(YearMonth.of(2024, 9), YearMonth.of(2024, 10))) {
          costs.add(ActualCost.of(position, kind, month, Money.parse("100")));
        }
      }
    }
    for (ActualCost cost : costs) {
      assertThat(session.audit(LedgerEntry.charge("a", cost, LABOUR_FEE, Money.parse("60"))).verdict())
          .isEqualTo(Verdict.ALLOWED);
    }
    for (ActualCost cost : costs) {
      AuditAnswer second = session.audit(LedgerEntry.charge("b", cost, MATCHING, Money.parse("60")));
      assertThat(second.verdict()).isEqualTo(Verdict.NOT_ALLOWED);
      assertThat(second.earlierLines()).containsExactly("a");
      assertThat(second.excess()).isEqualTo(Money.parse("20"));
    }

    assertThat(session.costs()).isEqualTo(10_000);
    assertThat(costs).allSatisfy(cost -> assertThat(session.charged(cost)).isEqualTo(Money.parse("120")));
    assertThat(session.charged(ActualCost.of(onProject("RA-new", "P1"), CostKind.HOUSING_FUND, YearMonth.of(2024, 9), Money.parse("100"))))
        .isEqualTo(Money.ZERO);
    assertThat(session.costs()).as("asking about a cost does not add it").isEqualTo(10_000);
  }

  @Test
  @DisplayName("keys short and long, and alike up to any character, are costs of their own")
  void positionsAndKindNamesOfEveryLengthAreKeptApart() {
    // A session keeps a cost's key as characters of its own: identifiers and names that differ only
    // in their last character, or only in length.
    List<ActualCost> costs = new ArrayList<>();
    for (int length = 1; length <= 40; length++) {
      String id = "R".repeat(length - 1);
      for (String last : List.of("A", "B")) {
        Position position = onProject(id + last, "P1");
        costs.add(ActualCost.of(position, CostKind.LABOUR_REMUNERATION, Fixtures.SEPTEMBER, Money.parse("100")));
        costs.add(ActualCost.of(position, CostKind.label("差" + "旅".repeat(length) + last), Fixtures.SEPTEMBER, Money.parse("100")));
        costs.add(ActualCost.of(onProject("A", "P1"), CostKind.label("设" + "备".repeat(length) + last), Fixtures.SEPTEMBER, Money.parse("100")));
      }
    }
    LedgerAudit.Session session = AUDIT.start();
    for (ActualCost cost : costs) {
      assertThat(session.audit(LedgerEntry.charge("first", cost, MATCHING, Money.parse("70"))).chargedBefore())
          .as("%s is a cost of its own", cost)
          .isEqualTo(Money.ZERO);
    }
    for (ActualCost cost : costs) {
      AuditAnswer again = session.audit(LedgerEntry.charge("again", cost, MATCHING, Money.parse("70")));
      assertThat(again.earlierLines()).as("%s", cost).containsExactly("first");
      assertThat(again.excess()).isEqualTo(Money.parse("40"));
    }
    assertThat(session.costs()).isEqualTo(costs.size()).isEqualTo(240);
  }

  @Test
  void aCostChargedToFourFundsKeepsWhatEachWasCharged() {
    FundingSource otherProject = FundingSource.labourFee("P2");
    LedgerAudit.Session session = AUDIT.start();
    session.audit(charge("0001", SALARY, LABOUR_FEE, "1000"));
    session.audit(charge("0002", SALARY, MATCHING, "2000"));
    session.audit(charge("0003", SALARY, BOTH_CONDITIONS, "1500"));
    session.audit(charge("0004", SALARY, otherProject, "500"));

    assertThat(session.audit(reversal("0005", SALARY, BOTH_CONDITIONS, "1600")).grounds())
        .containsExactly(RefusalGround.REVERSAL_ABOVE_CHARGED);
    assertThat(session.audit(reversal("0006", SALARY, otherProject, "600")).grounds())
        .containsExactly(RefusalGround.REVERSAL_ABOVE_CHARGED);
    AuditAnswer third = session.audit(reversal("0007", SALARY, BOTH_CONDITIONS, "1500"));
    assertThat(third.verdict()).isEqualTo(Verdict.ALLOWED);
    assertThat(third.charged()).isEqualTo(Money.parse("3500"));
    AuditAnswer fourth = session.audit(reversal("0008", SALARY, otherProject, "500"));
    assertThat(fourth.verdict()).isEqualTo(Verdict.ALLOWED);
    assertThat(session.charged(SALARY)).isEqualTo(Money.parse("3000"));
    assertThat(session.audit(reversal("0009", SALARY, MATCHING, "2000")).verdict())
        .isEqualTo(Verdict.ALLOWED);
    assertThat(session.audit(reversal("0010", SALARY, LABOUR_FEE, "1001")).grounds())
        .containsExactly(RefusalGround.REVERSAL_ABOVE_CHARGED);
  }
}
