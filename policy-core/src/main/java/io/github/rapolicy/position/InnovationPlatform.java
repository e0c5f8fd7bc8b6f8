package io.github.rapolicy.position;

import static com.google.common.base.Preconditions.checkArgument;

import org.immutables.value.Value;

/**
 * An innovation base or platform (创新基地平台) a unit hosts or builds, by kind and name.
 *
 * <pre>{@code
 * InnovationPlatform lab = InnovationPlatform.of(PlatformKind.NATIONAL_KEY_LABORATORY, "某全国重点实验室");
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; platforms are equal when their kind and name are.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class InnovationPlatform {

  InnovationPlatform() {}

  /** Returns the platform of {@code kind} called {@code name}. */
  public static InnovationPlatform of(PlatformKind kind, String name) {
    return ImmutableInnovationPlatform.of(kind, name);
  }

  /** Returns the kind of base or platform. */
  @Value.Parameter
  public abstract PlatformKind kind();

  /** Returns the platform's name. */
  @Value.Parameter
  public abstract String name();

  @Value.Check
  final void check() {
    checkArgument(!name().isBlank(), "platform name must not be blank: \"%s\"", name());
  }
}
