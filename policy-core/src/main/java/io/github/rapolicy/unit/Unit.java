package io.github.rapolicy.unit;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A unit (单位): an employer that may set up research-assistant positions.
 *
 * <p>A unit is described by what the notice's channels turn on, not by a flat list of the kinds it
 * names: its {@linkplain #type() type}, its {@linkplain #affiliation() affiliation}, the {@linkplain
 * #designations() designations} it holds (any number at once) and the {@linkplain #zone() high-tech
 * zone} it stands in. For a unit of type {@link UnitType#HIGH_TECH_ZONE} the zone is the zone
 * itself.
 *
 * <pre>{@code
 * Unit university = Unit.builder()
 *     .name("某理工大学")
 *     .type(UnitType.UNIVERSITY)
 *     .affiliation(Affiliation.MOE)
 *     .build();
 * university.isCentrallyAffiliated(); // true: an MOE-affiliated university (2.1.2, 3.1.3)
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; units are equal when all their attributes are.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Unit {

  Unit() {}

  /** Returns a new builder; name, type and affiliation must be set, the rest is optional. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the unit's name, as the caller's records have it. */
  public abstract String name();

  /** Returns what kind of organisation the unit is. */
  public abstract UnitType type();

  /** Returns whom the unit belongs to. */
  public abstract Affiliation affiliation();

  /** Returns the recognitions the unit holds; empty when it holds none. */
  public abstract ImmutableSet<Designation> designations();

  /**
   * Returns the high-tech zone the unit stands in, or for a unit of type {@link
   * UnitType#HIGH_TECH_ZONE} the zone it is; empty for a unit outside every high-tech zone.
   */
  public abstract Optional<HighTechZone> zone();

  /** Returns whether the unit holds {@code designation}. */
  public final boolean holds(Designation designation) {
    return designations().contains(checkNotNull(designation, "designation"));
  }

  /** Returns whether the unit is affiliated with a central department (中央级, 部属). */
  public final boolean isCentrallyAffiliated() {
    return affiliation().isCentral();
  }

  /** Returns whether the unit is itself a national high-tech zone. */
  public final boolean isNationalHighTechZone() {
    return type() == UnitType.HIGH_TECH_ZONE && zone().map(HighTechZone::isNational).orElse(false);
  }

  /** Returns whether the unit stands inside a national high-tech zone, not being the zone itself. */
  public final boolean isInNationalHighTechZone() {
    return type() != UnitType.HIGH_TECH_ZONE
        && zone().map(HighTechZone::isNational).orElse(false);
  }

  @Value.Check
  final void check() {
    checkArgument(!name().isBlank(), "unit name must not be blank: \"%s\"", name());
    checkArgument(
        type() != UnitType.HIGH_TECH_ZONE || zone().isPresent(),
        "a unit of type HIGH_TECH_ZONE must name its zone: %s",
        name());
  }

  /**
   * Builds a {@link Unit}; each attribute is set at most once.
   *
   * <pre>{@code
   * Unit.Builder builder = Unit.builder().name("某省属研究院").type(UnitType.RESEARCH_INSTITUTE);
   * Unit institute = builder.affiliation(Affiliation.PROVINCIAL).build();
   * }</pre>
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableUnit.Builder {
    Builder() {}
  }
}
