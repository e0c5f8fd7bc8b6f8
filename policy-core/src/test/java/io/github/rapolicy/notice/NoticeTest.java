package io.github.rapolicy.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The notice's identity and the look-up of its clauses. */
class NoticeTest {

  private final Notice notice = Notice.instance();

  @ParameterizedTest
  @EnumSource(Clause.class)
  void everyClauseIsFoundByItsId(Clause clause) {
    assertThat(Clause.parse(clause.id())).isSameAs(clause);
    assertThat(notice.clause(clause.id())).isSameAs(clause);
    assertThat(clause).hasToString(clause.id());
  }

  @Test
  void idLookUpIgnoresSurroundingWhitespace() {
    assertThat(Clause.parse(" 3.3.3\n")).isSameAs(Clause.C3_3_3);
    assertThat(notice.clause("\u3000title")).isSameAs(Clause.TITLE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"3.3.9", "", " ", "3.3.3x", "3.3", "C3_3_3", "TITLE", "三（三）", "0.0.0"})
  void unknownIdsAreRejectedNamingTheId(String id) {
    assertThatThrownBy(() -> Clause.parse(id))
        .isInstanceOf(UnknownClauseException.class)
        .hasMessageContaining("\"" + id + "\"")
        .asInstanceOf(type(UnknownClauseException.class))
        .extracting(UnknownClauseException::id)
        .isEqualTo(id);
    assertThatThrownBy(() -> notice.clause(id))
        .isInstanceOf(UnknownClauseException.class)
        .asInstanceOf(type(UnknownClauseException.class))
        .extracting(UnknownClauseException::id)
        .isEqualTo(id);
  }

  @Test
  void unknownClauseExceptionIsAnIllegalArgumentException() {
    assertThatThrownBy(() -> Clause.parse("3.3.9")).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @EnumSource(Clause.class)
  void constantNamesFollowTheIds(Clause clause) {
    // The constant for ID 3.3.3 is C3_3_3; the heading and signature lines are named by their ID.
    String expected =
        clause.id().matches("\\d\\.\\d\\.\\d")
            ? "C" + clause.id().replace('.', '_')
            : clause.id().toUpperCase(Locale.ROOT);
    assertThat(clause.name()).isEqualTo(expected);
  }

  @Test
  void idsAreUniqueAndWellFormed() {
    assertThat(Arrays.stream(Clause.values()).map(Clause::id))
        .doesNotHaveDuplicates()
        .allMatch(id -> id.matches("[0-3]\\.\\d\\.\\d|title|number|addressees|issuers|date"));
  }

  @Test
  void noticeHasItsNumberTitleAndDate() {
    assertThat(notice.number()).isEqualTo("工信部联规〔2024〕122号");
    assertThat(notice.title()).isEqualTo("工业和信息化部等八部门关于开发科研助理岗位招录高校毕业生工作的通知");
    assertThat(notice.englishTitle()).isEqualTo(Clause.TITLE.gloss()).startsWith("Notice of MIIT");
    // 落款: 2024年6月25日
    assertThat(notice.dateOfIssue()).isEqualTo(LocalDate.of(2024, 6, 25));
    assertThat(Clause.DATE.original()).isEqualTo("2024年6月25日");
    assertThat(notice).hasToString("工信部联规〔2024〕122号 " + notice.title());
    assertThat(Notice.instance()).isSameAs(notice);
  }

  @Test
  void noticeIsInForceFromItsDateOfIssue() {
    assertThat(notice.isInForceOn(LocalDate.of(2024, 6, 24))).isFalse();
    assertThat(notice.isInForceOn(LocalDate.of(2024, 6, 25))).isTrue();
    assertThat(notice.isInForceOn(LocalDate.of(2024, 6, 26))).isTrue();
    assertThat(notice.isInForceOn(LocalDate.of(2023, 12, 31))).isFalse();
    assertThat(notice.isInForceOn(LocalDate.of(2030, 1, 1))).isTrue();
  }

  @Test
  void eightIssuersSignInNoticeOrder() {
    // 落款 and the title's 工业和信息化部等八部门: MIIT leads, seven others follow.
    assertThat(notice.issuers())
        .containsExactly(
            IssuingBody.MIIT,
            IssuingBody.MOST,
            IssuingBody.MOE,
            IssuingBody.MOF,
            IssuingBody.MOHRSS,
            IssuingBody.SASAC,
            IssuingBody.CAS,
            IssuingBody.NSFC);
    assertThat(
            notice.issuers().stream()
                .map(IssuingBody::chineseName)
                .collect(Collectors.joining("、")))
        .isEqualTo(Clause.ISSUERS.original());
  }

  @Test
  void addresseesAreTheSixAuthoritiesAndTheZoneCommittees() {
    // addressees: …工业和信息化、教育、科技、财政、人力资源社会保障、国有资产监管主管部门，各国家高新区管委会
    assertThat(notice.addressees())
        .containsExactly(
            Addressee.INDUSTRY_AND_IT_AUTHORITY,
            Addressee.EDUCATION_AUTHORITY,
            Addressee.SCIENCE_AND_TECHNOLOGY_AUTHORITY,
            Addressee.FINANCE_AUTHORITY,
            Addressee.HUMAN_RESOURCES_AND_SOCIAL_SECURITY_AUTHORITY,
            Addressee.STATE_ASSETS_AUTHORITY,
            Addressee.NATIONAL_HIGH_TECH_ZONE_COMMITTEE);
    String authorities =
        notice.addressees().subList(0, 6).stream()
            .map(a -> a.chineseName().replaceFirst("主管部门$", ""))
            .collect(Collectors.joining("、", "", "主管部门"));
    assertThat(Clause.ADDRESSEES.original())
        .contains(authorities)
        .endsWith("，各" + Addressee.NATIONAL_HIGH_TECH_ZONE_COMMITTEE.chineseName());
    assertThat(notice.addressees().subList(0, 6)).allMatch(a -> a.chineseName().endsWith("主管部门"));
  }

  @Test
  void clausesAreTheCatalogueInDocumentOrder() {
    assertThat(notice.clauses()).containsExactly(Clause.values());
    assertThat(notice.clauses().get(0)).isSameAs(Clause.TITLE);
    assertThat(notice.clauses().get(notice.clauses().size() - 1)).isSameAs(Clause.DATE);
    assertThat(notice.number()).isEqualTo(Clause.NUMBER.original());
    assertThat(notice.title()).isEqualTo(Clause.TITLE.original());
  }

  @Test
  void onlyClause332HasTwoKinds() {
    // 3.3.2: 应…签订服务协议 (obligation), 鼓励…办理参加社会保险及住房公积金 (encouragement).
    assertThat(Clause.C3_3_2.kinds())
        .containsExactly(ClauseKind.OBLIGATION, ClauseKind.ENCOURAGEMENT);
    assertThat(Clause.C3_3_2.isOfKind(ClauseKind.OBLIGATION)).isTrue();
    assertThat(Clause.C3_3_2.isOfKind(ClauseKind.ENCOURAGEMENT)).isTrue();
    assertThat(Clause.C3_3_2.isOfKind(ClauseKind.RULE)).isFalse();
    assertThat(Arrays.stream(Clause.values()).filter(c -> c.kinds().size() != 1))
        .containsExactly(Clause.C3_3_2);
  }

  @Test
  void labourFeeRuleIsTheRuleOfItemThreeThree() {
    // 3.3.3, the example of Clause's documentation.
    Clause rule = Clause.parse("3.3.3");
    assertThat(rule.article()).isEqualTo("三（三）");
    assertThat(rule.original()).startsWith("对于依托各级科技计划项目设立的科研助理岗位，科研项目经费中“劳务费”科目资金可");
    assertThat(rule.kinds()).containsExactly(ClauseKind.RULE);
    assertThat(rule.gloss()).contains("labour-fee");
  }

  @Test
  void decidableKindsAreDefinitionScopeRuleAndObligation() {
    assertThat(Arrays.stream(ClauseKind.values()).filter(ClauseKind::isDecidable))
        .containsExactlyInAnyOrderElementsOf(
            EnumSet.of(
                ClauseKind.DEFINITION, ClauseKind.SCOPE, ClauseKind.RULE, ClauseKind.OBLIGATION));
  }

  @Test
  void everyClauseHasAnArticleAGlossAndAKind() {
    for (Clause clause : Clause.values()) {
      assertThat(clause.article()).as(clause.id()).isNotBlank();
      assertThat(clause.gloss()).as(clause.id()).isNotBlank();
      assertThat(clause.original())
          .as(clause.id())
          .isNotBlank()
          .isEqualTo(clause.original().strip());
      assertThat(clause.kinds()).as(clause.id()).isNotEmpty();
    }
  }
}
