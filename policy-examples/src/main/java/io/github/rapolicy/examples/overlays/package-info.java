/**
 * Overlays in a file a finance office can write: {@link
 * io.github.rapolicy.examples.overlays.OverlayFile} reads the YAML format the README's "Overlays in
 * a file" documents into {@link io.github.rapolicy.rules.Overlay overlays}, from the file's text, so
 * that a finance system embedding the library can use it as the ledger check does.
 */
@NullMarked
package io.github.rapolicy.examples.overlays;

import org.jspecify.annotations.NullMarked;
