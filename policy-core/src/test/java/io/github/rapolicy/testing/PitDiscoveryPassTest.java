package io.github.rapolicy.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.InvocationInterceptor.Invocation;

class PitDiscoveryPassTest {

  private final List<String> events = new ArrayList<>();

  @Test
  void whenThePluginListsTestsTheBodiesAreSkipped() throws Throwable {
    PitDiscoveryPass pass = new PitDiscoveryPass(() -> true);

    pass.interceptTestMethod(invocation(), null, null);
    pass.interceptTestTemplateMethod(invocation(), null, null);

    assertThat(events).containsExactly("skipped", "skipped");
  }

  @Test
  void otherwiseEveryTestRuns() throws Throwable {
    PitDiscoveryPass pass = new PitDiscoveryPass(() -> false);

    pass.interceptTestMethod(invocation(), null, null);
    pass.interceptTestTemplateMethod(invocation(), null, null);

    assertThat(events).containsExactly("ran", "ran");
  }

  @Test
  void underSurefireTestsRun() throws Throwable {
    new PitDiscoveryPass().interceptTestMethod(invocation(), null, null);

    assertThat(events).containsExactly("ran");
  }

  @Test
  void theLibrarysClassesAreFoundAndInitialised() {
    assertThat(PitDiscoveryPass.initialiseLibraryClasses()).isGreaterThan(100);
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
}
