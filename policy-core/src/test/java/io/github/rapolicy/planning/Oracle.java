package io.github.rapolicy.planning;

import io.github.rapolicy.rules.Policy;
import io.github.rapolicy.rules.Verdict;
import java.util.List;

/**
 * Independent answers for small instances, from the rules asked pair by pair: the most that can be
 * funded, by the max-flow min-cut theorem over every subset of costs, what each fund pays in the
 * plan that prefers the caller's order, and an exhaustive search over every plan.
 */
final class Oracle {

  final boolean[][] allowed;
  final long[] demand;
  final long[] supply;

  Oracle(Policy.OnDate rules, List<ActualCost> costs, List<Fund> funds) {
    allowed = new boolean[costs.size()][funds.size()];
    demand = new long[costs.size()];
    supply = new long[funds.size()];
    for (int i = 0; i < costs.size(); i++) {
      demand[i] = costs.get(i).amount().toFen();
      for (int f = 0; f < funds.size(); f++) {
        allowed[i][f] =
            rules.mayCharge(costs.get(i).expense()).to(funds.get(f).source()).verdict()
                == Verdict.ALLOWED;
      }
    }
    for (int f = 0; f < funds.size(); f++) {
      supply[f] = funds.get(f).available().toFen();
    }
  }

  /**
   * The most that can be funded from the first {@code prefix} funds: the minimum over sets C of
   * costs of the demand outside C plus the supply of the funds that may pay a cost in C.
   */
  long maxFunded(int prefix) {
    int n = demand.length;
    long best = Long.MAX_VALUE;
    for (int set = 0; set < (1 << n); set++) {
      long cut = 0;
      for (int i = 0; i < n; i++) {
        if ((set & (1 << i)) == 0) {
          cut += demand[i];
        }
      }
      for (int f = 0; f < prefix; f++) {
        for (int i = 0; i < n; i++) {
          if ((set & (1 << i)) != 0 && allowed[i][f]) {
            cut += supply[f];
            break;
          }
        }
      }
      best = Math.min(best, cut);
    }
    return best;
  }

  long maxFunded() {
    return maxFunded(supply.length);
  }

  /**
   * What each fund pays in the plan that funds the most and prefers the caller's order: fund f
   * pays what the first f + 1 funds can fund beyond what the first f can.
   */
  long[] preferredUse() {
    long[] use = new long[supply.length];
    long before = 0;
    for (int f = 0; f < supply.length; f++) {
      long upTo = maxFunded(f + 1);
      use[f] = upTo - before;
      before = upTo;
    }
    return use;
  }

  /** The best plan of all: the most funded and, among those, the least sum of rank × amount. */
  long[] exhaustive() {
    long[] best = {-1, Long.MAX_VALUE};
    search(0, 0, new long[supply.length], new long[demand.length], 0, best);
    return best;
  }

  private void search(int i, int f, long[] used, long[] paid, long funded, long[] best) {
    if (i == demand.length) {
      long rankCost = 0;
      for (int k = 0; k < used.length; k++) {
        rankCost += k * used[k];
      }
      if (funded > best[0] || (funded == best[0] && rankCost < best[1])) {
        best[0] = funded;
        best[1] = rankCost;
      }
      return;
    }
    if (f == supply.length) {
      search(i + 1, 0, used, paid, funded, best);
      return;
    }
    long most = allowed[i][f] ? Math.min(demand[i] - paid[i], supply[f] - used[f]) : 0;
    for (long x = 0; x <= most; x++) {
      used[f] += x;
      paid[i] += x;
      search(i, f + 1, used, paid, funded + x, best);
      used[f] -= x;
      paid[i] -= x;
    }
  }
}
