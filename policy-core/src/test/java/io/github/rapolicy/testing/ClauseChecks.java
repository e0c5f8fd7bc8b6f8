package io.github.rapolicy.testing;

import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.TreeMultimap;
import io.github.rapolicy.notice.Clause;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The tests that declare, with {@link Checks}, which clauses they check: found among the compiled
 * test classes of policy-core, so that a test added later counts without a hand-kept list.
 */
public final class ClauseChecks {

  private static final String BASE = "io.github.rapolicy.";

  private ClauseChecks() {}

  /**
   * Returns, for every clause some test checks, the tests that check it, in document order of the
   * clauses and by name of the tests: {@code rules.ChargeRulesTest.LabourFee#ownProjectPaysNamedCosts}
   * for a method, {@code obligations.ChecklistTest.Lead} for a class whose every test checks it.
   *
   * @throws io.github.rapolicy.notice.UnknownClauseException if a test names no clause of the
   *     notice
   */
  public static ImmutableSortedMap<Clause, ImmutableSortedSet<String>> byClause() {
    TreeMultimap<Clause, String> checks = TreeMultimap.create();
    for (Class<?> type : testClasses()) {
      Checks onType = type.getAnnotation(Checks.class);
      if (onType != null) {
        add(checks, onType, name(type));
      }
      for (Method method : type.getDeclaredMethods()) {
        Checks onMethod = method.getAnnotation(Checks.class);
        if (onMethod != null) {
          add(checks, onMethod, name(type) + "#" + method.getName());
        }
      }
    }
    return checks.asMap().entrySet().stream()
        .collect(
            ImmutableSortedMap.toImmutableSortedMap(
                java.util.Comparator.naturalOrder(),
                Map.Entry::getKey,
                e -> ImmutableSortedSet.copyOf(e.getValue())));
  }

  private static void add(TreeMultimap<Clause, String> checks, Checks annotation, String test) {
    for (String id : annotation.value()) {
      checks.put(Clause.parse(id), test);
    }
  }

  private static String name(Class<?> type) {
    return type.getName().substring(BASE.length()).replace('$', '.');
  }

  private static List<Class<?>> testClasses() {
    Path root;
    try {
      root = Path.of(Checks.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new AssertionError(e);
    }
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .map(f -> root.relativize(f).toString().replace('\\', '/'))
          .filter(f -> f.endsWith(".class") && !f.endsWith("package-info.class"))
          .map(f -> f.substring(0, f.length() - ".class".length()).replace('/', '.'))
          .filter(name -> name.startsWith(BASE))
          .sorted()
          .map(ClauseChecks::load)
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, ClauseChecks.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }
}
