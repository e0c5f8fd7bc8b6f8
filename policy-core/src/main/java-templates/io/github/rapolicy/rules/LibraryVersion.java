package io.github.rapolicy.rules;

/**
 * The version of this library, {@link Policy#libraryVersion()}: written into the source by Maven
 * when policy-core is built (this file is a template under {@code src/main/java-templates},
 * filtered into {@code target/generated-sources}), so that the library reads no resource for it.
 */
final class LibraryVersion {

  /** The project's version, such as {@code 0.1.0}. */
  static final String VERSION = "${project.version}";

  private LibraryVersion() {}
}
