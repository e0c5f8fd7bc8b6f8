package io.github.rapolicy.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of this library, applied in each value package's {@code package-info}.
 *
 * <p>Generated implementations are package-private and never named in the API: construction goes
 * through the abstract type's own factories and its nested {@code Builder}, builders are strict
 * (each attribute set once) and return the abstract type.
 *
 * @since 0.1.0
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    typeImmutable = "Immutable*",
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    overshadowImplementation = true,
    strictBuilder = true,
    defaults = @Value.Immutable(copy = false),
    jdkOnly = false)
public @interface PolicyStyle {}
