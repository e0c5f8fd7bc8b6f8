package io.github.rapolicy.notice;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The clause catalogue against the clause index {@code CLAUSES.md}, of which the test resources
 * hold a copy (so that the tests pass on a clone without the shared folder beside it): the same IDs
 * in the same order, with the same original, article (条), kinds and gloss.
 */
class ClausesMarkdownTest {

  private static final String MARKDOWN_RESOURCE = "/CLAUSES.md";
  private static final String TABLE_HEADER = "| ID | 条 | original | gloss | kind |";

  /**
   * The index writes the kind {@link ClauseKind#REFERENCE_LIST} as {@code reference-list}, where
   * its English name is "reference list"; every other kind word is its English name.
   */
  private static final ImmutableMap<String, ClauseKind> MARKDOWN_KIND_WORDS =
      ImmutableMap.of("reference-list", ClauseKind.REFERENCE_LIST);

  private static final Pattern LEGEND_ENTRY = Pattern.compile("^- \\*\\*([a-z-]+)\\*\\* — .*$");

  /** One row of the index's table. */
  private static final class Row {
    final String id;
    final String article;
    final String original;
    final String gloss;
    final String kinds;

    Row(List<String> cells) {
      this.id = cells.get(0);
      this.article = cells.get(1);
      this.original = cells.get(2);
      this.gloss = cells.get(3);
      this.kinds = cells.get(4);
    }
  }

  @Test
  void everyRowOfTheIndexIsACatalogueClauseWithTheSameContent() {
    SoftAssertions softly = new SoftAssertions();
    for (Row row : rows()) {
      Clause clause;
      try {
        clause = Clause.parse(row.id);
      } catch (UnknownClauseException e) {
        softly.fail("CLAUSES.md has clause %s, the catalogue has not", row.id);
        continue;
      }
      softly.assertThat(clause.id()).as("%s: ID", row.id).isEqualTo(row.id);
      softly.assertThat(clause.original()).as("%s: original", row.id).isEqualTo(row.original);
      softly.assertThat(clause.article()).as("%s: article (条)", row.id).isEqualTo(row.article);
      softly.assertThat(clause.kinds()).as("%s: kinds", row.id).isEqualTo(kinds(row.kinds));
      softly
          .assertThat(clause.gloss())
          .as("%s: gloss, without the index's ** markup", row.id)
          .isEqualTo(row.gloss.replace("**", ""));
    }
    softly.assertAll();
  }

  @Test
  void catalogueHasNoClauseTheIndexLacks() {
    Set<String> indexed = rows().stream().map(r -> r.id).collect(Collectors.toSet());

    assertThat(Arrays.stream(Clause.values()).map(Clause::id))
        .as("catalogue IDs absent from CLAUSES.md")
        .filteredOn(id -> !indexed.contains(id))
        .isEmpty();
  }

  @Test
  void indexAndCatalogueListTheClausesInTheSameOrder() {
    assertThat(rows().stream().map(r -> r.id))
        .containsExactlyElementsOf(
            Arrays.stream(Clause.values()).map(Clause::id).collect(Collectors.toList()));
  }

  @Test
  void indexTableIsWellFormed() {
    List<Row> rows = rows();

    assertThat(rows).hasSize(Clause.values().length);
    assertThat(rows.stream().map(r -> r.id)).doesNotHaveDuplicates();
    assertThat(rows).allSatisfy(r -> assertThat(r.original).isNotBlank());
  }

  @Test
  void legendNamesEveryClauseKind() {
    Set<ClauseKind> legend = EnumSet.noneOf(ClauseKind.class);
    for (String line : markdownLines()) {
      Matcher entry = LEGEND_ENTRY.matcher(line);
      if (entry.matches()) {
        legend.add(kind(entry.group(1)));
      }
    }

    assertThat(legend).containsExactlyInAnyOrder(ClauseKind.values());
  }

  @Test
  void kindWordsMapToClauseKinds() {
    assertThat(kinds("obligation + encouragement"))
        .containsExactly(ClauseKind.OBLIGATION, ClauseKind.ENCOURAGEMENT);
    assertThat(kinds("reference-list")).containsExactly(ClauseKind.REFERENCE_LIST);
    assertThat(kinds("schedule")).containsExactly(ClauseKind.SCHEDULE);
    assertThatThrownBy(() -> kinds("obligation + duty")).isInstanceOf(UnknownTermException.class);
  }

  @Test
  void copyEqualsTheSharedIndexWhereThatIsCheckedOut() throws IOException {
    Optional<Path> shared = sharedFile("CLAUSES.md");
    Assumptions.assumeTrue(
        shared.isPresent(), "../shared/notice/CLAUSES.md is not checked out beside this clone");

    assertThat(resourceBytes(MARKDOWN_RESOURCE))
        .as("src/test/resources/CLAUSES.md is a copy of %s; copy it again", shared.get())
        .isEqualTo(Files.readAllBytes(shared.get()));
  }

  @Test
  void shippedNoticeTextEqualsTheSharedTextWhereThatIsCheckedOut() throws IOException {
    Optional<Path> shared = sharedFile("notice-2024-122.zh.txt");
    Assumptions.assumeTrue(
        shared.isPresent(),
        "../shared/notice/notice-2024-122.zh.txt is not checked out beside this clone");

    assertThat(resourceBytes(Notice.TEXT_RESOURCE))
        .as("the shipped resource %s differs from %s", Notice.TEXT_RESOURCE, shared.get())
        .isEqualTo(Files.readAllBytes(shared.get()));
  }

  /** Returns the kinds a table cell names, such as {@code obligation + encouragement}. */
  private static Set<ClauseKind> kinds(String cell) {
    Set<ClauseKind> kinds = new LinkedHashSet<>();
    for (String word : Splitter.on('+').trimResults().split(cell)) {
      kinds.add(kind(word));
    }
    return ImmutableSet.copyOf(kinds);
  }

  private static ClauseKind kind(String word) {
    ClauseKind explicit = MARKDOWN_KIND_WORDS.get(word);
    return explicit != null ? explicit : ClauseKind.parse(word);
  }

  private static List<Row> rows() {
    List<String> lines = markdownLines();
    int header = lines.indexOf(TABLE_HEADER);
    assertThat(header).as("CLAUSES.md has the table header %s", TABLE_HEADER).isNotNegative();
    assertThat(lines.get(header + 1)).startsWith("|---|");
    List<Row> rows = new ArrayList<>();
    for (String line : lines.subList(header + 2, lines.size())) {
      if (!line.startsWith("|")) {
        break;
      }
      String inner = line.strip();
      assertThat(inner).as("table row %s", line).endsWith("|");
      List<String> cells =
          Splitter.on('|').trimResults().splitToList(inner.substring(1, inner.length() - 1));
      assertThat(cells).as("cells of table row %s", line).hasSize(5);
      rows.add(new Row(cells));
    }
    return rows;
  }

  private static List<String> markdownLines() {
    return Splitter.on('\n')
        .splitToStream(new String(resourceBytes(MARKDOWN_RESOURCE), UTF_8).replace("\r\n", "\n"))
        .collect(Collectors.toList());
  }

  private static byte[] resourceBytes(String name) {
    try (InputStream in = ClausesMarkdownTest.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new AssertionError("resource " + name + " is not on the test class path");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns the shared notice folder's {@code file} as seen from the repository root ({@code
   * ../shared}) or from this module, the working directory of the tests ({@code ../../shared}).
   */
  private static Optional<Path> sharedFile(String file) {
    return sharedCandidates(file).stream().filter(Files::isRegularFile).findFirst();
  }

  private static List<Path> sharedCandidates(String file) {
    return Stream.of(Path.of(".."), Path.of("..", ".."))
        .map(base -> base.resolve("shared").resolve("notice").resolve(file))
        .collect(Collectors.toList());
  }
}
