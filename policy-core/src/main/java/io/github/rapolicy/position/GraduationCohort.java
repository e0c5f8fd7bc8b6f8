package io.github.rapolicy.position;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.CharMatcher;
import com.google.errorprone.annotations.Immutable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A graduation cohort (届): the graduates of one year. The notice concerns the class of 2024
 * (2024届, 0.0.4), {@link #NOTICE_COHORT}.
 *
 * <pre>{@code
 * GraduationCohort cohort = GraduationCohort.parse("2024届");
 * cohort.isNoticeCohort(); // true
 * cohort.toString();       // "2024届"
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Immutable
public final class GraduationCohort implements Comparable<GraduationCohort> {

  /** The class of 2024 (2024届), the cohort the notice concerns (0.0.4). */
  public static final GraduationCohort NOTICE_COHORT = new GraduationCohort(2024);

  private static final Pattern LABEL = Pattern.compile("(\\d{4})[ \u3000]?届?");

  private final int year;

  private GraduationCohort(int year) {
    this.year = year;
  }

  /**
   * Returns the cohort graduating in {@code year}.
   *
   * @throws IllegalArgumentException if {@code year} is not between 1900 and 9999
   */
  public static GraduationCohort of(int year) {
    checkArgument(year >= 1900 && year <= 9999, "graduation year out of range: %s", year);
    return year == NOTICE_COHORT.year ? NOTICE_COHORT : new GraduationCohort(year);
  }

  /**
   * Parses a cohort label such as {@code "2024届"} or {@code "2024"}.
   *
   * @throws IllegalArgumentException if {@code label} is not a four-digit year, optionally followed
   *     by 届
   */
  public static GraduationCohort parse(String label) {
    checkNotNull(label, "label");
    Matcher matcher = LABEL.matcher(CharMatcher.whitespace().trimFrom(label));
    checkArgument(matcher.matches(), "not a graduation cohort (such as 2024届): \"%s\"", label);
    return of(Integer.parseInt(matcher.group(1)));
  }

  /** Returns the graduation year. */
  public int year() {
    return year;
  }

  /** Returns whether this is the class of 2024, the cohort the notice concerns (0.0.4). */
  public boolean isNoticeCohort() {
    return year == NOTICE_COHORT.year;
  }

  @Override
  public int compareTo(GraduationCohort other) {
    return Integer.compare(year, other.year);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof GraduationCohort that && that.year == year;
  }

  @Override
  public int hashCode() {
    return year;
  }

  /** Returns the label, such as {@code "2024届"}; {@link #parse} reads it back. */
  @Override
  public String toString() {
    return year + "届";
  }
}
