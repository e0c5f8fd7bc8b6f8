package io.github.rapolicy.planning;

import io.github.rapolicy.funding.BalanceCondition;
import io.github.rapolicy.funding.CostKind;
import io.github.rapolicy.funding.FundingSource;
import io.github.rapolicy.funding.Money;
import io.github.rapolicy.position.InnovationPlatform;
import io.github.rapolicy.position.PlanProgramme;
import io.github.rapolicy.position.PlanProject;
import io.github.rapolicy.position.PlatformKind;
import io.github.rapolicy.position.Position;
import io.github.rapolicy.position.PositionBasis;
import io.github.rapolicy.position.PositionCategory;
import io.github.rapolicy.position.PositionOrigin;
import io.github.rapolicy.rules.Policy;
import io.github.rapolicy.testing.Gen;
import io.github.rapolicy.testing.Property;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** Random planning problems: positions on a few projects, their costs, and funds of every kind. */
final class Instances {

  /** A planning problem: the rules, the costs and the funds in order of preference. */
  record Instance(Policy.OnDate rules, List<ActualCost> costs, List<Fund> funds) {
    @Override
    public String toString() {
      return "Instance[" + rules.date() + ", costs " + costs + ", funds " + funds + "]";
    }
  }

  private static final List<String> PROJECTS = List.of("P1", "P2", "P3");
  private static final List<CostKind> COST_KINDS = List.of(CostKind.values());
  private static final List<PositionOrigin> ORIGINS = List.of(PositionOrigin.values());

  private Instances() {}

  /**
   * Returns {@link Property#TRIES} (or {@code tries}) random instances with up to {@code maxCosts}
   * costs and {@code maxFunds} funds, amounts up to {@code maxFen} fen.
   */
  static Stream<Instance> random(String salt, int tries, int maxCosts, int maxFunds, long maxFen) {
    Gen gen = Gen.seeded(salt);
    return IntStream.range(0, tries)
        .mapToObj(i -> instance(gen, maxCosts, maxFunds, maxFen));
  }

  static Stream<Instance> random(String salt, int maxCosts, int maxFunds, long maxFen) {
    return random(salt, Property.TRIES, maxCosts, maxFunds, maxFen);
  }

  static Instance instance(Gen gen, int maxCosts, int maxFunds, long maxFen) {
    int roll = gen.uniformInt(0, 9);
    Policy.OnDate rules =
        roll < 5 ? Fixtures.NOTICE : roll < 9 ? Fixtures.REFORM : Policy.ofNotice().on(Fixtures.BEFORE_NOTICE);
    int costCount = gen.uniformInt(0, maxCosts);
    List<ActualCost> costs = new ArrayList<>();
    List<Position> positions = new ArrayList<>();
    while (costs.size() < costCount) {
      CostKind kind = pick(gen, COST_KINDS);
      Money amount = Money.ofFen(gen.longBetween(0, maxFen));
      // A position already costed for this kind gets a new one: each cost is given once.
      Position position =
          positions.isEmpty() || gen.uniformInt(0, 2) == 0
              ? null
              : positions.get(gen.uniformInt(0, positions.size() - 1));
      if (position == null || hasCost(costs, position, kind)) {
        position = position(gen, "RA-" + positions.size());
        positions.add(position);
      }
      costs.add(ActualCost.of(position, kind, Fixtures.SEPTEMBER, amount));
    }
    int fundCount = gen.uniformInt(0, maxFunds);
    List<Fund> funds = new ArrayList<>();
    for (int f = 0; f < fundCount; f++) {
      funds.add(Fund.of("F" + f, source(gen), Money.ofFen(gen.longBetween(0, maxFen))));
    }
    return new Instance(rules, costs, funds);
  }

  private static boolean hasCost(List<ActualCost> costs, Position position, CostKind kind) {
    return costs.stream().anyMatch(c -> c.position().equals(position) && c.kind() == kind);
  }

  static Position position(Gen gen, String id) {
    int basis = gen.uniformInt(0, 9);
    PositionBasis positionBasis =
        basis < 6
            ? PositionBasis.planProject(
                PlanProject.of(pick(gen, PROJECTS), PlanProgramme.NATIONAL_KEY_RD_PROGRAMME))
            : basis < 7
                ? PositionBasis.platform(
                    InnovationPlatform.of(PlatformKind.NATIONAL_KEY_LABORATORY, "某全国重点实验室"))
                : basis < 8 ? PositionBasis.selfOrganisedProject("P1") : PositionBasis.none();
    return Position.builder()
        .id(id)
        .category(
            gen.uniformInt(0, 7) == 0
                ? PositionCategory.NOT_NAMED_BY_NOTICE
                : PositionCategory.AUXILIARY_RESEARCH)
        .basis(positionBasis)
        .origin(pick(gen, ORIGINS))
        .serviceAgreementSigned(gen.uniformInt(0, 7) != 0)
        .build();
  }

  static FundingSource source(Gen gen) {
    return switch (gen.uniformInt(0, 9)) {
      case 0, 1, 2 ->
          FundingSource.labourFee(gen.uniformInt(0, 4) == 0 ? "P9" : pick(gen, PROJECTS));
      case 3 -> FundingSource.budgetLine(pick(gen, PROJECTS), "设备费");
      case 4, 5 -> Fixtures.BOTH_CONDITIONS;
      case 6 ->
          gen.uniformInt(0, 1) == 0
              ? FundingSource.retainedBalance(BalanceCondition.RETAINED_UNDER_RULES)
              : FundingSource.retainedBalance();
      default -> FundingSource.matchingFund();
    };
  }

  private static <T> T pick(Gen gen, List<T> items) {
    return items.get(gen.uniformInt(0, items.size() - 1));
  }
}
