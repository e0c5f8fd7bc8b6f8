package io.github.rapolicy.obligations;

import com.google.common.collect.ImmutableList;
import io.github.rapolicy.notice.Notice;
import io.github.rapolicy.position.BasisKind;
import io.github.rapolicy.position.Position;
import io.github.rapolicy.position.PositionBasis;
import io.github.rapolicy.position.ProjectLevel;
import io.github.rapolicy.rules.Policy;
import io.github.rapolicy.unit.Unit;
import io.github.rapolicy.unit.UnitType;
import java.util.ArrayList;
import java.util.List;

/** The checklist's rules: one item per provision, from the unit, its positions and its practice. */
final class ChecklistRules {

  private ChecklistRules() {}

  static Checklist checklist(
      Policy.OnDate on, Unit unit, ImmutableList<Position> positions, UnitPractice practice) {
    if (!Notice.instance().isInForceOn(on.date())) {
      return Checklist.of(on.date(), unit, positions.size(), ImmutableList.of());
    }
    List<ChecklistItem> items = new ArrayList<>();
    boolean hasPositions = !positions.isEmpty();

    // 3.3.2 应: a service agreement for each position.
    if (hasPositions) {
      for (Position position : positions) {
        items.add(
            ChecklistItem.ofPosition(
                Provision.SERVICE_AGREEMENT,
                position.serviceAgreementSigned() ? ItemStatus.MET : ItemStatus.NOT_MET,
                position.id()));
      }
    } else {
      items.add(ChecklistItem.of(Provision.SERVICE_AGREEMENT, ItemStatus.NOT_APPLICABLE));
    }

    // 3.3.5 应: estimate the funding needs of RA positions, charge actual amounts; a unit with no
    // RA position has neither to do.
    items.add(
        ChecklistItem.of(
            Provision.FUNDING_NEEDS_ESTIMATED,
            hasPositions ? obligation(practice.fundingNeedsEstimated()) : ItemStatus.NOT_APPLICABLE));
    items.add(
        ChecklistItem.of(
            Provision.ACTUAL_AMOUNTS_CHARGED,
            hasPositions ? obligation(practice.actualAmountsCharged()) : ItemStatus.NOT_APPLICABLE));

    // 3.1.3 要: the lead role, for the units the rules name as leaders.
    boolean lead = on.isInScope(unit).isLeadUnit();
    items.add(
        ChecklistItem.of(
            Provision.LEAD_ROLE, lead ? developed(hasPositions) : ItemStatus.NOT_APPLICABLE));

    // 3.2.3: the host unit's main responsibility.
    items.add(ChecklistItem.of(Provision.HOST_UNIT_RESPONSIBILITY, host(positions, practice)));

    // 3.3.2 鼓励: social insurance and the housing fund; 3.3.6 鼓励: pooled channels, matching funds.
    items.add(
        ChecklistItem.of(
            Provision.SOCIAL_INSURANCE_AND_HOUSING_FUND,
            hasPositions ? advice(practice.socialInsuranceAndHousingFund()) : ItemStatus.NOT_APPLICABLE));
    items.add(
        ChecklistItem.of(
            Provision.POOLED_FUNDING_CHANNELS,
            hasPositions ? advice(practice.pooledFundingChannels()) : ItemStatus.NOT_APPLICABLE));
    items.add(
        ChecklistItem.of(
            Provision.MATCHING_FUNDS,
            hasPositions ? advice(practice.matchingFunds()) : ItemStatus.NOT_APPLICABLE));

    // 3.1.5 支持: matching events, held by high-tech zones' management committees.
    items.add(
        ChecklistItem.of(
            Provision.MATCHING_EVENTS,
            unit.type() == UnitType.HIGH_TECH_ZONE
                ? advice(practice.matchingEvents())
                : ItemStatus.NOT_APPLICABLE));

    // 2.2.2 鼓励: positions on self-organised projects, in national high-tech zones.
    boolean inNationalZone = unit.isNationalHighTechZone() || unit.isInNationalHighTechZone();
    boolean selfOrganised =
        positions.stream().anyMatch(p -> p.basis().kind() == BasisKind.SELF_ORGANISED_PROJECT);
    items.add(
        ChecklistItem.of(
            Provision.SELF_ORGANISED_PROJECT_POSITIONS,
            !inNationalZone
                ? ItemStatus.NOT_APPLICABLE
                : selfOrganised ? ItemStatus.TAKEN_UP : ItemStatus.ADVISED));

    return Checklist.of(on.date(), unit, positions.size(), items);
  }

  private static ItemStatus obligation(Fact fact) {
    return switch (fact) {
      case YES -> ItemStatus.MET;
      case NO -> ItemStatus.NOT_MET;
      case NOT_KNOWN -> ItemStatus.NOT_KNOWN;
    };
  }

  /** An encouragement is taken up, or it is advice: "no" and "not known" alike are never failures. */
  private static ItemStatus advice(Fact fact) {
    return fact == Fact.YES ? ItemStatus.TAKEN_UP : ItemStatus.ADVISED;
  }

  /**
   * 3.1.3 and 3.2.3 set no number: the library reads "actively develop RA positions" and "recruit
   * graduates" as met by at least one position.
   */
  private static ItemStatus developed(boolean hasPositions) {
    return hasPositions ? ItemStatus.MET : ItemStatus.NOT_MET;
  }

  /**
   * 3.2.3 applies to host units of national plan projects and of innovation bases and platforms
   * (3.2.2). A position based on a national plan project or on a platform 3.2.2 names shows the
   * unit is one; otherwise the practice's fact decides. Where that fact is not known but the unit
   * has positions, the responsibility is met if it applies at all, so the item is met.
   */
  private static ItemStatus host(ImmutableList<Position> positions, UnitPractice practice) {
    boolean shown = positions.stream().map(Position::basis).anyMatch(ChecklistRules::showsHost);
    Fact hosts = shown ? Fact.YES : practice.hostsNationalProjectsOrPlatforms();
    boolean hasPositions = !positions.isEmpty();
    return switch (hosts) {
      case YES -> developed(hasPositions);
      case NO -> ItemStatus.NOT_APPLICABLE;
      case NOT_KNOWN -> hasPositions ? ItemStatus.MET : ItemStatus.NOT_KNOWN;
    };
  }

  private static boolean showsHost(PositionBasis basis) {
    boolean nationalProject =
        basis.planProject().map(p -> p.level() == ProjectLevel.NATIONAL).orElse(false);
    boolean namedPlatform = basis.platform().map(p -> p.kind().isNamedByNotice()).orElse(false);
    return nationalProject || namedPlatform;
  }
}
