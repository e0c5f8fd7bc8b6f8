package io.github.rapolicy.examples.ledger;

import java.util.List;

/** A message in Chinese and English, as every finding of the library has it. */
record Text(String zh, String en) {

  /** Joins messages, each language with its own separator. */
  static Text join(List<Text> texts) {
    if (texts.size() == 1) {
      return texts.get(0);
    }
    int zhLength = 0;
    int enLength = 0;
    for (Text text : texts) {
      zhLength += text.zh().length() + 1;
      enLength += text.en().length() + 2;
    }
    StringBuilder zh = new StringBuilder(zhLength);
    StringBuilder en = new StringBuilder(enLength);
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
