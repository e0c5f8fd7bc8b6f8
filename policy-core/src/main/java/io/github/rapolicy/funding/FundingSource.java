package io.github.rapolicy.funding;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import io.github.rapolicy.internal.Identifiers;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The money a cost is charged to: a project's labour-fee line (劳务费, 3.3.3) or another of its
 * budget lines, balance funds the unit retained (结余资金, 3.3.4), or dedicated matching funds the
 * unit provides (配套专门资金, 3.3.6).
 *
 * <pre>{@code
 * FundingSource.labourFee("NSFC-62301234");
 * FundingSource.budgetLine("NSFC-62301234", "设备费");
 * FundingSource.retainedBalance(
 *     BalanceCondition.RETAINED_UNDER_RULES, BalanceCondition.ARRANGED_FOR_RESEARCH_WITH_POSITIONS);
 * FundingSource.matchingFund();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; sources are equal when all their attributes are.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class FundingSource {

  FundingSource() {}

  /**
   * Returns the labour-fee budget line (劳务费) of project {@code projectId}, such as {@code
   * "62371001"}.
   *
   * @throws IllegalArgumentException if {@code projectId} is blank or begins or ends with white
   *     space: identifiers are compared exactly, and {@code " 62371001"} would silently be another
   *     project
   */
  public static FundingSource labourFee(String projectId) {
    return ImmutableFundingSource.builder().kind(FundKind.LABOUR_FEE).project(checkNotNull(projectId, "projectId")).build();
  }

  /**
   * Returns the budget line {@code line} of project {@code projectId}, such as 设备费; use {@link
   * #labourFee} for the labour-fee line.
   *
   * @throws IllegalArgumentException if {@code line} is the labour-fee line 劳务费, or {@code
   *     projectId} or {@code line} is blank or begins or ends with white space
   */
  public static FundingSource budgetLine(String projectId, String line) {
    return ImmutableFundingSource.builder()
        .kind(FundKind.OTHER_BUDGET_LINE)
        .project(checkNotNull(projectId, "projectId"))
        .budgetLine(line)
        .build();
  }

  /**
   * Returns balance funds the unit retained (结余资金), meeting the conditions {@code met} of 3.3.4
   * and no others.
   */
  public static FundingSource retainedBalance(BalanceCondition... met) {
    return ImmutableFundingSource.builder()
        .kind(FundKind.RETAINED_BALANCE)
        .addBalanceConditions(met)
        .build();
  }

  /** Returns dedicated matching funds the unit provides for RA positions (配套专门资金, 3.3.6). */
  public static FundingSource matchingFund() {
    return ImmutableFundingSource.builder().kind(FundKind.MATCHING_FUND).build();
  }

  /** Returns the kind of money. */
  public abstract FundKind kind();

  /** The project whose budget line this is, or null. */
  abstract @Nullable String project();

  /**
   * Returns the project whose budget line this is; present exactly for project budget lines.
   * Computed once and kept, so that asking allocates nothing.
   */
  @Value.Lazy
  public Optional<String> projectId() {
    return Optional.ofNullable(project());
  }

  /**
   * Returns the name of the budget line, such as 设备费; present exactly for {@link
   * FundKind#OTHER_BUDGET_LINE}.
   */
  public abstract Optional<String> budgetLine();

  /** Returns the conditions of 3.3.4 these retained balance funds meet; empty for other kinds. */
  public abstract ImmutableSet<BalanceCondition> balanceConditions();

  /** Returns whether these funds meet {@code condition} of 3.3.4. */
  public final boolean meets(BalanceCondition condition) {
    return balanceConditions().contains(checkNotNull(condition, "condition"));
  }

  @Value.Check
  final void check() {
    checkArgument(
        projectId().isPresent() == kind().isProjectBudgetLine(),
        "a project id goes with project budget lines only, not with %s",
        kind());
    projectId()
        .ifPresent(id -> Identifiers.check("project id", id));
    checkArgument(
        budgetLine().isPresent() == (kind() == FundKind.OTHER_BUDGET_LINE),
        "a budget line name goes with OTHER_BUDGET_LINE only, not with %s",
        kind());
    budgetLine()
        .ifPresent(
            line -> {
              checkArgument(
                  !line.contains(FundKind.LABOUR_FEE.chineseName()),
                  "not another budget line: \"%s\" (use labourFee for 劳务费)",
                  line);
              Identifiers.check("budget line", line);
            });
    checkArgument(
        balanceConditions().isEmpty() || kind() == FundKind.RETAINED_BALANCE,
        "balance conditions go with RETAINED_BALANCE only, not with %s",
        kind());
  }
}
