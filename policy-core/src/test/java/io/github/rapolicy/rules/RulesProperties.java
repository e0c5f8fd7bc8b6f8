package io.github.rapolicy.rules;

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
import io.github.rapolicy.unit.Affiliation;
import io.github.rapolicy.unit.Designation;
import io.github.rapolicy.unit.HighTechZone;
import io.github.rapolicy.unit.Unit;
import io.github.rapolicy.unit.UnitType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.time.api.Dates;
import org.jspecify.annotations.Nullable;

/** Properties of the rules over arbitrary units, positions, expenses, funds, cohorts and dates. */
class RulesProperties {

  static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 1);
  static final LocalDate LAST_DAY = LocalDate.of(2026, 12, 31);
  static final LocalDate ISSUED = LocalDate.of(2024, 6, 25);

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
    return new Question("isInCohort(" + cohort + ")", on -> on.isInCohort(cohort), Optional.empty());
  }

  static Question chargeQuestion(Expense expense, FundingSource fund) {
    return new Question(
        "mayCharge(" + expense + ").to(" + fund + ")",
        on -> on.mayCharge(expense).to(fund),
        Optional.of(new ChargePoint(fund.kind(), expense.cost(), expense.position().category())));
  }

  // ---------------------------------------------------------------------------------------------
  // Generators

  static final HighTechZone NATIONAL = HighTechZone.national("中关村科技园区");
  static final HighTechZone PROVINCIAL = HighTechZone.provincial("某省级高新区");
  static final List<String> PROJECT_IDS = List.of("P-1", "P-2", "P-3");

  @Provide
  Arbitrary<Unit> units() {
    Arbitrary<Optional<HighTechZone>> zones =
        Arbitraries.of(Optional.<HighTechZone>empty(), Optional.of(NATIONAL), Optional.of(PROVINCIAL));
    return Combinators.combine(
            Arbitraries.of(UnitType.class),
            Arbitraries.of(Affiliation.class),
            Arbitraries.subsetOf(EnumSet.allOf(Designation.class)),
            zones)
        .as(
            (type, affiliation, designations, zone) ->
                Unit.builder()
                    .name("单位")
                    .type(type)
                    .affiliation(affiliation)
                    .addAllDesignations(designations)
                    .zone(type == UnitType.HIGH_TECH_ZONE && zone.isEmpty() ? Optional.of(NATIONAL) : zone)
                    .build());
  }

  @Provide
  Arbitrary<PositionBasis> bases() {
    Arbitrary<PositionBasis> planProjects =
        Arbitraries.of(PROJECT_IDS)
            .map(
                id ->
                    PositionBasis.planProject(
                        PlanProject.of(id, PlanProgramme.NATIONAL_NATURAL_SCIENCE_FOUNDATION)));
    Arbitrary<PositionBasis> platforms =
        Arbitraries.of(PlatformKind.class)
            .map(kind -> PositionBasis.platform(InnovationPlatform.of(kind, "平台")));
    Arbitrary<PositionBasis> others =
        Arbitraries.of(PositionBasis.selfOrganisedProject("自研-1"), PositionBasis.none());
    return Arbitraries.oneOf(planProjects, platforms, others);
  }

  @Provide
  Arbitrary<Position> positions() {
    return Combinators.combine(
            Arbitraries.of(PositionCategory.class),
            bases(),
            Arbitraries.of(PositionOrigin.class),
            Arbitraries.of(true, false))
        .as(
            (category, basis, origin, signed) ->
                Position.builder()
                    .id("RA-1")
                    .category(category)
                    .basis(basis)
                    .origin(origin)
                    .serviceAgreementSigned(signed)
                    .build());
  }

  @Provide
  Arbitrary<Expense> expenses() {
    Arbitrary<Long> fen = Arbitraries.longs().between(0, 2_000_000);
    return Combinators.combine(
            positions(), Arbitraries.of(CostKind.class), fen, fen, Arbitraries.of(true, false))
        .as(
            (position, cost, amount, actual, exact) ->
                exact
                    ? Expense.of(position, cost, Money.ofFen(amount))
                    : Expense.of(position, cost, Money.ofFen(amount), Money.ofFen(actual)));
  }

  @Provide
  Arbitrary<FundingSource> funds() {
    return Arbitraries.oneOf(
        Arbitraries.of(PROJECT_IDS).map(FundingSource::labourFeeOf),
        Arbitraries.of(PROJECT_IDS).map(id -> FundingSource.budgetLineOf(id, "设备费")),
        Arbitraries.subsetOf(EnumSet.allOf(BalanceCondition.class))
            .map(met -> FundingSource.retainedBalance(met.toArray(new BalanceCondition[0]))),
        Arbitraries.just(FundingSource.matchingFund()));
  }

  @Provide
  Arbitrary<GraduationCohort> cohorts() {
    return Arbitraries.integers().between(2015, 2030).map(GraduationCohort::of);
  }

  @Provide
  Arbitrary<LocalDate> dates() {
    return Dates.dates().between(FIRST_DAY, LAST_DAY);
  }

  @Provide
  Arbitrary<LocalDate> datesInForce() {
    return Dates.dates().between(ISSUED, LAST_DAY);
  }

  @Provide
  Arbitrary<LocalDate> datesBeforeIssue() {
    return Dates.dates().between(FIRST_DAY, ISSUED.minusDays(1));
  }

  @Provide
  Arbitrary<Question> questions() {
    return Arbitraries.oneOf(
        units().map(RulesProperties::scopeQuestion),
        Combinators.combine(positions(), units()).as(RulesProperties::positionQuestion),
        cohorts().map(RulesProperties::cohortQuestion),
        Combinators.combine(expenses(), funds()).as(RulesProperties::chargeQuestion),
        Combinators.combine(expenses(), funds()).as(RulesProperties::chargeQuestion));
  }

  @Provide
  Arbitrary<Question> chargeQuestions() {
    return Combinators.combine(expenses(), funds()).as(RulesProperties::chargeQuestion);
  }

  /** The points the notice leaves open (等支出, 等工作), by the spec. */
  static final List<ChargePoint> OPEN_CHARGE_POINTS =
      List.of(
          new ChargePoint(FundKind.LABOUR_FEE, CostKind.HOUSING_FUND, PositionCategory.NOT_NAMED_BY_NOTICE),
          new ChargePoint(FundKind.LABOUR_FEE, CostKind.NOT_NAMED_BY_NOTICE, PositionCategory.NOT_NAMED_BY_NOTICE),
          new ChargePoint(FundKind.RETAINED_BALANCE, CostKind.HOUSING_FUND, PositionCategory.NOT_NAMED_BY_NOTICE),
          new ChargePoint(
              FundKind.RETAINED_BALANCE, CostKind.NOT_NAMED_BY_NOTICE, PositionCategory.NOT_NAMED_BY_NOTICE),
          new ChargePoint(FundKind.MATCHING_FUND, CostKind.NOT_NAMED_BY_NOTICE, PositionCategory.NOT_NAMED_BY_NOTICE));

  static boolean isOpenChargePoint(FundKind fund, CostKind cost) {
    return OPEN_CHARGE_POINTS.stream().anyMatch(p -> p.fund() == fund && p.cost() == cost);
  }

  /** An overlay settling some of the notice's open points, each at most once. */
  @Provide
  Arbitrary<Overlay> settlingOverlays() {
    Arbitrary<Verdict> decided = Arbitraries.of(Verdict.ALLOWED, Verdict.NOT_ALLOWED);
    Arbitrary<List<Optional<Verdict>>> choices =
        decided.optional(0.5).list().ofSize(OPEN_CHARGE_POINTS.size() + 1);
    return choices
        .map(
            verdicts -> {
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
            });
  }

  @Provide
  Arbitrary<OverlayRule> restrictions() {
    return Combinators.combine(
            Arbitraries.of(FundKind.class).optional(0.6),
            Arbitraries.of(CostKind.class).optional(0.6),
            Arbitraries.of(PositionCategory.class).optional(0.4))
        .as(
            (fund, cost, category) ->
                OverlayRule.restrictCharges(
                    fund,
                    fund.isEmpty() && category.isEmpty() && cost.isEmpty()
                        ? Optional.of(CostKind.LABOUR_REMUNERATION)
                        : cost,
                    category,
                    "不得列支",
                    "may not be charged"));
  }

  @Provide
  Arbitrary<Overlay> restrictingOverlays() {
    return restrictions()
        .list()
        .ofMinSize(1)
        .ofMaxSize(3)
        .map(rules -> Overlay.of("某限制规定", "某号", rules.toArray(new OverlayRule[0])));
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
  private static final Pattern CHINESE_CITATION = Pattern.compile("〔(" + ID + "(?:, " + ID + ")*)〕");
  private static final Pattern ENGLISH_CITATION = Pattern.compile("\\[(" + ID + "(?:, " + ID + ")*)\\]");
  private static final Pattern CHINESE_QUOTE = Pattern.compile("^\\s+(" + ID + ") 原文：", Pattern.MULTILINE);
  private static final Pattern ENGLISH_QUOTE = Pattern.compile("^\\s+(" + ID + ") reads: ", Pattern.MULTILINE);

  static ImmutableSet<String> matches(Pattern pattern, String text) {
    Matcher matcher = pattern.matcher(text);
    ImmutableSet.Builder<String> ids = ImmutableSet.builder();
    while (matcher.find()) {
      ids.addAll(Splitter.on(", ").split(matcher.group(1)));
    }
    return ids.build();
  }

  // ---------------------------------------------------------------------------------------------
  // Totality, determinism, citations

  @Property
  @Label("totality: every question gets exactly one non-null answer with a verdict")
  void totality(@ForAll("questions") Question question, @ForAll("dates") LocalDate date) {
    Answer answer = question.askOf(Policy.ofNotice(), date);

    assertThat(answer).isNotNull();
    assertThat(answer.verdict()).isNotNull();
    assertThat(answer.findings()).isNotEmpty();
    assertThat(answer.reasons()).isNotEmpty();
  }

  @Property
  @Label("totality: every scope question gets a scope answer")
  void scopeTotality(@ForAll("units") Unit unit, @ForAll("dates") LocalDate date) {
    ScopeAnswer scope = Policy.ofNotice().on(date).isInScope(unit);

    assertThat(scope).isNotNull();
    assertThat(scope.answer()).isNotNull();
    assertThat(scope.verdict()).isEqualTo(scope.answer().verdict());
    assertThat(scope.channels()).isNotNull();
  }

  @Property
  @Label("determinism: asking twice gives equal answers and equal explanations")
  void determinism(@ForAll("questions") Question question, @ForAll("dates") LocalDate date) {
    Answer first = question.askOf(Policy.ofNotice(), date);
    Answer second = question.askOf(Policy.ofNotice(), date);

    assertThat(second).isEqualTo(first);
    assertThat(second.hashCode()).isEqualTo(first.hashCode());
    for (Language language : Language.values()) {
      assertThat(second.explain(language)).isEqualTo(first.explain(language));
    }
  }

  @Property
  @Label("citations: every answer cites at least one clause, and only catalogue entries")
  void citations(@ForAll("questions") Question question, @ForAll("dates") LocalDate date) {
    Answer answer = question.askOf(Policy.ofNotice(), date);

    assertThat(answer.clauses()).isNotEmpty();
    assertThat(Notice.get().clauses()).containsAll(answer.clauses());
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
  }

  // ---------------------------------------------------------------------------------------------
  // Combination law

  @Property
  @Label("combination: the verdict is the fold of the findings' outcomes; reasons are the decisive ones")
  void combination(@ForAll("questions") Question question, @ForAll("dates") LocalDate date) {
    Answer answer = question.askOf(Policy.ofNotice(), date);
    List<Verdict> outcomes = new ArrayList<>();
    for (Finding finding : answer.findings()) {
      outcomes.add(finding.outcome());
    }

    assertThat(answer.verdict()).isEqualTo(fold(outcomes));
    assertThat(answer.reasons()).allSatisfy(r -> assertThat(r.outcome()).isEqualTo(answer.verdict()));
    assertThat(answer.reasons())
        .containsExactlyElementsOf(
            answer.findings().stream().filter(f -> f.outcome() == answer.verdict()).toList());
    if (answer.verdict() == Verdict.ALLOWED) {
      assertThat(answer.remedies()).isEmpty();
    }
    Set<Remedy> fromReasons = EnumSet.noneOf(Remedy.class);
    answer.reasons().forEach(r -> fromReasons.addAll(r.remedies()));
    assertThat(answer.remedies()).containsExactlyInAnyOrderElementsOf(fromReasons);
  }

  @Property
  @Label("Verdict.and is commutative, with ALLOWED as identity and NOT_ALLOWED absorbing")
  void andCommutative(@ForAll Verdict a, @ForAll Verdict b) {
    assertThat(a.and(b)).isEqualTo(b.and(a));
    assertThat(a.and(b)).isEqualTo(fold(List.of(a, b)));
    assertThat(a.and(Verdict.ALLOWED)).isEqualTo(a);
    assertThat(Verdict.ALLOWED.and(a)).isEqualTo(a);
    assertThat(a.and(Verdict.NOT_ALLOWED)).isEqualTo(Verdict.NOT_ALLOWED);
    assertThat(a.and(a)).isEqualTo(a);
  }

  @Property
  @Label("Verdict.and is associative")
  void andAssociative(@ForAll Verdict a, @ForAll Verdict b, @ForAll Verdict c) {
    assertThat(a.and(b).and(c)).isEqualTo(a.and(b.and(c)));
  }

  // ---------------------------------------------------------------------------------------------
  // Oracles written from the spec

  @Property
  @Label("decision 1: channels and lead role follow 2.1.2, 2.2.2, 2.3.2, 3.1.3 and 0.0.3")
  void scopeOracle(@ForAll("units") Unit unit, @ForAll("datesInForce") LocalDate date) {
    ScopeAnswer scope = Policy.ofNotice().on(date).isInScope(unit);
    UnitType type = unit.type();
    boolean centralKind =
        type == UnitType.UNIVERSITY || type == UnitType.RESEARCH_INSTITUTE || type == UnitType.ENTERPRISE;
    boolean central = unit.affiliation().isCentral() && centralKind;
    boolean nationalZone = type == UnitType.HIGH_TECH_ZONE && unit.zone().orElseThrow().isNational();
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
            || (unit.holds(Designation.HIGH_TECH_ENTERPRISE) && !insideNationalZone && !nationalZone)
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
    assertThat(scope.verdict()).isEqualTo(expected.isEmpty() ? Verdict.UNDECIDED : Verdict.ALLOWED);
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

  @Property
  @Label("decision 2: a position's verdict is decided by its category alone (0.0.1)")
  void positionOracle(
      @ForAll("positions") Position position,
      @ForAll("units") Unit unit,
      @ForAll("datesInForce") LocalDate date) {
    Answer answer = Policy.ofNotice().on(date).qualifies(position, unit);

    assertThat(answer.verdict())
        .isEqualTo(position.category().isNamedByNotice() ? Verdict.ALLOWED : Verdict.UNDECIDED);
    assertThat(answer.cites(Clause.C0_0_1)).isTrue();
    assertThat(answer.cites(position.origin() == PositionOrigin.NEW ? Clause.C2_1_2 : Clause.C2_1_3))
        .isTrue();
    boolean inZone =
        unit.zone().map(HighTechZone::isNational).orElse(false);
    if (position.basis().kind() == BasisKind.SELF_ORGANISED_PROJECT && inZone) {
      assertThat(answer.cites(Clause.C2_2_2)).isTrue();
    }
  }

  @Property
  @Label("decision 3: only the class of 2024 is in the cohort (0.0.4)")
  void cohortOracle(@ForAll("cohorts") GraduationCohort cohort, @ForAll("datesInForce") LocalDate date) {
    Answer answer = Policy.ofNotice().on(date).isInCohort(cohort);

    assertThat(answer.verdict())
        .isEqualTo(cohort.year() == 2024 ? Verdict.ALLOWED : Verdict.NOT_ALLOWED);
    assertThat(answer.clauses()).containsExactly(Clause.C0_0_4);
  }

  /** Decision 4, written from the spec. */
  static Verdict expectedCharge(Expense expense, FundingSource fund) {
    Position position = expense.position();
    CostKind cost = expense.cost();
    boolean namedCost = cost == CostKind.LABOUR_REMUNERATION || cost == CostKind.SOCIAL_INSURANCE_SUBSIDY;
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
        boolean own = position.basis().planProject().map(p -> p.id().equals(project)).orElse(false);
        parts.add(own ? Verdict.ALLOWED : Verdict.NOT_ALLOWED);
        parts.add(namedCost ? Verdict.ALLOWED : Verdict.UNDECIDED);
      }
      case OTHER_BUDGET_LINE -> parts.add(Verdict.NOT_ALLOWED);
      case RETAINED_BALANCE -> {
        boolean both = fund.balanceConditions().containsAll(EnumSet.allOf(BalanceCondition.class));
        parts.add(both ? Verdict.ALLOWED : Verdict.NOT_ALLOWED);
        parts.add(namedCost ? Verdict.ALLOWED : Verdict.UNDECIDED);
      }
      case MATCHING_FUND ->
          parts.add(namedCost || cost == CostKind.HOUSING_FUND ? Verdict.ALLOWED : Verdict.UNDECIDED);
    }
    return fold(parts);
  }

  @Property(tries = 2000)
  @Label("decision 4: the charge verdict follows 3.3.2 – 3.3.6 and 0.0.1")
  void chargeOracle(
      @ForAll("expenses") Expense expense,
      @ForAll("funds") FundingSource fund,
      @ForAll("datesInForce") LocalDate date) {
    Answer answer = Policy.ofNotice().on(date).mayCharge(expense).to(fund);

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

  @Property
  @Label("date: every question dated before 2024-06-25 is undecided, not in force, citing date only")
  void notInForceBeforeIssue(
      @ForAll("questions") Question question, @ForAll("datesBeforeIssue") LocalDate date) {
    Answer answer = question.askOf(Policy.ofNotice(), date);

    assertThat(answer.isInForce()).isFalse();
    assertThat(answer.verdict()).isEqualTo(Verdict.UNDECIDED);
    assertThat(answer.clauses()).containsExactly(Clause.DATE);
    assertThat(answer.remedies()).containsExactly(Remedy.ASK_ON_OR_AFTER_ISSUE);
  }

  @Property
  @Label("date: every question dated on or after 2024-06-25 is in force and does not cite the date")
  void inForceFromIssue(@ForAll("questions") Question question, @ForAll("datesInForce") LocalDate date) {
    Answer answer = question.askOf(Policy.ofNotice(), date);

    assertThat(answer.isInForce()).isTrue();
    assertThat(answer.cites(Clause.DATE)).isFalse();
  }

  @Property
  @Label("date: overlays do not change a question dated before issue")
  void notInForceWithOverlays(
      @ForAll("questions") Question question,
      @ForAll("datesBeforeIssue") LocalDate date,
      @ForAll("settlingOverlays") Overlay settling,
      @ForAll("restrictingOverlays") Overlay restricting) {
    Policy policy = layered(settling, restricting);
    if (policy == null) {
      return;
    }
    assertThat(question.askOf(policy, date)).isEqualTo(question.askOf(Policy.ofNotice(), date));
  }

  // ---------------------------------------------------------------------------------------------
  // Overlays

  @Property
  @Label("overlay: an empty overlay changes nothing")
  void emptyOverlay(@ForAll("questions") Question question, @ForAll("dates") LocalDate date) {
    Policy empty = Policy.ofNotice().withOverlay(Overlay.of("x", "y"));

    assertThat(question.askOf(empty, date)).isEqualTo(question.askOf(Policy.ofNotice(), date));
  }

  @Property(tries = 2000)
  @Label("overlay: a restriction never makes anything more allowed, and forbids what it matches")
  void restrictionOnlyRestricts(
      @ForAll("questions") Question question,
      @ForAll("dates") LocalDate date,
      @ForAll("restrictingOverlays") Overlay overlay) {
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
      assertThat(restricted.reasons())
          .anySatisfy(r -> assertThat(r.overlay()).contains(overlay));
    } else {
      assertThat(restricted).isEqualTo(base);
    }
  }

  @Property(tries = 2000)
  @Label("overlay: a settling overlay only changes undecided answers")
  void settlingOnlyChangesUndecided(
      @ForAll("questions") Question question,
      @ForAll("dates") LocalDate date,
      @ForAll("settlingOverlays") Overlay overlay) {
    Answer base = question.askOf(Policy.ofNotice(), date);
    Answer settled = question.askOf(Policy.ofNotice().withOverlay(overlay), date);

    switch (base.verdict()) {
      case ALLOWED -> assertThat(settled).isEqualTo(base);
      case NOT_ALLOWED -> {
        assertThat(settled.verdict()).isEqualTo(Verdict.NOT_ALLOWED);
        assertThat(settled.reasons()).containsAll(base.reasons());
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
  }

  @Property
  @Label("overlay: any overlays never turn the notice's not-allowed into allowed")
  void neverLiftNotAllowed(
      @ForAll("questions") Question question,
      @ForAll("dates") LocalDate date,
      @ForAll("settlingOverlays") Overlay settling,
      @ForAll("restrictingOverlays") Overlay restricting) {
    Policy policy = layered(settling, restricting);
    if (policy == null) {
      return;
    }
    Answer base = question.askOf(Policy.ofNotice(), date);
    if (base.verdict() == Verdict.NOT_ALLOWED) {
      assertThat(question.askOf(policy, date).verdict()).isEqualTo(Verdict.NOT_ALLOWED);
    }
  }

  @Property
  @Label("overlay: layering order does not change whether overlays conflict, nor any verdict")
  void layeringOrder(
      @ForAll("questions") Question question,
      @ForAll("dates") LocalDate date,
      @ForAll("settlingOverlays") Overlay settling,
      @ForAll("restrictingOverlays") Overlay restricting) {
    Policy one = layered(settling, restricting);
    Policy other = layered(restricting, settling);

    assertThat(one == null).isEqualTo(other == null);
    if (one != null && other != null) {
      assertThat(question.askOf(one, date).verdict()).isEqualTo(question.askOf(other, date).verdict());
    }
  }

  @Property
  @Label("overlay: settling is accepted exactly on the points the notice leaves open")
  void settlingOnlyOpenPoints(
      @ForAll FundKind fund, @ForAll CostKind cost, @ForAll("decided") Verdict verdict) {
    Overlay overlay =
        Overlay.of("某规定", "某号", OverlayRule.settleCharge(fund, cost, verdict, "规定", "rule"));

    if (isOpenChargePoint(fund, cost)) {
      assertThat(Policy.ofNotice().withOverlay(overlay).overlays()).containsExactly(overlay);
    } else {
      assertThatThrownBy(() -> Policy.ofNotice().withOverlay(overlay))
          .isInstanceOf(IllegalArgumentException.class)
          .isNotInstanceOf(ConflictingOverlaysException.class);
    }
  }

  @Provide
  Arbitrary<Verdict> decided() {
    return Arbitraries.of(Verdict.ALLOWED, Verdict.NOT_ALLOWED);
  }

  @Example
  @Label("overlay: two settling rules on the same open point with different verdicts conflict")
  void everyOpenPointConflicts() {
    for (ChargePoint point : OPEN_CHARGE_POINTS) {
      Overlay yes =
          Overlay.of("甲", "甲号", OverlayRule.settleCharge(point.fund(), point.cost(), Verdict.ALLOWED, "可", "may"));
      Overlay no =
          Overlay.of(
              "乙", "乙号", OverlayRule.settleCharge(point.fund(), point.cost(), Verdict.NOT_ALLOWED, "不可", "may not"));
      Policy withYes = Policy.ofNotice().withOverlay(yes);
      assertThatThrownBy(() -> withYes.withOverlay(no))
          .isInstanceOf(ConflictingOverlaysException.class)
          .hasMessageContaining("甲")
          .hasMessageContaining("乙");
    }
  }

  /** Whether restriction {@code rule} covers a charge at {@code point}: each present part must match. */
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

  @Property
  @Label("explanations: the Chinese and English renderings cite and quote the same clause IDs")
  void renderingsCiteTheSameClauses(
      @ForAll("questions") Question question,
      @ForAll("dates") LocalDate date,
      @ForAll("settlingOverlays") Overlay settling) {
    Answer answer = question.askOf(Policy.ofNotice().withOverlay(settling), date);
    String chinese = answer.explain(Language.CHINESE);
    String english = answer.explain(Language.ENGLISH);
    ImmutableSet<String> ids = Fixtures.ids(answer.clauses());

    assertThat(matches(CHINESE_CITATION, chinese)).isEqualTo(matches(ENGLISH_CITATION, english));
    assertThat(matches(CHINESE_CITATION, chinese)).isEqualTo(ids);
    assertThat(matches(CHINESE_QUOTE, chinese)).isEqualTo(ids);
    assertThat(matches(ENGLISH_QUOTE, english)).isEqualTo(ids);
    for (Clause clause : answer.clauses()) {
      assertThat(chinese).contains(clause.original());
      assertThat(english).contains(clause.gloss(), clause.original());
    }
    assertThat(chinese).contains(answer.verdict().displayName(Language.CHINESE));
    assertThat(english).contains(answer.verdict().displayName(Language.ENGLISH));
  }

}
