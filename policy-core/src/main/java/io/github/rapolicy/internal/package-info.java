/**
 * Implementation support shared by the API packages; not part of the public API.
 *
 * @since 0.1.0
 */
@NullMarked
package io.github.rapolicy.internal;

import org.jspecify.annotations.NullMarked;
