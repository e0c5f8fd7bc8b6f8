package io.github.rapolicy.planning;

import io.github.rapolicy.rules.Policy;
import io.github.rapolicy.rules.Verdict;
import java.util.List;

/**
 * The simple baseline: each cost in the order given takes what it can from each fund the rules
 * allow, in the caller's order. Returns what it funds, in fen.
 */
final class Greedy {

  private Greedy() {}

  static long funded(Policy.OnDate rules, List<ActualCost> costs, List<Fund> funds) {
    long[] left = new long[funds.size()];
    for (int f = 0; f < funds.size(); f++) {
      left[f] = funds.get(f).available().toFen();
    }
    long funded = 0;
    for (ActualCost cost : costs) {
      long need = cost.amount().toFen();
      for (int f = 0; f < funds.size() && need > 0; f++) {
        if (left[f] > 0
            && rules.mayCharge(cost.expense()).to(funds.get(f).source()).verdict()
                == Verdict.ALLOWED) {
          long take = Math.min(need, left[f]);
          left[f] -= take;
          need -= take;
          funded += take;
        }
      }
    }
    return funded;
  }
}
