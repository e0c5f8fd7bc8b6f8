package io.github.rapolicy.examples.overlays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rapolicy.funding.CostKind;
import io.github.rapolicy.funding.FundKind;
import io.github.rapolicy.position.PositionCategory;
import io.github.rapolicy.rules.InForce;
import io.github.rapolicy.rules.Overlay;
import io.github.rapolicy.rules.OverlayRule;
import io.github.rapolicy.rules.Policy;
import io.github.rapolicy.rules.Verdict;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Overlay files: the format, the shipped examples, and one message per kind of mistake. */
class OverlayFileTest {

  static final String HEAD =
      "overlays:\n"
          + "  - name: 某大学规定\n"
          + "    source: 某大学〔2024〕12号\n"
          + "    in_force:\n"
          + "      from: 2024-07-01\n"
          + "    rules:\n";

  static OverlayFileException mistake(String text) {
    try {
      OverlayFile.parse("u.yaml", text);
    } catch (OverlayFileException e) {
      return e;
    }
    throw new AssertionError("no mistake found in:\n" + text);
  }

  @Test
  @DisplayName("the shipped funding-reform file is the README's overlay, in force from 2021-07-28")
  void fundingReform() throws Exception {
    OverlayFile file = OverlayFile.read(Path.of("overlays/funding-reform.yaml"));
    assertThat(file.overlays())
        .containsExactly(
            Overlay.of(
                "中央财政科研经费管理改革",
                "国办发〔2021〕32号",
                InForce.from(LocalDate.of(2021, 7, 28)),
                OverlayRule.settleCharge(
                    FundKind.LABOUR_FEE,
                    CostKind.HOUSING_FUND,
                    Verdict.ALLOWED,
                    "项目聘用人员的住房公积金纳入劳务费科目列支",
                    "the housing provident fund of project-hired staff is charged to the labour fee")));
  }

  @Test
  @DisplayName("the shipped university file holds the 2024 rules and their revision from 2025-09-01")
  void university() throws Exception {
    OverlayFile file = OverlayFile.read(Path.of("overlays/university.yaml"));
    assertThat(file.overlays()).hasSize(2);
    assertThat(file.overlays().get(0).inForce())
        .isEqualTo(InForce.between(LocalDate.of(2024, 7, 1), LocalDate.of(2025, 9, 1)));
    assertThat(file.overlays().get(1).inForce()).isEqualTo(InForce.from(LocalDate.of(2025, 9, 1)));
    Policy policy = file.layerOver(Policy.ofNotice());
    assertThat(policy.overlays()).isEqualTo(file.overlays());
    OverlayFile.read(Path.of("overlays/funding-reform.yaml")).layerOver(policy);
  }

  /** The YAML of {@code overlay}, as a finance office would write it, codes or Chinese labels. */
  static String yaml(Overlay overlay, boolean chinese) {
    StringBuilder text = new StringBuilder();
    text.append("  - name: ").append(overlay.name()).append('\n');
    text.append("    source: \"").append(overlay.source()).append("\"\n");
    text.append("    in_force:\n");
    text.append("      from: ").append(overlay.inForce().since().orElseThrow()).append('\n');
    overlay.inForce().until().ifPresent(u -> text.append("      until: ").append(u).append('\n'));
    text.append("    rules:\n");
    for (OverlayRule rule : overlay.rules()) {
      boolean restricts = rule.effect() == OverlayRule.Effect.RESTRICTS;
      String kind =
          restricts ? "restrict" : rule.category().isPresent() ? "settle_category" : "settle_charge";
      text.append("      - kind: ").append(kind).append('\n');
      rule.fund().ifPresent(f -> text.append("        fund: ").append(chinese ? f.chineseName() : f.code()).append('\n'));
      rule.cost().ifPresent(c -> text.append("        cost: ").append(chinese ? c.chineseName() : c.code()).append('\n'));
      if (restricts) {
        rule.category()
            .ifPresent(c -> text.append("        category: ").append(chinese ? c.chineseName() : c.code()).append('\n'));
      } else {
        text.append("        verdict: ")
            .append(chinese ? rule.verdict().displayName(io.github.rapolicy.rules.Language.CHINESE) : rule.verdict().name())
            .append('\n');
      }
      text.append("        zh: ").append(rule.chinese()).append('\n');
      text.append("        en: ").append(rule.english()).append('\n');
    }
    return text.toString();
  }

  /**
   * Every rule the Java API can say, each in an overlay of its own with a period of each shape,
   * labels as codes and in Chinese: the file gives the policy the Java overlays give.
   */
  @Test
  @DisplayName("loading a file and building the same overlays in Java give equal policies, for every rule")
  void fileEqualsJava() {
    List<OverlayRule> rules = new ArrayList<>();
    for (Verdict verdict : List.of(Verdict.ALLOWED, Verdict.NOT_ALLOWED)) {
      rules.add(OverlayRule.settleCharge(FundKind.LABOUR_FEE, CostKind.HOUSING_FUND, verdict, "甲", "a"));
      rules.add(OverlayRule.settleCharge(FundKind.RETAINED_BALANCE, CostKind.HOUSING_FUND, verdict, "甲", "a"));
      rules.add(OverlayRule.settleCharge(FundKind.LABOUR_FEE, CostKind.NOT_NAMED_BY_NOTICE, verdict, "甲", "a"));
      rules.add(OverlayRule.settleUnnamedCategory(verdict, "乙", "b"));
    }
    for (Optional<FundKind> fund : options(FundKind.values())) {
      for (Optional<CostKind> cost : options(CostKind.values())) {
        for (Optional<PositionCategory> category :
            List.of(Optional.<PositionCategory>empty(), Optional.of(PositionCategory.POSTDOCTORAL_RESEARCH))) {
          if (fund.isPresent() || cost.isPresent() || category.isPresent()) {
            rules.add(OverlayRule.restrictCharges(fund, cost, category, "不得", "may not"));
          }
        }
      }
    }
    List<InForce> periods =
        List.of(
            InForce.from(LocalDate.of(2024, 7, 1)),
            InForce.between(LocalDate.of(2024, 7, 1), LocalDate.of(2024, 7, 2)),
            InForce.between(LocalDate.of(2023, 1, 1), LocalDate.of(2026, 1, 1)));
    int checked = 0;
    for (OverlayRule rule : rules) {
      for (InForce period : periods) {
        Overlay overlay = Overlay.of("某规定", "某号〔2024〕1号", period, rule);
        Policy java;
        try {
          java = Policy.ofNotice().withOverlay(overlay);
        } catch (IllegalArgumentException e) {
          continue; // a settlement of a point the notice decides: tested as a mistake below
        }
        for (boolean chinese : List.of(false, true)) {
          OverlayFile file = OverlayFile.parse("p.yaml", "overlays:\n" + yaml(overlay, chinese));
          assertThat(file.layerOver(Policy.ofNotice())).as(yaml(overlay, chinese)).isEqualTo(java);
          checked++;
        }
      }
    }
    assertThat(checked).isGreaterThan(100);
  }

  private static <T> List<Optional<T>> options(T[] values) {
    List<Optional<T>> options = new ArrayList<>();
    options.add(Optional.empty());
    for (T value : values) {
      options.add(Optional.of(value));
    }
    return options;
  }

  @ParameterizedTest(name = "{0}")
  @DisplayName("every kind of mistake is one message naming the file, line and entry")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          unknown fund label       | 8 | overlay 1 "某大学规定", rule 1 | fund: | kind: restrict\\n        fund: 劳务\\n        zh: 甲\\n        en: a
          unknown cost label       | 9 | overlay 1 "某大学规定", rule 1 | cost: | kind: restrict\\n        fund: 劳务费\\n        cost: 房补\\n        zh: 甲\\n        en: a
          unknown category label   | 8 | overlay 1 "某大学规定", rule 1 | category: | kind: restrict\\n        category: 助教\\n        zh: 甲\\n        en: a
          unknown verdict          | 8 | overlay 1 "某大学规定", rule 1 | verdict: unknown label "也许" | kind: settle_category\\n        verdict: 也许\\n        zh: 甲\\n        en: a
          unknown kind             | 7 | overlay 1 "某大学规定", rule 1 | unknown kind "allow" | kind: allow\\n        zh: 甲\\n        en: a
          unknown key              | 8 | overlay 1 "某大学规定", rule 1 | unknown key "category" | kind: settle_category\\n        category: 学术助理\\n        verdict: 允许\\n        zh: 甲\\n        en: a
          decided point settled    | 7 | overlay 1 "某大学规定", rule 1 | which the notice decides itself | kind: settle_charge\\n        fund: 劳务费\\n        cost: 劳务性报酬\\n        verdict: 不允许\\n        zh: 甲\\n        en: a
          restriction of nothing   | 7 | overlay 1 "某大学规定", rule 1 | names a fund, a cost or a category | kind: restrict\\n        zh: 甲\\n        en: a
          missing English          | 7 | overlay 1 "某大学规定", rule 1 | "en" is missing | kind: settle_category\\n        verdict: 允许\\n        zh: 甲
          missing kind             | 7 | overlay 1 "某大学规定", rule 1 | "kind" is missing | verdict: 允许\\n        zh: 甲\\n        en: a
          a key twice              | 10 | overlay 1 "某大学规定", rule 1 | "zh" is given twice | kind: settle_category\\n        verdict: 允许\\n        zh: 甲\\n        zh: 乙\\n        en: a
          contradicting rules      | 11 | overlay 1 "某大学规定", rule 2 | contradicts "a" | kind: settle_category\\n        verdict: 允许\\n        zh: 甲\\n        en: a\\n      - kind: settle_category\\n        verdict: 不允许\\n        zh: 乙\\n        en: b
          rule repeated            | 11 | overlay 1 "某大学规定", rule 2 | repeats rule 1 | kind: settle_category\\n        verdict: 允许\\n        zh: 甲\\n        en: a\\n      - kind: settle_category\\n        verdict: 允许\\n        zh: 甲\\n        en: a
          """)
  void ruleMistakes(String what, int line, String entry, String problem, String rules) {
    OverlayFileException e = mistake(HEAD + "      - " + rules.replace("\\n", "\n") + "\n");
    assertThat(e.file()).isEqualTo("u.yaml");
    assertThat(e.line()).as(e.getMessage()).isEqualTo(line);
    assertThat(e.entry()).isEqualTo(entry);
    assertThat(e.problem()).contains(problem);
    assertThat(e).hasMessage("u.yaml:" + line + ": " + entry + ": " + e.problem());
  }

  @Test
  @DisplayName("mistakes in an overlay's own keys and period name its line and entry")
  void overlayMistakes() {
    OverlayFileException badDate =
        mistake(HEAD.replace("from: 2024-07-01", "from: 2024-13-01") + "      - kind: settle_category\n        verdict: 允许\n        zh: 甲\n        en: a\n");
    assertThat(badDate.line()).isEqualTo(5);
    assertThat(badDate.entry()).isEqualTo("overlay 1 \"某大学规定\"");
    assertThat(badDate.problem()).isEqualTo("\"from\" is not a date (YYYY-MM-DD): \"2024-13-01\"");

    OverlayFileException backwards =
        mistake(HEAD.replace("from: 2024-07-01", "from: 2024-07-01\n      until: 2024-07-01") + "      - kind: settle_category\n        verdict: 允许\n        zh: 甲\n        en: a\n");
    assertThat(backwards.line()).isEqualTo(6);
    assertThat(backwards.problem()).contains("must be after \"from\"");

    OverlayFileException noSource =
        mistake("overlays:\n  - name: 某规定\n    in_force:\n      from: 2024-07-01\n    rules: []\n");
    assertThat(noSource.line()).isEqualTo(2);
    assertThat(noSource.entry()).isEqualTo("overlay 1 \"某规定\"");
    assertThat(noSource.problem()).isEqualTo("\"source\" is missing");

    OverlayFileException noRules = mistake(HEAD.replace("    rules:\n", "    rules: []\n"));
    assertThat(noRules.line()).isEqualTo(6);
    assertThat(noRules.problem()).contains("\"rules\" must be a list of at least one entry");

    OverlayFileException unknownRoot = mistake("overlay:\n  - name: x\n");
    assertThat(unknownRoot.line()).isEqualTo(1);
    assertThat(unknownRoot.entry()).isEmpty();
    assertThat(unknownRoot).hasMessage("u.yaml:1: unknown key \"overlay\"; expected overlays");

    OverlayFileException notYaml = mistake("overlays: [\n");
    assertThat(notYaml.problem()).startsWith("not YAML");
    assertThat(mistake("").problem()).contains("empty");
  }

  @Test
  @DisplayName("overlays of one file that contradict on a shared day are a mistake; a revision is not")
  void contradictionsAcrossOverlays() {
    String rule = "      - kind: settle_category\n        verdict: %s\n        zh: 甲\n        en: a%s\n";
    String second =
        "  - name: 修订\n    source: 某大学〔2025〕30号\n    in_force:\n      from: %s\n    rules:\n";
    String overlapping =
        HEAD.replace("from: 2024-07-01", "from: 2024-07-01\n      until: 2025-09-01")
            + String.format(rule, "允许", "")
            + String.format(second, "2025-08-31")
            + String.format(rule, "不允许", "2");
    OverlayFileException e = mistake(overlapping);
    assertThat(e.line()).isEqualTo(17);
    assertThat(e.entry()).isEqualTo("overlay 2 \"修订\", rule 1");
    assertThat(e.problem())
        .isEqualTo("contradicts \"a\" of overlay \"某大学规定\" (某大学〔2024〕12号) on a day both are in force");
    OverlayFile revision =
        OverlayFile.parse("u.yaml", overlapping.replace("from: 2025-08-31", "from: 2025-09-01"));
    assertThat(revision.overlays()).hasSize(2);
    assertThat(revision.fileName()).isEqualTo("u.yaml");
  }
}
