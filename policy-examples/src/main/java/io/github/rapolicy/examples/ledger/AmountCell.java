package io.github.rapolicy.examples.ledger;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An amount cell as finance systems write it, brought to the plain form {@code Money.parse} reads
 * ({@code 6500.00}, with a leading {@code -} for a reversal), or the reason it cannot be without a
 * guess.
 *
 * <p>Accepted beside the plain form, and only these:
 *
 * <ul>
 *   <li>full-width characters (全角), such as {@code ６５００．００}: each character of the block
 *       U+FF01–U+FF5E is read as its ASCII twin;
 *   <li>one leading currency sign, {@code ¥} (U+00A5) or {@code ￥} (U+FFE5), before or after a
 *       minus sign, with or without space after it;
 *   <li>thousands separators (千位分隔符) {@code ,} in the integer part, in groups of exactly three
 *       digits: {@code 6,500.00}, {@code 1,234,567}.
 * </ul>
 *
 * <p>Anything else that looks like an amount but could be read two ways is a problem, never a
 * guess: separators not in groups of three ({@code 6,50.00}), a separator after the decimal point,
 * two decimal points. Three decimals and other forms are left to {@code Money.parse}, which names
 * them.
 */
final class AmountCell {

  private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(,\\d{3})+");

  private final String plain;
  private final Optional<Text> problem;

  private AmountCell(String plain, Optional<Text> problem) {
    this.plain = plain;
    this.problem = problem;
  }

  /** Reads {@code cell}, already stripped of surrounding white space. */
  static AmountCell read(String cell) {
    String text = halfWidth(cell).strip();
    String sign = "";
    if (text.startsWith("-")) {
      sign = "-";
      text = text.substring(1).strip();
    }
    if (text.startsWith("\u00A5") || text.startsWith("\uFFE5")) {
      text = text.substring(1).strip();
      if (sign.isEmpty() && text.startsWith("-")) {
        sign = "-";
        text = text.substring(1).strip();
      }
    }
    int point = text.indexOf('.');
    if (point >= 0 && text.indexOf('.', point + 1) >= 0) {
      return ambiguous(
          "有两个及以上小数点", "has more than one decimal point");
    }
    if (text.indexOf(',') >= 0) {
      String integer = point < 0 ? text : text.substring(0, point);
      if (point >= 0 && text.indexOf(',', point) >= 0) {
        return ambiguous(
            "小数点后有千位分隔符", "has a separator after the decimal point");
      }
      if (!GROUPED.matcher(integer).matches()) {
        return ambiguous(
            "千位分隔符未按三位一组（应如 6,500.00）",
            "has thousands separators not in groups of three digits (such as 6,500.00)");
      }
      text = integer.replace(",", "") + (point < 0 ? "" : text.substring(point));
    }
    return new AmountCell(sign + text, Optional.empty());
  }

  /** Returns the amount in the plain form, such as {@code 6500.00} or {@code -650}. */
  String plain() {
    return plain;
  }

  /** Returns why the cell is ambiguous, said after the cell: empty if it is not. */
  Optional<Text> problem() {
    return problem;
  }

  private static AmountCell ambiguous(String zh, String en) {
    return new AmountCell("", Optional.of(new Text(zh + "，无法确定金额", en + ": the amount is ambiguous")));
  }

  /** Replaces each full-width form (U+FF01–U+FF5E) by the ASCII character it stands for. */
  static String halfWidth(String text) {
    StringBuilder half = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '\uFF01' && c <= '\uFF5E') {
        if (half == null) {
          half = new StringBuilder(text);
        }
        half.setCharAt(i, (char) (c - 0xFEE0));
      }
    }
    return half == null ? text : half.toString();
  }
}
