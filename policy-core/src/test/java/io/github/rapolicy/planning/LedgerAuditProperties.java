package io.github.rapolicy.planning;

import static io.github.rapolicy.testing.Property.forAll;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.rapolicy.funding.CostKind;
import io.github.rapolicy.funding.FundingSource;
import io.github.rapolicy.funding.Money;
import io.github.rapolicy.position.Position;
import io.github.rapolicy.rules.Policy;
import io.github.rapolicy.rules.Verdict;
import io.github.rapolicy.testing.Gen;
import io.github.rapolicy.testing.Property;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The laws of {@link LedgerAudit} over random ledgers: costs that differ only in their position,
 * month or kind, charged and reversed over funds of every kind, now and then with another actual
 * amount, before the notice and after.
 */
class LedgerAuditProperties {

  /** A random ledger and the rules it is audited under. */
  record Sample(Policy.OnDate rules, List<LedgerEntry> entries) {
    @Override
    public String toString() {
      return "Sample[" + rules.date() + ", " + entries + "]";
    }
  }

  private static final List<Position> POSITIONS =
      List.of(Fixtures.onProject("RA-1", "P1"), Fixtures.withoutAgreement("RA-2", "P1"));
  private static final List<YearMonth> MONTHS = List.of(Fixtures.SEPTEMBER, Fixtures.SEPTEMBER.plusMonths(1));
  private static final List<CostKind> KINDS =
      List.of(CostKind.LABOUR_REMUNERATION, CostKind.HOUSING_FUND, CostKind.SOCIAL_INSURANCE_SUBSIDY);
  private static final List<FundingSource> FUNDS =
      List.of(
          FundingSource.labourFee("P1"),
          FundingSource.labourFee("P2"),
          FundingSource.matchingFund(),
          Fixtures.BOTH_CONDITIONS);

  private static Stream<Sample> ledgers(String salt) {
    Gen gen = Gen.seeded(salt);
    return IntStream.range(0, Property.TRIES).mapToObj(i -> ledger(gen));
  }

  private static Sample ledger(Gen gen) {
    int roll = gen.uniformInt(0, 9);
    Policy.OnDate rules =
        roll < 6 ? Fixtures.NOTICE : roll < 9 ? Fixtures.REFORM : Policy.ofNotice().on(Fixtures.BEFORE_NOTICE);
    Map<String, Long> actuals = new HashMap<>();
    List<LedgerEntry> entries = new ArrayList<>();
    int lines = gen.uniformInt(0, 24);
    for (int i = 0; i < lines; i++) {
      Position position = gen.pick(POSITIONS);
      YearMonth month = gen.pick(MONTHS);
      CostKind kind = gen.pick(KINDS);
      String key = position.id() + kind + month;
      long actual = actuals.computeIfAbsent(key, k -> gen.longBetween(1, 1_000));
      if (gen.chance(0.05)) {
        actual = gen.longBetween(1, 1_000); // another actual amount for the same cost
      }
      ActualCost cost = ActualCost.of(position, kind, month, Money.ofFen(actual));
      FundingSource fund = gen.pick(FUNDS);
      String line = "L" + i;
      entries.add(
          gen.chance(0.3)
              ? LedgerEntry.reversal(line, cost, fund, Money.ofFen(gen.longBetween(1, actual)))
              : LedgerEntry.charge(line, cost, fund, Money.ofFen(gen.longBetween(0, actual))));
    }
    return new Sample(rules, entries);
  }

  private static String costOf(LedgerEntry entry) {
    ActualCost cost = entry.cost();
    return cost.position().id() + " " + cost.kind() + " " + cost.month();
  }

  @Test
  void aLedgersAnswersDoNotDependOnHowItsLinesAreGroupedIntoCalls() {
    Gen gen = Gen.seeded("audit-grouping-cuts");
    forAll(
        ledgers("audit-grouping"),
        sample -> {
          LedgerAudit audit = LedgerAudit.using(sample.rules());
          List<AuditAnswer> whole = audit.auditAll(sample.entries());

          LedgerAudit.Session session = audit.start();
          List<AuditAnswer> grouped = new ArrayList<>();
          int from = 0;
          while (from < sample.entries().size()) {
            int to = gen.uniformInt(from, sample.entries().size());
            if (to == from) {
              grouped.add(session.audit(sample.entries().get(from)));
              to = from + 1;
            } else {
              grouped.addAll(session.auditAll(sample.entries().subList(from, to)));
            }
            from = to;
          }

          assertThat(grouped).isEqualTo(whole);
          assertThat(whole).hasSameSizeAs(sample.entries());
        });
  }

  @Test
  void lookingAheadChangesNoAnswerAndNothingTheSessionHolds() {
    Gen gen = Gen.seeded("audit-look-ahead-picks");
    forAll(
        ledgers("audit-look-ahead"),
        sample -> {
          List<LedgerEntry> entries = sample.entries();
          LedgerAudit audit = LedgerAudit.using(sample.rules());
          LedgerAudit.Session plain = audit.start();
          LedgerAudit.Session looking = audit.start();
          for (int i = 0; i < entries.size(); i++) {
            // Any lines at all: the next ones, earlier ones, ones of other ledgers' costs.
            int from = gen.uniformInt(0, entries.size());
            List<LedgerEntry> ahead = new ArrayList<>(entries.subList(from, gen.uniformInt(from, entries.size())));
            if (gen.chance(0.5)) {
              ahead.add(LedgerEntry.charge("X", ActualCost.of(gen.pick(POSITIONS), gen.pick(KINDS),
                  Fixtures.SEPTEMBER.minusMonths(1), Money.ofFen(7)), gen.pick(FUNDS), Money.ofFen(7)));
            }
            int costs = looking.costs();
            looking.lookAhead(ahead);
            assertThat(looking.costs()).as("costs after looking ahead").isEqualTo(costs);
            assertThat(looking.audit(entries.get(i))).isEqualTo(plain.audit(entries.get(i)));
          }
          for (LedgerEntry entry : entries) {
            assertThat(looking.charged(entry.cost())).isEqualTo(plain.charged(entry.cost()));
          }
        });
  }

  @Test
  void aReversalFollowedByTheSameChargeGivesBackTheEarlierState() {
    Gen gen = Gen.seeded("audit-reversal-pair");
    int[] allowedPairs = {0};
    forAll(
        ledgers("audit-reversal").filter(s -> s.entries().stream().anyMatch(e -> !e.isReversal())),
        sample -> {
          List<LedgerEntry> entries = sample.entries();
          List<Integer> charges = new ArrayList<>();
          for (int i = 0; i < entries.size(); i++) {
            if (!entries.get(i).isReversal() && !entries.get(i).amount().isZero()) {
              charges.add(i);
            }
          }
          if (charges.isEmpty()) {
            return;
          }
          int picked = gen.pick(charges);
          int cut = gen.uniformInt(picked + 1, entries.size());
          LedgerEntry charged = entries.get(picked);
          LedgerAudit audit = LedgerAudit.using(sample.rules());

          LedgerAudit.Session plain = audit.start();
          plain.auditAll(entries.subList(0, cut));
          LedgerAudit.Session paired = audit.start();
          paired.auditAll(entries.subList(0, cut));
          AuditAnswer reversal =
              paired.audit(
                  LedgerEntry.reversal("R", charged.cost(), charged.fund(), charged.amount()));
          if (!reversal.counts()) {
            return; // the fund's charges were taken back already, or the actual amount conflicts
          }
          allowedPairs[0]++;
          paired.audit(LedgerEntry.charge("C", charged.cost(), charged.fund(), charged.amount()));

          for (LedgerEntry next : entries.subList(cut, entries.size())) {
            AuditAnswer expected = plain.audit(next);
            AuditAnswer actual = paired.audit(next);
            assertThat(actual.verdict()).as("%s", next).isEqualTo(expected.verdict());
            assertThat(actual.grounds()).isEqualTo(expected.grounds());
            assertThat(actual.decision()).isEqualTo(expected.decision());
            assertThat(actual.chargedBefore()).isEqualTo(expected.chargedBefore());
            assertThat(actual.charged()).isEqualTo(expected.charged());
            assertThat(actual.counts()).isEqualTo(expected.counts());
          }
          for (LedgerEntry entry : entries) {
            assertThat(paired.charged(entry.cost())).isEqualTo(plain.charged(entry.cost()));
          }
        });
    assertThat(allowedPairs[0]).as("pairs whose reversal counted").isGreaterThan(Property.TRIES / 4);
  }

  @Test
  void noCostsAllowedChargesEverAddUpAboveItsActualAmount() {
    forAll(
        ledgers("audit-allowed-sum"),
        sample -> {
          Map<String, Long> allowed = new HashMap<>();
          Map<String, Long> actual = new HashMap<>();
          LedgerAudit.Session session = LedgerAudit.using(sample.rules()).start();
          for (LedgerEntry entry : sample.entries()) {
            AuditAnswer answer = session.audit(entry);
            String cost = costOf(entry);
            actual.putIfAbsent(cost, entry.cost().amount().toFen());
            assertThat(answer.actual().toFen()).isEqualTo(actual.get(cost));
            if (answer.verdict() == Verdict.ALLOWED) {
              long fen = entry.amount().toFen();
              allowed.merge(cost, entry.isReversal() ? -fen : fen, Long::sum);
            }
            assertThat(allowed.getOrDefault(cost, 0L)).as("%s", entry).isLessThanOrEqualTo(actual.get(cost));
            assertThat(answer.excess().toFen())
                .isEqualTo(Math.max(0, answer.charged().toFen() - actual.get(cost)));
            assertThat(answer.isRefusedFor(RefusalGround.ABOVE_ACTUAL_COST))
                .isEqualTo(
                    !entry.isReversal()
                        && answer.decision().orElseThrow().isInForce()
                        && answer.charged().toFen() > actual.get(cost));
          }
        });
  }

  @Test
  void theLinesOfEachCostGetTheAnswersTheyGetAloneSoCostsThatDifferOnlyInPositionMonthOrKindNeverAffectEachOther() {
    forAll(
        ledgers("audit-independent"),
        sample -> {
          LedgerAudit audit = LedgerAudit.using(sample.rules());
          List<AuditAnswer> whole = audit.auditAll(sample.entries());
          Map<String, List<Integer>> byCost = new LinkedHashMap<>();
          for (int i = 0; i < sample.entries().size(); i++) {
            byCost.computeIfAbsent(costOf(sample.entries().get(i)), c -> new ArrayList<>()).add(i);
          }
          for (List<Integer> lines : byCost.values()) {
            List<LedgerEntry> alone = lines.stream().map(sample.entries()::get).toList();
            List<AuditAnswer> answers = audit.auditAll(alone);
            for (int k = 0; k < lines.size(); k++) {
              assertThat(whole.get(lines.get(k))).isEqualTo(answers.get(k));
            }
          }
        });
  }

  @Test
  void permutingLinesOfDifferentCostsChangesNoAnswer() {
    Gen gen = Gen.seeded("audit-permutation-shuffle");
    forAll(
        ledgers("audit-permutation"),
        sample -> {
          LedgerAudit audit = LedgerAudit.using(sample.rules());
          List<LedgerEntry> entries = sample.entries();
          List<AuditAnswer> whole = audit.auditAll(entries);
          // Swap neighbouring lines of different costs at random: any order that keeps each cost's
          // lines in their order is reached this way.
          List<Integer> order = new ArrayList<>(IntStream.range(0, entries.size()).boxed().toList());
          for (int step = 0; step < 3 * entries.size(); step++) {
            int i = gen.uniformInt(0, Math.max(0, entries.size() - 2));
            if (i + 1 < order.size()
                && !costOf(entries.get(order.get(i))).equals(costOf(entries.get(order.get(i + 1))))) {
              order.set(i, order.set(i + 1, order.get(i)));
            }
          }
          List<AuditAnswer> permuted = audit.auditAll(order.stream().map(entries::get).toList());
          for (int k = 0; k < order.size(); k++) {
            assertThat(permuted.get(k)).isEqualTo(whole.get(order.get(k)));
          }
        });
  }
}
