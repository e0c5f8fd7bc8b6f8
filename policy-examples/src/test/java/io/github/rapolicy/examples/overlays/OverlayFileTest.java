package io.github.rapolicy.examples.overlays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.github.rapolicy.funding.CostKind;
import io.github.rapolicy.funding.FundKind;
import io.github.rapolicy.position.PositionCategory;
import io.github.rapolicy.rules.InForce;
import io.github.rapolicy.rules.Overlay;
import io.github.rapolicy.rules.OverlayRule;
import io.github.rapolicy.rules.Policy;
import io.github.rapolicy.rules.Verdict;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

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
  @DisplayName(
      "the shipped funding-reform file is the README's overlay, in force from 2021-07-28, the"
          + " document's own date, and says why")
  void fundingReform() throws Exception {
    Path path = Path.of("overlays/funding-reform.yaml");
    assertThat(Files.readString(path, StandardCharsets.UTF_8))
        .contains("In force from 2021-07-28, the document's own date (成文日期)")
        .contains("published (发布) on gov.cn on 2021-08-13");
    OverlayFile file = OverlayFile.read(path);
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

  /** A rule that loads, for the files of {@link #fileMistakes}. */
  static final String RULE =
      "      - kind: settle_category\n        verdict: 允许\n        zh: 甲\n        en: a\n";

  /**
   * Mistakes outside a rule's own labels: dates, periods, unknown keys, keys missing or given twice,
   * values of the wrong type (a text where a list or keys are expected, and the other way round),
   * and text that is not YAML. Each: the file, its line (counting from 1), the entry, what is wrong.
   */
  static Stream<Arguments> fileMistakes() {
    String named = "overlay 1 \"某大学规定\"";
    return Stream.of(
        arguments("a month that does not exist", HEAD.replace("2024-07-01", "2024-13-01") + RULE,
            5, named, "\"from\" is not a date (YYYY-MM-DD): \"2024-13-01\""),
        arguments("a date with slashes", HEAD.replace("2024-07-01", "2024/07/01") + RULE,
            5, named, "\"from\" is not a date (YYYY-MM-DD): \"2024/07/01\""),
        arguments("a day that does not exist", HEAD.replace("2024-07-01", "2025-02-29") + RULE,
            5, named, "\"from\" is not a date (YYYY-MM-DD): \"2025-02-29\""),
        arguments("an until without leading zeros",
            HEAD.replace("2024-07-01", "2024-07-01\n      until: 2025-9-1") + RULE,
            6, named, "\"until\" is not a date (YYYY-MM-DD): \"2025-9-1\""),
        arguments("an until not after from",
            HEAD.replace("2024-07-01", "2024-07-01\n      until: 2024-07-01") + RULE,
            6, named, "\"until\" (the first day no longer in force) must be after \"from\": 2024-07-01"),
        arguments("a date empty", HEAD.replace("2024-07-01", "\"\"") + RULE,
            5, named, "\"from\" must be a text, not empty"),
        arguments("a date as a list", HEAD.replace("2024-07-01", "[2024-07-01]") + RULE,
            5, named, "\"from\" must be a text, not empty"),
        arguments("from missing", HEAD.replace("      from: 2024-07-01\n", "      until: 2025-01-01\n") + RULE,
            5, named, "\"from\" is missing"),
        arguments("an unknown key of the period", HEAD.replace("from: 2024-07-01", "from: 2024-07-01\n      to: 2025-01-01") + RULE,
            6, named, "unknown key \"to\"; expected from, until"),
        arguments("an unknown key of an overlay", HEAD.replace("    rules:", "    effective: 2024-07-01\n    rules:") + RULE,
            6, named, "unknown key \"effective\"; expected in_force, name, rules, source"),
        arguments("an unknown key at the top", "overlay:\n  - name: x\n",
            1, "", "unknown key \"overlay\"; expected overlays"),
        arguments("a key of an overlay twice", HEAD.replace("    source:", "    name: 又一个\n    source:") + RULE,
            3, named, "\"name\" is given twice"),
        arguments("source missing", "overlays:\n  - name: 某规定\n    in_force:\n      from: 2024-07-01\n    rules:\n" + RULE,
            2, "overlay 1 \"某规定\"", "\"source\" is missing"),
        arguments("name missing", HEAD.replace("  - name: 某大学规定\n    source:", "  - source:") + RULE,
            2, "overlay 1", "\"name\" is missing"),
        arguments("in_force missing", HEAD.replace("    in_force:\n      from: 2024-07-01\n", "") + RULE,
            2, named, "\"in_force\" is missing"),
        arguments("a name as a list", HEAD.replace("某大学规定", "[某大学, 规定]") + RULE,
            2, "overlay 1", "\"name\" must be a text, not empty"),
        arguments("a period as a text", HEAD.replace("    in_force:\n      from: 2024-07-01", "    in_force: 2024-07-01") + RULE,
            4, named, "expected keys and values (from, until)"),
        arguments("rules as a text", HEAD.replace("    rules:\n", "    rules: 劳务费\n"),
            6, named, "\"rules\" must be a list of at least one entry (- …)"),
        arguments("rules empty", HEAD.replace("    rules:\n", "    rules: []\n"),
            6, named, "\"rules\" must be a list of at least one entry (- …)"),
        arguments("a rule as a text", HEAD + "      - 劳务费\n",
            7, named + ", rule 1", "a rule needs keys and values (kind, …, zh, en)"),
        arguments("a label as keys", HEAD + RULE.replace("settle_category", "restrict").replace("verdict: 允许", "fund: {劳务费: 是}"),
            8, named + ", rule 1", "\"fund\" must be a text, not empty"),
        arguments("a text empty", HEAD + RULE.replace("zh: 甲", "zh: \"\""),
            9, named + ", rule 1", "\"zh\" must be a text, not empty"),
        arguments("an overlay as a text", "overlays:\n  - 某大学规定\n",
            2, "overlay 1", "expected keys and values (in_force, name, rules, source)"),
        arguments("overlays as keys", "overlays:\n  name: 某大学规定\n",
            2, "", "\"overlays\" must be a list of at least one entry (- …)"),
        arguments("overlays missing", "# nothing but a comment\n",
            1, "", "the file is empty: it needs \"overlays:\""),
        arguments("not YAML", "overlays: [\n", 2, "", "not YAML: "),
        arguments("a tab for indentation", HEAD + "\t- kind: restrict\n", 7, "", "not YAML: "),
        // Found by OverlayFileFuzzTest's campaign: SnakeYAML throws IllegalArgumentException here.
        arguments("a tag with a space in it", "!2%2", 1, "", "not YAML: "));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  @DisplayName("every other kind of mistake is one message naming the file, line and entry")
  void fileMistakes(String what, String text, int line, String entry, String problem) {
    OverlayFileException e = mistake(text);
    assertThat(e.file()).isEqualTo("u.yaml");
    assertThat(e.line()).as(e.getMessage()).isEqualTo(line);
    assertThat(e.entry()).as(e.getMessage()).isEqualTo(entry);
    assertThat(e.problem()).as(e.getMessage()).startsWith(problem);
    assertThat(e)
        .hasMessage("u.yaml:" + line + ": " + (entry.isEmpty() ? "" : entry + ": ") + e.problem());
  }

  @Test
  @DisplayName("a file with a mistake loads nothing: not the overlays before the mistake, not over a policy")
  void nothingLoadsPartly() {
    String good = "  - name: 前一规定\n    source: 甲〔2024〕1号\n    in_force:\n      from: 2024-07-01\n    rules:\n" + RULE;
    // The mistake is in the last rule of the second overlay: the first overlay is not returned.
    String text = "overlays:\n" + good + HEAD.substring("overlays:\n".length()) + RULE.replace("允许", "也许");
    OverlayFileException e = mistake(text);
    assertThat(e.line()).isEqualTo(17);
    assertThat(e.entry()).isEqualTo("overlay 2 \"某大学规定\", rule 1");

    // A file that parses but contradicts the policy it is layered over: layerOver adds none of its
    // overlays, the first (which does not contradict) included, and the policy stays as it was.
    Policy policy =
        Policy.ofNotice()
            .withOverlay(
                Overlay.of("已有", "乙〔2024〕2号", OverlayRule.settleUnnamedCategory(Verdict.NOT_ALLOWED, "乙", "b")));
    OverlayFile file =
        OverlayFile.parse(
            "u.yaml",
            "overlays:\n" + good.replace("settle_category", "restrict").replace("verdict: 允许", "fund: 结余资金")
                + HEAD.substring("overlays:\n".length()) + RULE);
    assertThatThrownBy(() -> file.layerOver(policy))
        .isInstanceOf(OverlayFileException.class)
        .hasMessage(
            "u.yaml:16: overlay 2 \"某大学规定\", rule 1: contradicts \"b\" of overlay \"已有\""
                + " (乙〔2024〕2号) on a day both are in force");
    assertThat(policy.overlays()).extracting(Overlay::name).containsExactly("已有");
  }

  @Test
  @DisplayName("a file that contradicts one given before it names its own file, line and entry")
  void contradictionAcrossFiles() {
    OverlayFile first = OverlayFile.parse("first.yaml", HEAD + RULE);
    OverlayFile second =
        OverlayFile.parse("second.yaml", HEAD.replace("某大学规定", "某省规定") + RULE.replace("允许", "不允许"));
    OverlayFileException e =
        catchThrowableOfType(
            OverlayFileException.class, () -> second.layerOver(first.layerOver(Policy.ofNotice())));
    assertThat(e.file()).isEqualTo("second.yaml");
    assertThat(e.line()).isEqualTo(7);
    assertThat(e.entry()).isEqualTo("overlay 1 \"某省规定\", rule 1");
    assertThat(e.problem())
        .isEqualTo("contradicts \"a\" of overlay \"某大学规定\" (某大学〔2024〕12号) on a day both are in force");
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
