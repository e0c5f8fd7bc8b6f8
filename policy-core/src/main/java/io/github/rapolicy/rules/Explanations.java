package io.github.rapolicy.rules;

import io.github.rapolicy.notice.Clause;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Renders answers in Chinese or English from the one rule base. */
final class Explanations {

  private Explanations() {}

  static String render(Answer answer, Language language) {
    StringBuilder text = new StringBuilder();
    text.append(language.pick("问题：", "Question: "))
        .append(answer.question().describe(language))
        .append('\n')
        .append(language.pick("结论：", "Verdict: "))
        .append(answer.verdict().displayName(language))
        .append('\n')
        .append(language.pick("依据：", "Because:"))
        .append('\n');
    Set<Clause> quoted = EnumSet.noneOf(Clause.class);
    for (Finding finding : answer.findings()) {
      text.append("  ")
          .append(mark(finding.outcome()))
          .append(' ')
          .append(citation(finding, language))
          .append(finding.describe(language))
          .append('\n');
      for (Clause clause : finding.clauses()) {
        if (quoted.add(clause)) {
          quote(text, clause, language);
        }
      }
    }
    if (!answer.remedies().isEmpty()) {
      text.append(language.pick("如何改变结论：", "What would change it:")).append('\n');
      for (Remedy remedy : answer.remedies()) {
        text.append("  - ").append(remedy.describe(language)).append('\n');
      }
    }
    return text.toString();
  }

  private static String mark(Verdict outcome) {
    return switch (outcome) {
      case ALLOWED -> "✓";
      case NOT_ALLOWED -> "✗";
      case UNDECIDED -> "?";
    };
  }

  private static String citation(Finding finding, Language language) {
    if (finding.clauses().isEmpty()) {
      return "";
    }
    String ids = finding.clauses().stream().map(Clause::id).collect(Collectors.joining(", "));
    return language.pick("〔" + ids + "〕", "[" + ids + "] ");
  }

  private static void quote(StringBuilder text, Clause clause, Language language) {
    if (language == Language.CHINESE) {
      text.append("      ").append(clause.id()).append(" 原文：").append(clause.original()).append('\n');
    } else {
      text.append("      ").append(clause.id()).append(" reads: ").append(clause.gloss()).append('\n');
      text.append("      ").append(clause.id()).append(" original: ").append(clause.original()).append('\n');
    }
  }
}
