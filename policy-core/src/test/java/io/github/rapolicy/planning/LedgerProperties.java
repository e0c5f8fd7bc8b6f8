package io.github.rapolicy.planning;

import static io.github.rapolicy.testing.Property.forAll;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.rapolicy.funding.Money;
import io.github.rapolicy.planning.Instances.Instance;
import io.github.rapolicy.rules.Verdict;
import io.github.rapolicy.testing.Gen;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The laws of {@link Ledger} over random sequences of charges: a charge is made exactly when the
 * rules allow the cost's charges together and the fund holds the amount; then it moves exactly its
 * amount, otherwise nothing; balances never go below zero, no cost is charged beyond its actual
 * amount, and money is conserved.
 */
class LedgerProperties {

  private static final long YUAN_1K = 100_000;

  /** A random charge of one of the instance's costs to one of its funds. */
  private static Allocation randomCharge(Gen gen, Instance instance) {
    ActualCost cost = instance.costs().get(gen.uniformInt(0, instance.costs().size() - 1));
    Fund fund = instance.funds().get(gen.uniformInt(0, instance.funds().size() - 1));
    long most = Math.max(1, cost.amount().toFen());
    return Allocation.of(cost, fund.id(), Money.ofFen(gen.longBetween(1, most + most / 4 + 1)));
  }

  private static boolean usable(Instance instance) {
    return !instance.costs().isEmpty() && !instance.funds().isEmpty();
  }

  @Test
  void aChargeIsMadeExactlyWhenTheRulesAllowItAndTheFundHoldsItAndThenMovesExactlyItsAmount() {
    Gen gen = Gen.seeded("ledger-sequence-charges");
    forAll(
        Instances.random("ledger-sequence", 10, 5, YUAN_1K).filter(LedgerProperties::usable),
        instance -> {
          Ledger ledger = Ledger.using(instance.rules(), instance.funds());
          long total = 0;
          for (Fund fund : instance.funds()) {
            total += fund.available().toFen();
          }
          for (int step = 0; step < 30; step++) {
            Allocation charge = randomCharge(gen, instance);
            Money before = ledger.charged(charge.cost());
            Money available = ledger.available(charge.fundId());
            Verdict verdict =
                instance
                    .rules()
                    .mayCharge(charge.cost().expense(before.plus(charge.amount())))
                    .to(ledger.fund(charge.fundId()).source())
                    .verdict();
            boolean expected =
                verdict == Verdict.ALLOWED
                    && !before.plus(charge.amount()).isGreaterThan(charge.cost().amount())
                    && !charge.amount().isGreaterThan(available);

            ChargeResult result = ledger.charge(charge);

            assertThat(result.isCharged()).as("%s on %s", charge, ledger).isEqualTo(expected);
            assertThat(result.ledger().isPresent()).isNotEqualTo(result.refusal().isPresent());
            if (result.isCharged()) {
              Ledger after = result.ledger().orElseThrow();
              assertThat(after.available(charge.fundId())).isEqualTo(available.minus(charge.amount()));
              assertThat(after.charged(charge.cost())).isEqualTo(before.plus(charge.amount()));
              assertThat(after.charges()).endsWith(charge).hasSize(ledger.charges().size() + 1);
              ledger = after;
            } else {
              Refusal refusal = result.refusal().orElseThrow();
              assertThat(refusal.charge()).isEqualTo(charge);
              assertThat(refusal.grounds()).isNotEmpty();
              if (refusal.grounds().equals(Set.of(RefusalGround.ABOVE_BALANCE))) {
                assertThat(refusal.clauses()).as("bookkeeping alone cites no clause").isEmpty();
              } else {
                assertThat(refusal.clauses()).isNotEmpty();
              }
              assertThat(refusal.isRefusedFor(RefusalGround.ABOVE_BALANCE))
                  .isEqualTo(charge.amount().isGreaterThan(available));
              assertThat(refusal.isRefusedFor(RefusalGround.ABOVE_ACTUAL_COST))
                  .isEqualTo(
                      refusal.answer().isInForce()
                          && before.plus(charge.amount()).isGreaterThan(charge.cost().amount()));
              assertThat(refusal.isRefusedFor(RefusalGround.NOT_IN_FORCE))
                  .isEqualTo(!refusal.answer().isInForce());
            }
            long held = 0;
            for (Fund fund : ledger.funds()) {
              held += fund.available().toFen();
            }
            long charged = 0;
            for (Allocation made : ledger.charges()) {
              charged += made.amount().toFen();
            }
            assertThat(held + charged).as("money held and charged").isEqualTo(total);
            for (ActualCost cost : instance.costs()) {
              assertThat(ledger.charged(cost)).isLessThanOrEqualTo(cost.amount());
            }
          }
        });
  }

  @Test
  void aBatchIsMadeWhollyAsTheSameChargesOneByOneOrNotAtAll() {
    Gen gen = Gen.seeded("ledger-batch-charges");
    forAll(
        Instances.random("ledger-batch", 10, 5, YUAN_1K).filter(LedgerProperties::usable),
        instance -> {
          Ledger ledger = Ledger.using(instance.rules(), instance.funds());
          List<Allocation> batch = new ArrayList<>();
          for (int k = gen.uniformInt(1, 6); k > 0; k--) {
            batch.add(randomCharge(gen, instance));
          }

          ChargeResult all = ledger.chargeAll(batch);

          Ledger oneByOne = ledger;
          ChargeResult last = ChargeResult.charged(ledger);
          for (Allocation charge : batch) {
            last = oneByOne.charge(charge);
            if (!last.isCharged()) {
              break;
            }
            oneByOne = last.ledger().orElseThrow();
          }
          assertThat(all.isCharged()).isEqualTo(last.isCharged());
          if (all.isCharged()) {
            Ledger after = all.ledger().orElseThrow();
            assertThat(after.funds()).isEqualTo(oneByOne.funds());
            assertThat(after.charges()).isEqualTo(batch);
          } else {
            assertThat(all.refusal()).isEqualTo(last.refusal());
          }
          assertThat(ledger.charges()).isEmpty();
          assertThat(ledger.funds()).isEqualTo(instance.funds());
        });
  }
}
