package io.github.rapolicy.notice;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Walks the notice's original text with a cursor and checks that the clause catalogue, in order, is
 * the whole text: each clause's original must start where the previous one ended, after nothing but
 * the separators the notice's layout puts between sentences. Where it diverges, it fails with an
 * {@link AssertionError} naming the clause.
 *
 * <p>Allowed separators: white space and line breaks; the three section headings 一、总体要求, 二、主要任务 and
 * 三、保障措施, each alone on its line; an item enumerator such as （一） at the start of a line inside a
 * section; and the full-width colon that ends the addressees line. The issuers clause joins the
 * eight issuers with 、 where the text puts one per line.
 *
 * <p>Besides the text, the walk checks that each numbered clause's ID and article (条) match where
 * it stands: section heading, item enumerator and position of the sentence within its item.
 */
final class CatalogueWalk {

  /** A line the document converter left in the text; it is not part of the notice. */
  static final String CONVERTER_ARTEFACT = "[bookmark: _GoBack]";

  static final ImmutableList<String> SECTION_HEADINGS =
      ImmutableList.of("一、总体要求", "二、主要任务", "三、保障措施");

  private static final ImmutableList<String> NUMERALS =
      ImmutableList.of("一", "二", "三", "四", "五", "六", "七", "八", "九", "十");
  private static final Pattern ENUMERATOR = Pattern.compile("（([一二三四五六七八九十])）");
  private static final Pattern NUMBERED_ID = Pattern.compile("(\\d)\\.(\\d)\\.(\\d)");
  private static final String ADDRESSEES_END = "：";

  private final String text;
  private int cursor;
  private @Nullable String section;
  private @Nullable String item;
  private int sentenceInItem;

  private CatalogueWalk(String text) {
    this.text = text;
  }

  /** Returns the notice's text as shipped, without the converter artefact, with \n line ends. */
  static String noticeText() {
    try (InputStream in = Notice.class.getResourceAsStream(Notice.TEXT_RESOURCE)) {
      if (in == null) {
        throw new AssertionError("resource " + Notice.TEXT_RESOURCE + " is not on the class path");
      }
      return new String(in.readAllBytes(), UTF_8)
          .replace(CONVERTER_ARTEFACT, "")
          .replace("\r\n", "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the issuers clause's names, one per line of the text's signature block. */
  static List<String> issuerLines() {
    return Splitter.on('、').splitToList(Clause.ISSUERS.original());
  }

  /**
   * Checks that {@code clauses}, in order, make up the whole of {@code text}.
   *
   * @throws AssertionError naming the first clause where catalogue and text diverge
   */
  static void walk(String text, List<Clause> clauses) {
    CatalogueWalk walk = new CatalogueWalk(text);
    @Nullable Clause previous = null;
    for (Clause clause : clauses) {
      walk.skipSeparators(previous == Clause.ADDRESSEES);
      if (clause == Clause.ISSUERS) {
        walk.matchIssuerLines(clause);
      } else {
        walk.match(clause);
      }
      walk.checkPlace(clause);
      previous = clause;
    }
    walk.skipWhitespace();
    if (walk.cursor < text.length()) {
      throw new AssertionError(
          "the notice text goes on after the last clause ("
              + (previous == null ? "none" : previous.id())
              + "), with text no clause holds, at "
              + walk.where()
              + ": \""
              + walk.excerpt()
              + "\"");
    }
  }

  private void skipSeparators(boolean afterAddressees) {
    boolean colonAllowed = afterAddressees;
    while (true) {
      skipWhitespace();
      if (colonAllowed && text.startsWith(ADDRESSEES_END, cursor)) {
        cursor += ADDRESSEES_END.length();
        colonAllowed = false;
        continue;
      }
      if (!atLineStart()) {
        return;
      }
      String heading = headingAtCursor();
      if (heading != null) {
        cursor += heading.length();
        section = heading.substring(0, 1);
        item = null;
        sentenceInItem = 0;
        continue;
      }
      Matcher enumerator = ENUMERATOR.matcher(text).region(cursor, text.length());
      if (section != null && enumerator.lookingAt()) {
        cursor = enumerator.end();
        item = enumerator.group(1);
        sentenceInItem = 0;
        continue;
      }
      return;
    }
  }

  private @Nullable String headingAtCursor() {
    for (String heading : SECTION_HEADINGS) {
      if (text.startsWith(heading, cursor) && atLineEnd(cursor + heading.length())) {
        return heading;
      }
    }
    return null;
  }

  private void match(Clause clause) {
    if (!text.startsWith(clause.original(), cursor)) {
      int elsewhere = text.indexOf(clause.original());
      throw new AssertionError(
          "clause "
              + clause.id()
              + " diverges from the notice text at "
              + where()
              + ":\n  catalogue: \""
              + head(clause.original())
              + "\"\n  text:      \""
              + excerpt()
              + "\"\n  ("
              + (elsewhere < 0
                  ? "its original occurs nowhere in the text"
                  : "its original occurs elsewhere, at offset " + elsewhere)
              + ")");
    }
    cursor += clause.original().length();
  }

  private void matchIssuerLines(Clause clause) {
    List<String> names = issuerLines();
    for (int i = 0; i < names.size(); i++) {
      if (i > 0) {
        skipWhitespace();
      }
      String name = names.get(i);
      if (!atLineStart() || !text.startsWith(name, cursor) || !atLineEnd(cursor + name.length())) {
        throw new AssertionError(
            "clause "
                + clause.id()
                + " diverges from the notice text at "
                + where()
                + ": issuer "
                + (i + 1)
                + " of "
                + names.size()
                + " should be the line \""
                + name
                + "\", the text has \""
                + excerpt()
                + "\"");
      }
      cursor += name.length();
    }
  }

  /** Checks that a clause's ID and article name the place where the walk found it. */
  private void checkPlace(Clause clause) {
    Matcher numbered = NUMBERED_ID.matcher(clause.id());
    String expectedArticle;
    if (numbered.matches()) {
      int s = Integer.parseInt(numbered.group(1));
      int i = Integer.parseInt(numbered.group(2));
      int n = Integer.parseInt(numbered.group(3));
      sentenceInItem++;
      String expectedSection = s == 0 ? null : NUMERALS.get(s - 1);
      String expectedItem = i == 0 ? null : NUMERALS.get(i - 1);
      check(
          clause,
          Objects.equals(section, expectedSection)
              && Objects.equals(item, expectedItem)
              && sentenceInItem == n,
          "its ID says section "
              + s
              + ", item "
              + i
              + ", sentence "
              + n
              + " but it stands in section "
              + (section == null ? "0 (preamble)" : section)
              + ", item "
              + (item == null ? "none" : item)
              + ", as sentence "
              + sentenceInItem);
      String original = clause.original();
      char last = original.charAt(original.length() - 1);
      String body = original.substring(0, original.length() - 1);
      check(
          clause,
          (last == '。' || last == '：') && body.indexOf('。') < 0 && body.indexOf('：') < 0,
          "its original is not exactly one sentence: \"" + original + "\"");
      expectedArticle = s == 0 ? "序言" : i == 0 ? section : section + "（" + item + "）";
    } else if (clause == Clause.ISSUERS || clause == Clause.DATE) {
      check(clause, "三".equals(section), "the signature block should follow section 三");
      expectedArticle = "落款";
    } else {
      check(clause, section == null, "the heading lines should come before section 一");
      expectedArticle = "—";
    }
    check(
        clause,
        clause.article().equals(expectedArticle),
        "its article is \"" + clause.article() + "\" but it stands in \"" + expectedArticle + "\"");
  }

  private static void check(Clause clause, boolean condition, String problem) {
    if (!condition) {
      throw new AssertionError("clause " + clause.id() + " is misplaced: " + problem);
    }
  }

  private void skipWhitespace() {
    while (cursor < text.length() && Character.isWhitespace(text.charAt(cursor))) {
      cursor++;
    }
  }

  private boolean atLineStart() {
    return cursor == 0 || text.charAt(cursor - 1) == '\n';
  }

  private boolean atLineEnd(int index) {
    return index == text.length() || text.charAt(index) == '\n';
  }

  private String where() {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < cursor && i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return "line " + line + ", column " + (cursor - lineStart + 1) + " (offset " + cursor + ")";
  }

  private String excerpt() {
    return head(text.substring(Math.min(cursor, text.length())));
  }

  private static String head(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "…";
  }
}
