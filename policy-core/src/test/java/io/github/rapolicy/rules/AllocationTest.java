package io.github.rapolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Asking decision 4 in one step, {@code policy.on(date).mayCharge(expense, fund)}, allocates
 * nothing once a policy has seen the question's facts and date: the answer is shared, the step for
 * the date is kept, and nothing else is created on the way.
 *
 * <p>The bytes are the JVM's own count of what the current thread allocates. The build runs this
 * test in a JVM of its own with escape analysis off ({@code -XX:-DoEscapeAnalysis}, see {@code
 * policy-core/pom.xml}), so that interpreted and compiled code alike create every object the code
 * asks for: the count does not depend on what the JIT compiler removes. Elsewhere (an IDE, PIT) the
 * tests are skipped. A single object per decision would show as at least 16 bytes each.
 */
class AllocationTest {

  private static final int ROUNDS = 3;

  @BeforeAll
  static void escapeAnalysisIsOff() {
    HotSpotDiagnosticMXBean hotSpot =
        ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
    assumeTrue(
        hotSpot != null && hotSpot.getVMOption("DoEscapeAnalysis").getValue().equals("false"),
        "run with -XX:-DoEscapeAnalysis, as the build does, so that no object is removed unseen");
    ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    assertThat(threads.isThreadAllocatedMemorySupported()).isTrue();
    threads.setThreadAllocatedMemoryEnabled(true);
  }

  private static int ask(Policy policy, List<ConcurrencyTest.Question> questions, int[] verdicts) {
    int asked = 0;
    for (int i = 0; i < questions.size(); i++) {
      ConcurrencyTest.Question question = questions.get(i);
      Answer answer = policy.on(question.date()).mayCharge(question.expense(), question.fund());
      verdicts[answer.verdict().ordinal()]++;
      asked++;
    }
    return asked;
  }

  @Test
  @DisplayName("decision 4 in one step allocates nothing per decision, with or without overlays, dated or not")
  void oneStepDecisionsAllocateNothing() {
    ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();

    // Dates within four years of each other: every date keeps its own step.
    List<ConcurrencyTest.Question> questions = ConcurrencyTest.batch(4 * 365);
    Policy[] policies = {
      Policy.ofNotice(),
      Policy.ofNotice().withOverlay(ConcurrencyTest.REFORM).withOverlay(ConcurrencyTest.UNIVERSITY),
      // Dated overlays: a rule and its revision, changing on a date inside the batch's years.
      Policy.ofNotice()
          .withOverlay(DatedOverlayTest.rules2024())
          .withOverlay(DatedOverlayTest.revision2025())
          .withOverlay(ConcurrencyTest.UNIVERSITY)
    };
    int[] verdicts = new int[Verdict.values().length];
    for (Policy policy : policies) {
      ask(policy, questions, verdicts); // the first time: answers worked out, steps kept
    }
    long decisions = 0;
    threads.getCurrentThreadAllocatedBytes();

    long before = threads.getCurrentThreadAllocatedBytes();
    for (int round = 0; round < ROUNDS; round++) {
      for (Policy policy : policies) {
        decisions += ask(policy, questions, verdicts);
      }
    }
    long allocated = threads.getCurrentThreadAllocatedBytes() - before;

    assertThat(decisions).isEqualTo((long) ROUNDS * policies.length * questions.size());
    assertThat(allocated)
        .as("bytes allocated by %s decisions", decisions)
        .isLessThan(decisions);
    assertThat(verdicts).as("the batch is mixed").doesNotContain(0);
    assertThat(questions.stream().map(ConcurrencyTest.Question::date))
        .as("the batch spans the revision's first day")
        .anyMatch(date -> date.isBefore(DatedOverlayTest.REVISED))
        .anyMatch(date -> !date.isBefore(DatedOverlayTest.REVISED));
  }

  @Test
  @DisplayName("the two-step form creates its step object and no more: the count sees every object")
  void twoStepDecisionsAllocateAtMostTheirStep() {
    ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    List<ConcurrencyTest.Question> questions = ConcurrencyTest.batch(4 * 365);
    Policy policy = Policy.ofNotice();
    int[] verdicts = new int[Verdict.values().length];
    ask(policy, questions, verdicts);

    long before = threads.getCurrentThreadAllocatedBytes();
    for (int i = 0; i < questions.size(); i++) {
      ConcurrencyTest.Question question = questions.get(i);
      Answer answer = policy.on(question.date()).mayCharge(question.expense()).to(question.fund());
      verdicts[answer.verdict().ordinal()]++;
    }
    long allocated = threads.getCurrentThreadAllocatedBytes() - before;

    // One ChargeQuestion: an object header and three references, 24 bytes with compressed
    // references and 40 without.
    assertThat(allocated).isPositive().isLessThanOrEqualTo(40L * questions.size() + 1024);
  }
}
