package io.github.rapolicy.examples.ledger;

import java.util.ArrayList;
import java.util.List;

/** A message in Chinese and English, as every finding of the library has it. */
record Text(String zh, String en) {

  private static final String ZH_SEPARATOR = "；";
  private static final String EN_SEPARATOR = "; ";

  /** Joins messages, each language with its own separator. */
  static Text join(List<Text> texts) {
    if (texts.size() == 1) {
      return texts.get(0);
    }
    List<String> zh = new ArrayList<>(texts.size());
    List<String> en = new ArrayList<>(texts.size());
    for (Text text : texts) {
      zh.add(text.zh());
      en.add(text.en());
    }
    return join(zh, en);
  }

  /**
   * Joins the messages {@code zh} and their English {@code en}, in the same order, each language
   * with its own separator.
   */
  static Text join(List<String> zh, List<String> en) {
    // String.join works out the joined text's size and coding first: one copy, where a builder
    // that starts Latin-1 and meets Chinese copies itself as it grows and again to widen.
    return new Text(
        zh.size() == 1 ? zh.get(0) : String.join(ZH_SEPARATOR, zh),
        en.size() == 1 ? en.get(0) : String.join(EN_SEPARATOR, en));
  }
}
