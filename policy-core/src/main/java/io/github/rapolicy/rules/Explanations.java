package io.github.rapolicy.rules;

import io.github.rapolicy.notice.Clause;
import java.util.EnumSet;
import java.util.Set;

/** Renders answers in Chinese or English from the one rule base. */
final class Explanations {

  private Explanations() {}

  static String render(Answer answer, Language language) {
    StringBuilder text = new StringBuilder();
    text.append(language.pick("问题：", "Question: "))
        .append(answer.question().describe(language))
        .append('\n')
        .append(language.pick("结论：", "Verdict: "))
        .append(answer.question().answer(answer.verdict(), language))
        .append('\n')
        .append(language.pick("依据：", "Because:"))
        .append('\n');
    Set<Clause> quoted = EnumSet.noneOf(Clause.class);
    for (Finding finding : answer.findings()) {
      text.append("  ")
          .append(mark(finding.outcome()))
          .append(' ')
          .append(language.cite(finding.clauses()))
          .append(finding.describe(language))
          .append('\n');
      for (Clause clause : finding.clauses()) {
        if (quoted.add(clause)) {
          text.append(language.quote(clause));
        }
      }
    }
    if (!answer.overlaysNotInForce().isEmpty()) {
      text.append(
              language.pick(
                  "未适用的叠加规则（所问日期不在其施行期间内）：",
                  "Overlays not applied (not in force on the date):"))
          .append('\n');
      for (Overlay overlay : answer.overlaysNotInForce()) {
        text.append("  - ")
            .append(
                language.pick(
                    "「" + overlay.name() + "」（" + overlay.source() + "），",
                    "\"" + overlay.name() + "\" (" + overlay.source() + "), "))
            .append(overlay.inForce().describe(language))
            .append('\n');
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
}
