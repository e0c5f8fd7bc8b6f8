package io.github.rapolicy.examples.ledger;

import io.github.rapolicy.funding.BalanceCondition;
import io.github.rapolicy.funding.CostKind;
import io.github.rapolicy.funding.FundKind;
import io.github.rapolicy.funding.FundingSource;
import io.github.rapolicy.funding.Money;
import io.github.rapolicy.notice.Clause;
import io.github.rapolicy.notice.UnknownTermException;
import io.github.rapolicy.position.PlanProgramme;
import io.github.rapolicy.position.PlanProject;
import io.github.rapolicy.position.Position;
import io.github.rapolicy.position.PositionBasis;
import io.github.rapolicy.position.PositionCategory;
import io.github.rapolicy.position.PositionOrigin;
import io.github.rapolicy.position.ProjectLevel;
import io.github.rapolicy.rules.Answer;
import io.github.rapolicy.rules.Expense;
import io.github.rapolicy.rules.Finding;
import io.github.rapolicy.rules.Language;
import io.github.rapolicy.rules.Policy;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks one ledger row: reads its cells into the library's vocabulary and asks {@code
 * policy.mayCharge(expense, fund)} (decision 4 in one step, the form for loops over many rows), or,
 * for a malformed row, names every problem.
 *
 * <p>How cells become the library's terms:
 *
 * <ul>
 *   <li>{@code position_category}, {@code cost}: the vocabulary's own {@code parse} (Chinese label
 *       or code); any other text is explicitly a category or cost the notice does not name.
 *   <li>{@code position_project}: a plan project ({@code PositionBasis.planProject}); a ledger does
 *       not say the programme or level, so it is recorded as a programme the notice does not name,
 *       at national level. Neither changes a charge answer: 3.3.3 covers plan projects of every
 *       level, and only whether the charged project is the position's own counts. Empty: no
 *       project ({@code PositionBasis.none()}).
 *   <li>{@code fund}: 劳务费 the project's labour-fee line, 结余资金 retained balance with the
 *       conditions of 3.3.4 the two balance cells say are met, 配套资金 matching funds, any other
 *       text another budget line of {@code fund_project}.
 *   <li>The position's origin (new, unfilled, vacated) does not bear on charges; it is recorded as
 *       new.
 * </ul>
 */
final class RowChecker {

  private static final Pattern NEGATIVE = Pattern.compile("-\\s*\\d+(\\.\\d+)?");
  private static final Pattern TOO_MANY_DECIMALS = Pattern.compile("\\d+\\.\\d{3,}");
  private static final Pattern DECIMAL = Pattern.compile("\\d+(\\.\\d{1,2})?");

  private final Policy.OnDate policy;

  RowChecker(Policy.OnDate policy) {
    this.policy = policy;
  }

  /** Checks {@code row}: never throws for a malformed row, which is an {@link RowVerdict#ERROR}. */
  CheckedRow check(Header header, LedgerRow row) {
    Cells cells = new Cells(header, row);
    if (row.cells().size() != header.width()) {
      return cells.error(
          new Text(
              "该行有" + row.cells().size() + "个单元格，表头有" + header.width() + "列",
              "the row has "
                  + row.cells().size()
                  + " cells but the header has "
                  + header.width()
                  + " columns"));
    }
    if (row.cells().stream().allMatch(String::isBlank)) {
      return cells.error(new Text("该行所有单元格均为空", "every cell of the row is empty"));
    }
    String line = cells.required(Column.LINE);
    PositionCategory category = cells.category();
    String positionProject = cells.get(Column.POSITION_PROJECT);
    boolean signed = cells.requiredYesNo(Column.SERVICE_AGREEMENT, Optional.empty());
    Charge fund = cells.fund();
    CostKind cost = cells.cost();
    Money amount = cells.money(Column.AMOUNT);
    Money actual = cells.money(Column.ACTUAL);
    if (!cells.problems.isEmpty()) {
      return cells.error(Text.join(cells.problems));
    }
    Answer answer;
    try {
      Position position =
          Position.builder()
              .id(line)
              .category(category)
              .basis(
                  positionProject.isEmpty()
                      ? PositionBasis.none()
                      : PositionBasis.planProject(
                          PlanProject.of(
                              positionProject,
                              PlanProgramme.NOT_NAMED_BY_NOTICE,
                              ProjectLevel.NATIONAL)))
              .origin(PositionOrigin.NEW)
              .serviceAgreementSigned(signed)
              .build();
      answer = policy.mayCharge(Expense.of(position, cost, amount, actual), fund.source());
    } catch (IllegalArgumentException e) {
      return cells.error(
          new Text("本库不接受该行：" + e.getMessage(), "the library rejects the row: " + e.getMessage()));
    }
    List<Text> reasons = new ArrayList<>();
    for (Finding finding : answer.decidingFindings()) {
      reasons.add(
          new Text(finding.describe(Language.CHINESE), finding.describe(Language.ENGLISH)));
    }
    List<String> clauses = new ArrayList<>();
    for (Clause clause : answer.clauses()) {
      clauses.add(clause.id());
    }
    String charge =
        (category.isNamedByNotice() ? category.chineseName() : cells.get(Column.POSITION_CATEGORY))
            + (positionProject.isEmpty() ? "" : "（" + positionProject + "）")
            + " · "
            + (cost == CostKind.NOT_NAMED_BY_NOTICE ? cells.get(Column.COST) : cost.chineseName())
            + " "
            + amount
            + (amount.equals(actual) ? "" : "（实际 actual " + actual + "）")
            + " → "
            + fund.description();
    return new CheckedRow(
        row.fileLine(),
        line,
        RowVerdict.of(answer.verdict()),
        clauses,
        Text.join(reasons),
        answer.remedies(),
        charge,
        fund.totalsKey(),
        Optional.of(amount),
        answer.decidingFindings(),
        Optional.empty());
  }

  /** A fund read from the row, with how the report names it. */
  private record Charge(FundingSource source, String description, String totalsKey) {}

  /** The cells of one row, and the problems found reading them. */
  private static final class Cells {
    private final Header header;
    private final LedgerRow row;
    private final List<Text> problems = new ArrayList<>();

    Cells(Header header, LedgerRow row) {
      this.header = header;
      this.row = row;
    }

    /** Returns the cell without surrounding white space; empty if the ledger has no such column. */
    String get(Column column) {
      return header
          .position(column)
          .filter(i -> i < row.cells().size())
          .map(i -> row.cells().get(i).strip())
          .orElse("");
    }

    String required(Column column) {
      String value = get(column);
      if (value.isEmpty()) {
        problems.add(
            new Text(column.header() + " 为空（必填）", column.header() + " is empty (required)"));
      }
      return value;
    }

    PositionCategory category() {
      String text = required(Column.POSITION_CATEGORY);
      if (text.isEmpty()) {
        return PositionCategory.NOT_NAMED_BY_NOTICE;
      }
      try {
        return PositionCategory.parse(text);
      } catch (UnknownTermException e) {
        return PositionCategory.NOT_NAMED_BY_NOTICE; // the notice's list is open (等): 0.0.1
      }
    }

    CostKind cost() {
      String text = required(Column.COST);
      if (text.isEmpty()) {
        return CostKind.NOT_NAMED_BY_NOTICE;
      }
      try {
        return CostKind.parse(text);
      } catch (UnknownTermException e) {
        return CostKind.NOT_NAMED_BY_NOTICE; // the notice's list of costs is open (等支出)
      }
    }

    /**
     * Reads a yes/no cell: 是 or true, 否 or false (any case). {@code why} says why an empty cell
     * is a problem here, for cells only some funds need.
     */
    boolean requiredYesNo(Column column, Optional<Text> why) {
      String text = get(column);
      if (text.isEmpty()) {
        Text needed = why.orElse(new Text("必填", "required"));
        problems.add(
            new Text(
                column.header() + " 为空（" + needed.zh() + "）",
                column.header() + " is empty (" + needed.en() + ")"));
        return false;
      }
      return yesNo(column, text);
    }

    /** Checks a yes/no cell the row's fund does not need: empty is fine, nonsense is not. */
    void optionalYesNo(Column column) {
      String text = get(column);
      if (!text.isEmpty()) {
        yesNo(column, text);
      }
    }

    private boolean yesNo(Column column, String text) {
      switch (text.toLowerCase(Locale.ROOT)) {
        case "是", "true" -> {
          return true;
        }
        case "否", "false" -> {
          return false;
        }
        default -> {
          problems.add(
              new Text(
                  column.header() + "“" + text + "”不是 是/否（true/false）",
                  column.header() + " \"" + text + "\" is neither yes (是, true) nor no (否, false)"));
          return false;
        }
      }
    }

    Money money(Column column) {
      String text = required(column);
      if (text.isEmpty()) {
        return Money.ZERO;
      }
      try {
        return Money.parse(text);
      } catch (IllegalArgumentException e) {
        String name = column.header();
        if (NEGATIVE.matcher(text).matches()) {
          problems.add(
              new Text(
                  name + "“" + text + "”为负数，金额不能为负",
                  name + " \"" + text + "\" is negative; amounts are never negative"));
        } else if (TOO_MANY_DECIMALS.matcher(text).matches()) {
          problems.add(
              new Text(
                  name + "“" + text + "”超过两位小数（金额精确到分）",
                  name + " \"" + text + "\" has more than two decimal places (amounts are exact to the fen)"));
        } else if (DECIMAL.matcher(text).matches()) {
          problems.add(
              new Text(
                  name + "“" + text + "”超出可表示的金额",
                  name + " \"" + text + "\" is too large an amount"));
        } else {
          problems.add(
              new Text(
                  name + "“" + text + "”不是金额（应为数字，可带小数点和至多两位小数，不带千位分隔符或货币符号）",
                  name
                      + " \""
                      + text
                      + "\" is not an amount of yuan (digits, optionally a point and up to two"
                      + " decimals; no grouping separators or currency signs)"));
        }
        return Money.ZERO;
      }
    }

    Charge fund() {
      String text = required(Column.FUND);
      String project = get(Column.FUND_PROJECT);
      FundKind kind;
      try {
        kind = text.isEmpty() ? FundKind.MATCHING_FUND : FundKind.parse(text);
      } catch (UnknownTermException e) {
        kind = FundKind.OTHER_BUDGET_LINE; // 设备费, 业务费 …: another budget line of the project
      }
      if (kind != FundKind.RETAINED_BALANCE) {
        optionalYesNo(Column.BALANCE_RETAINED);
        optionalYesNo(Column.BALANCE_FOR_RESEARCH);
      }
      return switch (kind) {
        case LABOUR_FEE -> labourFee(project);
        case OTHER_BUDGET_LINE -> otherBudgetLine(text, project);
        case RETAINED_BALANCE -> retainedBalance();
        case MATCHING_FUND ->
            new Charge(
                FundingSource.matchingFund(),
                FundKind.MATCHING_FUND.chineseName(),
                text.isEmpty() ? "—" : FundKind.MATCHING_FUND.chineseName());
      };
    }

    private Charge labourFee(String project) {
      String name = FundKind.LABOUR_FEE.chineseName();
      requireProject(project, name);
      return new Charge(
          FundingSource.labourFee(project.isEmpty() ? "?" : project), name + " " + project, name);
    }

    private Charge otherBudgetLine(String text, String project) {
      String line =
          text.equals(FundKind.OTHER_BUDGET_LINE.code())
              ? FundKind.OTHER_BUDGET_LINE.chineseName()
              : text;
      requireProject(project, line);
      if (line.contains(FundKind.LABOUR_FEE.chineseName())) {
        problems.add(
            new Text(
                "fund“" + text + "”含“劳务费”却不是劳务费科目；劳务费科目请写作“劳务费”",
                "fund \"" + text + "\" mentions 劳务费 but is not the labour-fee line; write 劳务费"
                    + " for the labour-fee line"));
        return new Charge(FundingSource.matchingFund(), text, text);
      }
      return new Charge(
          FundingSource.budgetLine(project.isEmpty() ? "?" : project, line),
          line + " " + project,
          line);
    }

    private Charge retainedBalance() {
      String name = FundKind.RETAINED_BALANCE.chineseName();
      Optional<Text> forBalance = Optional.of(new Text("结余资金必填", "required for " + name));
      boolean retained = requiredYesNo(Column.BALANCE_RETAINED, forBalance);
      boolean arranged = requiredYesNo(Column.BALANCE_FOR_RESEARCH, forBalance);
      Set<BalanceCondition> met = EnumSet.noneOf(BalanceCondition.class);
      if (retained) {
        met.add(BalanceCondition.RETAINED_UNDER_RULES);
      }
      if (arranged) {
        met.add(BalanceCondition.ARRANGED_FOR_RESEARCH_WITH_POSITIONS);
      }
      return new Charge(
          FundingSource.retainedBalance(met.toArray(BalanceCondition[]::new)),
          name + "（按规定留用 " + (retained ? "是" : "否") + "，安排用于科研 " + (arranged ? "是" : "否") + "）",
          name);
    }

    private void requireProject(String project, String fund) {
      if (project.isEmpty()) {
        problems.add(
            new Text(
                "fund_project 为空（" + fund + "须注明所列支的项目）",
                "fund_project is empty (required for " + fund + ": the project whose budget line is charged)"));
      }
    }

    CheckedRow error(Text problem) {
      return new CheckedRow(
          row.fileLine(),
          get(Column.LINE),
          RowVerdict.ERROR,
          List.of(),
          new Text(
              "文件第" + row.fileLine() + "行：" + problem.zh(),
              "file line " + row.fileLine() + ": " + problem.en()),
          List.of(),
          "",
          get(Column.FUND).isEmpty() ? "—" : normaliseFund(get(Column.FUND)),
          Optional.empty(),
          List.of(),
          Optional.empty());
    }

    private static String normaliseFund(String text) {
      try {
        FundKind kind = FundKind.parse(text);
        return kind == FundKind.OTHER_BUDGET_LINE ? text : kind.chineseName();
      } catch (UnknownTermException e) {
        return text;
      }
    }
  }
}
