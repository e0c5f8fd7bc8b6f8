package io.github.rapolicy.examples.overlays;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rapolicy.funding.BalanceCondition;
import io.github.rapolicy.funding.CostKind;
import io.github.rapolicy.funding.FundKind;
import io.github.rapolicy.funding.FundingSource;
import io.github.rapolicy.funding.Money;
import io.github.rapolicy.position.PlanProgramme;
import io.github.rapolicy.position.PlanProject;
import io.github.rapolicy.position.Position;
import io.github.rapolicy.position.PositionBasis;
import io.github.rapolicy.position.PositionCategory;
import io.github.rapolicy.position.PositionOrigin;
import io.github.rapolicy.rules.Answer;
import io.github.rapolicy.rules.Expense;
import io.github.rapolicy.rules.InForce;
import io.github.rapolicy.rules.Language;
import io.github.rapolicy.rules.Overlay;
import io.github.rapolicy.rules.OverlayRule;
import io.github.rapolicy.rules.Policy;
import io.github.rapolicy.rules.Verdict;
import io.github.rapolicy.testing.Gen;
import io.github.rapolicy.testing.Property;
import io.github.rapolicy.unit.Affiliation;
import io.github.rapolicy.unit.Unit;
import io.github.rapolicy.unit.UnitType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The overlay file against the Java API, on the project's seeded harness ({@link Property}, {@link
 * Gen}): random overlay definitions, rendered to the YAML a finance office writes ({@link
 * OverlayYaml}: labels as codes, Chinese names or synonyms; texts plain, single- or double-quoted,
 * padded with white space the loader strips), loaded with {@link OverlayFile} and built with {@link Overlay#of}, give equal
 * policies: the same overlays, the same fingerprints, and the same answers on generated questions.
 */
class OverlayFileProperties {

  /** Settlements of points the notice leaves open, so that most settlements load. */
  private static final List<List<Object>> OPEN_POINTS =
      List.of(
          List.of(FundKind.LABOUR_FEE, CostKind.HOUSING_FUND),
          List.of(FundKind.RETAINED_BALANCE, CostKind.HOUSING_FUND),
          List.of(FundKind.LABOUR_FEE, CostKind.NOT_NAMED_BY_NOTICE),
          List.of(FundKind.MATCHING_FUND, CostKind.NOT_NAMED_BY_NOTICE));

  private static final List<String> NAMES =
      List.of(
          "某大学科研助理岗位管理办法",
          "中央财政科研经费管理改革",
          "某省实施细则（2025年修订）",
          "University rules: RA posts",
          "规定 #1");

  private static final List<String> SOURCES =
      List.of("国办发〔2021〕32号", "某大学〔2024〕12号", "某大学〔2025〕30号", "X-2024/7", "'quoted'");

  private static final List<String> TEXTS =
      List.of(
          "项目聘用人员的住房公积金纳入劳务费科目列支",
          "博士后研究岗位不使用结余资金",
          "the housing fund: charged to the labour fee",
          "a \"quoted\" word, a back\\slash and # not a comment",
          "- not a list",
          "null");

  private static final LocalDate FIRST = LocalDate.of(2020, 1, 1);
  private static final LocalDate LAST = LocalDate.of(2027, 12, 31);

  /** A question asked of both policies: a charge and a position's category, on a date. */
  record Question(LocalDate date, Expense expense, FundingSource fund, Unit unit) {}

  /** Overlays as Java builds them, the same as a file's text, and questions to ask of both. */
  record Definition(List<Overlay> overlays, String yaml, List<Question> questions) {
    @Override
    public String toString() {
      return "\n" + yaml;
    }
  }

  // ---- generating overlays -------------------------------------------------------------------

  private static String text(Gen gen, List<String> pool) {
    String text = gen.chance(0.6) ? gen.pick(pool) : gen.string().strip();
    return text.isEmpty() ? gen.pick(pool) : text;
  }

  private static Verdict verdict(Gen gen) {
    return gen.pick(List.of(Verdict.ALLOWED, Verdict.NOT_ALLOWED));
  }

  private static OverlayRule rule(Gen gen) {
    String zh = text(gen, TEXTS);
    String en = text(gen, TEXTS);
    return gen.oneOf(
        () -> {
          List<Object> point = gen.pick(OPEN_POINTS);
          return OverlayRule.settleCharge(
              (FundKind) point.get(0), (CostKind) point.get(1), verdict(gen), zh, en);
        },
        // Any point, most of which the notice decides itself: a mistake in both forms.
        () ->
            OverlayRule.settleCharge(
                gen.pick(FundKind.class), gen.pick(CostKind.class), verdict(gen), zh, en),
        () -> OverlayRule.settleUnnamedCategory(verdict(gen), zh, en),
        () -> restriction(gen, zh, en),
        () -> restriction(gen, zh, en));
  }

  private static OverlayRule restriction(Gen gen, String zh, String en) {
    Optional<FundKind> fund = gen.optional(0.6, () -> gen.pick(FundKind.class));
    Optional<CostKind> cost = gen.optional(0.5, () -> gen.pick(CostKind.class));
    Optional<PositionCategory> category =
        gen.optional(0.4, () -> gen.pick(PositionCategory.class));
    if (fund.isEmpty() && cost.isEmpty() && category.isEmpty()) {
      fund = Optional.of(gen.pick(FundKind.class));
    }
    return OverlayRule.restrictCharges(fund, cost, category, zh, en);
  }

  private static InForce period(Gen gen) {
    LocalDate from = gen.dateBetween(FIRST, LAST);
    return gen.chance(0.5)
        ? InForce.from(from)
        : InForce.between(from, from.plusDays(gen.longBetween(1, 800)));
  }

  /** One to four rules, none repeated: the file refuses a repeated rule, Java keeps it. */
  private static Overlay overlay(Gen gen) {
    Set<OverlayRule> rules = new LinkedHashSet<>(gen.listOf(1, 4, () -> rule(gen)));
    return Overlay.of(
        text(gen, NAMES), text(gen, SOURCES), period(gen), rules.toArray(new OverlayRule[0]));
  }

  // ---- questions -----------------------------------------------------------------------------

  private static Position position(Gen gen) {
    return Position.builder()
        .id("RA-" + gen.uniformInt(1, 9))
        .category(gen.pick(PositionCategory.class))
        .basis(
            gen.chance(0.7)
                ? PositionBasis.planProject(
                    PlanProject.of(
                        gen.pick(List.of("P-1", "P-2")),
                        gen.pick(
                            List.of(
                                PlanProgramme.NATIONAL_KEY_RD_PROGRAMME,
                                PlanProgramme.NATIONAL_NATURAL_SCIENCE_FOUNDATION))))
                : PositionBasis.none())
        .origin(gen.pick(PositionOrigin.class))
        .serviceAgreementSigned(gen.chance(0.8))
        .build();
  }

  private static FundingSource fund(Gen gen) {
    return gen.oneOf(
        () -> FundingSource.labourFee(gen.pick(List.of("P-1", "P-2"))),
        () -> FundingSource.budgetLine("P-1", "设备费"),
        () ->
            FundingSource.retainedBalance(
                gen.subsetOf(BalanceCondition.class).toArray(new BalanceCondition[0])),
        FundingSource::matchingFund);
  }

  /** A date around the overlays' days of change (the day before, on, after), or any date. */
  private static LocalDate date(Gen gen, List<Overlay> overlays) {
    if (gen.chance(0.5)) {
      Overlay overlay = gen.pick(overlays);
      List<LocalDate> changes = new ArrayList<>();
      overlay.inForce().since().ifPresent(changes::add);
      overlay.inForce().until().ifPresent(changes::add);
      return gen.pick(changes).plusDays(gen.longBetween(-1, 1));
    }
    return gen.dateBetween(LocalDate.of(2024, 6, 1), LAST);
  }

  private static Question question(Gen gen, List<Overlay> overlays) {
    Position position = position(gen);
    return new Question(
        date(gen, overlays),
        Expense.of(
            position,
            gen.pick(CostKind.class),
            Money.ofFen(gen.longBetween(0, 1_000_000)),
            Money.ofFen(gen.longBetween(0, 1_000_000))),
        fund(gen),
        Unit.builder()
            .name("某单位")
            .type(gen.pick(List.of(UnitType.UNIVERSITY, UnitType.RESEARCH_INSTITUTE)))
            .affiliation(gen.pick(List.of(Affiliation.MOE, Affiliation.PROVINCIAL)))
            .build());
  }

  private static Definition definition(Gen gen, List<Overlay> overlays) {
    return new Definition(overlays, OverlayYaml.yaml(gen, overlays), gen.listOf(8, 8, () -> question(gen, overlays)));
  }

  /** The shipped files' overlays first (as Java writes them), then random ones. */
  static List<Definition> samples(String salt) {
    Gen gen = Gen.seeded(salt);
    OverlayRule housing =
        OverlayRule.settleCharge(
            FundKind.LABOUR_FEE,
            CostKind.HOUSING_FUND,
            Verdict.ALLOWED,
            "项目聘用人员的住房公积金纳入劳务费科目列支",
            "the housing provident fund of project-hired staff is charged to the labour fee");
    OverlayRule postdoc =
        OverlayRule.restrictCharges(
            Optional.of(FundKind.RETAINED_BALANCE),
            Optional.empty(),
            Optional.of(PositionCategory.POSTDOCTORAL_RESEARCH),
            "博士后研究岗位不使用结余资金",
            "postdoctoral research posts are not paid from retained balances");
    OverlayRule subsidy =
        OverlayRule.restrictCharges(
            Optional.of(FundKind.LABOUR_FEE),
            Optional.of(CostKind.SOCIAL_INSURANCE_SUBSIDY),
            Optional.empty(),
            "社会保险补助不再从劳务费中列支",
            "social-insurance subsidies are no longer charged to the labour fee");
    LocalDate revised = LocalDate.of(2025, 9, 1);
    List<List<Overlay>> edges =
        List.of(
            List.of(
                Overlay.of(
                    "中央财政科研经费管理改革",
                    "国办发〔2021〕32号",
                    InForce.from(LocalDate.of(2021, 7, 28)),
                    housing)),
            List.of(
                Overlay.of(
                    "某大学科研助理岗位管理办法",
                    "某大学〔2024〕12号",
                    InForce.between(LocalDate.of(2024, 7, 1), revised),
                    postdoc),
                Overlay.of(
                    "某大学科研助理岗位管理办法（2025年修订）",
                    "某大学〔2025〕30号",
                    InForce.from(revised),
                    postdoc,
                    subsidy)),
            List.of(
                Overlay.of(
                    "类别",
                    "某号",
                    InForce.from(LocalDate.of(2024, 6, 25)),
                    OverlayRule.settleUnnamedCategory(Verdict.NOT_ALLOWED, "不认定", "not RA"))));
    List<Definition> samples = new ArrayList<>();
    for (List<Overlay> overlays : edges) {
      samples.add(definition(gen, overlays));
    }
    for (int i = 0; i < Property.TRIES; i++) {
      samples.add(definition(gen, gen.listOf(1, 3, () -> overlay(gen))));
    }
    return samples;
  }

  /** The notice with the overlays layered in turn, as Java does; empty if Java refuses them. */
  private static Optional<Policy> java(List<Overlay> overlays) {
    Policy policy = Policy.ofNotice();
    try {
      for (Overlay overlay : overlays) {
        policy = policy.withOverlay(overlay);
      }
    } catch (IllegalArgumentException e) { // a decided point settled, or a contradiction
      return Optional.empty();
    }
    return Optional.of(policy);
  }

  private static void assertSameAnswer(Answer file, Answer java) {
    assertThat(file).isEqualTo(java);
    assertThat(file.findings()).isEqualTo(java.findings());
    assertThat(file.overlaysApplied()).isEqualTo(java.overlaysApplied());
    assertThat(file.overlaysNotInForce()).isEqualTo(java.overlaysNotInForce());
    assertThat(file.explain(Language.ENGLISH)).isEqualTo(java.explain(Language.ENGLISH));
  }

  @Test
  @DisplayName(
      "loading a file and building the same overlays in Java give equal policies: overlays,"
          + " fingerprints and answers")
  void fileAndJavaGiveEqualPolicies() {
    AtomicInteger loaded = new AtomicInteger();
    AtomicInteger refused = new AtomicInteger();
    AtomicInteger overlaid = new AtomicInteger();
    Property.forAll(
        samples("overlay-file-equals-java").stream(),
        sample -> {
          Optional<Policy> java = java(sample.overlays());
          OverlayFile file;
          try {
            file = OverlayFile.parse("generated.yaml", sample.yaml());
          } catch (OverlayFileException e) {
            // The file refuses exactly what Java refuses, naming a line of the file.
            assertThat(java).as("refused by the file only: %s", e.getMessage()).isEmpty();
            assertThat(e.file()).isEqualTo("generated.yaml");
            assertThat(e.line()).isBetween(1, (int) sample.yaml().lines().count());
            assertThat(e.entry()).startsWith("overlay ");
            refused.incrementAndGet();
            return;
          }
          assertThat(java).as("loaded from the file, refused by Java").isPresent();
          loaded.incrementAndGet();
          Policy fromFile = file.layerOver(Policy.ofNotice());
          Policy fromJava = java.orElseThrow();
          assertThat(file.overlays()).isEqualTo(sample.overlays());
          assertThat(fromFile).isEqualTo(fromJava);
          assertThat(fromFile.fingerprint()).isEqualTo(fromJava.fingerprint());
          for (Question question : sample.questions()) {
            Policy.OnDate byFile = fromFile.on(question.date());
            Policy.OnDate byJava = fromJava.on(question.date());
            Answer charge = byFile.mayCharge(question.expense(), question.fund());
            assertSameAnswer(charge, byJava.mayCharge(question.expense(), question.fund()));
            assertSameAnswer(
                byFile.qualifies(question.expense().position(), question.unit()),
                byJava.qualifies(question.expense().position(), question.unit()));
            if (!charge.overlaysApplied().isEmpty()) {
              overlaid.incrementAndGet();
            }
          }
        });
    // The samples reach both outcomes, and overlays that change answers (at the default 500 tries
    // about 180 loaded, 320 refused, 160 charges answered with an overlay; a fraction of the tries,
    // so that -Drapolicy.tries=N can lower them).
    assertThat(loaded.get()).as("definitions loaded").isGreaterThan(Property.TRIES / 4);
    assertThat(refused.get()).as("definitions refused").isGreaterThan(Property.TRIES / 4);
    assertThat(overlaid.get()).as("answers an overlay took part in").isGreaterThan(Property.TRIES / 5);
  }
}
