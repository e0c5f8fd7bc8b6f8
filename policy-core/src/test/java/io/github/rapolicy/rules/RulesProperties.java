package io.github.rapolicy.rules;

import static io.github.rapolicy.testing.Property.forAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableSet;
import io.github.rapolicy.funding.BalanceCondition;
import io.github.rapolicy.funding.CostKind;
import io.github.rapolicy.funding.FundKind;
import io.github.rapolicy.funding.FundingSource;
import io.github.rapolicy.funding.Money;
import io.github.rapolicy.notice.Clause;
import io.github.rapolicy.notice.Notice;
import io.github.rapolicy.position.BasisKind;
import io.github.rapolicy.position.GraduationCohort;
import io.github.rapolicy.position.InnovationPlatform;
import io.github.rapolicy.position.PlanProgramme;
import io.github.rapolicy.position.PlanProject;
import io.github.rapolicy.position.PlatformKind;
import io.github.rapolicy.position.Position;
import io.github.rapolicy.position.PositionBasis;
import io.github.rapolicy.position.PositionCategory;
import io.github.rapolicy.position.PositionOrigin;
import io.github.rapolicy.testing.Checks;
import io.github.rapolicy.testing.Gen;
import io.github.rapolicy.testing.Property;
import io.github.rapolicy.unit.Affiliation;
import io.github.rapolicy.unit.Designation;
import io.github.rapolicy.unit.HighTechZone;
import io.github.rapolicy.unit.Unit;
import io.github.rapolicy.unit.UnitType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Properties of the rules over arbitrary units, positions, expenses, funds, cohorts and dates,
 * checked on the project's seeded harness: each property runs over its edge cases (the dates around
 * the date of issue, boundary cohorts, amounts at the actual cost, each kind of fund, …) and then
 * over {@link #SAMPLES} random samples ({@link #MANY_SAMPLES} for the charge oracle and the two
 * single-overlay laws), the numbers of tries these properties had before.
 */
class RulesProperties {

  static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 1);
  static final LocalDate LAST_DAY = LocalDate.of(2026, 12, 31);
  static final LocalDate ISSUED = LocalDate.of(2024, 6, 25);

  /** Random samples per property besides its edge cases: 1,000 unless {@code -Drapolicy.tries}. */
  static final int SAMPLES = 2 * Property.TRIES;

  /** Random samples for the properties that need more: 2,000 unless {@code -Drapolicy.tries}. */
  static final int MANY_SAMPLES = 4 * Property.TRIES;

  // ---------------------------------------------------------------------------------------------
  // Questions

  /** Where a charge question lands, for matching restrictions. */
  record ChargePoint(FundKind fund, CostKind cost, PositionCategory category) {}

  /** One question of the four kinds, asked of a policy on a date. */
  record Question(
      String description, Function<Policy.OnDate, Answer> ask, Optional<ChargePoint> point) {

    Answer askOf(Policy policy, LocalDate date) {
      return ask.apply(policy.on(date));
    }

    @Override
    public String toString() {
      return description;
    }
  }

  static Question scopeQuestion(Unit unit) {
    return new Question(
        "isInScope(" + unit + ")",
        on -> {
          ScopeAnswer scope = on.isInScope(unit);
          assertThat(scope).isNotNull();
          return scope.answer();
        },
        Optional.empty());
  }

  static Question positionQuestion(Position position, Unit unit) {
    return new Question(
        "qualifies(" + position + ", " + unit + ")",
        on -> on.qualifies(position, unit),
        Optional.empty());
  }

  static Question cohortQuestion(GraduationCohort cohort) {
    return new Question(
        "isInCohort(" + cohort + ")", on -> on.isInCohort(cohort), Optional.empty());
  }

  static Question chargeQuestion(Expense expense, FundingSource fund) {
    return new Question(
        "mayCharge(" + expense + ").to(" + fund + ")",
        on -> on.mayCharge(expense).to(fund),
        Optional.of(new ChargePoint(fund.kind(), expense.cost(), expense.position().category())));
  }

  // ---------------------------------------------------------------------------------------------
  // Samples: one record per combination of inputs a property takes

  /** A question and the date it is asked on. */
  record Asked(Question question, LocalDate date) {}

  /** A question, its date and one overlay on the notice. */
  record AskedWithOverlay(Question question, LocalDate date, Overlay overlay) {}

  /** A question, its date, a settling and a restricting overlay. */
  record AskedWithOverlays(
      Question question, LocalDate date, Overlay settling, Overlay restricting) {}

  /** A unit asked about on a date. */
  record UnitOn(Unit unit, LocalDate date) {}

  /** A position at a unit, asked about on a date. */
  record PositionOn(Position position, Unit unit, LocalDate date) {}

  /** A graduation cohort asked about on a date. */
  record CohortOn(GraduationCohort cohort, LocalDate date) {}

  /** An expense charged to a fund on a date. */
  record ChargeOn(Expense expense, FundingSource fund, LocalDate date) {}

  /** A settling rule for a charge of {@code cost} to {@code fund} with a decided verdict. */
  record Settlement(FundKind fund, CostKind cost, Verdict verdict) {}

  // ---------------------------------------------------------------------------------------------
  // Generators

  static final HighTechZone NATIONAL = HighTechZone.national("中关村科技园区");
  static final HighTechZone PROVINCIAL = HighTechZone.provincial("某省级高新区");
  static final List<String> PROJECT_IDS = List.of("P-1", "P-2", "P-3");
  static final List<Optional<HighTechZone>> ZONES =
      List.of(Optional.empty(), Optional.of(NATIONAL), Optional.of(PROVINCIAL));
  static final List<Verdict> DECIDED = List.of(Verdict.ALLOWED, Verdict.NOT_ALLOWED);
  static final List<Integer> EDGE_COHORTS = List.of(2015, 2023, 2024, 2025, 2030);

  /** The dates around which answers change: the bounds, and the days around the date of issue. */
  static final List<LocalDate> EDGE_DATES =
      List.of(FIRST_DAY, ISSUED.minusDays(1), ISSUED, ISSUED.plusDays(1), LAST_DAY);

  /** A range of dates to ask on, with the edge dates that fall in it. */
  record DateRange(LocalDate first, LocalDate last) {

    List<LocalDate> edges() {
      return EDGE_DATES.stream().filter(d -> !d.isBefore(first) && !d.isAfter(last)).toList();
    }

    /** Returns the {@code i}-th edge date, cycling, to pair edge dates with other edge cases. */
    LocalDate edge(int i) {
      List<LocalDate> edges = edges();
      return edges.get(i % edges.size());
    }

    LocalDate random(Gen gen) {
      return gen.dateBetween(first, last);
    }
  }

  static final DateRange DATES = new DateRange(FIRST_DAY, LAST_DAY);
  static final DateRange DATES_IN_FORCE = new DateRange(ISSUED, LAST_DAY);
  static final DateRange DATES_BEFORE_ISSUE = new DateRange(FIRST_DAY, ISSUED.minusDays(1));

  static Unit unit(
      UnitType type,
      Affiliation affiliation,
      Set<Designation> designations,
      Optional<HighTechZone> zone) {
    return Unit.builder()
        .name("单位")
        .type(type)
        .affiliation(affiliation)
        .addAllDesignations(designations)
        .zone(type == UnitType.HIGH_TECH_ZONE && zone.isEmpty() ? Optional.of(NATIONAL) : zone)
        .build();
  }

  static Unit unit(Gen gen) {
    return unit(
        gen.pick(UnitType.class),
        gen.pick(Affiliation.class),
        gen.subsetOf(Designation.class),
        gen.pick(ZONES));
  }

  /** Every type, affiliation and zone, each with random designations. */
  static List<Unit> edgeUnits(Gen gen) {
    List<Unit> units = new ArrayList<>();
    for (UnitType type : UnitType.values()) {
      for (Affiliation affiliation : Affiliation.values()) {
        for (Optional<HighTechZone> zone : ZONES) {
          units.add(unit(type, affiliation, gen.subsetOf(Designation.class), zone));
        }
      }
    }
    return units;
  }

  static PositionBasis basis(Gen gen) {
    return gen.oneOf(
        () ->
            PositionBasis.planProject(
                PlanProject.of(
                    gen.pick(PROJECT_IDS), PlanProgramme.NATIONAL_NATURAL_SCIENCE_FOUNDATION)),
        () -> PositionBasis.platform(InnovationPlatform.of(gen.pick(PlatformKind.class), "平台")),
        () ->
            gen.pick(List.of(PositionBasis.selfOrganisedProject("自研-1"), PositionBasis.none())));
  }

  static Position position(
      PositionCategory category, PositionBasis basis, PositionOrigin origin, boolean signed) {
    return Position.builder()
        .id("RA-1")
        .category(category)
        .basis(basis)
        .origin(origin)
        .serviceAgreementSigned(signed)
        .build();
  }

  static Position position(Gen gen) {
    return position(
        gen.pick(PositionCategory.class),
        basis(gen),
        gen.pick(PositionOrigin.class),
        gen.chance(0.5));
  }

  static Expense expense(Gen gen) {
    Position position = position(gen);
    CostKind cost = gen.pick(CostKind.class);
    long amount = gen.longBetween(0, 2_000_000);
    long actual = gen.longBetween(0, 2_000_000);
    return gen.chance(0.5)
        ? Expense.of(position, cost, Money.ofFen(amount))
        : Expense.of(position, cost, Money.ofFen(amount), Money.ofFen(actual));
  }

  /**
   * Expenses at the edges of "no more than the actual cost", on a position of project P-1: none,
   * exact, one fen under, at and over an actual cost, and the largest amount.
   */
  static List<Expense> edgeExpenses(Gen gen) {
    Position position =
        position(
            gen.pick(PositionCategory.class),
            PositionBasis.planProject(
                PlanProject.of("P-1", PlanProgramme.NATIONAL_NATURAL_SCIENCE_FOUNDATION)),
            gen.pick(PositionOrigin.class),
            gen.chance(0.5));
    List<Expense> expenses = new ArrayList<>();
    for (CostKind cost : CostKind.values()) {
      expenses.add(Expense.of(position, cost, Money.ofFen(0)));
      expenses.add(Expense.of(position, cost, Money.ofFen(2_000_000)));
      expenses.add(Expense.of(position, cost, Money.ofFen(99_999), Money.ofFen(100_000)));
      expenses.add(Expense.of(position, cost, Money.ofFen(100_000), Money.ofFen(100_000)));
      expenses.add(Expense.of(position, cost, Money.ofFen(100_001), Money.ofFen(100_000)));
      expenses.add(Expense.of(position, cost, Money.ofFen(1), Money.ofFen(0)));
    }
    return expenses;
  }

  static FundingSource fund(Gen gen) {
    return gen.oneOf(
        () -> FundingSource.labourFee(gen.pick(PROJECT_IDS)),
        () -> FundingSource.budgetLine(gen.pick(PROJECT_IDS), "设备费"),
        () ->
            FundingSource.retainedBalance(
                gen.subsetOf(BalanceCondition.class).toArray(new BalanceCondition[0])),
        FundingSource::matchingFund);
  }

  /** Every kind of fund: own and other project's labour fee, every set of balance conditions. */
  static List<FundingSource> edgeFunds() {
    List<FundingSource> funds = new ArrayList<>();
    funds.add(FundingSource.labourFee("P-1"));
    funds.add(FundingSource.labourFee("P-2"));
    funds.add(FundingSource.budgetLine("P-1", "设备费"));
    funds.add(FundingSource.retainedBalance());
    for (BalanceCondition condition : BalanceCondition.values()) {
      funds.add(FundingSource.retainedBalance(condition));
    }
    funds.add(FundingSource.retainedBalance(BalanceCondition.values()));
    funds.add(FundingSource.matchingFund());
    return funds;
  }

  static GraduationCohort cohort(Gen gen) {
    return GraduationCohort.of(gen.uniformInt(2015, 2030));
  }

  /** A random question: scope, position and cohort questions one time in five each, else charge. */
  static Question question(Gen gen) {
    return gen.oneOf(
        () -> scopeQuestion(unit(gen)),
        () -> positionQuestion(position(gen), unit(gen)),
        () -> cohortQuestion(cohort(gen)),
        () -> chargeQuestion(expense(gen), fund(gen)),
        () -> chargeQuestion(expense(gen), fund(gen)));
  }

  /** One question of each kind, and the cohort questions at the edges of the cohort. */
  static List<Question> edgeQuestions(Gen gen) {
    List<Question> questions = new ArrayList<>();
    questions.add(scopeQuestion(unit(gen)));
    questions.add(positionQuestion(position(gen), unit(gen)));
    for (int year : EDGE_COHORTS) {
      questions.add(cohortQuestion(GraduationCohort.of(year)));
    }
    questions.add(chargeQuestion(expense(gen), fund(gen)));
    questions.add(chargeQuestion(gen.pick(edgeExpenses(gen)), gen.pick(edgeFunds())));
    return questions;
  }

  /** Every edge question on every edge date of {@code range}, then random ones. */
  static Stream<Asked> asked(String salt, DateRange range, int tries) {
    Gen gen = Gen.seeded(salt);
    List<Asked> edges = new ArrayList<>();
    for (LocalDate date : range.edges()) {
      for (Question question : edgeQuestions(gen)) {
        edges.add(new Asked(question, date));
      }
    }
    return gen.samples(edges, tries, () -> new Asked(question(gen), range.random(gen)));
  }

  /** Every edge overlay on every edge date, each with a random question, then random samples. */
  static Stream<AskedWithOverlay> askedWithOverlay(
      String salt, List<Overlay> edgeOverlays, Function<Gen, Overlay> overlays, int tries) {
    Gen gen = Gen.seeded(salt);
    List<AskedWithOverlay> edges = new ArrayList<>();
    for (LocalDate date : DATES.edges()) {
      for (Overlay overlay : edgeOverlays) {
        for (Question question : edgeQuestions(gen)) {
          edges.add(new AskedWithOverlay(question, date, overlay));
        }
      }
    }
    return gen.samples(
        edges,
        tries,
        () -> new AskedWithOverlay(question(gen), DATES.random(gen), overlays.apply(gen)));
  }

  /** Every pair of edge overlays on every edge date of {@code range}, then random samples. */
  static Stream<AskedWithOverlays> askedWithOverlays(String salt, DateRange range, int tries) {
    Gen gen = Gen.seeded(salt);
    List<AskedWithOverlays> edges = new ArrayList<>();
    for (LocalDate date : range.edges()) {
      for (Overlay settling : edgeSettlingOverlays()) {
        for (Overlay restricting : edgeRestrictingOverlays()) {
          for (Question question : edgeQuestions(gen)) {
            edges.add(new AskedWithOverlays(question, date, settling, restricting));
          }
        }
      }
    }
    return gen.samples(
        edges,
        tries,
        () ->
            new AskedWithOverlays(
                question(gen),
                range.random(gen),
                settlingOverlay(gen),
                restrictingOverlay(gen)));
  }

  /** The points the notice leaves open (等支出, 等工作), by the spec. */
  static final List<ChargePoint> OPEN_CHARGE_POINTS =
      List.of(
          new ChargePoint(
              FundKind.LABOUR_FEE, CostKind.HOUSING_FUND, PositionCategory.NOT_NAMED_BY_NOTICE),
          new ChargePoint(
              FundKind.LABOUR_FEE,
              CostKind.NOT_NAMED_BY_NOTICE,
              PositionCategory.NOT_NAMED_BY_NOTICE),
          new ChargePoint(
              FundKind.RETAINED_BALANCE,
              CostKind.HOUSING_FUND,
              PositionCategory.NOT_NAMED_BY_NOTICE),
          new ChargePoint(
              FundKind.RETAINED_BALANCE,
              CostKind.NOT_NAMED_BY_NOTICE,
              PositionCategory.NOT_NAMED_BY_NOTICE),
          new ChargePoint(
              FundKind.MATCHING_FUND,
              CostKind.NOT_NAMED_BY_NOTICE,
              PositionCategory.NOT_NAMED_BY_NOTICE));

  static boolean isOpenChargePoint(FundKind fund, CostKind cost) {
    return OPEN_CHARGE_POINTS.stream().anyMatch(p -> p.fund() == fund && p.cost() == cost);
  }

  /**
   * An overlay settling some of the notice's open points, each at most once: {@code verdicts} holds
   * one choice per open charge point and a last one for the category the notice does not name.
   */
  static Overlay settlingOverlay(List<Optional<Verdict>> verdicts) {
    List<OverlayRule> rules = new ArrayList<>();
    for (int i = 0; i < OPEN_CHARGE_POINTS.size(); i++) {
      ChargePoint point = OPEN_CHARGE_POINTS.get(i);
      verdicts
          .get(i)
          .ifPresent(
              v ->
                  rules.add(
                      OverlayRule.settleCharge(
                          point.fund(), point.cost(), v, "规定" + v, "rule " + v)));
    }
    verdicts
        .get(OPEN_CHARGE_POINTS.size())
        .ifPresent(
            v -> rules.add(OverlayRule.settleUnnamedCategory(v, "类别" + v, "category " + v)));
    return Overlay.of("某结算规定", "某号", rules.toArray(new OverlayRule[0]));
  }

  /** An overlay settling each open point with probability one half, each way equally likely. */
  static Overlay settlingOverlay(Gen gen) {
    List<Optional<Verdict>> verdicts = new ArrayList<>();
    for (int i = 0; i <= OPEN_CHARGE_POINTS.size(); i++) {
      verdicts.add(gen.optional(0.5, () -> gen.pick(DECIDED)));
    }
    return settlingOverlay(verdicts);
  }

  /** The settling overlays that settle nothing, everything as allowed, everything as not. */
  static List<Overlay> edgeSettlingOverlays() {
    List<Overlay> overlays = new ArrayList<>();
    overlays.add(
        settlingOverlay(Collections.nCopies(OPEN_CHARGE_POINTS.size() + 1, Optional.empty())));
    for (Verdict verdict : DECIDED) {
      overlays.add(
          settlingOverlay(
              Collections.nCopies(OPEN_CHARGE_POINTS.size() + 1, Optional.of(verdict))));
    }
    return overlays;
  }

  static OverlayRule restriction(
      Optional<FundKind> fund, Optional<CostKind> cost, Optional<PositionCategory> category) {
    return OverlayRule.restrictCharges(
        fund,
        fund.isEmpty() && category.isEmpty() && cost.isEmpty()
            ? Optional.of(CostKind.LABOUR_REMUNERATION)
            : cost,
        category,
        "不得列支",
        "may not be charged");
  }

  static OverlayRule restriction(Gen gen) {
    return restriction(
        gen.optional(0.6, () -> gen.pick(FundKind.class)),
        gen.optional(0.6, () -> gen.pick(CostKind.class)),
        gen.optional(0.4, () -> gen.pick(PositionCategory.class)));
  }

  static Overlay restrictingOverlay(Gen gen) {
    return Overlay.of(
        "某限制规定", "某号", gen.listOf(1, 3, () -> restriction(gen)).toArray(new OverlayRule[0]));
  }

  /**
   * Restricting overlays at the edges: naming nothing (so only the default cost), only a fund, only
   * a category, all three parts, and three rules at once.
   */
  static List<Overlay> edgeRestrictingOverlays() {
    OverlayRule costOnly = restriction(Optional.empty(), Optional.empty(), Optional.empty());
    OverlayRule fundOnly =
        restriction(Optional.of(FundKind.LABOUR_FEE), Optional.empty(), Optional.empty());
    OverlayRule categoryOnly =
        restriction(
            Optional.empty(), Optional.empty(), Optional.of(PositionCategory.NOT_NAMED_BY_NOTICE));
    OverlayRule all =
        restriction(
            Optional.of(FundKind.MATCHING_FUND),
            Optional.of(CostKind.HOUSING_FUND),
            Optional.of(PositionCategory.NOT_NAMED_BY_NOTICE));
    return List.of(
        Overlay.of("某限制规定", "某号", costOnly),
        Overlay.of("某限制规定", "某号", fundOnly),
        Overlay.of("某限制规定", "某号", categoryOnly),
        Overlay.of("某限制规定", "某号", all),
        Overlay.of("某限制规定", "某号", costOnly, fundOnly, categoryOnly));
  }

  // ---------------------------------------------------------------------------------------------
  // Helpers

  /** ALLOWED ranks highest; a restriction may only lower the rank. */
  static int rank(Verdict verdict) {
    return switch (verdict) {
      case ALLOWED -> 2;
      case UNDECIDED -> 1;
      case NOT_ALLOWED -> 0;
    };
  }

  /** The combination rule, written out independently of {@link Verdict#and}. */
  static Verdict fold(Iterable<Verdict> outcomes) {
    boolean undecided = false;
    for (Verdict outcome : outcomes) {
      if (outcome == Verdict.NOT_ALLOWED) {
        return Verdict.NOT_ALLOWED;
      }
      undecided |= outcome == Verdict.UNDECIDED;
    }
    return undecided ? Verdict.UNDECIDED : Verdict.ALLOWED;
  }

  private static final String ID = "(?:\\d\\.\\d\\.\\d|title|number|addressees|issuers|date)";
  private static final Pattern CHINESE_CITATION =
      Pattern.compile("〔(" + ID + "(?:, " + ID + ")*)〕");
  private static final Pattern ENGLISH_CITATION =
      Pattern.compile("\\[(" + ID + "(?:, " + ID + ")*)\\]");
  private static final Pattern CHINESE_QUOTE =
      Pattern.compile("^\\s+(" + ID + ") 原文：", Pattern.MULTILINE);
  private static final Pattern ENGLISH_QUOTE =
      Pattern.compile("^\\s+(" + ID + ") reads: ", Pattern.MULTILINE);

  static ImmutableSet<String> matches(Pattern pattern, String text) {
    Matcher matcher = pattern.matcher(text);
    ImmutableSet.Builder<String> ids = ImmutableSet.builder();
    while (matcher.find()) {
      ids.addAll(Splitter.on(", ").split(matcher.group(1)));
    }
    return ids.build();
  }

  /** Every ordered pair, or triple, of verdicts: the whole domain of {@link Verdict#and}. */
  static Stream<List<Verdict>> verdictTuples(int arity) {
    List<List<Verdict>> tuples = List.of(List.of());
    for (int i = 0; i < arity; i++) {
      List<List<Verdict>> longer = new ArrayList<>();
      for (List<Verdict> tuple : tuples) {
        for (Verdict verdict : Verdict.values()) {
          List<Verdict> extended = new ArrayList<>(tuple);
          extended.add(verdict);
          longer.add(List.copyOf(extended));
        }
      }
      tuples = longer;
    }
    return tuples.stream();
  }

  // ---------------------------------------------------------------------------------------------
  // Totality, determinism, citations

  @Test
  @DisplayName("totality: every question gets exactly one non-null answer with a verdict")
  void totality() {
    forAll(
        asked("rules-totality", DATES, SAMPLES),
        s -> {
          Answer answer = s.question().askOf(Policy.ofNotice(), s.date());

          assertThat(answer).isNotNull();
          assertThat(answer.verdict()).isNotNull();
          assertThat(answer.findings()).isNotEmpty();
          assertThat(answer.decidingFindings()).isNotEmpty();
        });
  }

  @Test
  @DisplayName("totality: every scope question gets a scope answer")
  void scopeTotality() {
    Gen gen = Gen.seeded("rules-scope-totality");
    List<UnitOn> edges = new ArrayList<>();
    List<Unit> units = edgeUnits(gen);
    for (int i = 0; i < units.size(); i++) {
      edges.add(new UnitOn(units.get(i), DATES.edge(i)));
    }
    forAll(
        gen.samples(edges, SAMPLES, () -> new UnitOn(unit(gen), DATES.random(gen))),
        s -> {
          ScopeAnswer scope = Policy.ofNotice().on(s.date()).isInScope(s.unit());

          assertThat(scope).isNotNull();
          assertThat(scope.answer()).isNotNull();
          assertThat(scope.verdict()).isEqualTo(scope.answer().verdict());
          assertThat(scope.channels()).isNotNull();
        });
  }

  @Test
  @DisplayName("determinism: asking twice gives equal answers and equal explanations")
  void determinism() {
    forAll(
        asked("rules-determinism", DATES, SAMPLES),
        s -> {
          Answer first = s.question().askOf(Policy.ofNotice(), s.date());
          Answer second = s.question().askOf(Policy.ofNotice(), s.date());

          assertThat(second).isEqualTo(first);
          assertThat(second.hashCode()).isEqualTo(first.hashCode());
          for (Language language : Language.values()) {
            assertThat(second.explain(language)).isEqualTo(first.explain(language));
          }
        });
  }

  @Test
  @DisplayName("citations: every answer cites at least one clause, and only catalogue entries")
  void citations() {
    forAll(
        asked("rules-citations", DATES, SAMPLES),
        s -> {
          Answer answer = s.question().askOf(Policy.ofNotice(), s.date());

          assertThat(answer.clauses()).isNotEmpty();
          assertThat(Notice.instance().clauses()).containsAll(answer.clauses());
          Set<Clause> fromFindings = EnumSet.noneOf(Clause.class);
          for (Finding finding : answer.findings()) {
            assertThat(finding.clauses()).isNotEmpty();
            fromFindings.addAll(finding.clauses());
          }
          assertThat(answer.clauses()).containsExactlyInAnyOrderElementsOf(fromFindings);
          for (Clause clause : answer.clauses()) {
            assertThat(Clause.parse(clause.id())).isSameAs(clause);
            assertThat(answer.cites(clause)).isTrue();
          }
        });
  }

  // ---------------------------------------------------------------------------------------------
  // Combination law

  @Test
  @DisplayName(
      "combination: the verdict is the fold of the findings' outcomes; reasons are the decisive"
          + " ones")
  void combination() {
    forAll(
        asked("rules-combination", DATES, SAMPLES),
        s -> {
          Answer answer = s.question().askOf(Policy.ofNotice(), s.date());
          List<Verdict> outcomes = new ArrayList<>();
          for (Finding finding : answer.findings()) {
            outcomes.add(finding.outcome());
          }

          assertThat(answer.verdict()).isEqualTo(fold(outcomes));
          assertThat(answer.decidingFindings())
              .allSatisfy(r -> assertThat(r.outcome()).isEqualTo(answer.verdict()));
          assertThat(answer.decidingFindings())
              .containsExactlyElementsOf(
                  answer.findings().stream()
                      .filter(f -> f.outcome() == answer.verdict())
                      .toList());
          if (answer.verdict() == Verdict.ALLOWED) {
            assertThat(answer.remedies()).isEmpty();
          }
          Set<Remedy> fromReasons = EnumSet.noneOf(Remedy.class);
          answer.decidingFindings().forEach(r -> fromReasons.addAll(r.remedies()));
          assertThat(answer.remedies()).containsExactlyInAnyOrderElementsOf(fromReasons);
        });
  }

  @Test
  @DisplayName("Verdict.and is commutative, with ALLOWED as identity and NOT_ALLOWED absorbing")
  void andCommutative() {
    // All 9 pairs: the whole domain, checked exhaustively.
    forAll(
        verdictTuples(2),
        pair -> {
          Verdict a = pair.get(0);
          Verdict b = pair.get(1);

          assertThat(a.and(b)).isEqualTo(b.and(a));
          assertThat(a.and(b)).isEqualTo(fold(List.of(a, b)));
          assertThat(a.and(Verdict.ALLOWED)).isEqualTo(a);
          assertThat(Verdict.ALLOWED.and(a)).isEqualTo(a);
          assertThat(a.and(Verdict.NOT_ALLOWED)).isEqualTo(Verdict.NOT_ALLOWED);
          assertThat(a.and(a)).isEqualTo(a);
        });
  }

  @Test
  @DisplayName("Verdict.and is associative")
  void andAssociative() {
    // All 27 triples.
    forAll(
        verdictTuples(3),
        triple -> {
          Verdict a = triple.get(0);
          Verdict b = triple.get(1);
          Verdict c = triple.get(2);

          assertThat(a.and(b).and(c)).isEqualTo(a.and(b.and(c)));
        });
  }

  // ---------------------------------------------------------------------------------------------
  // Oracles written from the spec

  @Test
  @DisplayName("decision 1: channels and lead role follow 2.1.2, 2.2.2, 2.3.2, 3.1.3 and 0.0.3")
  void scopeOracle() {
    Gen gen = Gen.seeded("rules-scope-oracle");
    List<UnitOn> edges = new ArrayList<>();
    List<Unit> units = edgeUnits(gen);
    for (int i = 0; i < units.size(); i++) {
      edges.add(new UnitOn(units.get(i), DATES_IN_FORCE.edge(i)));
    }
    forAll(
        gen.samples(edges, SAMPLES, () -> new UnitOn(unit(gen), DATES_IN_FORCE.random(gen))),
        s -> checkScope(s.unit(), s.date()));
  }

  static void checkScope(Unit unit, LocalDate date) {
    ScopeAnswer scope = Policy.ofNotice().on(date).isInScope(unit);
    UnitType type = unit.type();
    boolean centralKind =
        type == UnitType.UNIVERSITY
            || type == UnitType.RESEARCH_INSTITUTE
            || type == UnitType.ENTERPRISE;
    boolean central = unit.affiliation().isCentral() && centralKind;
    boolean nationalZone =
        type == UnitType.HIGH_TECH_ZONE && unit.zone().orElseThrow().isNational();
    boolean insideNationalZone =
        type != UnitType.HIGH_TECH_ZONE && unit.zone().map(HighTechZone::isNational).orElse(false);
    boolean namedInZone =
        insideNationalZone
            && (type == UnitType.RESEARCH_INSTITUTE
                || unit.designations().stream()
                    .anyMatch(d -> d != Designation.NEW_TYPE_RD_INSTITUTION));
    boolean local =
        (unit.affiliation() == Affiliation.PROVINCIAL
                && (type == UnitType.UNIVERSITY || type == UnitType.RESEARCH_INSTITUTE))
            || unit.holds(Designation.NEW_TYPE_RD_INSTITUTION)
            || (unit.holds(Designation.HIGH_TECH_ENTERPRISE)
                && !insideNationalZone
                && !nationalZone)
            || (type == UnitType.HIGH_TECH_ZONE && !unit.zone().orElseThrow().isNational());

    Set<Channel> expected = EnumSet.noneOf(Channel.class);
    if (central) {
      expected.add(Channel.CENTRAL_UNITS);
    }
    if (nationalZone || namedInZone) {
      expected.add(Channel.NATIONAL_HIGH_TECH_ZONES);
    }
    if (local) {
      expected.add(Channel.LOCALITIES);
    }

    assertThat(scope.channels()).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(scope.isLeadUnit()).isEqualTo(central || nationalZone);
    assertThat(scope.verdict())
        .isEqualTo(expected.isEmpty() ? Verdict.UNDECIDED : Verdict.ALLOWED);
    assertThat(scope.isOnlyGenerallyEncouraged()).isEqualTo(expected.isEmpty());
    for (Channel channel : expected) {
      assertThat(scope.answer().cites(channel.clause())).isTrue();
    }
    if (scope.isLeadUnit()) {
      assertThat(scope.answer().cites(Clause.C3_1_3)).isTrue();
    }
    if (expected.isEmpty()) {
      assertThat(scope.answer().cites(Clause.C0_0_3)).isTrue();
    }
  }

  @Test
  @DisplayName("decision 2: a position's verdict is decided by its category alone (0.0.1)")
  void positionOracle() {
    Gen gen = Gen.seeded("rules-position-oracle");
    List<PositionOn> edges = new ArrayList<>();
    int i = 0;
    for (PositionCategory category : PositionCategory.values()) {
      for (PositionOrigin origin : PositionOrigin.values()) {
        Position position = position(category, basis(gen), origin, gen.chance(0.5));
        edges.add(new PositionOn(position, unit(gen), DATES_IN_FORCE.edge(i++)));
      }
    }
    forAll(
        gen.samples(
            edges,
            SAMPLES,
            () -> new PositionOn(position(gen), unit(gen), DATES_IN_FORCE.random(gen))),
        s -> {
          Position position = s.position();
          Unit unit = s.unit();
          Answer answer = Policy.ofNotice().on(s.date()).qualifies(position, unit);

          assertThat(answer.verdict())
              .isEqualTo(
                  position.category().isNamedByNotice() ? Verdict.ALLOWED : Verdict.UNDECIDED);
          assertThat(answer.cites(Clause.C0_0_1)).isTrue();
          // The origin follows the unit's channels (2.1.2, 2.2.2, 2.3.2; 0.0.3 where none names
          // it) for a new position, and 2.1.3 for one to fill first, whatever the channel.
          Set<Channel> unitChannels = Policy.ofNotice().on(s.date()).isInScope(unit).channels();
          Set<Clause> origin = EnumSet.noneOf(Clause.class);
          if (position.origin() == PositionOrigin.NEW) {
            unitChannels.forEach(channel -> origin.add(channel.clause()));
            if (unitChannels.isEmpty()) {
              origin.add(Clause.C0_0_3);
            }
          } else {
            origin.add(Clause.C2_1_3);
          }
          assertThat(answer.findings())
              .filteredOn(
                  f -> f.reason() == Reason.ORIGIN_NEW || f.reason() == Reason.ORIGIN_FILL_FIRST)
              .singleElement()
              .satisfies(f -> assertThat(f.clauses()).containsExactlyInAnyOrderElementsOf(origin));
          boolean inZone = unit.zone().map(HighTechZone::isNational).orElse(false);
          if (position.basis().kind() == BasisKind.SELF_ORGANISED_PROJECT && inZone) {
            assertThat(answer.cites(Clause.C2_2_2)).isTrue();
          }
          BasisKind basis = position.basis().kind();
          if (basis == BasisKind.PLAN_PROJECT || basis == BasisKind.INNOVATION_PLATFORM) {
            Set<Clause> expected = EnumSet.of(Clause.C3_2_2);
            Set<Channel> channels = Policy.ofNotice().on(s.date()).isInScope(unit).channels();
            channels.forEach(channel -> expected.add(channel.clause()));
            if (channels.isEmpty()) {
              expected.add(Clause.C3_2_4);
            }
            assertThat(answer.findings())
                .filteredOn(
                    f ->
                        f.reason() == Reason.BASIS_PLAN_PROJECT
                            || f.reason() == Reason.BASIS_PLATFORM)
                .singleElement()
                .satisfies(f -> assertThat(f.clauses()).containsExactlyInAnyOrderElementsOf(expected));
          }
        });
  }

  @Test
  @DisplayName("decision 3: only the class of 2024 is in the cohort (0.0.4)")
  void cohortOracle() {
    Gen gen = Gen.seeded("rules-cohort-oracle");
    List<CohortOn> edges = new ArrayList<>();
    // Every cohort the generator can yield, on every edge date in force.
    for (int year = 2015; year <= 2030; year++) {
      for (LocalDate date : DATES_IN_FORCE.edges()) {
        edges.add(new CohortOn(GraduationCohort.of(year), date));
      }
    }
    forAll(
        gen.samples(
            edges, SAMPLES, () -> new CohortOn(cohort(gen), DATES_IN_FORCE.random(gen))),
        s -> {
          Answer answer = Policy.ofNotice().on(s.date()).isInCohort(s.cohort());

          assertThat(answer.verdict())
              .isEqualTo(s.cohort().year() == 2024 ? Verdict.ALLOWED : Verdict.NOT_ALLOWED);
          assertThat(answer.clauses()).containsExactly(Clause.C0_0_4);
        });
  }

  /** Decision 4, written from the spec. */
  static Verdict expectedCharge(Expense expense, FundingSource fund) {
    Position position = expense.position();
    CostKind cost = expense.cost();
    boolean namedCost =
        cost == CostKind.LABOUR_REMUNERATION || cost == CostKind.SOCIAL_INSURANCE_SUBSIDY;
    List<Verdict> parts = new ArrayList<>();
    parts.add(position.category().isNamedByNotice() ? Verdict.ALLOWED : Verdict.UNDECIDED);
    parts.add(position.serviceAgreementSigned() ? Verdict.ALLOWED : Verdict.NOT_ALLOWED);
    parts.add(
        expense.amount().toFen() > expense.actualCost().toFen()
            ? Verdict.NOT_ALLOWED
            : Verdict.ALLOWED);
    switch (fund.kind()) {
      case LABOUR_FEE -> {
        String project = fund.projectId().orElseThrow();
        boolean own =
            position.basis().planProject().map(p -> p.id().equals(project)).orElse(false);
        parts.add(own ? Verdict.ALLOWED : Verdict.NOT_ALLOWED);
        parts.add(namedCost ? Verdict.ALLOWED : Verdict.UNDECIDED);
      }
      case OTHER_BUDGET_LINE -> parts.add(Verdict.NOT_ALLOWED);
      case RETAINED_BALANCE -> {
        boolean both =
            fund.balanceConditions().containsAll(EnumSet.allOf(BalanceCondition.class));
        parts.add(both ? Verdict.ALLOWED : Verdict.NOT_ALLOWED);
        parts.add(namedCost ? Verdict.ALLOWED : Verdict.UNDECIDED);
      }
      case MATCHING_FUND ->
          parts.add(
              namedCost || cost == CostKind.HOUSING_FUND ? Verdict.ALLOWED : Verdict.UNDECIDED);
    }
    return fold(parts);
  }

  @Test
  @DisplayName("decision 4: the charge verdict follows 3.3.2 – 3.3.6 and 0.0.1")
  void chargeOracle() {
    Gen gen = Gen.seeded("rules-charge-oracle");
    List<ChargeOn> edges = new ArrayList<>();
    // Every edge amount of every kind of cost, to every kind of fund.
    int i = 0;
    for (Expense expense : edgeExpenses(gen)) {
      for (FundingSource fund : edgeFunds()) {
        edges.add(new ChargeOn(expense, fund, DATES_IN_FORCE.edge(i++)));
      }
    }
    forAll(
        gen.samples(
            edges,
            MANY_SAMPLES,
            () -> new ChargeOn(expense(gen), fund(gen), DATES_IN_FORCE.random(gen))),
        s -> {
          Expense expense = s.expense();
          FundingSource fund = s.fund();
          Answer answer = Policy.ofNotice().on(s.date()).mayCharge(expense).to(fund);

          assertThat(answer.verdict()).isEqualTo(expectedCharge(expense, fund));
          assertThat(answer.cites(Clause.C3_3_2)).isTrue();
          assertThat(answer.cites(Clause.C3_3_5)).isTrue();
          assertThat(answer.cites(fundClause(fund.kind()))).isTrue();
          if (!expense.position().serviceAgreementSigned()) {
            assertThat(answer.remedies()).contains(Remedy.SIGN_SERVICE_AGREEMENT);
          }
          if (expense.exceedsActualCost()) {
            assertThat(answer.remedies()).contains(Remedy.CHARGE_ACTUAL_COST);
          }
        });
  }

  /** An expense charged to a fund on a date, under a settling and a restricting overlay. */
  record ChargeWithOverlays(ChargeOn charge, Overlay settling, Overlay restricting) {}

  @Test
  @DisplayName(
      "decision 4: mayCharge(expense, fund) answers as mayCharge(expense).to(fund), on any date,"
          + " under any overlays")
  void oneStepAnswersAsTwoSteps() {
    Gen gen = Gen.seeded("rules-charge-one-step");
    List<ChargeWithOverlays> edges = new ArrayList<>();
    int i = 0;
    for (Expense expense : edgeExpenses(gen)) {
      for (FundingSource fund : edgeFunds()) {
        edges.add(
            new ChargeWithOverlays(
                new ChargeOn(expense, fund, DATES.edge(i++)),
                settlingOverlay(gen),
                restrictingOverlay(gen)));
      }
    }
    AtomicInteger overlaid = new AtomicInteger();
    forAll(
        gen.samples(
            edges,
            MANY_SAMPLES,
            () ->
                new ChargeWithOverlays(
                    new ChargeOn(expense(gen), fund(gen), DATES.random(gen)),
                    settlingOverlay(gen),
                    restrictingOverlay(gen))),
        s -> {
          ChargeOn charge = s.charge();
          Policy layered = layered(s.settling(), s.restricting());
          List<Policy> policies = new ArrayList<>(List.of(Policy.ofNotice()));
          if (layered != null) {
            policies.add(layered);
            overlaid.incrementAndGet();
          }
          for (Policy policy : policies) {
            Policy.OnDate today = policy.on(charge.date());
            Answer oneStep = today.mayCharge(charge.expense(), charge.fund());
            assertThat(oneStep).isEqualTo(today.mayCharge(charge.expense()).to(charge.fund()));
            // A policy of its own (an empty overlay changes nothing) works the answer out anew:
            // the answer shared is the one worked out.
            Policy fresh = Policy.ofNotice().withOverlay(Overlay.of("空", "none"));
            for (Overlay overlay : policy.overlays()) {
              fresh = fresh.withOverlay(overlay);
            }
            assertThat(oneStep)
                .isEqualTo(fresh.on(charge.date()).mayCharge(charge.expense(), charge.fund()));
          }
        });
    assertThat(overlaid).as("samples asked under overlays").hasValueGreaterThan(MANY_SAMPLES / 2);
  }

  /** The clause that governs charges to a kind of fund. */
  static Clause fundClause(FundKind fund) {
    return switch (fund) {
      case LABOUR_FEE, OTHER_BUDGET_LINE -> Clause.C3_3_3;
      case RETAINED_BALANCE -> Clause.C3_3_4;
      case MATCHING_FUND -> Clause.C3_3_6;
    };
  }

  // ---------------------------------------------------------------------------------------------
  // In force

  @Test
  @Checks({"date"})
  @DisplayName(
      "date: every question dated before 2024-06-25 is undecided, not in force, citing date only")
  void notInForceBeforeIssue() {
    forAll(
        asked("rules-not-in-force", DATES_BEFORE_ISSUE, SAMPLES),
        s -> {
          Answer answer = s.question().askOf(Policy.ofNotice(), s.date());

          assertThat(answer.isInForce()).isFalse();
          assertThat(answer.verdict()).isEqualTo(Verdict.UNDECIDED);
          assertThat(answer.clauses()).containsExactly(Clause.DATE);
          assertThat(answer.remedies()).containsExactly(Remedy.ASK_ON_OR_AFTER_ISSUE);
        });
  }

  @Test
  @Checks({"date"})
  @DisplayName(
      "date: every question dated on or after 2024-06-25 is in force and does not cite the date")
  void inForceFromIssue() {
    forAll(
        asked("rules-in-force", DATES_IN_FORCE, SAMPLES),
        s -> {
          Answer answer = s.question().askOf(Policy.ofNotice(), s.date());

          assertThat(answer.isInForce()).isTrue();
          assertThat(answer.cites(Clause.DATE)).isFalse();
        });
  }

  @Test
  @Checks({"date"})
  @DisplayName("date: overlays do not change a question dated before issue")
  void notInForceWithOverlays() {
    AtomicInteger combinable = new AtomicInteger();
    forAll(
        askedWithOverlays("rules-not-in-force-overlays", DATES_BEFORE_ISSUE, SAMPLES),
        s -> {
          Policy policy = layered(s.settling(), s.restricting());
          if (policy == null) {
            return;
          }
          combinable.incrementAndGet();
          assertThat(s.question().askOf(policy, s.date()))
              .isEqualTo(s.question().askOf(Policy.ofNotice(), s.date()));
        });
    assertThat(combinable).as("samples whose overlays do not conflict").hasPositiveValue();
  }

  // ---------------------------------------------------------------------------------------------
  // Overlays

  @Test
  @DisplayName("overlay: an empty overlay changes nothing")
  void emptyOverlay() {
    Policy empty = Policy.ofNotice().withOverlay(Overlay.of("x", "y"));
    forAll(
        asked("rules-empty-overlay", DATES, SAMPLES),
        s ->
            assertThat(s.question().askOf(empty, s.date()))
                .isEqualTo(s.question().askOf(Policy.ofNotice(), s.date())));
  }

  @Test
  @DisplayName(
      "overlay: a restriction never makes anything more allowed, and forbids what it matches")
  void restrictionOnlyRestricts() {
    forAll(
        askedWithOverlay(
            "rules-restriction",
            edgeRestrictingOverlays(),
            RulesProperties::restrictingOverlay,
            MANY_SAMPLES),
        s -> {
          Question question = s.question();
          LocalDate date = s.date();
          Overlay overlay = s.overlay();
          Answer base = question.askOf(Policy.ofNotice(), date);
          Answer restricted = question.askOf(Policy.ofNotice().withOverlay(overlay), date);

          assertThat(rank(restricted.verdict())).isLessThanOrEqualTo(rank(base.verdict()));
          if (base.verdict() == Verdict.NOT_ALLOWED) {
            assertThat(restricted.verdict()).isEqualTo(Verdict.NOT_ALLOWED);
          }
          boolean matches =
              question
                  .point()
                  .map(p -> overlay.rules().stream().anyMatch(r -> restricts(r, p)))
                  .orElse(false);
          if (matches && !date.isBefore(ISSUED)) {
            assertThat(restricted.verdict()).isEqualTo(Verdict.NOT_ALLOWED);
            assertThat(restricted.decidingFindings())
                .anySatisfy(r -> assertThat(r.overlay()).contains(overlay));
          } else {
            assertThat(restricted).isEqualTo(base);
          }
        });
  }

  @Test
  @DisplayName("overlay: a settling overlay only changes undecided answers")
  void settlingOnlyChangesUndecided() {
    forAll(
        askedWithOverlay(
            "rules-settling",
            edgeSettlingOverlays(),
            RulesProperties::settlingOverlay,
            MANY_SAMPLES),
        s -> {
          Overlay overlay = s.overlay();
          Answer base = s.question().askOf(Policy.ofNotice(), s.date());
          Answer settled = s.question().askOf(Policy.ofNotice().withOverlay(overlay), s.date());

          switch (base.verdict()) {
            case ALLOWED -> assertThat(settled).isEqualTo(base);
            case NOT_ALLOWED -> {
              assertThat(settled.verdict()).isEqualTo(Verdict.NOT_ALLOWED);
              assertThat(settled.decidingFindings()).containsAll(base.decidingFindings());
            }
            case UNDECIDED -> {
              assertThat(settled.clauses()).containsExactlyInAnyOrderElementsOf(base.clauses());
              for (Finding finding : settled.findings()) {
                if (finding.reason() == Reason.OVERLAY_SETTLED) {
                  assertThat(finding.overlay()).contains(overlay);
                }
              }
            }
          }
        });
  }

  @Test
  @DisplayName("overlay: any overlays never turn the notice's not-allowed into allowed")
  void neverLiftNotAllowed() {
    AtomicInteger combinable = new AtomicInteger();
    forAll(
        askedWithOverlays("rules-never-lift", DATES, SAMPLES),
        s -> {
          Policy policy = layered(s.settling(), s.restricting());
          if (policy == null) {
            return;
          }
          combinable.incrementAndGet();
          Answer base = s.question().askOf(Policy.ofNotice(), s.date());
          if (base.verdict() == Verdict.NOT_ALLOWED) {
            assertThat(s.question().askOf(policy, s.date()).verdict())
                .isEqualTo(Verdict.NOT_ALLOWED);
          }
        });
    assertThat(combinable).as("samples whose overlays do not conflict").hasPositiveValue();
  }

  @Test
  @DisplayName("overlay: layering order does not change whether overlays conflict, nor any verdict")
  void layeringOrder() {
    forAll(
        askedWithOverlays("rules-layering-order", DATES, SAMPLES),
        s -> {
          Policy one = layered(s.settling(), s.restricting());
          Policy other = layered(s.restricting(), s.settling());

          assertThat(one == null).isEqualTo(other == null);
          if (one != null && other != null) {
            assertThat(s.question().askOf(one, s.date()).verdict())
                .isEqualTo(s.question().askOf(other, s.date()).verdict());
          }
        });
  }

  @Test
  @DisplayName("overlay: settling is accepted exactly on the points the notice leaves open")
  void settlingOnlyOpenPoints() {
    // Every fund, cost and decided verdict: the whole domain, checked exhaustively.
    List<Settlement> settlements = new ArrayList<>();
    for (FundKind fund : FundKind.values()) {
      for (CostKind cost : CostKind.values()) {
        for (Verdict verdict : DECIDED) {
          settlements.add(new Settlement(fund, cost, verdict));
        }
      }
    }
    forAll(
        settlements.stream(),
        s -> {
          Overlay overlay =
              Overlay.of(
                  "某规定",
                  "某号",
                  OverlayRule.settleCharge(s.fund(), s.cost(), s.verdict(), "规定", "rule"));

          if (isOpenChargePoint(s.fund(), s.cost())) {
            assertThat(Policy.ofNotice().withOverlay(overlay).overlays()).containsExactly(overlay);
          } else {
            assertThatThrownBy(() -> Policy.ofNotice().withOverlay(overlay))
                .isInstanceOf(IllegalArgumentException.class)
                .isNotInstanceOf(ConflictingOverlaysException.class);
          }
        });
  }

  @Test
  @DisplayName(
      "overlay: two settling rules on the same open point with different verdicts conflict")
  void everyOpenPointConflicts() {
    for (ChargePoint point : OPEN_CHARGE_POINTS) {
      Overlay yes =
          Overlay.of(
              "甲",
              "甲号",
              OverlayRule.settleCharge(point.fund(), point.cost(), Verdict.ALLOWED, "可", "may"));
      Overlay no =
          Overlay.of(
              "乙",
              "乙号",
              OverlayRule.settleCharge(
                  point.fund(), point.cost(), Verdict.NOT_ALLOWED, "不可", "may not"));
      Policy withYes = Policy.ofNotice().withOverlay(yes);
      assertThatThrownBy(() -> withYes.withOverlay(no))
          .isInstanceOf(ConflictingOverlaysException.class)
          .hasMessageContaining("甲")
          .hasMessageContaining("乙");
    }
  }

  /**
   * Whether restriction {@code rule} covers a charge at {@code point}: each present part must
   * match.
   */
  static boolean restricts(OverlayRule rule, ChargePoint point) {
    return rule.effect() == OverlayRule.Effect.RESTRICTS
        && rule.fund().map(f -> f == point.fund()).orElse(true)
        && rule.cost().map(c -> c == point.cost()).orElse(true)
        && rule.category().map(c -> c == point.category()).orElse(true);
  }

  /** The notice with both overlays, in order, or null where they conflict. */
  static @Nullable Policy layered(Overlay first, Overlay second) {
    try {
      return Policy.ofNotice().withOverlay(first).withOverlay(second);
    } catch (ConflictingOverlaysException e) {
      return null;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Explanations

  @Test
  @DisplayName(
      "explanations: the Chinese and English renderings cite and quote the same clause IDs")
  void renderingsCiteTheSameClauses() {
    forAll(
        askedWithOverlay(
            "rules-renderings",
            edgeSettlingOverlays(),
            RulesProperties::settlingOverlay,
            SAMPLES),
        s -> {
          Answer answer =
              s.question().askOf(Policy.ofNotice().withOverlay(s.overlay()), s.date());
          String chinese = answer.explain(Language.CHINESE);
          String english = answer.explain(Language.ENGLISH);
          ImmutableSet<String> ids = Fixtures.ids(answer.clauses());

          assertThat(matches(CHINESE_CITATION, chinese))
              .isEqualTo(matches(ENGLISH_CITATION, english));
          assertThat(matches(CHINESE_CITATION, chinese)).isEqualTo(ids);
          assertThat(matches(CHINESE_QUOTE, chinese)).isEqualTo(ids);
          assertThat(matches(ENGLISH_QUOTE, english)).isEqualTo(ids);
          for (Clause clause : answer.clauses()) {
            assertThat(chinese).contains(clause.original());
            assertThat(english).contains(clause.gloss(), clause.original());
          }
          assertThat(chinese)
              .contains("结论：" + answer.question().answer(answer.verdict(), Language.CHINESE));
          assertThat(english)
              .contains("Verdict: " + answer.question().answer(answer.verdict(), Language.ENGLISH));
        });
  }
}
