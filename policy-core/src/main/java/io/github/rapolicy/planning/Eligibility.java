package io.github.rapolicy.planning;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.rapolicy.funding.CostKind;
import io.github.rapolicy.funding.FundKind;
import io.github.rapolicy.funding.FundingSource;
import io.github.rapolicy.position.PlanProject;
import io.github.rapolicy.position.Position;
import io.github.rapolicy.position.PositionBasis;
import io.github.rapolicy.position.PositionCategory;
import io.github.rapolicy.position.PositionOrigin;
import io.github.rapolicy.rules.Answer;
import io.github.rapolicy.rules.Expense;
import io.github.rapolicy.rules.Policy;
import io.github.rapolicy.rules.Verdict;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which funds may pay which costs, by decision 4 of the policy, asked as few times as the structure
 * of the question allows.
 *
 * <p>Costs fall into <em>classes</em>: costs whose positions differ only in their identifier, and
 * whose kind is the same, get the same answer from every fund (the rules read a position's
 * category, basis, origin and service agreement, never its identifier), so the policy is asked once
 * per class. Funds fall into <em>groups</em> of equal {@link FundingSource}s, which get the same
 * answer for every cost.
 *
 * <p>A project's budget lines are asked about individually only for costs of positions based on
 * that project. For any other position, one budget line of the same kind (and line name) of
 * another project is asked, and its answer stands for all of them: the rules read a budget line's
 * project only to compare it with the position's own (3.3.3). The property tests check this
 * against asking every pair.
 *
 * <p>Not thread-safe; built and read by one planning call.
 */
final class Eligibility {

  /** What the rules read of a cost: its position, but for the identifier, and its kind. */
  private record ClassKey(
      PositionCategory category,
      PositionBasis basis,
      PositionOrigin origin,
      boolean serviceAgreementSigned,
      CostKind kind) {

    static ClassKey of(ActualCost cost) {
      Position position = cost.position();
      return new ClassKey(
          position.category(),
          position.basis(),
          position.origin(),
          position.serviceAgreementSigned(),
          cost.kind());
    }
  }

  /** A kind of project budget line: the kind of fund and, for other budget lines, the line's name. */
  private record Shape(FundKind kind, Optional<String> budgetLine) {}

  private static final int[] NONE = new int[0];

  /** Per cost: its class. */
  final int[] classOf;

  /** Per class: the first cost of the class, whose answers stand for the class. */
  final int[] representative;

  /** Per fund: its group. */
  final int[] groupOf;

  /** Per group: its funding source. */
  final ImmutableList<FundingSource> groupSource;

  /** Per group: the funds of the group, in the order given. */
  final int[][] groupFunds;

  /** Per class: the groups allowed to pay it, ascending. */
  final int[][] eligible;

  /** Per class: the groups the notice does not decide for it, ascending. */
  final int[][] undecided;

  /** Per class: the distinct answers of the groups not allowed to pay it or undecided. */
  final ImmutableList<ImmutableSet<Answer>> refusals;

  /** Per group: the classes it is allowed to pay, ascending. */
  final int[][] groupClasses;

  private Eligibility(
      int[] classOf,
      int[] representative,
      int[] groupOf,
      ImmutableList<FundingSource> groupSource,
      int[][] groupFunds,
      int[][] eligible,
      int[][] undecided,
      ImmutableList<ImmutableSet<Answer>> refusals,
      int[][] groupClasses) {
    this.classOf = classOf;
    this.representative = representative;
    this.groupOf = groupOf;
    this.groupSource = groupSource;
    this.groupFunds = groupFunds;
    this.eligible = eligible;
    this.undecided = undecided;
    this.refusals = refusals;
    this.groupClasses = groupClasses;
  }

  int classCount() {
    return representative.length;
  }

  /** Asks {@code rules} which of {@code sources} (one per fund, in order) may pay each of {@code costs}. */
  static Eligibility of(Policy.OnDate rules, List<ActualCost> costs, List<FundingSource> sources) {
    // Groups of equal sources, in order of first appearance.
    Map<FundingSource, Integer> groups = new LinkedHashMap<>();
    int[] groupOf = new int[sources.size()];
    List<List<Integer>> funds = new ArrayList<>();
    for (int f = 0; f < sources.size(); f++) {
      FundingSource source = sources.get(f);
      Integer group = groups.get(source);
      if (group == null) {
        group = groups.size();
        groups.put(source, group);
        funds.add(new ArrayList<>());
      }
      groupOf[f] = group;
      funds.get(group).add(f);
    }
    ImmutableList<FundingSource> groupSource = ImmutableList.copyOf(groups.keySet());
    int[][] groupFunds = new int[groupSource.size()][];
    for (int g = 0; g < groupFunds.length; g++) {
      groupFunds[g] = funds.get(g).stream().mapToInt(Integer::intValue).toArray();
    }

    // Project budget lines by project and by shape; other sources are asked for every class.
    List<Integer> unattached = new ArrayList<>();
    Map<String, List<Integer>> byProject = new HashMap<>();
    Map<Shape, List<Integer>> byShape = new LinkedHashMap<>();
    for (int g = 0; g < groupSource.size(); g++) {
      FundingSource source = groupSource.get(g);
      Optional<String> project = source.projectId();
      if (project.isPresent()) {
        byProject.computeIfAbsent(project.get(), p -> new ArrayList<>()).add(g);
        byShape
            .computeIfAbsent(new Shape(source.kind(), source.budgetLine()), s -> new ArrayList<>())
            .add(g);
      } else {
        unattached.add(g);
      }
    }

    // Classes of costs, in order of first appearance.
    Map<ClassKey, Integer> classes = new HashMap<>();
    int[] classOf = new int[costs.size()];
    List<Integer> representatives = new ArrayList<>();
    for (int i = 0; i < costs.size(); i++) {
      ClassKey key = ClassKey.of(costs.get(i));
      Integer c = classes.get(key);
      if (c == null) {
        c = representatives.size();
        classes.put(key, c);
        representatives.add(i);
      }
      classOf[i] = c;
    }
    int classCount = representatives.size();
    int[] representative = representatives.stream().mapToInt(Integer::intValue).toArray();

    int[][] eligible = new int[classCount][];
    int[][] undecided = new int[classCount][];
    ImmutableList.Builder<ImmutableSet<Answer>> refusals =
        ImmutableList.builderWithExpectedSize(classCount);
    int[] groupDegree = new int[groupSource.size()];
    for (int c = 0; c < classCount; c++) {
      ActualCost cost = costs.get(representative[c]);
      Expense expense = cost.expense();
      String own = cost.position().basis().planProject().map(PlanProject::id).orElse(null);
      Verdicts verdicts = new Verdicts();
      for (int g : unattached) {
        verdicts.add(g, ask(rules, expense, groupSource.get(g)));
      }
      if (own != null) {
        for (int g : byProject.getOrDefault(own, List.of())) {
          verdicts.add(g, ask(rules, expense, groupSource.get(g)));
        }
      }
      for (List<Integer> shape : byShape.values()) {
        Integer other = null;
        for (int g : shape) {
          if (!groupSource.get(g).projectId().orElseThrow().equals(own)) {
            other = g;
            break;
          }
        }
        if (other == null) {
          continue;
        }
        Answer answer = ask(rules, expense, groupSource.get(other));
        if (answer.verdict() == Verdict.NOT_ALLOWED) {
          verdicts.refusals.add(answer);
        } else {
          for (int g : shape) {
            if (!groupSource.get(g).projectId().orElseThrow().equals(own)) {
              verdicts.add(g, answer);
            }
          }
        }
      }
      eligible[c] = verdicts.sortedEligible();
      undecided[c] = verdicts.sortedUndecided();
      refusals.add(ImmutableSet.copyOf(verdicts.refusals));
      for (int g : eligible[c]) {
        groupDegree[g]++;
      }
    }

    // Invert: per group, the classes it may pay, ascending because classes are visited in order.
    int[][] groupClasses = new int[groupSource.size()][];
    for (int g = 0; g < groupClasses.length; g++) {
      groupClasses[g] = groupDegree[g] == 0 ? NONE : new int[groupDegree[g]];
    }
    int[] fill = new int[groupSource.size()];
    for (int c = 0; c < classCount; c++) {
      for (int g : eligible[c]) {
        groupClasses[g][fill[g]++] = c;
      }
    }
    return new Eligibility(
        classOf,
        representative,
        groupOf,
        groupSource,
        groupFunds,
        eligible,
        undecided,
        refusals.build(),
        groupClasses);
  }

  private static Answer ask(Policy.OnDate rules, Expense expense, FundingSource source) {
    return rules.mayCharge(expense).to(source);
  }

  /** The answers for one class, collected. */
  private static final class Verdicts {
    private final List<Integer> eligible = new ArrayList<>();
    private final List<Integer> undecided = new ArrayList<>();
    private final Set<Answer> refusals = new LinkedHashSet<>();

    void add(int group, Answer answer) {
      switch (answer.verdict()) {
        case ALLOWED -> eligible.add(group);
        case UNDECIDED -> {
          undecided.add(group);
          refusals.add(answer);
        }
        case NOT_ALLOWED -> refusals.add(answer);
      }
    }

    int[] sortedEligible() {
      return sorted(eligible);
    }

    int[] sortedUndecided() {
      return sorted(undecided);
    }

    private static int[] sorted(List<Integer> groups) {
      if (groups.isEmpty()) {
        return NONE;
      }
      int[] sorted = groups.stream().mapToInt(Integer::intValue).toArray();
      Arrays.sort(sorted);
      return sorted;
    }
  }
}
