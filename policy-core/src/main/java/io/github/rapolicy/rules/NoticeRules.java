package io.github.rapolicy.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import io.github.rapolicy.funding.CostKind;
import io.github.rapolicy.funding.FundKind;
import io.github.rapolicy.notice.Clause;
import io.github.rapolicy.position.GraduationCohort;
import io.github.rapolicy.position.Position;
import io.github.rapolicy.position.PositionBasis;
import io.github.rapolicy.position.PositionCategory;
import io.github.rapolicy.unit.Affiliation;
import io.github.rapolicy.unit.Designation;
import io.github.rapolicy.unit.HighTechZone;
import io.github.rapolicy.unit.Unit;
import io.github.rapolicy.unit.UnitType;
import io.github.rapolicy.unit.ZoneLevel;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** The notice's own rules, as findings; overlays are applied by {@link Policy}. */
final class NoticeRules {

  /** The designations 2.2.2 names for entities inside national high-tech zones. */
  private static final Set<Designation> NAMED_IN_ZONES =
      EnumSet.of(
          Designation.HIGH_TECH_ENTERPRISE,
          Designation.UNICORN_ENTERPRISE,
          Designation.SPECIALISED_INNOVATIVE_SME,
          Designation.TECHNOLOGY_BASED_SME,
          Designation.TECHNOLOGY_BUSINESS_INCUBATOR);

  private NoticeRules() {}

  /** Decision 1: the channels of section 二 that reach {@code unit}, and the lead role of 3.1.3. */
  static ImmutableList<Finding> scope(Unit unit) {
    ImmutableList.Builder<Finding> findings = ImmutableList.builder();
    boolean central = unit.isCentrallyAffiliated();
    UnitType type = unit.type();
    if (central && type == UnitType.UNIVERSITY && !unit.affiliation().isNamedIn212()) {
      findings.add(Finding.of(Reason.MINISTRY_UNIVERSITY));
    } else if (central
        && (type == UnitType.UNIVERSITY
            || type == UnitType.RESEARCH_INSTITUTE
            || type == UnitType.ENTERPRISE)) {
      findings.add(Finding.of(Reason.CENTRAL_UNIT, type, unit.affiliation()));
    }
    if (unit.isNationalHighTechZone()) {
      findings.add(Finding.of(Reason.NATIONAL_ZONE));
    }
    if (unit.isInNationalHighTechZone()) {
      if (type == UnitType.RESEARCH_INSTITUTE) {
        findings.add(Finding.of(Reason.IN_NATIONAL_ZONE, type));
      }
      for (Designation designation : unit.designations()) {
        if (NAMED_IN_ZONES.contains(designation)) {
          findings.add(Finding.of(Reason.IN_NATIONAL_ZONE, designation));
        }
      }
    }
    if (unit.affiliation() == Affiliation.PROVINCIAL
        && (type == UnitType.UNIVERSITY || type == UnitType.RESEARCH_INSTITUTE)) {
      findings.add(Finding.of(Reason.PROVINCIAL_UNIT, type, unit.affiliation()));
    }
    if (unit.holds(Designation.NEW_TYPE_RD_INSTITUTION)) {
      findings.add(Finding.of(Reason.LOCAL_UNIT, Designation.NEW_TYPE_RD_INSTITUTION));
    }
    if (unit.holds(Designation.HIGH_TECH_ENTERPRISE)
        && !unit.isInNationalHighTechZone()
        && !unit.isNationalHighTechZone()) {
      findings.add(Finding.of(Reason.HIGH_TECH_ENTERPRISE_OUTSIDE_ZONES));
    }
    if (type == UnitType.HIGH_TECH_ZONE
        && unit.zone().map(HighTechZone::level).orElse(ZoneLevel.NATIONAL) == ZoneLevel.PROVINCIAL) {
      findings.add(Finding.of(Reason.LOCAL_UNIT, ZoneLevel.PROVINCIAL));
    }
    ImmutableList<Finding> channels = findings.build();
    if (channels.isEmpty()) {
      return ImmutableList.of(Finding.of(Reason.GENERAL_ENCOURAGEMENT_ONLY));
    }
    if (isLeadUnit(unit)) {
      return ImmutableList.<Finding>builder()
          .addAll(channels)
          .add(Finding.of(Reason.LEAD_UNIT))
          .build();
    }
    return channels;
  }

  /** 3.1.3: ministry-affiliated universities, central institutes, central SOEs, national zones. */
  private static boolean isLeadUnit(Unit unit) {
    UnitType type = unit.type();
    return unit.isNationalHighTechZone()
        || (unit.isCentrallyAffiliated()
            && (type == UnitType.UNIVERSITY
                || type == UnitType.RESEARCH_INSTITUTE
                || type == UnitType.ENTERPRISE));
  }

  /**
   * Decision 2: the category (0.0.1), basis (the unit's channels of section 二, 3.2.2) and origin
   * (the unit's channels, 2.1.3).
   */
  static ImmutableList<Finding> position(Position position, Unit unit) {
    ImmutableSortedSet<Clause> channels = channelClauses(unit);
    return ImmutableList.of(
        category(position.category()),
        basis(position.basis(), unit, channels),
        origin(position, channels));
  }

  /**
   * The clause of each channel of section 二 that names {@code unit} (2.1.2, 2.2.2, 2.3.2), through
   * {@link Channel#openedBy}, the one mapping from scope findings to channels; empty for a unit none
   * names.
   */
  private static ImmutableSortedSet<Clause> channelClauses(Unit unit) {
    ImmutableSortedSet.Builder<Clause> clauses = ImmutableSortedSet.naturalOrder();
    for (Finding finding : scope(unit)) {
      Channel.openedBy(finding.reason()).map(Channel::clause).ifPresent(clauses::add);
    }
    return clauses.build();
  }

  static Finding category(PositionCategory category) {
    return category.isNamedByNotice()
        ? Finding.of(Reason.CATEGORY_NAMED, category)
        : Finding.of(Reason.CATEGORY_NOT_NAMED);
  }

  private static Finding basis(
      PositionBasis basis, Unit unit, ImmutableSortedSet<Clause> channels) {
    return switch (basis.kind()) {
      case PLAN_PROJECT -> Finding.citing(Reason.BASIS_PLAN_PROJECT, basisClauses(channels));
      case INNOVATION_PLATFORM -> Finding.citing(Reason.BASIS_PLATFORM, basisClauses(channels));
      case SELF_ORGANISED_PROJECT ->
          unit.isInNationalHighTechZone() || unit.isNationalHighTechZone()
              ? Finding.of(Reason.BASIS_SELF_ORGANISED_IN_ZONE)
              : Finding.of(Reason.BASIS_OTHER);
      case NONE -> Finding.of(Reason.BASIS_OTHER);
    };
  }

  /**
   * The clauses a position based on a plan project or a platform rests on at a unit: the clauses
   * of the {@code channels} that name the unit (2.1.2, 2.2.2, 2.3.2: each bases positions on
   * projects and platforms), or, for a unit none names, 3.2.4's encouragement of plan projects and
   * platforms of every level; and 3.2.2, which says what they are.
   */
  private static ImmutableSortedSet<Clause> basisClauses(ImmutableSortedSet<Clause> channels) {
    return ImmutableSortedSet.<Clause>naturalOrder()
        .addAll(channels.isEmpty() ? ImmutableSortedSet.of(Clause.C3_2_4) : channels)
        .add(Clause.C3_2_2)
        .build();
  }

  /**
   * The origin: a new position rests on the clauses of the {@code channels} that name the unit,
   * each of which asks it to set up or develop positions (2.1.2 新的科研助理岗位, 2.2.2 设立, 2.3.2
   * 开发), or on 0.0.3's encouragement of innovation entities of every kind for a unit none names. A
   * position to fill first rests on 2.1.3 for every unit: 2.1.3 stands in article 二（一）, whose
   * heading (2.1.1) addresses units of every kind (各类单位), not only 2.1.2's central units.
   */
  private static Finding origin(Position position, ImmutableSortedSet<Clause> channels) {
    return position.origin().isToBeFilledFirst()
        ? Finding.of(Reason.ORIGIN_FILL_FIRST, position.origin())
        : Finding.citing(
            Reason.ORIGIN_NEW, channels.isEmpty() ? ImmutableSortedSet.of(Clause.C0_0_3) : channels);
  }

  /** Decision 3: the class of 2024 (0.0.4). */
  static Finding cohort(GraduationCohort cohort) {
    return cohort.isNoticeCohort()
        ? Finding.of(Reason.COHORT_2024)
        : Finding.of(Reason.COHORT_OTHER);
  }

  /**
   * Decision 4: may a cost be charged to a fund, given the {@code facts} of the charge? The
   * category (0.0.1), the service agreement (3.3.2), the actual cost (3.3.5), then the fund's own
   * conditions (3.3.3, 3.3.4, 3.3.6) and whether it pays the cost.
   */
  static ImmutableList<Finding> charge(ChargeFacts facts) {
    ImmutableList.Builder<Finding> findings = ImmutableList.builder();
    findings.add(category(facts.category));
    findings.add(
        facts.serviceAgreementSigned
            ? Finding.of(Reason.SERVICE_AGREEMENT_SIGNED)
            : Finding.of(Reason.SERVICE_AGREEMENT_MISSING));
    findings.add(
        facts.exceedsActualCost
            ? Finding.of(Reason.ABOVE_ACTUAL_COST)
            : Finding.of(Reason.WITHIN_ACTUAL_COST));
    switch (facts.fund) {
      case LABOUR_FEE ->
          findings.add(
              switch (facts.relation) {
                case BASED_ON_CHARGED_PROJECT -> Finding.of(Reason.LABOUR_FEE_OWN_PROJECT);
                case BASED_ON_OTHER_PLAN_PROJECT -> Finding.of(Reason.LABOUR_FEE_OTHER_PROJECT);
                case BASED_ON_NO_PLAN_PROJECT ->
                    workable(Reason.LABOUR_FEE_NO_PLAN_PROJECT, facts.cost);
              });
      case OTHER_BUDGET_LINE ->
          findings.add(
              facts.relation == ChargeFacts.Relation.BASED_ON_NO_PLAN_PROJECT
                  ? Finding.withRemedies(
                      Reason.OTHER_BUDGET_LINE,
                      workableRemedies(
                          ImmutableList.of(Remedy.USE_BALANCE_OR_MATCHING_FUND), facts.cost))
                  : Finding.of(Reason.OTHER_BUDGET_LINE));
      case RETAINED_BALANCE -> {
        if (!facts.retainedUnderRules) {
          findings.add(workable(Reason.BALANCE_NOT_RETAINED_UNDER_RULES, facts.cost));
        }
        if (!facts.arrangedForResearch) {
          findings.add(Finding.of(Reason.BALANCE_NOT_ARRANGED));
        }
        if (facts.retainedUnderRules && facts.arrangedForResearch) {
          findings.add(Finding.of(Reason.BALANCE_CONDITIONS_MET));
        }
      }
      case MATCHING_FUND -> {
        // 3.3.6 sets no condition of its own on matching funds for RA positions.
      }
    }
    costCoverage(facts.fund, facts.cost).ifPresent(findings::add);
    return findings.build();
  }

  /** A cost the fund's list does not name: matching funds are a remedy only if they pay it. */
  private static Finding notNamed(Reason reason, CostKind cost) {
    return Finding.withRemedies(reason, workableRemedies(reason.remedies(), cost), cost);
  }

  /** A finding of {@code reason}, keeping only the remedies that would pay {@code cost}. */
  private static Finding workable(Reason reason, CostKind cost) {
    return Finding.withRemedies(reason, workableRemedies(reason.remedies(), cost));
  }

  /**
   * Returns {@code remedies} without those that send the cost to funds that would not pay it
   * either: "use matching funds" where matching funds leave the cost undecided too.
   */
  private static ImmutableList<Remedy> workableRemedies(
      ImmutableList<Remedy> remedies, CostKind cost) {
    return remedies.stream()
        .filter(
            remedy ->
                switch (remedy) {
                  case USE_MATCHING_FUND -> pays(FundKind.MATCHING_FUND, cost);
                  case USE_BALANCE_OR_MATCHING_FUND ->
                      pays(FundKind.MATCHING_FUND, cost) || pays(FundKind.RETAINED_BALANCE, cost);
                  default -> true;
                })
        .collect(ImmutableList.toImmutableList());
  }

  /** Whether the notice lets a fund of kind {@code fund}, meeting its conditions, pay {@code cost}. */
  private static boolean pays(FundKind fund, CostKind cost) {
    return costCoverage(fund, cost).map(f -> f.outcome() == Verdict.ALLOWED).orElse(false);
  }

  /**
   * Whether a fund of {@code fund} kind pays {@code cost} at all; empty for other budget lines,
   * which the notice does not authorise whatever the cost.
   */
  static Optional<Finding> costCoverage(FundKind fund, CostKind cost) {
    return switch (fund) {
      case LABOUR_FEE ->
          Optional.of(
              cost.isNamedAsPayable()
                  ? Finding.of(Reason.LABOUR_FEE_PAYS, cost)
                  : notNamed(Reason.LABOUR_FEE_COST_NOT_NAMED, cost));
      case RETAINED_BALANCE ->
          Optional.of(
              cost.isNamedAsPayable()
                  ? Finding.of(Reason.BALANCE_PAYS, cost)
                  : notNamed(Reason.BALANCE_COST_NOT_NAMED, cost));
      case MATCHING_FUND ->
          Optional.of(
              switch (cost) {
                case HOUSING_FUND -> Finding.of(Reason.MATCHING_FUND_PAYS_HOUSING_FUND);
                case LABOUR_REMUNERATION, SOCIAL_INSURANCE_SUBSIDY ->
                    Finding.of(Reason.MATCHING_FUND_PAYS, cost);
                case NOT_NAMED_BY_NOTICE -> Finding.of(Reason.MATCHING_FUND_COST_NOT_NAMED, cost);
              });
      case OTHER_BUDGET_LINE -> Optional.empty();
    };
  }
}
