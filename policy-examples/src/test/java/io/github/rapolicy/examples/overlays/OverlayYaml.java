package io.github.rapolicy.examples.overlays;

import io.github.rapolicy.notice.Term;
import io.github.rapolicy.rules.Overlay;
import io.github.rapolicy.rules.OverlayRule;
import io.github.rapolicy.rules.Verdict;
import io.github.rapolicy.testing.Gen;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Overlays rendered as the YAML of an overlay file, as a finance office could write them: labels
 * as codes, Chinese names or synonyms, texts plain, single- or double-quoted, sometimes padded with
 * white space the loader strips, and the keys of a rule in any order, all chosen by a seeded {@link
 * Gen}. Every rendering loads back to the same overlays (unless they are a mistake).
 */
final class OverlayYaml {

  private OverlayYaml() {}

  /** Text YAML may carry unquoted: no indicator first, no ": " or " #", no quotes or escapes. */
  private static final Pattern PLAIN =
      Pattern.compile("[\\p{IsHan}A-Za-z0-9（）〔〕][\\p{IsHan}A-Za-z0-9（）〔〕_ ,，。-]*[\\p{IsHan}A-Za-z0-9（）〔〕]|[\\p{IsHan}A-Za-z0-9]");

  /** {@code text} as a YAML scalar: plain where it can be, else single- or double-quoted. */
  static String scalar(Gen gen, String text) {
    if (PLAIN.matcher(text).matches() && gen.chance(0.5)) {
      return text;
    }
    if (text.codePoints().noneMatch(OverlayYaml::mustBeEscaped) && gen.chance(0.5)) {
      return "'" + text.replace("'", "''") + "'";
    }
    StringBuilder quoted = new StringBuilder("\"");
    text.codePoints()
        .forEach(
            c -> {
              if (c == '"' || c == '\\') {
                quoted.append('\\').appendCodePoint(c);
              } else if (mustBeEscaped(c)) {
                quoted.append(String.format("\\u%04x", c));
              } else {
                quoted.appendCodePoint(c);
              }
            });
    return quoted.append('"').toString();
  }

  /**
   * Control characters, what YAML reads as a line break or a byte-order mark, and what it does not
   * allow unescaped (surrogates, U+FFFE, U+FFFF).
   */
  private static boolean mustBeEscaped(int c) {
    return c < 0x20
        || (c >= 0x7f && c <= 0x9f)
        || c == 0x2028
        || c == 0x2029
        || c == 0xfeff
        || (c >= 0xd800 && c <= 0xdfff)
        || c == 0xfffe
        || c == 0xffff;
  }

  /** A text the loader strips: sometimes padded with white space, then quoted so it is kept. */
  private static String padded(Gen gen, String text) {
    return gen.chance(0.2) ? scalar(gen, gen.padded(text)) : scalar(gen, text);
  }

  /** One of the labels {@code term} parses from: its code, its Chinese name, a synonym. */
  private static String label(Gen gen, Term term) {
    List<String> labels = new ArrayList<>(List.of(term.code(), term.chineseName()));
    labels.addAll(term.synonyms());
    return padded(gen, gen.pick(labels));
  }

  private static String verdictLabel(Gen gen, Verdict verdict) {
    return verdict == Verdict.ALLOWED
        ? gen.pick(List.of("允许", "ALLOWED"))
        : gen.pick(List.of("不允许", "NOT_ALLOWED"));
  }

  static String yaml(Gen gen, List<Overlay> overlays) {
    StringBuilder yaml = new StringBuilder("# generated\noverlays:\n");
    for (Overlay overlay : overlays) {
      yaml.append("  - name: ").append(padded(gen, overlay.name())).append('\n');
      yaml.append("    source: ").append(padded(gen, overlay.source())).append('\n');
      yaml.append("    in_force:\n");
      yaml.append("      from: ").append(overlay.inForce().since().orElseThrow()).append('\n');
      overlay
          .inForce()
          .until()
          .ifPresent(until -> yaml.append("      until: ").append(until).append('\n'));
      yaml.append("    rules:\n");
      for (OverlayRule rule : overlay.rules()) {
        boolean restricts = rule.effect() == OverlayRule.Effect.RESTRICTS;
        List<String> keys = new ArrayList<>();
        keys.add(
            "kind: "
                + (restricts
                    ? "restrict"
                    : rule.category().isPresent() ? "settle_category" : "settle_charge"));
        rule.fund().ifPresent(fund -> keys.add("fund: " + label(gen, fund)));
        rule.cost().ifPresent(cost -> keys.add("cost: " + label(gen, cost)));
        if (restricts) {
          rule.category().ifPresent(category -> keys.add("category: " + label(gen, category)));
        } else {
          keys.add("verdict: " + verdictLabel(gen, rule.verdict()));
        }
        keys.add("zh: " + padded(gen, rule.chinese()));
        keys.add("en: " + padded(gen, rule.english()));
        // Keys in any order: the format is a mapping.
        for (int i = keys.size() - 1; i > 0; i--) {
          int j = gen.uniformInt(0, i);
          String key = keys.get(i);
          keys.set(i, keys.get(j));
          keys.set(j, key);
        }
        for (int i = 0; i < keys.size(); i++) {
          yaml.append(i == 0 ? "      - " : "        ").append(keys.get(i)).append('\n');
        }
      }
    }
    return yaml.toString();
  }
}
