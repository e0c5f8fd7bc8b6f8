package io.github.rapolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Asking decision 4 in one step, {@code policy.on(date).mayCharge(expense, fund)}, allocates
 * nothing once a policy has seen the question's facts and date: the answer is shared, the step for
 * the date is kept, and nothing else is created on the way.
 *
 * <p>The bytes are the JVM's own count of what the current thread allocates. It does not depend on
 * the JIT compiler: while the code is interpreted every object created is counted, where compiled
 * code might have removed it. A single object per decision would show as at least 16 bytes each.
 */
class AllocationTest {

  private static final int ROUNDS = 3;

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
  @DisplayName("decision 4 in one step allocates nothing per decision, with or without overlays")
  void oneStepDecisionsAllocateNothing() {
    ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    assertThat(threads.isThreadAllocatedMemorySupported()).isTrue();
    threads.setThreadAllocatedMemoryEnabled(true);

    // Dates within four years of each other: every date keeps its own step.
    List<ConcurrencyTest.Question> questions = ConcurrencyTest.batch(4 * 365);
    Policy[] policies = {
      Policy.ofNotice(),
      Policy.ofNotice().withOverlay(ConcurrencyTest.REFORM).withOverlay(ConcurrencyTest.UNIVERSITY)
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
  }

  @Test
  @DisplayName("the two-step form allocates at most its step object per decision")
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

    // One ChargeQuestion: an object header and three references, at most 32 bytes on any layout.
    assertThat(allocated).isLessThanOrEqualTo(32L * questions.size() + 1024);
  }
}
