package io.github.rapolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import io.github.rapolicy.funding.CostKind;
import io.github.rapolicy.funding.FundKind;
import io.github.rapolicy.notice.Clause;
import io.github.rapolicy.position.PositionCategory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The rule-base fingerprint: pinned for the bare notice, changed by every change that can change an
 * answer (a verdict, a clause, a remedy, an overlay's rule or citation), the texts fingerprint alone
 * changed by wording, and neither changed by listing rules or overlays in another order.
 */
class FingerprintTest {

  /**
   * The bare notice's fingerprint. It changes exactly when a verdict, clause or remedy of the rule
   * base does (rules), or a reason's, remedy's or clause's wording (texts): if such a change is
   * intended, review it and pin the new value printed by the failure.
   */
  static final String NOTICE_RULES = "ef6d34886a5a5e3a";

  static final String NOTICE_TEXTS = "052d1dd3a26d004d";

  private static final Policy NOTICE = Policy.ofNotice();

  @Test
  @DisplayName("the bare notice's fingerprint is the pinned one")
  void bareNoticeIsPinned() {
    Fingerprint fingerprint = NOTICE.fingerprint();
    assertThat(fingerprint.rules())
        .withFailMessage(
            "the notice's rule base changed (a verdict, clause or remedy): its fingerprint is now %s;"
                + " if intended, pin it in FingerprintTest.NOTICE_RULES",
            fingerprint.rules())
        .isEqualTo(NOTICE_RULES);
    assertThat(fingerprint.texts())
        .withFailMessage(
            "the notice's wording changed: its texts fingerprint is now %s;"
                + " if intended, pin it in FingerprintTest.NOTICE_TEXTS",
            fingerprint.texts())
        .isEqualTo(NOTICE_TEXTS);
    assertThat(fingerprint).hasToString("rules " + NOTICE_RULES + " texts " + NOTICE_TEXTS);
  }

  @Test
  @DisplayName("the hash is SHA-256 of the sorted lines in UTF-8, its first 16 hex digits")
  void hashIsSha256OfSortedLines() {
    // printf 'a\nb\n说明\n' | sha256sum, first 16 digits, computed outside Java
    assertThat(Fingerprints.hash(List.of("说明", "b", "a"))).isEqualTo("4a96bfca1ab94169");
    assertThat(Fingerprints.hash(List.of("a", "b", "说明"))).isEqualTo("4a96bfca1ab94169");
    // printf '\n' | sha256sum
    assertThat(Fingerprints.hash(List.of())).isEqualTo("01ba4719c80b6fe9");
  }

  @Test
  @DisplayName("the notice's lines: every reason and decision 4 for every combination of facts asked")
  void noticeLinesCoverEveryReasonAndEveryCharge() {
    ImmutableList<String> lines = Fingerprints.noticeRuleLines();
    int charges =
        (3 + 3 + 4 + 1) * 4 * PositionCategory.values().length * CostKind.values().length;
    assertThat(lines).hasSize(1 + Reason.values().length + charges);
    assertThat(lines).doesNotHaveDuplicates();
    assertThat(lines)
        .contains(
            "notice \"工信部联规〔2024〕122号\"",
            "reason ABOVE_ACTUAL_COST NOT_ALLOWED clauses=3.3.5 remedies=CHARGE_ACTUAL_COST",
            "reason MATCHING_FUND_PAYS_HOUSING_FUND ALLOWED clauses=3.3.2,3.3.6 remedies=",
            "reason LABOUR_FEE_COST_NOT_NAMED UNDECIDED clauses=3.3.3"
                + " remedies=APPLY_OUTSIDE_RULE,USE_MATCHING_FUND");
    assertThat(lines)
        .filteredOn(line -> line.startsWith("charge fund=MATCHING_FUND"))
        .allMatch(line -> line.contains(" relation=BASED_ON_CHARGED_PROJECT retained=false"))
        .hasSize(4 * PositionCategory.values().length * CostKind.values().length);
    assertThat(lines)
        .filteredOn(line -> line.startsWith("charge fund=RETAINED_BALANCE"))
        .allMatch(line -> line.contains(" relation=BASED_ON_CHARGED_PROJECT "))
        .anyMatch(line -> line.contains(" retained=true arranged=false "))
        .anyMatch(line -> line.contains(" retained=false arranged=true "));
    assertThat(lines)
        .filteredOn(line -> line.startsWith("charge fund=LABOUR_FEE"))
        .allMatch(line -> line.contains(" retained=false arranged=false "))
        .anyMatch(line -> line.contains(" relation=BASED_ON_NO_PLAN_PROJECT "));
    assertThat(lines)
        .contains(
            "charge fund=LABOUR_FEE relation=BASED_ON_CHARGED_PROJECT retained=false arranged=false"
                + " agreement=true exceeds=false category=AUXILIARY_RESEARCH"
                + " cost=LABOUR_REMUNERATION -> ALLOWED findings=CATEGORY_NAMED:ALLOWED:0.0.1;"
                + "LABOUR_FEE_OWN_PROJECT:ALLOWED:3.3.3;LABOUR_FEE_PAYS:ALLOWED:3.3.3;"
                + "SERVICE_AGREEMENT_SIGNED:ALLOWED:3.3.2;WITHIN_ACTUAL_COST:ALLOWED:3.3.5"
                + " remedies=");
  }

  @Test
  @DisplayName("a change to a reason's verdict, clauses or remedies changes the rules fingerprint")
  void changedReasonChangesRules() {
    List<String> lines = Fingerprints.noticeRuleLines();
    String own = line(Reason.LABOUR_FEE_OWN_PROJECT);
    assertThat(lines).contains(own);
    String original = Fingerprints.hash(lines);
    assertThat(original).isEqualTo(NOTICE.fingerprint().rules());
    assertThat(
            Fingerprints.hash(
                replaced(
                    lines,
                    own,
                    Fingerprints.reasonLine(
                        "LABOUR_FEE_OWN_PROJECT",
                        Verdict.NOT_ALLOWED,
                        List.of(Clause.C3_3_3),
                        List.of()))))
        .isNotEqualTo(original);
    assertThat(
            Fingerprints.hash(
                replaced(
                    lines,
                    own,
                    Fingerprints.reasonLine(
                        "LABOUR_FEE_OWN_PROJECT",
                        Verdict.ALLOWED,
                        List.of(Clause.C3_3_4),
                        List.of()))))
        .isNotEqualTo(original);
    assertThat(
            Fingerprints.hash(
                replaced(
                    lines,
                    own,
                    Fingerprints.reasonLine(
                        "LABOUR_FEE_OWN_PROJECT",
                        Verdict.ALLOWED,
                        List.of(Clause.C3_3_3),
                        List.of(Remedy.USE_MATCHING_FUND)))))
        .isNotEqualTo(original);
  }

  @Test
  @DisplayName("a change to one answer of decision 4 changes the rules fingerprint")
  void changedChargeAnswerChangesRules() {
    List<String> lines = Fingerprints.noticeRuleLines();
    String allowed =
        lines.stream().filter(l -> l.startsWith("charge ") && l.contains("-> ALLOWED")).findFirst()
            .orElseThrow();
    assertThat(Fingerprints.hash(replaced(lines, allowed, allowed.replace("-> ALLOWED", "-> UNDECIDED"))))
        .isNotEqualTo(Fingerprints.hash(lines));
  }

  @Test
  @DisplayName("reasons and answers listed in another order give the same fingerprint")
  void orderOfNoticeLinesChangesNothing() {
    List<String> lines = new ArrayList<>(Fingerprints.noticeRuleLines());
    String original = Fingerprints.hash(lines);
    Collections.shuffle(lines, new Random(14));
    assertThat(Fingerprints.hash(lines)).isEqualTo(original);
    assertThat(
            Fingerprints.reasonLine(
                "R", Verdict.ALLOWED, List.of(Clause.C3_3_5, Clause.C3_3_2), List.of(Remedy.USE_MATCHING_FUND, Remedy.CHARGE_ACTUAL_COST)))
        .isEqualTo(
            Fingerprints.reasonLine(
                "R", Verdict.ALLOWED, List.of(Clause.C3_3_2, Clause.C3_3_5), List.of(Remedy.CHARGE_ACTUAL_COST, Remedy.USE_MATCHING_FUND)))
        .isEqualTo("reason R ALLOWED clauses=3.3.2,3.3.5 remedies=CHARGE_ACTUAL_COST,USE_MATCHING_FUND");
  }

  @Test
  @DisplayName("equal rules give equal fingerprints; an overlay changes both")
  void equalRulesEqualFingerprints() {
    assertThat(NOTICE.fingerprint()).isEqualTo(Policy.ofNotice().fingerprint());
    Fingerprint reformed = NOTICE.withOverlay(OverlayTest.housingFundReform()).fingerprint();
    assertThat(reformed)
        .isEqualTo(NOTICE.withOverlay(OverlayTest.housingFundReform()).fingerprint());
    assertThat(reformed.rules()).isNotEqualTo(NOTICE_RULES);
    assertThat(reformed.texts()).isNotEqualTo(NOTICE_TEXTS);
    assertThat(NOTICE.withOverlay(Overlay.of("空", "无")).fingerprint())
        .as("an overlay with no rules changes no answer")
        .isEqualTo(NOTICE.fingerprint());
  }

  @Test
  @DisplayName("a change to an overlay rule's verdict, fund, cost, category or effect changes the rules")
  void changedOverlayRuleChangesRules() {
    Fingerprint allowed = withRules(OverlayTest.housingFundFromLabourFee(Verdict.ALLOWED));
    List<Fingerprint> others =
        List.of(
            withRules(OverlayTest.housingFundFromLabourFee(Verdict.NOT_ALLOWED)),
            withRules(
                OverlayRule.settleCharge(
                    FundKind.RETAINED_BALANCE, CostKind.HOUSING_FUND, Verdict.ALLOWED,
                    "项目聘用人员的住房公积金纳入劳务费科目列支",
                    "the housing provident fund of project-hired staff is charged to the labour fee")),
            withRules(OverlayTest.noHousingFundFromLabourFee()),
            withRules(
                OverlayRule.restrictCharges(
                    Optional.of(FundKind.LABOUR_FEE), Optional.of(CostKind.HOUSING_FUND),
                    Optional.of(PositionCategory.AUXILIARY_RESEARCH),
                    "本校劳务费不得列支住房公积金",
                    "this university's labour fees do not pay the housing provident fund")),
            withRules(
                OverlayRule.restrictCharges(
                    Optional.empty(), Optional.of(CostKind.HOUSING_FUND), Optional.empty(),
                    "本校劳务费不得列支住房公积金",
                    "this university's labour fees do not pay the housing provident fund")));
    for (Fingerprint other : others) {
      assertThat(other.rules()).isNotEqualTo(allowed.rules());
    }
    assertThat(others.stream().map(Fingerprint::rules).distinct()).hasSize(others.size());
  }

  @Test
  @DisplayName("an overlay's name or source is cited by its answers: a change changes the rules")
  void changedOverlayCitationChangesRules() {
    OverlayRule rule = OverlayTest.housingFundFromLabourFee(Verdict.ALLOWED);
    Fingerprint reform = NOTICE.withOverlay(Overlay.of("改革", "国办发〔2021〕32号", rule)).fingerprint();
    assertThat(NOTICE.withOverlay(Overlay.of("改革", "国办发〔2021〕33号", rule)).fingerprint().rules())
        .isNotEqualTo(reform.rules());
    assertThat(NOTICE.withOverlay(Overlay.of("新改革", "国办发〔2021〕32号", rule)).fingerprint().rules())
        .isNotEqualTo(reform.rules());
  }

  @Test
  @DisplayName("an overlay's period in force decides which answers it changes: a change changes the rules")
  void changedOverlayPeriodChangesRules() {
    OverlayRule rule = OverlayTest.housingFundFromLabourFee(Verdict.ALLOWED);
    LocalDate july = LocalDate.of(2024, 7, 1);
    LocalDate september = LocalDate.of(2025, 9, 1);
    List<Fingerprint> periods =
        List.of(
            NOTICE.withOverlay(Overlay.of("改革", "国办发〔2021〕32号", rule)).fingerprint(),
            NOTICE.withOverlay(Overlay.of("改革", "国办发〔2021〕32号", InForce.from(july), rule)).fingerprint(),
            NOTICE.withOverlay(Overlay.of("改革", "国办发〔2021〕32号", InForce.from(september), rule)).fingerprint(),
            NOTICE.withOverlay(
                    Overlay.of("改革", "国办发〔2021〕32号", InForce.between(july, september), rule))
                .fingerprint());
    assertThat(periods.stream().map(Fingerprint::rules).distinct()).hasSize(periods.size());
    assertThat(Fingerprints.overlayRuleLines(Overlay.of("改革", "国办发〔2021〕32号", InForce.between(july, september), rule)))
        .containsExactly(
            "overlay name=\"改革\" source=\"国办发〔2021〕32号\" since=2024-07-01 until=2025-09-01"
                + " rule SETTLES ALLOWED fund=LABOUR_FEE cost=HOUSING_FUND category=*");
    assertThat(NOTICE.withOverlay(Overlay.of("改革", "国办发〔2021〕32号", InForce.always(), rule)).fingerprint())
        .isEqualTo(periods.get(0));
  }

  @Test
  @DisplayName("wording alone changes the texts fingerprint and not the rules")
  void wordingChangesTextsOnly() {
    Fingerprint original = withRules(OverlayTest.noHousingFundFromLabourFee());
    Fingerprint chinese =
        withRules(
            OverlayRule.restrictCharges(
                Optional.of(FundKind.LABOUR_FEE), Optional.of(CostKind.HOUSING_FUND), Optional.empty(),
                "本校劳务费一律不得列支住房公积金",
                "this university's labour fees do not pay the housing provident fund"));
    Fingerprint english =
        withRules(
            OverlayRule.restrictCharges(
                Optional.of(FundKind.LABOUR_FEE), Optional.of(CostKind.HOUSING_FUND), Optional.empty(),
                "本校劳务费不得列支住房公积金",
                "labour fees never pay the housing provident fund here"));
    for (Fingerprint reworded : List.of(chinese, english)) {
      assertThat(reworded.rules()).isEqualTo(original.rules());
      assertThat(reworded.texts()).isNotEqualTo(original.texts());
    }
    assertThat(chinese.texts()).isNotEqualTo(english.texts());

    List<String> texts = Fingerprints.noticeTextLines();
    String clause =
        texts.stream().filter(l -> l.startsWith("clause 3.3.3 ")).findFirst().orElseThrow();
    assertThat(Fingerprints.hash(replaced(texts, clause, clause.replace("labour-fee", "labour fee"))))
        .isNotEqualTo(NOTICE_TEXTS)
        .isNotEqualTo(Fingerprints.hash(texts));
    assertThat(texts)
        .anyMatch(l -> l.startsWith("reason SERVICE_AGREEMENT_MISSING zh=\"设立科研助理岗位的单位应签订服务协议"))
        .anyMatch(l -> l.startsWith("remedy SIGN_SERVICE_AGREEMENT zh=\"与科研助理签订服务协议\" en=\"sign"))
        .hasSize(Reason.values().length + Remedy.values().length + Clause.values().length);
  }

  @Test
  @DisplayName("overlays layered in another order, or rules listed in another order, change nothing")
  void orderOfOverlaysChangesNothing() {
    Overlay reform = OverlayTest.housingFundReform();
    Overlay university =
        Overlay.of("本校规定", "校发〔2024〕1号", OverlayTest.noSocialInsuranceFromLabourFee(),
            OverlayRule.settleUnnamedCategory(Verdict.ALLOWED, "本校认定为科研助理", "the university counts it"));
    Overlay reversed =
        Overlay.of("本校规定", "校发〔2024〕1号",
            OverlayRule.settleUnnamedCategory(Verdict.ALLOWED, "本校认定为科研助理", "the university counts it"),
            OverlayTest.noSocialInsuranceFromLabourFee());
    Fingerprint one = NOTICE.withOverlay(reform).withOverlay(university).fingerprint();
    assertThat(NOTICE.withOverlay(university).withOverlay(reform).fingerprint()).isEqualTo(one);
    assertThat(NOTICE.withOverlay(reversed).withOverlay(reform).fingerprint()).isEqualTo(one);
    assertThat(NOTICE.withOverlay(university).fingerprint()).isNotEqualTo(one);
  }

  @Test
  @DisplayName("a fingerprint is two hashes of 16 lower-case hex digits")
  void fingerprintChecksItsHashes() {
    assertThat(Fingerprint.of("0123456789abcdef", "fedcba9876543210"))
        .hasToString("rules 0123456789abcdef texts fedcba9876543210")
        .isEqualTo(Fingerprint.of("0123456789abcdef", "fedcba9876543210"));
    for (String bad : List.of("0123456789abcde", "0123456789abcdef0", "0123456789ABCDEF", "0123456789abcdeg")) {
      assertThatThrownBy(() -> Fingerprint.of(bad, "fedcba9876543210"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("rules fingerprint")
          .hasMessageContaining(bad);
      assertThatThrownBy(() -> Fingerprint.of("fedcba9876543210", bad))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("texts fingerprint")
          .hasMessageContaining(bad);
    }
  }

  @Test
  @DisplayName("the library's version is the project's, written in by Maven")
  void libraryVersion() {
    // Unfiltered, the constant would be the placeholder itself, which this pattern refuses.
    assertThat(Policy.libraryVersion()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
  }

  private static Fingerprint withRules(OverlayRule... rules) {
    return NOTICE.withOverlay(Overlay.of("改革", "国办发〔2021〕32号", rules)).fingerprint();
  }

  private static String line(Reason reason) {
    return Fingerprints.reasonLine(reason.name(), reason.outcome(), reason.clauses(), reason.remedies());
  }

  private static List<String> replaced(List<String> lines, String old, String replacement) {
    List<String> copy = new ArrayList<>(lines);
    copy.set(copy.indexOf(old), replacement);
    return copy;
  }
}
