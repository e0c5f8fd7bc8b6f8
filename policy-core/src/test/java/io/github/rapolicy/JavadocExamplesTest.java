package io.github.rapolicy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every public type of the API packages shows an example in its Javadoc (a {@code <pre>} block),
 * nested types included: a reader of the generated Javadoc never meets a type without one.
 */
class JavadocExamplesTest {

  private static final Path SOURCES = Path.of("src", "main", "java", "io", "github", "rapolicy");
  private static final Pattern PUBLIC_TYPE =
      Pattern.compile(
          "^\\s*public (?:static |final |abstract |sealed )*(?:class|enum|interface|@interface)"
              + " (\\w+)");

  @Test
  void everyPublicTypeHasAnExample() throws IOException {
    List<String> withoutExample = new ArrayList<>();
    int checked = 0;
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path file : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
        if (file.startsWith(SOURCES.resolve("internal"))
            || file.getFileName().toString().equals("package-info.java")) {
          continue;
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
          Matcher type = PUBLIC_TYPE.matcher(lines.get(i));
          if (type.find()) {
            checked++;
            if (!javadocAbove(lines, i).contains("<pre>{@code")) {
              withoutExample.add(file.getFileName() + ": " + type.group(1));
            }
          }
        }
      }
    }
    assertThat(checked).as("public types found").isGreaterThan(40);
    assertThat(withoutExample).as("public types whose Javadoc shows no example").isEmpty();
  }

  /** Returns the Javadoc comment that ends just above line {@code declaration}, or "". */
  private static String javadocAbove(List<String> lines, int declaration) {
    int end = declaration - 1;
    while (end >= 0 && lines.get(end).strip().startsWith("@")) {
      end--;
    }
    if (end < 0 || !lines.get(end).strip().endsWith("*/")) {
      return "";
    }
    StringBuilder comment = new StringBuilder();
    for (int i = end; i >= 0; i--) {
      comment.insert(0, lines.get(i) + "\n");
      if (lines.get(i).strip().startsWith("/**")) {
        return comment.toString();
      }
    }
    return "";
  }
}
