package io.github.rapolicy.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor.Invocation;

class PitDiscoveryPassTest {

  private final List<String> events = new ArrayList<>();

  @Test
  void inAMutationMinionTheFirstRunOfATestIsSkippedAndEveryLaterOneRuns() throws Throwable {
    PitDiscoveryPass pass = new PitDiscoveryPass(true);
    String id = "[class:PitDiscoveryPassTest]/[method:minion-" + System.nanoTime() + "()]";

    pass.interceptTestMethod(invocation(), null, context(id));
    pass.interceptTestMethod(invocation(), null, context(id));
    pass.interceptTestTemplateMethod(invocation(), null, context(id));

    assertThat(events).containsExactly("skipped", "ran", "ran");
  }

  @Test
  void anotherTestIsListedOnItsOwn() throws Throwable {
    PitDiscoveryPass pass = new PitDiscoveryPass(true);
    long now = System.nanoTime();

    pass.interceptTestMethod(invocation(), null, context("[method:a-" + now + "()]"));
    pass.interceptTestMethod(invocation(), null, context("[method:b-" + now + "()]"));

    assertThat(events).containsExactly("skipped", "skipped");
  }

  @Test
  void elsewhereEveryRunRuns() throws Throwable {
    PitDiscoveryPass pass = new PitDiscoveryPass(false);
    String id = "[class:PitDiscoveryPassTest]/[method:surefire-" + System.nanoTime() + "()]";

    pass.interceptTestMethod(invocation(), null, context(id));
    pass.interceptTestTemplateMethod(invocation(), null, context(id));

    assertThat(events).containsExactly("ran", "ran");
  }

  @Test
  void underSurefireTheExtensionIsNotInAMutationMinion() throws Throwable {
    String id = "[class:PitDiscoveryPassTest]/[method:default-" + System.nanoTime() + "()]";

    new PitDiscoveryPass().interceptTestMethod(invocation(), null, context(id));

    assertThat(events).containsExactly("ran");
  }

  private Invocation<Void> invocation() {
    return new Invocation<>() {
      @Override
      public Void proceed() {
        events.add("ran");
        return null;
      }

      @Override
      public void skip() {
        events.add("skipped");
      }
    };
  }

  private static ExtensionContext context(String uniqueId) {
    return (ExtensionContext)
        Proxy.newProxyInstance(
            ExtensionContext.class.getClassLoader(),
            new Class<?>[] {ExtensionContext.class},
            (proxy, method, args) -> {
              if (method.getName().equals("getUniqueId")) {
                return uniqueId;
              }
              throw new UnsupportedOperationException(method.getName());
            });
  }
}
