package io.github.rapolicy.examples.ledger;

/** A message in Chinese and English, as every finding of the library has it. */
record Text(String zh, String en) {

  /** Joins messages, each language with its own separator. */
  static Text join(Iterable<Text> texts) {
    StringBuilder zh = new StringBuilder();
    StringBuilder en = new StringBuilder();
    for (Text text : texts) {
      if (zh.length() > 0) {
        zh.append('；');
        en.append("; ");
      }
      zh.append(text.zh());
      en.append(text.en());
    }
    return new Text(zh.toString(), en.toString());
  }
}
