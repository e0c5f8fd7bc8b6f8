package io.github.rapolicy.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.github.rapolicy.funding.CostKind;
import io.github.rapolicy.funding.FundKind;
import io.github.rapolicy.position.PositionCategory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** One vocabulary: synonyms, and the open reading of labels the notice does not name. */
class LabelTest {

  @Test
  @DisplayName("3.3.3, 3.3.6: the synonyms finance systems write parse to their terms")
  void synonymsParse() {
    assertThat(FundKind.parse("劳务费科目")).isEqualTo(FundKind.LABOUR_FEE);
    assertThat(FundKind.parse("配套专门资金")).isEqualTo(FundKind.MATCHING_FUND);
    assertThat(FundKind.parse(" 配套专门资金 ")).isEqualTo(FundKind.MATCHING_FUND);
    assertThat(CostKind.parse("社会保险费补助")).isEqualTo(CostKind.SOCIAL_INSURANCE_SUBSIDY);
    assertThat(CostKind.parse("社保补助")).isEqualTo(CostKind.SOCIAL_INSURANCE_SUBSIDY);
    assertThat(FundKind.LABOUR_FEE.synonyms()).containsExactly("劳务费科目");
    assertThat(FundKind.MATCHING_FUND.synonyms()).containsExactly("配套专门资金");
    assertThat(FundKind.RETAINED_BALANCE.synonyms()).isEmpty();
    assertThat(FundKind.OTHER_BUDGET_LINE.synonyms()).isEmpty();
    assertThat(CostKind.SOCIAL_INSURANCE_SUBSIDY.synonyms()).containsExactly("社会保险费补助", "社保补助");
    assertThat(CostKind.LABOUR_REMUNERATION.synonyms()).isEmpty();
    assertThat(PositionCategory.ACADEMIC_ASSISTANT.synonyms()).isEmpty();
  }

  @Test
  @DisplayName("parse stays strict: a label it does not know is an UnknownTermException naming it")
  void parseIsStrict() {
    assertThatThrownBy(() -> FundKind.parse("设备费"))
        .isInstanceOf(UnknownTermException.class)
        .hasMessageContaining("\"设备费\"")
        .hasMessageContaining("配套专门资金");
    assertThatThrownBy(() -> CostKind.parse("差旅费")).isInstanceOf(UnknownTermException.class);
  }

  @Test
  @DisplayName("label: any other fund is another budget line, keeping the caller's label")
  void otherFundsAreOtherBudgetLines() {
    Label<FundKind> equipment = FundKind.label(" 设备费 ");
    assertThat(equipment.term()).isEqualTo(FundKind.OTHER_BUDGET_LINE);
    assertThat(equipment.text()).isEqualTo("设备费");
    assertThat(equipment.isOwnLabel()).isFalse();
    assertThat(equipment.code()).isEqualTo("OTHER_BUDGET_LINE");
    assertThat(equipment.chineseName()).isEqualTo("设备费");
    assertThat(equipment.englishName()).isEqualTo("设备费");
    assertThat(equipment).hasToString("OTHER_BUDGET_LINE(设备费)");
    assertThat(FundKind.label("劳务费科目").term()).isEqualTo(FundKind.LABOUR_FEE);
    assertThat(FundKind.label("RETAINED_BALANCE").term()).isEqualTo(FundKind.RETAINED_BALANCE);
    assertThat(FundKind.label("配套专门资金").term()).isEqualTo(FundKind.MATCHING_FUND);
  }

  @Test
  @DisplayName("label: any other cost is one the notice does not name, and names itself")
  void otherCostsAreNotNamed() {
    Label<CostKind> travel = CostKind.label("差旅费");
    assertThat(travel.term()).isEqualTo(CostKind.NOT_NAMED_BY_NOTICE);
    assertThat(travel.chineseName()).isEqualTo("差旅费");
    Label<CostKind> subsidy = CostKind.label("社保补助");
    assertThat(subsidy.term()).isEqualTo(CostKind.SOCIAL_INSURANCE_SUBSIDY);
    assertThat(subsidy.isOwnLabel()).isTrue();
    assertThat(subsidy.chineseName()).isEqualTo("社会保险补助");
    assertThat(subsidy.englishName()).isEqualTo("social-insurance subsidy");
    assertThat(PositionCategory.label("实验动物饲养").term())
        .isEqualTo(PositionCategory.NOT_NAMED_BY_NOTICE);
    assertThat(PositionCategory.label("学术助理").term()).isEqualTo(PositionCategory.ACADEMIC_ASSISTANT);
  }

  @Test
  @DisplayName("a term's own labels are its code, each name and each synonym")
  void ownLabels() {
    for (String own : new String[] {"SOCIAL_INSURANCE_SUBSIDY", "社会保险补助", "social-insurance subsidy", "社会保险费补助"}) {
      assertThat(Label.of(CostKind.SOCIAL_INSURANCE_SUBSIDY, own).isOwnLabel()).as(own).isTrue();
    }
    Label<CostKind> mine = Label.of(CostKind.SOCIAL_INSURANCE_SUBSIDY, "社保");
    assertThat(mine.isOwnLabel()).isFalse();
    assertThat(mine.chineseName()).isEqualTo("社保");
  }

  @Test
  @DisplayName("a blank label is refused, naming it")
  void blank() {
    assertThatThrownBy(() -> CostKind.label("  "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a label must not be blank: \"  \"");
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(CostKind.label("差旅费"), Label.of(CostKind.NOT_NAMED_BY_NOTICE, " 差旅费"))
        .addEqualityGroup(CostKind.label("培训费"))
        .addEqualityGroup(Label.of(CostKind.HOUSING_FUND, "差旅费"))
        .testEquals();
    assertThat(Label.of(CostKind.HOUSING_FUND, "x").hashCode())
        .isNotEqualTo(Label.of(CostKind.LABOUR_REMUNERATION, "x").hashCode());
  }
}
