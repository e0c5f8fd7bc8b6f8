package io.github.rapolicy.obligations;

import org.immutables.value.Value;

/**
 * What a unit does, as the caller's records say: the facts a {@link Checklist} needs and the
 * vocabulary of units and positions does not hold. Each fact is {@link Fact#YES}, {@link Fact#NO}
 * or {@link Fact#NOT_KNOWN}, and a fact not set is not known: an obligation resting on it is
 * {@linkplain ItemStatus#NOT_KNOWN not known}, never met by default.
 *
 * <pre>{@code
 * UnitPractice practice = UnitPractice.builder()
 *     .fundingNeedsEstimated(Fact.YES)             // 3.3.5
 *     .actualAmountsCharged(Fact.YES)              // 3.3.5
 *     .hostsNationalProjectsOrPlatforms(Fact.YES)  // 3.2.3
 *     .socialInsuranceAndHousingFund(Fact.NO)      // 3.3.2, encouraged
 *     .build();                                    // the rest: NOT_KNOWN
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; practices are equal when all their facts are.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class UnitPractice {

  private static final UnitPractice NOT_KNOWN = builder().build();

  UnitPractice() {}

  /** Returns a new builder; every fact not set is {@link Fact#NOT_KNOWN}. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the practice of which nothing is known: every fact {@link Fact#NOT_KNOWN}. */
  public static UnitPractice notKnown() {
    return NOT_KNOWN;
  }

  /** Returns whether the unit has estimated its RA funding needs (测算经费需求, 3.3.5, 应). */
  @Value.Default
  public Fact fundingNeedsEstimated() {
    return Fact.NOT_KNOWN;
  }

  /** Returns whether the unit charges RA costs at the amounts actually incurred (据实列支, 3.3.5, 应). */
  @Value.Default
  public Fact actualAmountsCharged() {
    return Fact.NOT_KNOWN;
  }

  /**
   * Returns whether the unit hosts (is the 依托单位 of) a national S&amp;T plan project or an innovation
   * base or platform (3.2.2), whose host units bear the main responsibility of 3.2.3. A position
   * based on a national plan project or a platform 3.2.2 names shows it too, whatever this says.
   */
  @Value.Default
  public Fact hostsNationalProjectsOrPlatforms() {
    return Fact.NOT_KNOWN;
  }

  /** Returns whether the unit enrols its RAs in social insurance and the housing fund (3.3.2, 鼓励). */
  @Value.Default
  public Fact socialInsuranceAndHousingFund() {
    return Fact.NOT_KNOWN;
  }

  /** Returns whether the unit pools related funding channels for its RAs (统筹经费渠道, 3.3.6, 鼓励). */
  @Value.Default
  public Fact pooledFundingChannels() {
    return Fact.NOT_KNOWN;
  }

  /** Returns whether the unit provides dedicated matching funds (配套专门资金, 3.3.6, 鼓励). */
  @Value.Default
  public Fact matchingFunds() {
    return Fact.NOT_KNOWN;
  }

  /**
   * Returns whether the unit, a high-tech zone, holds supply–demand matching events for RA
   * positions (供需对接活动, 3.1.5, 支持).
   */
  @Value.Default
  public Fact matchingEvents() {
    return Fact.NOT_KNOWN;
  }

  /**
   * Builds a {@link UnitPractice}; each fact is set at most once, and a fact not set is {@link
   * Fact#NOT_KNOWN}.
   *
   * <pre>{@code
   * UnitPractice.Builder builder = UnitPractice.builder();
   * UnitPractice practice = builder.fundingNeedsEstimated(Fact.YES).build();
   * }</pre>
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableUnitPractice.Builder {
    Builder() {}
  }
}
