package io.github.rapolicy.examples;

import io.github.rapolicy.notice.Clause;
import io.github.rapolicy.notice.IssuingBody;
import io.github.rapolicy.notice.Notice;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The README's main example: prints the notice's identity and its clause catalogue.
 *
 * <p>Run it from the project root with {@code ./mvnw -q -DskipTests install exec:java}.
 */
public final class Tour {

  private Tour() {}

  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Notice notice = Notice.get();
    out.println(notice.number() + "  " + notice.title());
    out.println(notice.englishTitle());
    out.println("Issued " + notice.dateOfIssue() + " by:");
    for (IssuingBody body : notice.issuers()) {
      out.printf("  %-7s %s (%s)%n", body.code(), body.chineseName(), body.englishName());
    }
    out.println();
    out.println("Clause catalogue (" + notice.clauses().size() + " entries):");
    for (Clause clause : notice.clauses()) {
      out.printf("  %-10s %-8s %-26s %s%n", clause.id(), clause.article(), clause.kinds(), clause.gloss());
    }
  }
}
