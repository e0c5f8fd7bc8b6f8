package io.github.rapolicy.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version of this library, read once from its own class-path resource {@code
 * library.properties}, which Maven fills in when the library is built: the only resource the
 * library reads besides the notice's text.
 */
final class LibraryVersion {

  static final String RESOURCE = "library.properties";

  static final String VERSION = read();

  private LibraryVersion() {}

  private static String read() {
    try (InputStream in = LibraryVersion.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the library's resource " + RESOURCE + " is missing");
      }
      Properties properties = new Properties();
      properties.load(in);
      return versionIn(properties);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the library's resource " + RESOURCE, e);
    }
  }

  /** Returns the version {@code properties} hold, refusing one Maven did not fill in. */
  static String versionIn(Properties properties) {
    String version = properties.getProperty("version", "");
    if (version.isBlank() || version.contains("${")) {
      throw new IllegalStateException(
          "the library's resource " + RESOURCE + " holds no version: \"" + version + "\"");
    }
    return version.strip();
  }
}
