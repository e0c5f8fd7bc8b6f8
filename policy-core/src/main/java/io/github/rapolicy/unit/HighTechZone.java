package io.github.rapolicy.unit;

import static com.google.common.base.Preconditions.checkArgument;

import org.immutables.value.Value;

/**
 * A high-tech zone (高新区), national or provincial, by name.
 *
 * <pre>{@code
 * HighTechZone zhongguancun = HighTechZone.national("中关村科技园区");
 * zhongguancun.isNational(); // true
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; zones are equal when their names and levels are.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class HighTechZone {

  HighTechZone() {}

  /** Returns the national high-tech zone (国家高新区) called {@code name}. */
  public static HighTechZone national(String name) {
    return of(name, ZoneLevel.NATIONAL);
  }

  /** Returns the provincial high-tech zone (省级高新区) called {@code name}. */
  public static HighTechZone provincial(String name) {
    return of(name, ZoneLevel.PROVINCIAL);
  }

  /** Returns the zone called {@code name} at {@code level}. */
  public static HighTechZone of(String name, ZoneLevel level) {
    return ImmutableHighTechZone.of(name, level);
  }

  /** Returns the zone's name, such as {@code "中关村科技园区"}. */
  @Value.Parameter
  public abstract String name();

  /** Returns the zone's level. */
  @Value.Parameter
  public abstract ZoneLevel level();

  /** Returns whether this is a national high-tech zone. */
  public final boolean isNational() {
    return level() == ZoneLevel.NATIONAL;
  }

  @Value.Check
  final void check() {
    checkArgument(!name().isBlank(), "zone name must not be blank: \"%s\"", name());
  }
}
