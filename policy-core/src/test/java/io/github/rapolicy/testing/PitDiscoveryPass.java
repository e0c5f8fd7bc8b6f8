package io.github.rapolicy.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;

/**
 * Spares PIT's mutation minions the unmutated run of every covering test that JUnit 5's PIT plugin
 * makes only to list the tests.
 *
 * <p>A PIT minion (one JVM per mutated class) first asks the plugin for the test units of each test
 * class covering the class; the plugin's {@code JUnit5TestUnitFinder} finds them by
 * <em>executing</em> the whole test class once, unmutated, and recording which tests start. Only
 * then does the minion run the tests, one by one, against each mutant. For a class covered by the
 * broad property tests, that listing run costs more than the mutants. In a mutation minion, this
 * extension lets a test invoked by the finder start and finish without running its body, so the
 * plugin still sees every test; a test invoked for a mutant runs in full. Test factories always
 * run, so that their dynamic tests are listed.
 *
 * <p>Before it skips the first body, it initialises every class of {@code policy-core}, still
 * unmutated, as the listing run used to: a class first used inside a test body would otherwise be
 * initialised under the first mutant, and keep static state built by mutated code for the mutants
 * after it.
 *
 * <p>It acts only in a JVM whose main class is PIT's {@code MutationTestMinion}: in the coverage
 * minion (which measures coverage in that same listing run) and under Surefire it does nothing. It is
 * registered by {@code META-INF/services} and loaded only where JUnit's extension auto-detection is
 * switched on, which the PIT configuration in {@code policy-core/pom.xml} does for its minions alone.
 */
public final class PitDiscoveryPass implements InvocationInterceptor {

  private static final boolean IN_MUTATION_MINION =
      System.getProperty("sun.java.command", "")
          .startsWith("org.pitest.mutationtest.execute.MutationTestMinion");

  private static final String FINDER = "org.pitest.junit5.JUnit5TestUnitFinder";

  /** Whether this JVM's library classes are initialised: JUnit makes an extension per launcher. */
  private static final AtomicBoolean INITIALISED = new AtomicBoolean();

  private final BooleanSupplier listing;

  /** Creates the extension, active only in a PIT mutation minion, when the plugin lists tests. */
  public PitDiscoveryPass() {
    this(() -> IN_MUTATION_MINION && calledByFinder());
  }

  PitDiscoveryPass(BooleanSupplier listing) {
    this.listing = listing;
  }

  @Override
  public void interceptTestMethod(
      Invocation<Void> invocation,
      ReflectiveInvocationContext<Method> invocationContext,
      ExtensionContext extensionContext)
      throws Throwable {
    proceedUnlessListing(invocation);
  }

  @Override
  public void interceptTestTemplateMethod(
      Invocation<Void> invocation,
      ReflectiveInvocationContext<Method> invocationContext,
      ExtensionContext extensionContext)
      throws Throwable {
    proceedUnlessListing(invocation);
  }

  private void proceedUnlessListing(Invocation<Void> invocation) throws Throwable {
    if (listing.getAsBoolean()) {
      if (INITIALISED.compareAndSet(false, true)) {
        initialiseLibraryClasses();
      }
      invocation.skip();
    } else {
      invocation.proceed();
    }
  }

  /** Whether the plugin's finder runs this test (JUnit runs it on the finder's own thread). */
  private static boolean calledByFinder() {
    return StackWalker.getInstance()
        .walk(frames -> frames.anyMatch(frame -> frame.getClassName().equals(FINDER)));
  }

  /** Initialises every class in the folder that holds {@code policy-core}'s classes. */
  static int initialiseLibraryClasses() {
    try {
      Path classes =
          Path.of(
              io.github.rapolicy.notice.Notice.class
                  .getProtectionDomain()
                  .getCodeSource()
                  .getLocation()
                  .toURI());
      if (!Files.isDirectory(classes)) {
        return 0;
      }
      List<String> names;
      try (Stream<Path> files = Files.walk(classes)) {
        names =
            files
                .map(classes::relativize)
                .map(Path::toString)
                .filter(name -> name.endsWith(".class") && !name.endsWith("module-info.class"))
                .map(name -> name.substring(0, name.length() - 6).replace('/', '.'))
                .collect(Collectors.toList());
      }
      ClassLoader loader = PitDiscoveryPass.class.getClassLoader();
      for (String name : names) {
        Class.forName(name, true, loader);
      }
      return names.size();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException | ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }
}
