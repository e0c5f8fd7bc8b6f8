package io.github.rapolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rapolicy.funding.BalanceCondition;
import io.github.rapolicy.funding.CostKind;
import io.github.rapolicy.funding.FundKind;
import io.github.rapolicy.funding.FundingSource;
import io.github.rapolicy.funding.Money;
import io.github.rapolicy.position.PositionBasis;
import io.github.rapolicy.position.PositionCategory;
import io.github.rapolicy.position.PositionOrigin;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * One policy, with overlays, shared by 16 threads answering a large mixed batch gives exactly the
 * answers one thread gives: answers are immutable, and the answers a policy shares are computed
 * from the question alone, whichever thread computes them first.
 */
class ConcurrencyTest {

  private static final int THREADS = 16;
  private static final int QUESTIONS = 20_000;

  static final Overlay REFORM =
      Overlay.of(
          "中央财政科研经费管理改革",
          "国办发〔2021〕32号",
          OverlayRule.settleCharge(
              FundKind.LABOUR_FEE,
              CostKind.HOUSING_FUND,
              Verdict.ALLOWED,
              "项目聘用人员的住房公积金纳入劳务费科目列支",
              "the housing provident fund of project-hired staff is charged to the labour fee"));
  static final Overlay UNIVERSITY =
      Overlay.of(
          "某大学科研经费管理办法",
          "某大学〔2024〕5号",
          OverlayRule.restrictCharges(
              Optional.of(FundKind.RETAINED_BALANCE),
              Optional.empty(),
              Optional.of(PositionCategory.POSTDOCTORAL_RESEARCH),
              "博士后研究岗位不使用结余资金",
              "postdoctoral posts are not paid from retained balances"));

  /** Asks in the two-step form or in one step, alternately: the two share the policy's state. */
  private static Answer ask(Policy policy, Question question, int i) {
    Policy.OnDate on = policy.on(question.date);
    if (!on.date().equals(question.date)) {
      throw new AssertionError("asked on " + question.date + ", answered on " + on.date());
    }
    return i % 2 == 0
        ? on.mayCharge(question.expense).to(question.fund)
        : on.mayCharge(question.expense, question.fund);
  }

  /** An expense charged to a fund on a date. */
  record Question(LocalDate date, Expense expense, FundingSource fund) {}

  /**
   * A mixed batch from a fixed seed, dated from ten days before issue to {@code days} days after:
   * over five years or so, dates share the slots of the policy's kept steps.
   */
  static List<Question> batch(int days) {
    SplittableRandom random = new SplittableRandom(20240625L);
    PositionBasis[] bases = {Fixtures.ON_P, Fixtures.ON_Q, Fixtures.ON_LAB, Fixtures.NO_BASIS};
    FundingSource[] funds = {
      FundingSource.labourFee(Fixtures.P_ID),
      FundingSource.labourFee(Fixtures.Q_ID),
      FundingSource.budgetLine(Fixtures.P_ID, "设备费"),
      FundingSource.retainedBalance(),
      FundingSource.retainedBalance(BalanceCondition.RETAINED_UNDER_RULES),
      FundingSource.retainedBalance(
          BalanceCondition.RETAINED_UNDER_RULES,
          BalanceCondition.ARRANGED_FOR_RESEARCH_WITH_POSITIONS),
      FundingSource.matchingFund()
    };
    PositionCategory[] categories = PositionCategory.values();
    CostKind[] costs = CostKind.values();
    List<Question> questions = new ArrayList<>(QUESTIONS);
    for (int i = 0; i < QUESTIONS; i++) {
      Money actual = Money.ofFen(random.nextLong(0, 1_000_000));
      Money amount = random.nextInt(4) == 0 ? actual.plus(Money.ofFen(1)) : actual;
      Expense expense =
          Expense.of(
              Fixtures.position(
                  categories[random.nextInt(categories.length)],
                  bases[random.nextInt(bases.length)],
                  PositionOrigin.NEW,
                  random.nextInt(5) != 0),
              costs[random.nextInt(costs.length)],
              amount,
              actual);
      LocalDate date = Fixtures.ISSUED.plusDays(random.nextInt(-10, days));
      questions.add(new Question(date, expense, funds[random.nextInt(funds.length)]));
    }
    return questions;
  }

  @Test
  @DisplayName("16 threads sharing one policy with two overlays give the answers of one thread")
  void sixteenThreadsAgreeWithOne() throws Exception {
    List<Question> questions = batch(12 * 365);
    Policy single = Policy.ofNotice().withOverlay(REFORM).withOverlay(UNIVERSITY);
    List<Answer> expected = new ArrayList<>(questions.size());
    for (int i = 0; i < questions.size(); i++) {
      expected.add(ask(single, questions.get(i), i));
    }

    // A fresh policy, so that the threads race to compute its shared answers.
    Policy shared = Policy.ofNotice().withOverlay(REFORM).withOverlay(UNIVERSITY);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Answer[]>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int offset = t;
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  Answer[] answers = new Answer[questions.size()];
                  // Each thread walks the whole batch from its own starting point.
                  for (int k = 0; k < questions.size(); k++) {
                    int i = (k + offset * (questions.size() / THREADS)) % questions.size();
                    answers[i] = ask(shared, questions.get(i), i + offset);
                  }
                  return answers;
                }));
      }
      start.countDown();
      for (Future<Answer[]> future : futures) {
        assertThat(future.get(2, TimeUnit.MINUTES)).containsExactlyElementsOf(expected);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(expected)
        .as("the batch is mixed")
        .extracting(Answer::verdict)
        .contains(Verdict.values());
    assertThat(expected).as("and reaches both overlays").anySatisfy(a -> assertThat(a.findings())
        .anyMatch(f -> f.overlay().equals(Optional.of(REFORM))));
    assertThat(expected).anySatisfy(a -> assertThat(a.findings())
        .anyMatch(f -> f.overlay().equals(Optional.of(UNIVERSITY))));
  }
}
