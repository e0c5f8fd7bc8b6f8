package io.github.rapolicy.examples.ledger;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import io.github.rapolicy.funding.BalanceCondition;
import io.github.rapolicy.funding.CostKind;
import io.github.rapolicy.funding.FundKind;
import io.github.rapolicy.funding.FundingSource;
import io.github.rapolicy.funding.Money;
import io.github.rapolicy.notice.Clause;
import io.github.rapolicy.notice.Label;
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
import io.github.rapolicy.planning.ActualCost;
import io.github.rapolicy.planning.AuditAnswer;
import io.github.rapolicy.planning.LedgerAudit;
import io.github.rapolicy.planning.LedgerEntry;
import io.github.rapolicy.planning.RefusalGround;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Checks one ledger row: reads its cells into the library's vocabulary and asks {@code
 * policy.mayCharge(expense, fund)} (decision 4 in one step, the form for loops over many rows), or,
 * for a malformed row, names every problem.
 *
 * <p>How cells become the library's terms:
 *
 * <ul>
 *   <li>{@code position_category}, {@code cost}: the vocabulary's own {@code label} (code, Chinese
 *       name or synonym); any other text is explicitly a category or cost the notice does not name,
 *       keeping the ledger's label, which the reasons then name ({@code Answer.naming}): 差旅费, not
 *       "a cost the notice does not name".
 *   <li>{@code position_project}: a plan project ({@code PositionBasis.planProject}); a ledger does
 *       not say the programme or level, so it is recorded as a programme the notice does not name,
 *       at national level. Neither changes a charge answer: 3.3.3 covers plan projects of every
 *       level, and only whether the charged project is the position's own counts. Empty: no
 *       project ({@code PositionBasis.none()}).
 *   <li>{@code fund}: {@code FundKind.label}: 劳务费 the project's labour-fee line, 结余资金
 *       retained balance with the conditions of 3.3.4 the two balance cells say are met, 配套资金
 *       matching funds (each with its code and synonyms), any other text another budget line of
 *       {@code fund_project}.
 *   <li>{@code amount}, {@code actual}: {@code Money.parse} of the cell as {@link AmountCell}
 *       brings it to the plain form (thousands separators in groups of three, a leading ¥ or ￥,
 *       full-width digits); an ambiguous cell is a problem of the row, never a guess.
 *   <li>yes/no cells: 是, true, yes, Y or 1; 否, false, no, N or 0, in any case.
 *   <li>The position's origin (new, unfilled, vacated) does not bear on charges; it is recorded as
 *       new.
 * </ul>
 */
final class RowChecker {

  private static final Pattern NEGATIVE = Pattern.compile("-\\s*\\d+(\\.\\d+)?");
  private static final Pattern TOO_MANY_DECIMALS = Pattern.compile("\\d+\\.\\d{3,}");
  private static final Pattern DECIMAL = Pattern.compile("\\d+(\\.\\d{1,2})?");

  /** The line cells of a totals row, in lower case. */
  private static final Set<String> TOTALS_ROWS = Set.of("合计", "小计", "总计", "total", "subtotal");

  private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

  private final Policy.OnDate policy;
  private final LedgerAudit.Session audit;
  private final Map<String, Over> overCharged = new LinkedHashMap<>();

  // What recent cells read as, shared by the rows that repeat them: a cost keeps its month, fund
  // and actual amount to the ledger's end. Read by the thread that reads rows (see #read).
  private final RecentCells<YearMonth> months = new RecentCells<>(64);
  private final RecentCells<Charge> funds = new RecentCells<>(8192);
  private final RecentCells<Money> amounts = new RecentCells<>(1024);

  /**
   * The clause IDs of sets of clauses seen lately, one per slot of the set's identity: decision 4's
   * answers, shared by the rows that ask the same, share their sets, so that a row's IDs are a list
   * made once, not a list a row. Read and written by both threads; an entry is immutable and
   * replaced whole, as in {@link RecentCells}.
   */
  private final @Nullable CitedIds[] citedIds = new CitedIds[64];

  private record CitedIds(ImmutableSortedSet<Clause> cited, ImmutableList<String> ids) {}

  RowChecker(Policy.OnDate policy) {
    this.policy = policy;
    this.audit = LedgerAudit.using(policy).start();
  }

  /**
   * Returns each cost charged above its actual amount so far, once, in the order found; empty
   * where lines are judged alone.
   */
  List<OverCharge> overCharged() {
    List<OverCharge> costs = new ArrayList<>();
    for (Over over : overCharged.values()) {
      costs.add(new OverCharge(over.cost, over.actual, over.highest, over.last, over.lines));
    }
    return costs;
  }

  /**
   * Checks {@code row}, in ledger order: {@link #read}, {@link #audit} and {@link #finish}. Never
   * throws for a malformed row, which is an {@link RowVerdict#ERROR}.
   */
  CheckedRow check(Header header, LedgerRow row) {
    List<Read> rows = new ArrayList<>(List.of(read(header, row)));
    audit(rows);
    return finish(rows.get(0));
  }

  /**
   * A row read into the library's terms: checked already ({@link Checked}: a row judged alone, a
   * malformed or a totals row), or a charge whose cost's lines are added up, which {@link #audit}
   * answers ({@link Audited}).
   */
  sealed interface Read permits Checked, ToAudit, Audited {}

  /** A row the audit has answered, to be put into words. */
  record Audited(ToAudit row, AuditAnswer answer) implements Read {}

  /** A row whose check needs nothing from the rows before it. */
  record Checked(CheckedRow row) implements Read {}

  /** A charge or reversal of a cost whose lines are added up, waiting for the audit. */
  record ToAudit(
      LedgerRow row,
      String line,
      LedgerEntry entry,
      Label<PositionCategory> category,
      Label<CostKind> cost,
      Charge fund,
      CheckedRow.Description charge,
      String costLabel)
      implements Read {}

  /**
   * Audits the rows of {@code rows} whose cost's lines are added up, in this order, each in its
   * place: a {@link ToAudit} becomes {@link Audited}, or {@link Checked} where the library rejects
   * it. Looks up the rows' costs together first ({@link LedgerAudit.Session#lookAhead}). Only this
   * method touches the audit: call it from one thread at a time, on the rows in ledger order, on
   * the thread that {@linkplain #read read} them, so that the audit finds the rows' objects in that
   * processor's caches.
   */
  void audit(List<Read> rows) {
    List<LedgerEntry> entries = new ArrayList<>(rows.size());
    for (Read read : rows) {
      if (read instanceof ToAudit row) {
        entries.add(row.entry());
      }
    }
    if (entries.isEmpty()) {
      return;
    }
    audit.lookAhead(entries);
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i) instanceof ToAudit row) {
        rows.set(i, audit(row));
      }
    }
  }

  private Read audit(ToAudit row) {
    try {
      return new Audited(
          row, audit.audit(row.entry()).naming(row.category(), row.cost(), row.fund().label()));
    } catch (IllegalArgumentException e) {
      return new Checked(
          error(row.row().fileLine(), row.line(), row.fund().totalsKey(), rejected(e)));
    }
  }

  /**
   * Finishes a row {@link #audit} gave, in ledger order: puts an audited row's answer into words
   * and keeps the costs charged above their actual amounts. Call it from one thread at a time.
   */
  CheckedRow finish(Read read) {
    if (read instanceof Checked checked) {
      return checked.row();
    }
    if (read instanceof ToAudit row) {
      throw new IllegalStateException("row " + row.line() + " is not audited yet");
    }
    Audited audited = (Audited) read;
    ToAudit row = audited.row();
    AuditAnswer answer = audited.answer();
    noteOverCharge(row.costLabel(), answer);
    return audited(
        row.row(),
        row.line(),
        answer,
        row.charge(),
        row.fund(),
        row.entry().amount(),
        row.costLabel());
  }

  /** What the library said of a row it rejects. */
  private static Text rejected(IllegalArgumentException e) {
    return new Text("本库不接受该行：" + e.getMessage(), "the library rejects the row: " + e.getMessage());
  }

  /** An {@link RowVerdict#ERROR} row: {@code problem} on file line {@code fileLine}. */
  private static CheckedRow error(long fileLine, String line, String fund, Text problem) {
    return new CheckedRow(
        fileLine,
        line,
        RowVerdict.ERROR,
        List.of(),
        new Text(
            "文件第" + fileLine + "行：" + problem.zh(),
            "file line " + fileLine + ": " + problem.en()),
        List.of(),
        CheckedRow.Description.NONE,
        fund,
        Optional.empty(),
        List.of(),
        Optional.empty());
  }

  /**
   * Reads {@code row} into the library's terms and checks it where that needs nothing from the
   * rows before it. Depends on nothing {@link #finish} changes, so it may run on another thread
   * than the one that finishes rows, ahead of it.
   */
  Read read(Header header, LedgerRow row) {
    Cells cells = new Cells(header, row);
    if (TOTALS_ROWS.contains(cells.get(Column.LINE).toLowerCase(Locale.ROOT))) {
      return new Checked(cells.skipped());
    }
    if (row.cells().size() != header.width()) {
      return new Checked(cells.error(
          new Text(
              "该行有" + row.cells().size() + "个单元格，表头有" + header.width() + "列",
              "the row has "
                  + row.cells().size()
                  + " cells but the header has "
                  + header.width()
                  + " columns")));
    }
    if (allBlank(row.cells())) {
      return new Checked(cells.error(new Text("该行所有单元格均为空", "every cell of the row is empty")));
    }
    boolean addsUp = header.addsUpCosts();
    String line = cells.required(Column.LINE);
    String positionId = addsUp ? cells.required(Column.POSITION) : line;
    Optional<YearMonth> period = addsUp ? cells.period() : Optional.empty();
    Label<PositionCategory> category = cells.category();
    String positionProject = cells.get(Column.POSITION_PROJECT);
    boolean signed = cells.requiredYesNo(Column.SERVICE_AGREEMENT, Optional.empty());
    Charge fund = cells.fund();
    Label<CostKind> cost = cells.cost();
    cells.reversals = addsUp;
    Money amount = cells.money(Column.AMOUNT);
    cells.reversals = false;
    Money actual = cells.money(Column.ACTUAL);
    if (!cells.problems.isEmpty()) {
      return new Checked(cells.error(Text.join(cells.problems)));
    }
    boolean reversal = cells.reversal;
    String month = addsUp ? period.orElseThrow().toString() : "";
    String costName =
        cost.term() == CostKind.NOT_NAMED_BY_NOTICE ? cost.text() : cost.term().chineseName();
    String positionMonth = addsUp ? positionId + " " + month : "";
    CheckedRow.Description charge =
        new CheckedRow.Description(
            category.term().isNamedByNotice() ? category.term().chineseName() : category.text(),
            positionProject,
            positionMonth,
            costName,
            reversal,
            amount,
            actual,
            fund.description());
    Position position;
    try {
      position =
          Position.builder()
              .id(positionId)
              .category(category.term())
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
      if (addsUp) {
        // A kind the notice does not name is told apart by the ledger's own label (差旅费, 设备费).
        ActualCost actualCost = ActualCost.of(position, cost, period.orElseThrow(), actual);
        LedgerEntry entry =
            reversal
                ? LedgerEntry.reversal(line, actualCost, fund.source(), amount)
                : LedgerEntry.charge(line, actualCost, fund.source(), amount);
        String costLabel = positionMonth + " " + costName;
        int unused = costLabel.hashCode(); // worked out on the reading thread; the string keeps it
        return new ToAudit(row, line, entry, category, cost, fund, charge, costLabel);
      }
      Answer answer =
          policy
              .mayCharge(Expense.of(position, cost.term(), amount, actual), fund.source())
              .naming(category, cost, fund.label());
      return new Checked(judgedAlone(row, line, answer, charge, fund, amount));
    } catch (IllegalArgumentException e) {
      return new Checked(cells.error(rejected(e)));
    }
  }

  /** Whether every one of {@code cells} is blank: asked of every row, so not with a stream. */
  private static boolean allBlank(List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (!cells.get(i).isBlank()) {
        return false;
      }
    }
    return true;
  }

  private CheckedRow judgedAlone(
      LedgerRow row,
      String line,
      Answer answer,
      CheckedRow.Description charge,
      Charge fund,
      Money amount) {
    List<String> zh = new ArrayList<>();
    List<String> en = new ArrayList<>();
    for (Finding finding : answer.decidingFindings()) {
      zh.add(finding.describe(Language.CHINESE));
      en.add(finding.describe(Language.ENGLISH));
    }
    return new CheckedRow(
        row.fileLine(),
        line,
        RowVerdict.of(answer.verdict()),
        ids(answer.clauses()),
        Text.join(zh, en),
        answer.remedies(),
        charge,
        fund.totalsKey(),
        Optional.of(amount),
        answer.decidingFindings(),
        Optional.empty());
  }

  /** The row as the library's audit answers it: decision 4 and the cost's lines added up. */
  private CheckedRow audited(
      LedgerRow row,
      String line,
      AuditAnswer answer,
      CheckedRow.Description charge,
      Charge fund,
      Money amount,
      String costLabel) {
    Text reasons = Text.join(answer.reasons(Language.CHINESE), answer.reasons(Language.ENGLISH));
    List<Finding> findings =
        answer
            .decision()
            .filter(decision -> decision.verdict() == answer.verdict())
            .<List<Finding>>map(Answer::decidingFindings)
            .orElse(List.of());
    return new CheckedRow(
        row.fileLine(),
        line,
        RowVerdict.of(answer.verdict()),
        ids(answer.clauses()),
        reasons,
        answer.remedies(),
        charge,
        fund.totalsKey(),
        Optional.of(amount),
        findings,
        Optional.of(new CheckedRow.CostTotal(costLabel, answer.charged(), answer.actual(), answer.grounds())),
        answer.entry().isReversal());
  }

  private List<String> ids(ImmutableSortedSet<Clause> cited) {
    int slot = System.identityHashCode(cited) & (citedIds.length - 1);
    CitedIds known = citedIds[slot];
    if (known != null && known.cited() == cited) {
      return known.ids();
    }
    ImmutableList.Builder<String> ids = ImmutableList.builderWithExpectedSize(cited.size());
    for (Clause clause : cited) {
      ids.add(clause.id());
    }
    CitedIds made = new CitedIds(cited, ids.build());
    citedIds[slot] = made;
    return made.ids();
  }

  /** Keeps the lines of each cost once one of them goes above the cost's actual amount. */
  private void noteOverCharge(String costLabel, AuditAnswer answer) {
    boolean above = answer.isRefusedFor(RefusalGround.ABOVE_ACTUAL_COST);
    if (!above && answer.earlierLineCount() == 0) {
      // A cost is kept from the charge that takes it above its actual amount, which counts: a line
      // with no earlier line that counts belongs to no cost kept, and takes it above nothing.
      return;
    }
    Over over = overCharged.get(costLabel);
    if (over == null) {
      if (!above) {
        return;
      }
      over = new Over(costLabel, answer.actual());
      List<String> earlier = answer.earlierLines();
      over.lines.addAll(earlier);
      int unnamed = answer.earlierLineCount() - earlier.size();
      if (unnamed > 0) {
        over.lines.add("… +" + unnamed);
      }
      overCharged.put(costLabel, over);
    }
    over.lines.add(answer.entry().line());
    over.last = answer.charged();
    if (answer.charged().isGreaterThan(over.highest)) {
      over.highest = answer.charged();
    }
  }

  /** A cost charged above its actual amount, as the rows so far show it. */
  private static final class Over {
    private final String cost;
    private final Money actual;
    private final List<String> lines = new ArrayList<>();
    private Money highest = Money.ZERO;
    private Money last = Money.ZERO;

    Over(String cost, Money actual) {
      this.cost = cost;
      this.actual = actual;
    }
  }

  /**
   * A fund read from the row, with how the report names it, and the ledger's label for it (which
   * the reasons name).
   */
  record Charge(
      FundingSource source, String description, String totalsKey, Label<FundKind> label) {}

  /** The cells of one row, and the problems found reading them. */
  private final class Cells {
    private final Header header;
    private final LedgerRow row;
    private final List<Text> problems = new ArrayList<>();
    /** Whether {@link #money} reads a negative amount as a reversal. */
    private boolean reversals;
    /** Whether the amount read was negative: a reversal. */
    private boolean reversal;

    Cells(Header header, LedgerRow row) {
      this.header = header;
      this.row = row;
    }

    /** Returns the cell without surrounding white space; empty if the ledger has no such column. */
    String get(Column column) {
      int i = header.index(column);
      return i >= 0 && i < row.cells().size() ? row.cells().get(i).strip() : "";
    }

    String required(Column column) {
      String value = get(column);
      if (value.isEmpty()) {
        problems.add(
            new Text(column.header() + " 为空（必填）", column.header() + " is empty (required)"));
      }
      return value;
    }

    /** The category; any the notice does not name is one, keeping its label (the list is open, 等). */
    Label<PositionCategory> category() {
      String text = required(Column.POSITION_CATEGORY);
      return text.isEmpty()
          ? Label.of(PositionCategory.NOT_NAMED_BY_NOTICE, PositionCategory.NOT_NAMED_BY_NOTICE.code())
          : PositionCategory.label(text);
    }

    /** The cost; any the notice does not name is one, keeping its label (…等支出). */
    Label<CostKind> cost() {
      String text = required(Column.COST);
      return text.isEmpty()
          ? Label.of(CostKind.NOT_NAMED_BY_NOTICE, CostKind.NOT_NAMED_BY_NOTICE.code())
          : CostKind.label(text);
    }

    /**
     * Reads a yes/no cell: 是, true, yes, Y or 1; 否, false, no, N or 0 (any case). {@code why} says why an empty cell
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
        case "是", "true", "yes", "y", "1" -> {
          return true;
        }
        case "否", "false", "no", "n", "0" -> {
          return false;
        }
        default -> {
          problems.add(
              new Text(
                  column.header() + "“" + text + "”不是 是/否（true/false、yes/no、Y/N、1/0）",
                  column.header()
                      + " \""
                      + text
                      + "\" is neither yes (是, true, yes, Y, 1) nor no (否, false, no, N, 0)"));
          return false;
        }
      }
    }

    /** Reads the period cell, a month {@code YYYY-MM}; empty, with a problem, if it is not one. */
    Optional<YearMonth> period() {
      String text = required(Column.PERIOD);
      if (text.isEmpty()) {
        return Optional.empty();
      }
      YearMonth kept = months.find(text);
      if (kept != null) {
        return Optional.of(kept);
      }
      if (MONTH.matcher(text).matches()) {
        // four ASCII digits, '-', two: a month unless it is not between 01 and 12
        int month = Integer.parseInt(text, 5, 7, 10);
        if (month >= 1 && month <= 12) {
          YearMonth period = YearMonth.of(Integer.parseInt(text, 0, 4, 10), month);
          months.keep(text, period);
          return Optional.of(period);
        }
      }
      problems.add(
          new Text(
              "period“" + text + "”不是月份（应为 YYYY-MM，如 2024-09）",
              "period \"" + text + "\" is not a month (YYYY-MM, such as 2024-09)"));
      return Optional.empty();
    }

    Money money(Column column) {
      String cell = required(column);
      if (cell.isEmpty()) {
        return Money.ZERO;
      }
      Money kept = amounts.find(cell); // only amounts that are not negative are kept
      if (kept != null) {
        return kept;
      }
      String name = column.header();
      AmountCell read = AmountCell.read(cell);
      if (read.problem().isPresent()) {
        Text problem = read.problem().orElseThrow();
        problems.add(
            new Text(
                name + "“" + cell + "”" + problem.zh(), name + " \"" + cell + "\" " + problem.en()));
        return Money.ZERO;
      }
      String text = read.plain();
      boolean negative = text.startsWith("-");
      if (reversals && negative) {
        reversal = true;
        text = text.substring(1).strip();
      }
      try {
        Money money = Money.parse(text);
        if (!negative) {
          amounts.keep(cell, money);
        } else if (reversal && money.isZero()) {
          problems.add(
              new Text(
                  name + "“" + cell + "”是零的冲销，冲销金额须大于零",
                  name + " \"" + cell + "\" reverses nothing: a reversal's amount must be above zero"));
        }
        return money;
      } catch (IllegalArgumentException e) {
        if (NEGATIVE.matcher(text).matches()) {
          problems.add(
              new Text(
                  name + "“" + cell + "”为负数，金额不能为负"
                      + (column == Column.AMOUNT ? "（冲销须有 position 和 period 两列）" : ""),
                  name + " \"" + cell + "\" is negative; amounts are never negative"
                      + (column == Column.AMOUNT
                          ? " (a reversal needs the columns position and period)"
                          : "")));
        } else if (TOO_MANY_DECIMALS.matcher(text).matches()) {
          problems.add(
              new Text(
                  name + "“" + cell + "”超过两位小数（金额精确到分）",
                  name + " \"" + cell + "\" has more than two decimal places (amounts are exact to the fen)"));
        } else if (DECIMAL.matcher(text).matches()) {
          problems.add(
              new Text(
                  name + "“" + cell + "”超出可表示的金额",
                  name + " \"" + cell + "\" is too large an amount"));
        } else {
          problems.add(
              new Text(
                  name + "“" + cell + "”不是金额（应为数字，可带小数点和至多两位小数，可带三位一组的千位分隔符和前置 ¥）",
                  name
                      + " \""
                      + cell
                      + "\" is not an amount of yuan (digits, optionally a point and up to two"
                      + " decimals; thousands separators in groups of three and a leading ¥ are"
                      + " accepted)"));
        }
        return Money.ZERO;
      }
    }

    Charge fund() {
      String text = required(Column.FUND);
      String project = get(Column.FUND_PROJECT);
      String cells =
          text
              + '\u001f'
              + project
              + '\u001f'
              + get(Column.BALANCE_RETAINED)
              + '\u001f'
              + get(Column.BALANCE_FOR_RESEARCH);
      Charge kept = funds.find(cells); // only funds read without a problem are kept
      if (kept != null) {
        return kept;
      }
      int problemsBefore = problems.size();
      Charge charge = readFund(text, project);
      if (problems.size() == problemsBefore) {
        funds.keep(cells, charge);
      }
      return charge;
    }

    private Charge readFund(String text, String project) {
      // Any other label (设备费, 业务费 …) is another budget line of the project.
      Label<FundKind> label =
          text.isEmpty()
              ? Label.of(FundKind.MATCHING_FUND, FundKind.MATCHING_FUND.code())
              : FundKind.label(text);
      FundKind kind = label.term();
      if (kind != FundKind.RETAINED_BALANCE) {
        optionalYesNo(Column.BALANCE_RETAINED);
        optionalYesNo(Column.BALANCE_FOR_RESEARCH);
      }
      return switch (kind) {
        case LABOUR_FEE -> labourFee(project, label);
        case OTHER_BUDGET_LINE -> otherBudgetLine(text, project, label);
        case RETAINED_BALANCE -> retainedBalance(label);
        case MATCHING_FUND ->
            new Charge(
                FundingSource.matchingFund(),
                FundKind.MATCHING_FUND.chineseName(),
                text.isEmpty() ? "—" : FundKind.MATCHING_FUND.chineseName(),
                label);
      };
    }

    private Charge labourFee(String project, Label<FundKind> label) {
      String name = FundKind.LABOUR_FEE.chineseName();
      requireProject(project, name);
      return new Charge(
          FundingSource.labourFee(project.isEmpty() ? "?" : project),
          name + " " + project,
          name,
          label);
    }

    private Charge otherBudgetLine(String text, String project, Label<FundKind> label) {
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
        return new Charge(FundingSource.matchingFund(), text, text, label);
      }
      return new Charge(
          FundingSource.budgetLine(project.isEmpty() ? "?" : project, line),
          line + " " + project,
          line,
          label);
    }

    private Charge retainedBalance(Label<FundKind> label) {
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
          name,
          label);
    }

    private void requireProject(String project, String fund) {
      if (project.isEmpty()) {
        problems.add(
            new Text(
                "fund_project 为空（" + fund + "须注明所列支的项目）",
                "fund_project is empty (required for " + fund + ": the project whose budget line is charged)"));
      }
    }

    CheckedRow skipped() {
      return new CheckedRow(
          row.fileLine(),
          get(Column.LINE),
          RowVerdict.SKIPPED,
          List.of(),
          new Text("合计行，不是列支，未核查", "a totals row, not a charge: not checked"),
          List.of(),
          CheckedRow.Description.NONE,
          "—",
          Optional.empty(),
          List.of(),
          Optional.empty());
    }

    CheckedRow error(Text problem) {
      return RowChecker.error(
          row.fileLine(),
          get(Column.LINE),
          get(Column.FUND).isEmpty() ? "—" : normaliseFund(get(Column.FUND)),
          problem);
    }

    private static String normaliseFund(String text) {
      FundKind kind = FundKind.label(text).term();
      return kind == FundKind.OTHER_BUDGET_LINE ? text : kind.chineseName();
    }
  }
}
