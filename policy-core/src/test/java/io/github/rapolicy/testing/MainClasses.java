package io.github.rapolicy.testing;

import io.github.rapolicy.notice.Term;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The classes of the library's main code, found on the class path, so that contract tests cover
 * every public type of a package, including ones added later, instead of a hand-kept list only.
 */
public final class MainClasses {

  private MainClasses() {}

  /**
   * Returns the public types (top-level and nested, not anonymous or generated) of the main code
   * whose package is {@code packageName} or below it, sorted by name.
   */
  public static List<Class<?>> publicTypesUnder(String packageName) {
    Path root = classesRoot();
    Path dir = root.resolve(packageName.replace('.', '/'));
    if (!Files.isDirectory(dir)) {
      throw new AssertionError("no compiled classes for package " + packageName + " under " + root);
    }
    try (Stream<Path> files = Files.walk(dir)) {
      return files
          .filter(f -> f.toString().endsWith(".class"))
          .map(f -> root.relativize(f).toString().replace('\\', '/'))
          .map(f -> f.substring(0, f.length() - ".class".length()).replace('/', '.'))
          .filter(name -> !name.endsWith("package-info"))
          .map(MainClasses::load)
          .filter(c -> Modifier.isPublic(c.getModifiers()))
          .filter(c -> !c.isAnonymousClass() && !c.isSynthetic())
          .filter(
              c ->
                  c.getEnclosingClass() == null
                      || Modifier.isPublic(c.getEnclosingClass().getModifiers()))
          .sorted(Comparator.comparing(Class::getName))
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns every enumeration of the main code that implements {@link Term}, sorted by name. */
  public static List<Class<?>> termEnums() {
    return publicTypesUnder("io.github.rapolicy").stream()
        .filter(Class::isEnum)
        .filter(Term.class::isAssignableFrom)
        .collect(Collectors.toList());
  }

  private static Path classesRoot() {
    try {
      Path root = Path.of(Term.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (!Files.isDirectory(root)) {
        throw new AssertionError("main classes are not a directory (a jar?): " + root);
      }
      return root;
    } catch (URISyntaxException e) {
      throw new AssertionError(e);
    }
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, MainClasses.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }
}
