package io.github.rapolicy.rules;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A named set of rules from outside the notice, with their own source citation, layered over the
 * notice by {@link Policy#withOverlay}: a ministry's funding reform, a province's rule, a
 * university's own rule. The notice itself is never changed; an overlay with no rules changes
 * nothing.
 *
 * <pre>{@code
 * Overlay reform = Overlay.of(
 *     "中央财政科研经费管理改革",
 *     "国办发〔2021〕32号",
 *     OverlayRule.settleCharge(FundKind.LABOUR_FEE, CostKind.HOUSING_FUND, Verdict.ALLOWED,
 *         "项目聘用人员的住房公积金纳入劳务费科目列支",
 *         "the housing provident fund of project-hired staff is charged to the labour fee"));
 * Policy policy = Policy.ofNotice().withOverlay(reform);
 *
 * Overlay rules2024 = Overlay.of("某大学科研助理岗位管理办法", "某大学〔2024〕12号",
 *     InForce.between(LocalDate.of(2024, 7, 1), LocalDate.of(2025, 9, 1)), rule2024);
 * Overlay revision = Overlay.of("某大学科研助理岗位管理办法（2025年修订）", "某大学〔2025〕30号",
 *     InForce.from(LocalDate.of(2025, 9, 1)), rule2025);   // replaces rules2024 from that day
 * }</pre>
 *
 * <p>An overlay is in force for a {@linkplain #inForce() period}, on every date unless it says
 * otherwise: {@code policy.on(date)} applies the overlays in force on {@code date} and no other, and
 * two overlays can contradict each other only where their periods overlap, so that a revision in
 * force from the day the rule it replaces ceases is no contradiction.
 *
 * <p>This class is immutable and thread-safe; overlays are equal when their name, source, period
 * and rules are.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Overlay {

  Overlay() {}

  /**
   * Returns the overlay {@code name}, citing {@code source}, with {@code rules}.
   *
   * @param name what the overlay is, such as a regulation's title
   * @param source the citation of the overlay's source, such as a document number
   */
  public static Overlay of(String name, String source, OverlayRule... rules) {
    return ImmutableOverlay.builder()
        .name(name)
        .source(source)
        .addRules(rules)
        .build();
  }

  /**
   * Returns the overlay {@code name}, citing {@code source}, in force for {@code inForce}, with
   * {@code rules}.
   *
   * @param name what the overlay is, such as a regulation's title
   * @param source the citation of the overlay's source, such as a document number
   * @param inForce the period the overlay is in force
   */
  public static Overlay of(String name, String source, InForce inForce, OverlayRule... rules) {
    return ImmutableOverlay.builder()
        .name(name)
        .source(source)
        .inForce(inForce)
        .addRules(rules)
        .build();
  }

  /** Returns the overlay's name. */
  public abstract String name();

  /** Returns the citation of the overlay's source, such as {@code 国办发〔2021〕32号}. */
  public abstract String source();

  /** Returns the overlay's rules. */
  public abstract ImmutableList<OverlayRule> rules();

  /** Returns the period the overlay is in force; {@link InForce#always()} unless it was given one. */
  @Value.Default
  public InForce inForce() {
    return InForce.always();
  }

  /** Returns whether the overlay is in force on {@code date}. */
  public final boolean isInForceOn(LocalDate date) {
    return inForce().includes(date);
  }

  @Value.Check
  final void check() {
    checkArgument(!name().isBlank(), "overlay name must not be blank: \"%s\"", name());
    checkArgument(!source().isBlank(), "overlay %s must cite its source: \"%s\"", name(), source());
  }
}
