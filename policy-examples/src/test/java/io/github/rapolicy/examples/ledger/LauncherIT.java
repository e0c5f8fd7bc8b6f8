package io.github.rapolicy.examples.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * What {@code package} builds for running the check without Maven: {@code target/ledger-check},
 * the jar and {@code target/lib/}. Run by failsafe after {@code package}, as a user runs it: from
 * another folder, through {@code sh}, with the README's commands. The tests run at once, each in a
 * folder of its own: each waits on the launcher's JVM.
 */
@Execution(ExecutionMode.CONCURRENT)
class LauncherIT {

  /** The module's folder; tests run in it. */
  private static final Path MODULE = Path.of("").toAbsolutePath();

  private static final Path LAUNCHER = MODULE.resolve("target/ledger-check");

  @TempDir Path elsewhere;

  /** What one run of a command did. */
  private record Result(int exitCode, String out, String err) {}

  private Result run(List<String> command) throws IOException, InterruptedException {
    Path out = elsewhere.resolve("stdout");
    Path err = elsewhere.resolve("stderr");
    Process process =
        new ProcessBuilder(command)
            .directory(elsewhere.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    process.getOutputStream().close();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("%s finishes", command).isTrue();
    return new Result(
        process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void theLauncherChecksTheSampleFromAnotherFolder() throws Exception {
    assertThat(Files.isExecutable(LAUNCHER)).as("%s is executable", LAUNCHER).isTrue();

    Result result =
        run(List.of(LAUNCHER.toString(), "--date", "2024-09-30", MODULE.resolve(Ledgers.SAMPLE).toString()));

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.out()).startsWith("账本核查 Ledger check").contains("29 行 rows:");
    assertThat(result.err()).isEmpty();
  }

  @Test
  void aWrongCommandLineGivesTheProgramsExitCode() throws Exception {
    Result result = run(List.of(LAUNCHER.toString(), "--date", "2024-09-30"));

    assertThat(result.exitCode()).isEqualTo(4);
    assertThat(result.err()).startsWith("ledger-check: Missing required parameter");
  }

  @Test
  void jmhIsNotOnTheLaunchersClassPath() throws IOException {
    Path jar;
    try (Stream<Path> files = Files.list(MODULE.resolve("target"))) {
      jar =
          files
              .filter(f -> f.getFileName().toString().matches("policy-examples-.*\\.jar"))
              .filter(f -> !f.getFileName().toString().contains("-sources"))
              .findFirst()
              .orElseThrow();
    }
    try (JarFile file = new JarFile(jar.toFile())) {
      Manifest manifest = file.getManifest();
      assertThat(manifest.getMainAttributes().getValue("Main-Class"))
          .isEqualTo(LedgerCheck.class.getName());
      String classPath = manifest.getMainAttributes().getValue("Class-Path");
      assertThat(classPath).contains("lib/policy-core-").doesNotContainIgnoringCase("jmh");
      for (String entry : classPath.split(" ")) {
        assertThat(MODULE.resolve("target").resolve(entry)).isRegularFile();
      }
      assertThat(file.stream().map(e -> e.getName()))
          .noneMatch(name -> name.contains("/bench/") || name.startsWith("org/openjdk"));
    }
    try (Stream<Path> lib = Files.list(MODULE.resolve("target/lib"))) {
      assertThat(lib.map(p -> p.getFileName().toString()))
          .isNotEmpty()
          .noneMatch(name -> name.contains("jmh") || name.contains("jopt") || name.contains("math3"));
    }
  }

  /**
   * Every launcher command of the README's "Checking a ledger" (one per format, and those reading
   * other exports), run through {@code sh} from another folder with the paths made absolute: each
   * exits with 2, as the README says the sample does, or with the code its comment names, and
   * writes its report.
   */
  @Test
  void theReadmesLauncherCommandsRunAsWritten() throws Exception {
    String readme = Files.readString(MODULE.resolve("../README.md"), StandardCharsets.UTF_8);
    Matcher command =
        Pattern.compile("(?m)^(policy-examples/target/ledger-check [^\n#]*?)\\s*(#.*)?$")
            .matcher(readme);
    List<String> formats = new ArrayList<>();
    while (command.find()) {
      String line = command.group(1).replace("policy-examples/", MODULE + "/");
      Matcher format = Pattern.compile("--format (\\w+)").matcher(line);
      formats.add(format.find() ? format.group(1) : "text");

      Result result = run(List.of("sh", "-c", line));

      Matcher exit = Pattern.compile("exit (\\d)").matcher(String.valueOf(command.group(2)));
      int expected = exit.find() ? Integer.parseInt(exit.group(1)) : 2;
      assertThat(result.exitCode()).as(line).isEqualTo(expected);
      if (expected != 2) {
        assertThat(result.out()).as(line).isEmpty();
        continue;
      }
      Matcher output = Pattern.compile("-o (\\S+)").matcher(line);
      String report =
          output.find()
              ? Files.readString(elsewhere.resolve(output.group(1)), StandardCharsets.UTF_8)
              : result.out();
      switch (formats.get(formats.size() - 1)) {
        case "text" ->
            assertThat(report).contains(line.contains("sample-2024-09") ? "29 行 rows:" : "行 rows:");
        case "csv" -> assertThat(report.split("\r\n")).hasSize(31);
        case "jsonl" -> assertThat(Json.lines(report)).hasSize(32);
        case "html" -> assertThat(report).startsWith("<!DOCTYPE html>").contains("</html>");
        default -> throw new AssertionError("a format the check does not have: " + line);
      }
    }
    assertThat(formats).contains("text", "csv", "jsonl");
  }
}
