package io.github.rapolicy.planning;

import static io.github.rapolicy.planning.Fixtures.NOTICE;
import static io.github.rapolicy.planning.Fixtures.SEPTEMBER;
import static io.github.rapolicy.planning.Fixtures.cost;
import static io.github.rapolicy.planning.Fixtures.labourFee;
import static io.github.rapolicy.planning.Fixtures.matching;
import static io.github.rapolicy.planning.Fixtures.onProject;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.rapolicy.funding.CostKind;
import io.github.rapolicy.funding.FundingSource;
import io.github.rapolicy.funding.Money;
import io.github.rapolicy.notice.Label;
import io.github.rapolicy.position.Position;
import io.github.rapolicy.rules.Policy;
import io.github.rapolicy.testing.MainClasses;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contracts of the planning package: every public method rejects null with a {@link
 * NullPointerException}, and value types are equal exactly when their attributes are.
 */
public class PlanningContractTest {

  private static final Position RA = onProject("RA-1", "P1");
  private static final ActualCost SALARY = cost(RA, CostKind.LABOUR_REMUNERATION, "6500");
  private static final ActualCost HOUSING = cost(RA, CostKind.HOUSING_FUND, "780");
  private static final Fund LABOUR_FEE = labourFee("LF-P1", "P1", "6000");
  private static final List<Fund> FUNDS = List.of(LABOUR_FEE, labourFee("LF-P2", "P2", "100"));
  private static final AllocationPlanner PLANNER = AllocationPlanner.using(NOTICE);
  private static final Plan PLAN = PLANNER.plan(List.of(SALARY, HOUSING), FUNDS);
  private static final Ledger LEDGER = Ledger.using(NOTICE, FUNDS);
  private static final ChargeResult REFUSED = LEDGER.charge(SALARY, "LF-P2", Money.parse("1"));
  private static final LedgerEntry ENTRY =
      LedgerEntry.charge("0001", SALARY, LABOUR_FEE.source(), Money.parse("1"));
  private static final MonthlyCost MONTHLY =
      MonthlyCost.builder().position(RA).month(SEPTEMBER).remuneration(Money.parse("6500")).build();
  private static final FundingNeed NEED =
      PLANNER.estimateNeed(List.of(MONTHLY), List.of(FundingSource.matchingFund()));

  private static NullPointerTester tester() {
    return new NullPointerTester()
        .setDefault(String.class, "LF-P1")
        .setDefault(Policy.OnDate.class, NOTICE)
        .setDefault(LocalDate.class, Fixtures.IN_FORCE)
        .setDefault(YearMonth.class, SEPTEMBER)
        .setDefault(Money.class, Money.parse("1"))
        .setDefault(Label.class, CostKind.label("差旅费"))
        .setDefault(Position.class, RA)
        .setDefault(ActualCost.class, SALARY)
        .setDefault(Fund.class, LABOUR_FEE)
        .setDefault(FundingSource.class, LABOUR_FEE.source())
        .setDefault(Allocation.class, Allocation.of(SALARY, "LF-P1", Money.parse("1")))
        .setDefault(Plan.class, PLAN)
        .setDefault(LedgerEntry.class, ENTRY);
  }

  private static final ImmutableList<Class<?>> TYPES_WITH_STATIC_METHODS =
      ImmutableList.of(
          Fund.class,
          ActualCost.class,
          MonthlyCost.class,
          Allocation.class,
          Ledger.class,
          AllocationPlanner.class,
          LedgerAudit.class,
          LedgerEntry.class,
          RefusalGround.class,
          ShortfallReason.class,
          NeedShare.class);

  /** The types whose public static methods are checked (public: the completeness check counts them). */
  public static Stream<Class<?>> typesWithStaticMethods() {
    return TYPES_WITH_STATIC_METHODS.stream();
  }

  /** The instances whose public methods are checked (public: the completeness check counts them). */
  public static Stream<Object> instances() {
    List<Object> instances = new ArrayList<>();
    instances.add(LABOUR_FEE);
    instances.add(SALARY);
    instances.add(MONTHLY);
    instances.add(MonthlyCost.builder());
    instances.add(Allocation.of(SALARY, "LF-P1", Money.parse("1")));
    instances.add(LEDGER);
    instances.add(PLANNER);
    instances.add(PLAN);
    instances.add(PLAN.shortfalls().get(0));
    instances.add(REFUSED);
    instances.add(LEDGER.charge(SALARY, "LF-P1", Money.parse("1")));
    instances.add(REFUSED.refusal().orElseThrow());
    instances.add(LedgerAudit.using(NOTICE));
    LedgerAudit.Session session = LedgerAudit.using(NOTICE).start();
    instances.add(session);
    instances.add(session.audit(ENTRY));
    instances.add(ENTRY);
    instances.add(NEED);
    instances.add(NEED.lines().get(0));
    instances.add(unknownFund());
    instances.add(conflictingCost());
    instances.addAll(List.of(RefusalGround.values()));
    instances.addAll(List.of(ShortfallReason.values()));
    instances.addAll(List.of(NeedShare.values()));
    return instances.stream();
  }

  private static UnknownFundException unknownFund() {
    try {
      LEDGER.fund("LF-X");
    } catch (UnknownFundException e) {
      return e;
    }
    throw new AssertionError("the ledger holds LF-X");
  }

  private static ConflictingCostException conflictingCost() {
    try {
      PLANNER.plan(List.of(SALARY, cost(RA, CostKind.LABOUR_REMUNERATION, "7000")), FUNDS);
    } catch (ConflictingCostException e) {
      return e;
    }
    throw new AssertionError("the costs do not conflict");
  }

  @ParameterizedTest
  @MethodSource("instances")
  void publicInstanceMethodsRejectNull(Object instance) {
    tester().testAllPublicInstanceMethods(instance);
  }

  @Test
  void publicStaticMethodsRejectNull() {
    for (Class<?> type : TYPES_WITH_STATIC_METHODS) {
      tester().testAllPublicStaticMethods(type);
    }
  }

  @Test
  void everyPublicTypeOfThePackageIsChecked() {
    List<Class<?>> unchecked = new ArrayList<>();
    for (Class<?> type : MainClasses.publicTypesUnder("io.github.rapolicy.planning")) {
      boolean statics = TYPES_WITH_STATIC_METHODS.contains(type);
      boolean instance = instances().anyMatch(type::isInstance);
      boolean exception = Exception.class.isAssignableFrom(type);
      if (!statics && !instance && !exception) {
        unchecked.add(type);
      }
    }
    assertThat(unchecked).as("public types no null check covers").isEmpty();
  }

  @Test
  void fund() {
    new EqualsTester()
        .addEqualityGroup(
            Fund.of("LF-P1", FundingSource.labourFee("P1"), Money.parse("6000")),
            labourFee("LF-P1", "P1", "6000.00"))
        // id
        .addEqualityGroup(labourFee("LF-P1a", "P1", "6000"))
        // source
        .addEqualityGroup(labourFee("LF-P1", "P2", "6000"))
        // available
        .addEqualityGroup(labourFee("LF-P1", "P1", "6000.01"))
        .testEquals();
  }

  @Test
  void actualCost() {
    new EqualsTester()
        .addEqualityGroup(
            ActualCost.of(RA, CostKind.LABOUR_REMUNERATION, SEPTEMBER, Money.parse("6500")),
            cost(onProject("RA-1", "P1"), CostKind.LABOUR_REMUNERATION, "6500.00"),
            MONTHLY.items().get(0))
        // position
        .addEqualityGroup(cost(onProject("RA-2", "P1"), CostKind.LABOUR_REMUNERATION, "6500"))
        // kind
        .addEqualityGroup(cost(RA, CostKind.SOCIAL_INSURANCE_SUBSIDY, "6500"))
        // month
        .addEqualityGroup(
            ActualCost.of(RA, CostKind.LABOUR_REMUNERATION, SEPTEMBER.plusMonths(1), Money.parse("6500")))
        // amount
        .addEqualityGroup(cost(RA, CostKind.LABOUR_REMUNERATION, "6500.01"))
        .testEquals();
  }

  @Test
  void costKeyIdentifiesACostByPositionKindAndMonthNotByAmount() {
    Label<CostKind> travel = CostKind.label("差旅费");
    new EqualsTester()
        .addEqualityGroup(
            ActualCost.of(RA, CostKind.LABOUR_REMUNERATION, SEPTEMBER, Money.parse("6500")).key(),
            cost(onProject("RA-1", "P1"), CostKind.LABOUR_REMUNERATION, "6500.00").key(),
            // the amount is not part of a cost's identity: a line giving another is refused as such
            cost(RA, CostKind.LABOUR_REMUNERATION, "7000").key())
        .addEqualityGroup(cost(onProject("RA-2", "P1"), CostKind.LABOUR_REMUNERATION, "6500").key())
        .addEqualityGroup(cost(RA, CostKind.SOCIAL_INSURANCE_SUBSIDY, "6500").key())
        .addEqualityGroup(
            ActualCost.of(RA, CostKind.LABOUR_REMUNERATION, SEPTEMBER.plusMonths(1), Money.parse("6500"))
                .key())
        .addEqualityGroup(
            ActualCost.of(RA, travel, SEPTEMBER, Money.parse("6500")).key(),
            ActualCost.of(RA, CostKind.label(" 差旅费 "), SEPTEMBER, Money.parse("1")).key())
        .addEqualityGroup(ActualCost.of(RA, CostKind.label("办公费"), SEPTEMBER, Money.parse("6500")).key())
        .testEquals();
  }

  @Test
  void monthlyCost() {
    new EqualsTester()
        .addEqualityGroup(
            MONTHLY,
            MonthlyCost.builder()
                .remuneration(Money.parse("6500"))
                .housingFund(Money.ZERO)
                .month(SEPTEMBER)
                .position(RA)
                .build(),
            MONTHLY.inMonth(SEPTEMBER),
            MONTHLY.repeatedThrough(SEPTEMBER).get(0))
        // month
        .addEqualityGroup(MONTHLY.inMonth(SEPTEMBER.plusMonths(1)))
        // position
        .addEqualityGroup(
            MonthlyCost.builder()
                .position(onProject("RA-2", "P1"))
                .month(SEPTEMBER)
                .remuneration(Money.parse("6500"))
                .build())
        // an amount
        .addEqualityGroup(
            MonthlyCost.builder()
                .position(RA)
                .month(SEPTEMBER)
                .remuneration(Money.parse("6500"))
                .otherCosts(Money.parse("0.01"))
                .build())
        .testEquals();
  }

  @Test
  void allocation() {
    new EqualsTester()
        .addEqualityGroup(
            Allocation.of(SALARY, "LF-P1", Money.parse("6000")),
            PLAN.allocations().get(0))
        .addEqualityGroup(Allocation.of(HOUSING, "LF-P1", Money.parse("6000")))
        .addEqualityGroup(Allocation.of(SALARY, "M", Money.parse("6000")))
        .addEqualityGroup(Allocation.of(SALARY, "LF-P1", Money.parse("5999.99")))
        .testEquals();
  }

  @Test
  void planShortfallAndRefusal() {
    new EqualsTester()
        .addEqualityGroup(PLAN, PLANNER.plan(List.of(SALARY, HOUSING), FUNDS))
        // the funds
        .addEqualityGroup(PLANNER.plan(List.of(SALARY, HOUSING), List.of(LABOUR_FEE, matching("M", "1"))))
        // the costs
        .addEqualityGroup(PLANNER.plan(List.of(SALARY), FUNDS))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            PLAN.shortfalls().get(0), PLANNER.plan(List.of(SALARY, HOUSING), FUNDS).shortfalls().get(0))
        .addEqualityGroup(PLAN.shortfalls().get(1))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            REFUSED.refusal().orElseThrow(),
            Ledger.using(NOTICE, FUNDS).charge(SALARY, "LF-P2", Money.parse("1")).refusal().orElseThrow())
        .addEqualityGroup(LEDGER.charge(SALARY, "LF-P2", Money.parse("2")).refusal().orElseThrow())
        .testEquals();
  }

  @Test
  void fundingNeed() {
    new EqualsTester()
        .addEqualityGroup(
            NEED, PLANNER.estimateNeed(List.of(MONTHLY), List.of(FundingSource.matchingFund())))
        .addEqualityGroup(PLANNER.estimateNeed(MONTHLY.repeatedThrough(SEPTEMBER.plusMonths(1)), List.of(FundingSource.matchingFund())))
        .addEqualityGroup(PLANNER.estimateNeed(List.of(MONTHLY), List.of()))
        .testEquals();
  }

  @Test
  void needLine() {
    FundingNeed twoMonths =
        PLANNER.estimateNeed(MONTHLY.repeatedThrough(SEPTEMBER.plusMonths(1)), List.of(FundingSource.matchingFund()));
    new EqualsTester()
        .addEqualityGroup(
            NEED.lines().get(0),
            PLANNER.estimateNeed(List.of(MONTHLY), List.of(FundingSource.matchingFund())).lines().get(0))
        // months and amount
        .addEqualityGroup(twoMonths.lines().get(0))
        // no fund, a reason instead
        .addEqualityGroup(PLANNER.estimateNeed(List.of(MONTHLY), List.of()).lines().get(0))
        .testEquals();
  }
}
