package io.github.rapolicy.testing;

import java.lang.reflect.Method;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;

/**
 * Spares PIT's mutation minions the unmutated run of every covering test that JUnit 5's PIT plugin
 * makes only to list the tests.
 *
 * <p>A PIT minion (one JVM per mutated class) first asks the plugin for the test units of each test
 * class covering the class; the plugin finds them by <em>executing</em> the whole test class once,
 * unmutated, and recording which tests start. Only then does the minion run the tests, one by one,
 * against each mutant. For a class covered by the broad property tests, that listing run costs more
 * than the mutants. In a mutation minion, this extension lets the first invocation of each test
 * (the listing run) start and finish without running its body, so the plugin still sees every test;
 * every later invocation, the one against a mutant, runs in full. Test factories always run, so
 * that their dynamic tests are listed.
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

  /** The tests this JVM has seen: JUnit makes an extension anew for each launcher PIT creates. */
  private static final Set<String> LISTED = ConcurrentHashMap.newKeySet();

  private final boolean inMutationMinion;

  /** Creates the extension, active only in a PIT mutation minion. */
  public PitDiscoveryPass() {
    this(IN_MUTATION_MINION);
  }

  PitDiscoveryPass(boolean inMutationMinion) {
    this.inMutationMinion = inMutationMinion;
  }

  @Override
  public void interceptTestMethod(
      Invocation<Void> invocation,
      ReflectiveInvocationContext<Method> invocationContext,
      ExtensionContext extensionContext)
      throws Throwable {
    proceedUnlessListing(invocation, extensionContext);
  }

  @Override
  public void interceptTestTemplateMethod(
      Invocation<Void> invocation,
      ReflectiveInvocationContext<Method> invocationContext,
      ExtensionContext extensionContext)
      throws Throwable {
    proceedUnlessListing(invocation, extensionContext);
  }

  private void proceedUnlessListing(Invocation<Void> invocation, ExtensionContext context)
      throws Throwable {
    if (inMutationMinion && LISTED.add(context.getUniqueId())) {
      invocation.skip();
    } else {
      invocation.proceed();
    }
  }
}
