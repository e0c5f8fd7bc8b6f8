package io.github.rapolicy.rules;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.rapolicy.funding.BalanceCondition;
import io.github.rapolicy.funding.CostKind;
import io.github.rapolicy.funding.FundKind;
import io.github.rapolicy.funding.FundingSource;
import io.github.rapolicy.funding.Money;
import io.github.rapolicy.notice.Clause;
import io.github.rapolicy.position.PlanProgramme;
import io.github.rapolicy.position.PlanProject;
import io.github.rapolicy.position.Position;
import io.github.rapolicy.position.PositionBasis;
import io.github.rapolicy.position.PositionCategory;
import io.github.rapolicy.position.PositionOrigin;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * Decision 4 as a table for finance officers: for every kind of fund, every condition that
 * decides it and every kind of cost, the verdict and the clauses, generated from a {@link Policy}.
 *
 * <p>Not public API: it serves the reviewed fixture {@code charge-decision-table.md} (test
 * resources), which the README links and {@code ChargeDecisionTableTest} keeps in step with the
 * rules. Users ask the same questions through {@link Policy.OnDate#mayCharge}.
 *
 * <p>The first rows hold each fund's own conditions, with a named position category, a signed
 * service agreement and the actual cost charged. The last rows take each fund at its best
 * condition and break one condition that bears on every charge.
 *
 * <pre>{@code
 * ChargeDecisionTable table = ChargeDecisionTable.of(Policy.ofNotice(), LocalDate.of(2024, 9, 30));
 * table.toMarkdown(Language.ENGLISH); // | Fund | Condition | Cost | Verdict | Clauses | …
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
abstract class ChargeDecisionTable {

  private static final String PROJECT = "P-1";
  private static final String OTHER_PROJECT = "P-2";
  private static final Money COST = Money.ofYuan(1000);

  ChargeDecisionTable() {}

  /**
   * One row: a fund kind, a condition, a cost kind and the policy's answer.
   *
   * <pre>{@code
   * ChargeDecisionTable.Row row = table.rows().get(0);
   * row.fund();              // LABOUR_FEE
   * row.answer().verdict();  // ALLOWED
   * }</pre>
   *
   * <p>This class is immutable and thread-safe.
   *
   * @since 0.1.0
   */
  @Value.Immutable
  abstract static class Row {
    Row() {}

    /** Returns the kind of fund charged. */
    @Value.Parameter
    public abstract FundKind fund();

    /** Returns the condition the row holds. */
    @Value.Parameter
    public abstract ChargeCondition condition();

    /** Returns the kind of cost charged. */
    @Value.Parameter
    public abstract CostKind cost();

    /** Returns the policy's answer. */
    @Value.Parameter
    public abstract Answer answer();
  }

  /** Returns the table of {@code policy}'s answers on {@code date}. */
  static ChargeDecisionTable of(Policy policy, LocalDate date) {
    checkNotNull(policy, "policy");
    checkNotNull(date, "date");
    Policy.OnDate questions = policy.on(date);
    ImmutableList.Builder<Row> rows = ImmutableList.builder();
    for (FundKind fund : FundKind.values()) {
      for (ChargeCondition condition : ChargeCondition.ofFund(fund)) {
        for (CostKind cost : CostKind.values()) {
          rows.add(row(questions, fund, condition, null, cost));
        }
      }
    }
    for (ChargeCondition broken : ChargeCondition.onEveryCharge()) {
      for (FundKind fund : FundKind.values()) {
        ChargeCondition best = ChargeCondition.ofFund(fund)[0];
        for (CostKind cost : CostKind.values()) {
          rows.add(row(questions, fund, best, broken, cost));
        }
      }
    }
    return ImmutableChargeDecisionTable.builder().date(date).addAllRows(rows.build()).build();
  }

  private static Row row(
      Policy.OnDate questions,
      FundKind fund,
      ChargeCondition condition,
      @Nullable ChargeCondition broken,
      CostKind cost) {
    PositionBasis basis =
        condition == ChargeCondition.POSITION_ON_NO_PLAN_PROJECT
            ? PositionBasis.none()
            : PositionBasis.planProject(
                PlanProject.of(
                    condition == ChargeCondition.POSITION_ON_OTHER_PROJECT ? OTHER_PROJECT : PROJECT,
                    PlanProgramme.NATIONAL_NATURAL_SCIENCE_FOUNDATION));
    Position position =
        Position.builder()
            .id("RA")
            .category(
                broken == ChargeCondition.CATEGORY_NOT_NAMED
                    ? PositionCategory.NOT_NAMED_BY_NOTICE
                    : PositionCategory.AUXILIARY_RESEARCH)
            .basis(basis)
            .origin(PositionOrigin.NEW)
            .serviceAgreementSigned(broken != ChargeCondition.NO_SERVICE_AGREEMENT)
            .build();
    Expense expense =
        broken == ChargeCondition.ABOVE_ACTUAL_COST
            ? Expense.of(position, cost, COST.plus(Money.ofFen(1)), COST)
            : Expense.of(position, cost, COST);
    Answer answer = questions.mayCharge(expense).to(source(fund, condition));
    return ImmutableRow.of(fund, broken == null ? condition : broken, cost, answer);
  }

  private static FundingSource source(FundKind fund, ChargeCondition condition) {
    return switch (fund) {
      case LABOUR_FEE -> FundingSource.labourFee(PROJECT);
      case OTHER_BUDGET_LINE -> FundingSource.budgetLine(PROJECT, "设备费");
      case RETAINED_BALANCE ->
          switch (condition) {
            case BALANCE_NOT_RETAINED_UNDER_RULES ->
                FundingSource.retainedBalance(
                    BalanceCondition.ARRANGED_FOR_RESEARCH_WITH_POSITIONS);
            case BALANCE_NOT_ARRANGED ->
                FundingSource.retainedBalance(BalanceCondition.RETAINED_UNDER_RULES);
            default ->
                FundingSource.retainedBalance(
                    BalanceCondition.RETAINED_UNDER_RULES,
                    BalanceCondition.ARRANGED_FOR_RESEARCH_WITH_POSITIONS);
          };
      case MATCHING_FUND -> FundingSource.matchingFund();
    };
  }

  /** Returns the date the table's questions are asked for. */
  public abstract LocalDate date();

  /** Returns the rows, fund by fund. */
  public abstract ImmutableList<Row> rows();

  /** Renders the table as a Markdown table in {@code language}. */
  public final String toMarkdown(Language language) {
    StringBuilder text = new StringBuilder();
    text.append(
            language.pick(
                "| 经费 | 条件 | 支出 | 结论 | 依据 |\n",
                "| Fund | Condition | Cost | Verdict | Clauses |\n"))
        .append("|---|---|---|---|---|\n");
    for (Row row : rows()) {
      text.append("| ")
          .append(language.pick(row.fund().chineseName(), row.fund().englishName()))
          .append(" | ")
          .append(row.condition().describe(language))
          .append(" | ")
          .append(language.pick(row.cost().chineseName(), row.cost().englishName()))
          .append(" | ")
          .append(row.answer().verdict().displayName(language))
          .append(" | ")
          .append(
              row.answer().decidingFindings().stream()
                  .flatMap(f -> f.clauses().stream())
                  .distinct()
                  .sorted()
                  .map(Clause::id)
                  .collect(Collectors.joining(", ")))
          .append(" |\n");
    }
    return text.toString();
  }
}
