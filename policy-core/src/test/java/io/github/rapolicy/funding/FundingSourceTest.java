package io.github.rapolicy.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rapolicy.notice.Clause;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Funding sources and the vocabularies of money: structural checks and factories. */
class FundingSourceTest {

  @Test
  void labourFeeLineBelongsToItsProject() {
    // 3.3.3: 科研项目经费中“劳务费”科目资金
    FundingSource source = FundingSource.labourFee("NSFC-62301234");

    assertThat(source.kind()).isEqualTo(FundKind.LABOUR_FEE);
    assertThat(source.projectId()).contains("NSFC-62301234");
    assertThat(source.budgetLine()).isEmpty();
    assertThat(source.balanceConditions()).isEmpty();
  }

  @Test
  void otherBudgetLineBelongsToItsProjectAndHasAName() {
    FundingSource source = FundingSource.budgetLine("NSFC-62301234", "设备费");

    assertThat(source.kind()).isEqualTo(FundKind.OTHER_BUDGET_LINE);
    assertThat(source.projectId()).contains("NSFC-62301234");
    assertThat(source.budgetLine()).contains("设备费");
    assertThat(source.balanceConditions()).isEmpty();
  }

  @Test
  void retainedBalanceMeetsExactlyTheConditionsGiven() {
    // 3.3.4: 按规定留用的结余资金安排用于科研项目并设立科研助理岗位
    FundingSource both =
        FundingSource.retainedBalance(
            BalanceCondition.RETAINED_UNDER_RULES,
            BalanceCondition.ARRANGED_FOR_RESEARCH_WITH_POSITIONS);
    FundingSource one = FundingSource.retainedBalance(BalanceCondition.RETAINED_UNDER_RULES);
    FundingSource none = FundingSource.retainedBalance();

    assertThat(both.kind()).isEqualTo(FundKind.RETAINED_BALANCE);
    assertThat(both.meets(BalanceCondition.RETAINED_UNDER_RULES)).isTrue();
    assertThat(both.meets(BalanceCondition.ARRANGED_FOR_RESEARCH_WITH_POSITIONS)).isTrue();
    assertThat(one.meets(BalanceCondition.RETAINED_UNDER_RULES)).isTrue();
    assertThat(one.meets(BalanceCondition.ARRANGED_FOR_RESEARCH_WITH_POSITIONS)).isFalse();
    assertThat(none.balanceConditions()).isEmpty();
    assertThat(both.projectId()).isEmpty();
    assertThat(both.budgetLine()).isEmpty();
  }

  @Test
  void matchingFundBelongsToNoProject() {
    // 3.3.6: 配套专门资金
    FundingSource source = FundingSource.matchingFund();

    assertThat(source.kind()).isEqualTo(FundKind.MATCHING_FUND);
    assertThat(source.projectId()).isEmpty();
    assertThat(source.budgetLine()).isEmpty();
    assertThat(source.balanceConditions()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"劳务费", " 劳务费", "劳务费\u3000", "“劳务费”", "劳务费科目"})
  void labourFeeIsNotAnotherBudgetLineAndTheErrorNamesTheLine(String line) {
    assertThatThrownBy(() -> FundingSource.budgetLine("NSFC-62301234", line))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"" + line + "\"")
        .hasMessageContaining("labourFee");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t"})
  void blankBudgetLinesAreRejectedNamingTheLine(String line) {
    assertThatThrownBy(() -> FundingSource.budgetLine("NSFC-62301234", line))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"" + line + "\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\u3000"})
  void blankProjectIdsAreRejectedNamingTheId(String id) {
    assertThatThrownBy(() -> FundingSource.labourFee(id))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("project id")
        .hasMessageContaining("\"" + id + "\"");
    assertThatThrownBy(() -> FundingSource.budgetLine(id, "设备费"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"" + id + "\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {" 62371001", "62371001 ", "62371001\u3000", "\t62371001", "62371001\n"})
  void projectIdsWithSurroundingWhiteSpaceAreRejectedNamingTheIdAndTheAcceptedForm(String id) {
    String message =
        "project id must not begin or end with white space: \""
            + id
            + "\" (identifiers are compared exactly; write \"62371001\")";
    assertThatThrownBy(() -> FundingSource.labourFee(id))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
    assertThatThrownBy(() -> FundingSource.budgetLine(id, "设备费"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
    assertThat(FundingSource.labourFee("62371001").projectId()).hasValue("62371001");
    assertThat(FundingSource.labourFee("NSFC 62371001").projectId())
        .as("white space inside an identifier is part of it")
        .hasValue("NSFC 62371001");
  }

  @ParameterizedTest
  @ValueSource(strings = {" 设备费", "设备费 ", "设备费\u3000"})
  void budgetLinesWithSurroundingWhiteSpaceAreRejectedNamingTheLine(String line) {
    assertThatThrownBy(() -> FundingSource.budgetLine("62371001", line))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "budget line must not begin or end with white space: \""
                + line
                + "\" (identifiers are compared exactly; write \"设备费\")");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\u3000"})
  void blankProjectIdsSayBlank(String id) {
    assertThatThrownBy(() -> FundingSource.labourFee(id))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("project id must not be blank: \"" + id + "\"");
  }

  // The factories cannot pair a kind with attributes of another; the generated builder can, and
  // the check rejects it naming the kind.

  @Test
  void projectIdWithAFundOfNoProjectIsRejectedNamingTheKind() {
    ImmutableFundingSource.Builder builder =
        ImmutableFundingSource.builder().kind(FundKind.MATCHING_FUND).project("NSFC-62301234");

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("project id")
        .hasMessageContaining("MATCHING_FUND");
  }

  @Test
  void labourFeeWithoutItsProjectIsRejectedNamingTheKind() {
    ImmutableFundingSource.Builder builder =
        ImmutableFundingSource.builder().kind(FundKind.LABOUR_FEE);

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("LABOUR_FEE");
  }

  @Test
  void budgetLineNameWithTheLabourFeeIsRejectedNamingTheKind() {
    ImmutableFundingSource.Builder builder =
        ImmutableFundingSource.builder()
            .kind(FundKind.LABOUR_FEE)
            .project("NSFC-62301234")
            .budgetLine("劳务费");

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("budget line")
        .hasMessageContaining("LABOUR_FEE");
  }

  @Test
  void balanceConditionsWithAnotherKindAreRejectedNamingTheKind() {
    ImmutableFundingSource.Builder builder =
        ImmutableFundingSource.builder()
            .kind(FundKind.MATCHING_FUND)
            .addBalanceConditions(BalanceCondition.RETAINED_UNDER_RULES);

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("balance conditions")
        .hasMessageContaining("MATCHING_FUND");
  }

  // --- Vocabularies against the notice

  @Test
  void projectBudgetLinesAreTheLabourFeeAndOtherLines() {
    assertThat(Arrays.stream(FundKind.values()).filter(FundKind::isProjectBudgetLine))
        .containsExactlyInAnyOrder(FundKind.LABOUR_FEE, FundKind.OTHER_BUDGET_LINE);
  }

  @Test
  void namedCostsAreTheOnes333And334Name() {
    // 3.3.3 and 3.3.4: 劳务性报酬和社会保险补助等支出; 3.3.2 mentions 住房公积金 as an encouragement.
    for (CostKind cost : CostKind.values()) {
      boolean inBoth =
          Clause.C3_3_3.original().contains(cost.chineseName())
              && Clause.C3_3_4.original().contains(cost.chineseName());
      assertThat(inBoth).as(cost.code()).isEqualTo(cost.isNamedAsPayable());
    }
    assertThat(Clause.C3_3_2.original()).contains(CostKind.HOUSING_FUND.chineseName());
    assertThat(CostKind.HOUSING_FUND.isNamedAsPayable()).isFalse();
  }

  @Test
  void fundKindsAndConditionsQuoteTheNotice() {
    // 3.3.3 “劳务费”科目; 3.3.4 结余资金, 按规定留用
    assertThat(Clause.C3_3_3.original()).contains("“" + FundKind.LABOUR_FEE.chineseName() + "”");
    assertThat(Clause.C3_3_4.original())
        .contains(FundKind.RETAINED_BALANCE.chineseName())
        .contains(BalanceCondition.RETAINED_UNDER_RULES.chineseName());
  }

  @ParameterizedTest
  @ValueSource(strings = {"\u00a0劳务费", "劳务费\u00a0", "\u3000劳务费\u3000"})
  void labelsExportedWithUnicodeSpacesParse(String label) {
    // Spreadsheet exports pad cells with no-break and ideographic spaces.
    assertThat(FundKind.parse(label)).isEqualTo(FundKind.LABOUR_FEE);
  }
}
