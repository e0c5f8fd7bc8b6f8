package io.github.rapolicy.rules;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The period an {@link Overlay} is in force (施行期间): from its first day, inclusive, until the
 * day it ceases to be in force, exclusive. That is how a revision replaces a rule: the old rule is
 * in force {@code until} the day the revision takes effect ({@code from} that same day), so that
 * every date falls under exactly one of them.
 *
 * <pre>{@code
 * InForce.always();                                          // no period: in force on every date
 * InForce.from(LocalDate.of(2024, 7, 1));                    // 自2024年7月1日起施行
 * InForce.between(LocalDate.of(2024, 7, 1), LocalDate.of(2025, 9, 1));
 *     // in force on 1 July 2024 and on 31 August 2025, no longer on 1 September 2025
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; periods are equal when their bounds are.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class InForce {

  private static final InForce ALWAYS = ImmutableInForce.builder().build();

  InForce() {}

  /** Returns the period without bounds: in force on every date. */
  public static InForce always() {
    return ALWAYS;
  }

  /** Returns the period from {@code from}, inclusive, without end. */
  public static InForce from(LocalDate from) {
    return ImmutableInForce.builder().since(checkNotNull(from, "from")).build();
  }

  /**
   * Returns the period from {@code from}, inclusive, until {@code until}, exclusive: the last day in
   * force is the day before {@code until}.
   *
   * @throws IllegalArgumentException unless {@code until} is after {@code from}
   */
  public static InForce between(LocalDate from, LocalDate until) {
    return ImmutableInForce.builder()
        .since(checkNotNull(from, "from"))
        .until(checkNotNull(until, "until"))
        .build();
  }

  /** Returns the first day in force; empty only for {@link #always()}. */
  public abstract Optional<LocalDate> since();

  /**
   * Returns the first day no longer in force (exclusive), such as the day a revision takes effect;
   * empty when the period has no end.
   */
  public abstract Optional<LocalDate> until();

  /** Returns whether the period includes {@code date}: on or after its first day, before its end. */
  public final boolean includes(LocalDate date) {
    checkNotNull(date, "date");
    return since().map(first -> !date.isBefore(first)).orElse(true)
        && until().map(date::isBefore).orElse(true);
  }

  /** Returns whether the two periods have a day in common. */
  public final boolean overlaps(InForce other) {
    checkNotNull(other, "other");
    return startsBeforeEndOf(this, other) && startsBeforeEndOf(other, this);
  }

  /** Whether {@code a} begins before {@code b} ends. */
  private static boolean startsBeforeEndOf(InForce a, InForce b) {
    Optional<LocalDate> end = b.until();
    Optional<LocalDate> start = a.since();
    return end.isEmpty() || start.isEmpty() || start.get().isBefore(end.get());
  }

  /** Returns whether the period has no bounds. */
  public final boolean isAlways() {
    return since().isEmpty() && until().isEmpty();
  }

  /**
   * Returns the period in {@code language}, such as {@code 自2024-07-01起施行，2025-09-01起不再施行}
   * or {@code in force from 2024-07-01 until 2025-09-01 (exclusive)}.
   */
  public final String describe(Language language) {
    checkNotNull(language, "language");
    if (isAlways()) {
      return language.pick("未限定施行期间", "in force on every date");
    }
    String from = since().map(LocalDate::toString).orElseThrow();
    String until = until().map(LocalDate::toString).orElse("");
    if (until.isEmpty()) {
      return language.pick("自" + from + "起施行", "in force from " + from);
    }
    return language.pick(
        "自" + from + "起施行，" + until + "起不再施行",
        "in force from " + from + " until " + until + " (exclusive)");
  }

  @Value.Check
  final void check() {
    checkArgument(until().isEmpty() || since().isPresent(), "a period in force has a first day");
    if (since().isPresent() && until().isPresent()) {
      checkArgument(
          since().get().isBefore(until().get()),
          "a period in force ends after it begins: from %s until %s (exclusive)",
          since().get(),
          until().get());
    }
  }

  /** Returns the period as {@code [from, until)}, an open side written as {@code …}. */
  @Override
  public final String toString() {
    return "InForce["
        + since().map(LocalDate::toString).orElse("…")
        + ", "
        + until().map(LocalDate::toString).orElse("…")
        + ")";
  }
}
