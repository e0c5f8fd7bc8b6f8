package io.github.rapolicy.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.util.concurrent.internal.InternalFutureFailureAccess;
import io.github.rapolicy.rules.Policy;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A program on the module path sees policy-core's API packages and not {@code
 * io.github.rapolicy.internal}: module {@code io.github.rapolicy.core} exports the first and not the
 * second. Each test compiles a small consumer module with javac against the module as the build
 * made it.
 */
class ModuleBoundaryTest {

  @TempDir Path dir;

  @Test
  void aModularConsumerCompilesAgainstTheApi() throws IOException {
    String result =
        compile(
            """
            package consumer;

            import io.github.rapolicy.rules.Policy;

            public final class Uses {
              public static String fingerprint() {
                return Policy.ofNotice().fingerprint().toString();
              }
            }
            """);

    assertThat(result).isEmpty();
  }

  @Test
  void aModularConsumerCannotCompileAgainstTheInternalPackage() throws IOException {
    String result =
        compile(
            """
            package consumer;

            import io.github.rapolicy.internal.Identifiers;

            public final class Uses {
              public static Class<?> internal() {
                return Identifiers.class;
              }
            }
            """);

    assertThat(result)
        .contains("package io.github.rapolicy.internal is not visible")
        .contains("does not export it");
  }

  /** Compiles module {@code consumer} with the given class; returns javac's diagnostics (none: ""). */
  private String compile(String source) throws IOException {
    Path sources = dir.resolve("src");
    Files.createDirectories(sources.resolve("consumer"));
    Files.writeString(
        sources.resolve("module-info.java"),
        "module consumer { requires io.github.rapolicy.core; }\n",
        StandardCharsets.UTF_8);
    Path uses = sources.resolve("consumer").resolve("Uses.java");
    Files.writeString(uses, source, StandardCharsets.UTF_8);

    String modulePath =
        Stream.of(
                Policy.class,
                ImmutableList.class,
                InternalFutureFailureAccess.class,
                NullMarked.class)
            .map(ModuleBoundaryTest::location)
            .collect(Collectors.joining(File.pathSeparator));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter diagnostics = new StringWriter();
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8)) {
      boolean compiled =
          javac
              .getTask(
                  diagnostics,
                  files,
                  null,
                  List.of(
                      "-d",
                      dir.resolve("out").toString(),
                      "--module-path",
                      modulePath,
                      // Not this JVM's class path, javac's default: the consumer sees modules only.
                      "--class-path",
                      Files.createDirectories(dir.resolve("no-classes")).toString()),
                  null,
                  files.getJavaFileObjects(sources.resolve("module-info.java"), uses))
              .call();
      String text = diagnostics.toString();
      assertThat(compiled).as(text).isEqualTo(!text.contains("error:"));
      return text;
    }
  }

  private static String location(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(type.getName(), e);
    }
  }
}
