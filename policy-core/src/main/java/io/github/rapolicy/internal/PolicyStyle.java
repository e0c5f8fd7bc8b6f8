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
 * <p>Generated builders are package-private too. A value type that offers a builder declares it as
 * a public nested {@code Builder} extending the generated one, and the setters it inherits from a
 * package-private class are then documented in the published Javadoc as the public
 * {@code Builder}'s own, each linking to the attribute it sets; with a public generated builder
 * Javadoc listed them only as "methods inherited from" a class it does not show.
 *
 * <p>Of the annotations Immutables finds on the class path, generated classes carry only those
 * listed in {@code allowedClasspathAnnotations}: the JDK's source-retained {@code @Generated}
 * (which Error Prone and NullAway read), JSpecify's {@code @Nullable} and Error Prone's
 * annotations, all of which a user has on the class path through this library's own dependencies.
 * Immutables' own class-retained {@code @Generated} is left out: without Immutables on a user's
 * class path, javac's {@code -Xlint:all} would warn on every generated class ("Cannot find
 * annotation method 'from()' in type 'Generated'") and break builds with {@code -Werror}.
 *
 * @since 0.1.0
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    typeImmutable = "Immutable*",
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    overshadowImplementation = true,
    strictBuilder = true,
    defaults = @Value.Immutable(copy = false),
    jdkOnly = false,
    allowedClasspathAnnotations = {
      javax.annotation.processing.Generated.class,
      org.jspecify.annotations.Nullable.class,
      com.google.errorprone.annotations.CanIgnoreReturnValue.class,
      com.google.errorprone.annotations.Immutable.class,
      com.google.errorprone.annotations.Var.class
    })
public @interface PolicyStyle {}
