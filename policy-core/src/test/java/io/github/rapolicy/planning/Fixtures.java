package io.github.rapolicy.planning;

import io.github.rapolicy.funding.BalanceCondition;
import io.github.rapolicy.funding.CostKind;
import io.github.rapolicy.funding.FundKind;
import io.github.rapolicy.funding.FundingSource;
import io.github.rapolicy.funding.Money;
import io.github.rapolicy.position.PlanProgramme;
import io.github.rapolicy.position.PlanProject;
import io.github.rapolicy.position.Position;
import io.github.rapolicy.position.PositionBasis;
import io.github.rapolicy.position.PositionCategory;
import io.github.rapolicy.position.PositionOrigin;
import io.github.rapolicy.rules.Overlay;
import io.github.rapolicy.rules.OverlayRule;
import io.github.rapolicy.rules.Policy;
import io.github.rapolicy.rules.Verdict;
import java.time.LocalDate;
import java.time.YearMonth;

/** Positions, funds and policies shared by the planning tests. */
final class Fixtures {

  static final LocalDate IN_FORCE = LocalDate.of(2024, 9, 30);
  static final LocalDate BEFORE_NOTICE = LocalDate.of(2024, 6, 24);
  static final YearMonth SEPTEMBER = YearMonth.of(2024, 9);

  static final Policy.OnDate NOTICE = Policy.ofNotice().on(IN_FORCE);

  /** The reform of 国办发〔2021〕32号: the housing provident fund may be charged to the labour fee. */
  static final Overlay HOUSING_FROM_LABOUR_FEE =
      Overlay.of(
          "中央财政科研经费管理改革",
          "国办发〔2021〕32号",
          OverlayRule.settleCharge(
              FundKind.LABOUR_FEE,
              CostKind.HOUSING_FUND,
              Verdict.ALLOWED,
              "项目聘用人员的住房公积金纳入劳务费科目列支",
              "the housing provident fund of project-hired staff is charged to the labour fee"));

  static final Policy.OnDate REFORM = Policy.ofNotice().withOverlay(HOUSING_FROM_LABOUR_FEE).on(IN_FORCE);

  static final FundingSource BOTH_CONDITIONS =
      FundingSource.retainedBalance(
          BalanceCondition.RETAINED_UNDER_RULES,
          BalanceCondition.ARRANGED_FOR_RESEARCH_WITH_POSITIONS);

  private Fixtures() {}

  static Position onProject(String id, String project) {
    return Position.builder()
        .id(id)
        .category(PositionCategory.AUXILIARY_RESEARCH)
        .basis(
            PositionBasis.planProject(
                PlanProject.of(project, PlanProgramme.NATIONAL_NATURAL_SCIENCE_FOUNDATION)))
        .origin(PositionOrigin.NEW)
        .serviceAgreementSigned(true)
        .build();
  }

  static Position withoutProject(String id) {
    return Position.builder()
        .id(id)
        .category(PositionCategory.FINANCIAL_ASSISTANT)
        .basis(PositionBasis.none())
        .origin(PositionOrigin.NEW)
        .serviceAgreementSigned(true)
        .build();
  }

  static Position withoutAgreement(String id, String project) {
    return Position.builder()
        .id(id)
        .category(PositionCategory.AUXILIARY_RESEARCH)
        .basis(
            PositionBasis.planProject(
                PlanProject.of(project, PlanProgramme.NATIONAL_NATURAL_SCIENCE_FOUNDATION)))
        .origin(PositionOrigin.NEW)
        .serviceAgreementSigned(false)
        .build();
  }

  static ActualCost cost(Position position, CostKind kind, String yuan) {
    return ActualCost.of(position, kind, SEPTEMBER, Money.parse(yuan));
  }

  static Fund labourFee(String id, String project, String yuan) {
    return Fund.of(id, FundingSource.labourFee(project), Money.parse(yuan));
  }

  static Fund matching(String id, String yuan) {
    return Fund.of(id, FundingSource.matchingFund(), Money.parse(yuan));
  }

  static Fund balance(String id, String yuan) {
    return Fund.of(id, BOTH_CONDITIONS, Money.parse(yuan));
  }
}
