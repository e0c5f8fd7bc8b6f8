package io.github.rapolicy.rules;

import io.github.rapolicy.funding.BalanceCondition;
import io.github.rapolicy.funding.CostKind;
import io.github.rapolicy.funding.FundKind;
import io.github.rapolicy.funding.FundingSource;
import io.github.rapolicy.position.BasisKind;
import io.github.rapolicy.position.Position;
import io.github.rapolicy.position.PositionCategory;

/**
 * The facts of a charge that the rules read, and nothing else: decision 4 is a function of these
 * finite facts, so each {@link Policy} computes the answer for a combination once and shares it.
 *
 * <p>Facts a fund's kind makes irrelevant are normalised away (a project's relation to the
 * position matters only for a project's budget lines, the conditions of 3.3.4 only for retained
 * balances), so that equal answers share one index.
 */
final class ChargeFacts {

  /** How the position stands to the project whose labour-fee line is charged (3.3.3). */
  enum Relation {
    BASED_ON_CHARGED_PROJECT,
    BASED_ON_OTHER_PLAN_PROJECT,
    BASED_ON_NO_PLAN_PROJECT
  }

  private static final FundKind[] FUNDS = FundKind.values();
  private static final Relation[] RELATIONS = Relation.values();
  private static final PositionCategory[] CATEGORIES = PositionCategory.values();
  private static final CostKind[] COSTS = CostKind.values();

  /** The number of distinct combinations of facts. */
  static final int COUNT =
      FUNDS.length * RELATIONS.length * 2 * 2 * 2 * 2 * CATEGORIES.length * COSTS.length;

  final FundKind fund;
  final Relation relation;
  final boolean retainedUnderRules;
  final boolean arrangedForResearch;
  final boolean serviceAgreementSigned;
  final boolean exceedsActualCost;
  final PositionCategory category;
  final CostKind cost;

  private ChargeFacts(int index) {
    int rest = index;
    cost = COSTS[rest % COSTS.length];
    rest /= COSTS.length;
    category = CATEGORIES[rest % CATEGORIES.length];
    rest /= CATEGORIES.length;
    exceedsActualCost = rest % 2 == 1;
    rest /= 2;
    serviceAgreementSigned = rest % 2 == 1;
    rest /= 2;
    arrangedForResearch = rest % 2 == 1;
    rest /= 2;
    retainedUnderRules = rest % 2 == 1;
    rest /= 2;
    relation = RELATIONS[rest % RELATIONS.length];
    rest /= RELATIONS.length;
    fund = FUNDS[rest];
  }

  /** Returns the facts of the combination {@code index}, as {@link #indexOf} numbers them. */
  static ChargeFacts fromIndex(int index) {
    return new ChargeFacts(index);
  }

  /** Returns the index of these facts: {@code fromIndex(i).index() == i}. */
  int index() {
    return index(
        fund,
        relation,
        retainedUnderRules,
        arrangedForResearch,
        serviceAgreementSigned,
        exceedsActualCost,
        category,
        cost);
  }

  /**
   * Numbers the facts of charging {@code expense} to {@code fund}, from 0 up to but not including
   * {@link #COUNT}.
   */
  static int indexOf(Expense expense, FundingSource fund) {
    Position position = expense.position();
    FundKind kind = fund.kind();
    Relation relation = Relation.BASED_ON_CHARGED_PROJECT;
    boolean retained = false;
    boolean arranged = false;
    if (kind.isProjectBudgetLine()) {
      if (position.basis().isPlanProject(fund.projectId().orElseThrow())) {
        relation = Relation.BASED_ON_CHARGED_PROJECT;
      } else if (position.basis().kind() == BasisKind.PLAN_PROJECT) {
        relation = Relation.BASED_ON_OTHER_PLAN_PROJECT;
      } else {
        relation = Relation.BASED_ON_NO_PLAN_PROJECT;
      }
    } else if (kind == FundKind.RETAINED_BALANCE) {
      retained = fund.meets(BalanceCondition.RETAINED_UNDER_RULES);
      arranged = fund.meets(BalanceCondition.ARRANGED_FOR_RESEARCH_WITH_POSITIONS);
    }
    return index(
        kind,
        relation,
        retained,
        arranged,
        position.serviceAgreementSigned(),
        expense.exceedsActualCost(),
        position.category(),
        expense.cost());
  }

  @SuppressWarnings("EnumOrdinal") // a mixed-radix number over the enums' values(), decoded above
  private static int index(
      FundKind fund,
      Relation relation,
      boolean retained,
      boolean arranged,
      boolean agreement,
      boolean exceeds,
      PositionCategory category,
      CostKind cost) {
    int index = fund.ordinal();
    index = index * RELATIONS.length + relation.ordinal();
    index = index * 2 + (retained ? 1 : 0);
    index = index * 2 + (arranged ? 1 : 0);
    index = index * 2 + (agreement ? 1 : 0);
    index = index * 2 + (exceeds ? 1 : 0);
    index = index * CATEGORIES.length + category.ordinal();
    return index * COSTS.length + cost.ordinal();
  }
}
