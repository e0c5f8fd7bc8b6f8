package io.github.rapolicy.examples.ledger;

/** Pads text to a width in terminal columns, where Chinese characters take two. */
final class Widths {

  private Widths() {}

  /** Returns the number of terminal columns {@code text} takes. */
  static int of(String text) {
    int width = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      width += isWide(c) ? 2 : 1;
      i += Character.charCount(c);
    }
    return width;
  }

  /** Returns {@code text} padded with spaces on the right to {@code width} columns. */
  static String padRight(String text, int width) {
    return text + " ".repeat(Math.max(0, width - of(text)));
  }

  /** Returns {@code text} padded with spaces on the left to {@code width} columns. */
  static String padLeft(String text, int width) {
    return " ".repeat(Math.max(0, width - of(text))) + text;
  }

  /** East Asian wide and full-width characters: CJK, kana, hangul, full-width forms. */
  private static boolean isWide(int c) {
    return (c >= 0x1100 && c <= 0x115F)
        || (c >= 0x2E80 && c <= 0xA4CF)
        || (c >= 0xAC00 && c <= 0xD7A3)
        || (c >= 0xF900 && c <= 0xFAFF)
        || (c >= 0xFE30 && c <= 0xFE4F)
        || (c >= 0xFF00 && c <= 0xFF60)
        || (c >= 0xFFE0 && c <= 0xFFE6)
        || (c >= 0x20000 && c <= 0x3FFFD);
  }
}
