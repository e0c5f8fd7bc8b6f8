package io.github.rapolicy.rules;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.rapolicy.funding.CostKind;
import io.github.rapolicy.funding.FundKind;
import io.github.rapolicy.position.PositionCategory;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One rule from outside the notice, layered over it in an {@link Overlay}: it either settles a
 * point the notice leaves open, or restricts what the notice allows. It never turns the notice's
 * "not allowed" into "allowed".
 *
 * <ul>
 *   <li>{@link #settleCharge} settles whether a kind of fund pays a kind of cost where the notice's
 *       list is open, such as the housing provident fund from the labour-fee line.
 *   <li>{@link #settleUnnamedCategory} settles whether positions of categories the notice does not
 *       name are research-assistant positions.
 *   <li>{@link #restrictCharges} forbids charges the notice allows, by fund, cost and category.
 * </ul>
 *
 * <pre>{@code
 * OverlayRule housingFund = OverlayRule.settleCharge(
 *     FundKind.LABOUR_FEE, CostKind.HOUSING_FUND, Verdict.ALLOWED,
 *     "聘用人员的住房公积金可从劳务费中列支",
 *     "the housing provident fund of hired staff may be charged to labour fees");
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; rules are equal when all their attributes are.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class OverlayRule {

  OverlayRule() {}

  /**
   * What an overlay rule does to the notice's answer.
   *
   * <pre>{@code
   * OverlayRule.settleCharge(fund, cost, Verdict.ALLOWED, zh, en).effect(); // SETTLES
   * }</pre>
   *
   * @since 0.1.0
   */
  public enum Effect {
    /** Settles a point the notice leaves undecided, as allowed or not allowed. */
    SETTLES,
    /** Makes not allowed what matches it, whatever the notice says. */
    RESTRICTS
  }

  /**
   * Returns a rule settling whether {@code fund} pays {@code cost} where the notice leaves that
   * open.
   *
   * @param verdict {@link Verdict#ALLOWED} or {@link Verdict#NOT_ALLOWED}
   * @param chinese the rule, in Chinese, as the overlay's source has it
   * @param english the rule in English
   */
  public static OverlayRule settleCharge(
      FundKind fund, CostKind cost, Verdict verdict, String chinese, String english) {
    return ImmutableOverlayRule.builder()
        .effect(Effect.SETTLES)
        .verdict(verdict)
        .fund(fund)
        .cost(cost)
        .chinese(chinese)
        .english(english)
        .build();
  }

  /**
   * Returns a rule settling whether positions of categories the notice does not name ({@link
   * PositionCategory#NOT_NAMED_BY_NOTICE}) are research-assistant positions.
   *
   * @param verdict {@link Verdict#ALLOWED} or {@link Verdict#NOT_ALLOWED}
   */
  public static OverlayRule settleUnnamedCategory(Verdict verdict, String chinese, String english) {
    return ImmutableOverlayRule.builder()
        .effect(Effect.SETTLES)
        .verdict(verdict)
        .category(PositionCategory.NOT_NAMED_BY_NOTICE)
        .chinese(chinese)
        .english(english)
        .build();
  }

  /**
   * Returns a rule forbidding every charge that matches it: each of {@code fund}, {@code cost} and
   * {@code category} narrows the rule when present and matches anything when empty; at least one
   * must be present.
   */
  public static OverlayRule restrictCharges(
      Optional<FundKind> fund,
      Optional<CostKind> cost,
      Optional<PositionCategory> category,
      String chinese,
      String english) {
    return ImmutableOverlayRule.builder()
        .effect(Effect.RESTRICTS)
        .verdict(Verdict.NOT_ALLOWED)
        .fund(fund)
        .cost(cost)
        .category(category)
        .chinese(chinese)
        .english(english)
        .build();
  }

  /** Returns whether the rule settles an open point or restricts. */
  public abstract Effect effect();

  /** Returns the verdict the rule gives what it matches; always not allowed for restrictions. */
  public abstract Verdict verdict();

  /** Returns the kind of fund the rule is about; empty when it matches every fund. */
  public abstract Optional<FundKind> fund();

  /** Returns the kind of cost the rule is about; empty when it matches every cost. */
  public abstract Optional<CostKind> cost();

  /** Returns the position category the rule is about; empty when it matches every category. */
  public abstract Optional<PositionCategory> category();

  /** Returns the rule in Chinese. */
  public abstract String chinese();

  /** Returns the rule in English. */
  public abstract String english();

  /** Returns whether the rule matches a charge of {@code cost} to {@code fund} for {@code category}. */
  final boolean matches(FundKind fund, CostKind cost, PositionCategory category) {
    return fund().map(fund::equals).orElse(true)
        && cost().map(cost::equals).orElse(true)
        && category().map(category::equals).orElse(true);
  }

  /** Returns whether the rule is about a charge of a kind of cost to a kind of fund. */
  final boolean isAboutCharge() {
    return fund().isPresent() && cost().isPresent() && category().isEmpty();
  }

  @Value.Check
  final void check() {
    checkArgument(
        !chinese().isBlank() && !english().isBlank(),
        "an overlay rule needs its wording in Chinese and English: \"%s\" / \"%s\"",
        chinese(),
        english());
    checkArgument(
        fund().isPresent() || cost().isPresent() || category().isPresent(),
        "an overlay rule must name a fund, a cost or a category: %s",
        english());
    if (effect() == Effect.SETTLES) {
      checkArgument(
          verdict() != Verdict.UNDECIDED,
          "a rule that settles must say allowed or not allowed: %s",
          english());
      checkArgument(
          isAboutCharge() || (fund().isEmpty() && cost().isEmpty() && category().isPresent()),
          "a rule that settles is about one fund and cost, or one category: %s",
          english());
    } else {
      checkArgument(
          verdict() == Verdict.NOT_ALLOWED, "a restriction forbids: %s is %s", english(), verdict());
    }
  }
}
