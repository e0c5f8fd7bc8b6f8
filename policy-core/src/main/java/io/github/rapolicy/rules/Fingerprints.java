package io.github.rapolicy.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.escape.Escaper;
import com.google.common.escape.Escapers;
import com.google.common.hash.Hashing;
import io.github.rapolicy.funding.FundKind;
import io.github.rapolicy.notice.Clause;
import io.github.rapolicy.notice.Notice;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How a {@link Fingerprint} is made: each policy is written out as lines of names and values, the
 * lines are sorted (their order changes no answer) and hashed with SHA-256.
 *
 * <p>Every part is named by its stable name ({@code Enum.name()}, clause IDs, the overlay's own
 * strings), never by a hash code, an ordinal or an identity, so that equal rules give equal lines
 * in every JVM.
 */
final class Fingerprints {

  private static final Escaper QUOTED =
      Escapers.builder()
          .addEscape('\\', "\\\\")
          .addEscape('"', "\\\"")
          .addEscape('\n', "\\n")
          .addEscape('\r', "\\r")
          .build();

  private Fingerprints() {}

  /** The notice's own lines, worked out once: decision 4 is asked for every combination of facts. */
  private static final class Notice122 {
    static final ImmutableList<String> RULES = noticeRuleLines();
    static final ImmutableList<String> TEXTS = noticeTextLines();
  }

  /** Returns the fingerprint of the notice's rules with {@code overlays} layered over them. */
  static Fingerprint of(List<Overlay> overlays) {
    List<String> rules = new ArrayList<>(Notice122.RULES);
    List<String> texts = new ArrayList<>(Notice122.TEXTS);
    for (Overlay overlay : overlays) {
      rules.addAll(overlayRuleLines(overlay));
      texts.addAll(overlayTextLines(overlay));
    }
    return Fingerprint.of(hash(rules), hash(texts));
  }

  /**
   * Returns the first 16 hexadecimal digits of the SHA-256 of {@code lines}, sorted, one per line
   * in UTF-8: the same for the same lines in any order.
   */
  static String hash(Collection<String> lines) {
    String text = lines.stream().sorted().collect(Collectors.joining("\n", "", "\n"));
    return Hashing.sha256()
        .hashString(text, StandardCharsets.UTF_8)
        .toString()
        .substring(0, Fingerprint.LENGTH);
  }

  /** Returns the lines of what decides the notice's answers: its reasons and decision 4. */
  static ImmutableList<String> noticeRuleLines() {
    ImmutableList.Builder<String> lines = ImmutableList.builder();
    lines.add("notice " + quoted(Notice.instance().number()));
    for (Reason reason : Reason.values()) {
      lines.add(reasonLine(reason.name(), reason.outcome(), reason.clauses(), reason.remedies()));
    }
    for (int index = 0; index < ChargeFacts.COUNT; index++) {
      ChargeFacts facts = ChargeFacts.fromIndex(index);
      if (isAsked(facts)) {
        lines.add(chargeLine(facts, Answer.of(QuestionKind.CHARGE, NoticeRules.charge(facts))));
      }
    }
    return lines.build();
  }

  /**
   * Returns the line of one reason: its name, outcome, clauses and remedies, the clauses and
   * remedies sorted, since their order changes no answer.
   */
  static String reasonLine(
      String name, Verdict outcome, Collection<Clause> clauses, Collection<Remedy> remedies) {
    return "reason "
        + name
        + " "
        + outcome.name()
        + " clauses="
        + ids(clauses)
        + " remedies="
        + remedies.stream().map(Remedy::name).sorted().collect(Collectors.joining(","));
  }

  /**
   * Returns whether decision 4 is ever asked with {@code facts}: facts that a fund's kind makes
   * irrelevant are numbered at their first value only (see {@link ChargeFacts#indexOf}).
   */
  static boolean isAsked(ChargeFacts facts) {
    boolean projectLine = facts.fund.isProjectBudgetLine();
    boolean balance = facts.fund == FundKind.RETAINED_BALANCE;
    return (projectLine || facts.relation == ChargeFacts.Relation.BASED_ON_CHARGED_PROJECT)
        && (balance || (!facts.retainedUnderRules && !facts.arrangedForResearch));
  }

  private static String chargeLine(ChargeFacts facts, Answer answer) {
    return "charge fund="
        + facts.fund.name()
        + " relation="
        + facts.relation.name()
        + " retained="
        + facts.retainedUnderRules
        + " arranged="
        + facts.arrangedForResearch
        + " agreement="
        + facts.serviceAgreementSigned
        + " exceeds="
        + facts.exceedsActualCost
        + " category="
        + facts.category.name()
        + " cost="
        + facts.cost.name()
        + " -> "
        + answerPart(answer);
  }

  /** The verdict, the findings (sorted: their order changes no verdict) and the remedies. */
  private static String answerPart(Answer answer) {
    return answer.verdict().name()
        + " findings="
        + answer.findings().stream()
            .map(f -> f.reason().name() + ":" + f.outcome().name() + ":" + ids(f.clauses()))
            .sorted()
            .collect(Collectors.joining(";"))
        + " remedies="
        + answer.remedies().stream().map(Remedy::name).sorted().collect(Collectors.joining(","));
  }

  /** Returns the lines of the notice's wording: reasons, remedies and clauses. */
  static ImmutableList<String> noticeTextLines() {
    ImmutableList.Builder<String> lines = ImmutableList.builder();
    for (Reason reason : Reason.values()) {
      lines.add(
          "reason "
              + reason.name()
              + " zh="
              + quoted(reason.template(Language.CHINESE))
              + " en="
              + quoted(reason.template(Language.ENGLISH)));
    }
    for (Remedy remedy : Remedy.values()) {
      lines.add(
          "remedy "
              + remedy.name()
              + " zh="
              + quoted(remedy.describe(Language.CHINESE))
              + " en="
              + quoted(remedy.describe(Language.ENGLISH)));
    }
    for (Clause clause : Clause.values()) {
      lines.add(
          "clause "
              + clause.id()
              + " zh="
              + quoted(clause.original())
              + " en="
              + quoted(clause.gloss()));
    }
    return lines.build();
  }

  /**
   * Returns the lines of what decides an overlay's answers: one per rule, naming the overlay and its
   * period in force.
   */
  static ImmutableList<String> overlayRuleLines(Overlay overlay) {
    return overlay.rules().stream()
        .map(rule -> overlayPart(overlay) + " " + rulePart(rule))
        .collect(ImmutableList.toImmutableList());
  }

  /** Returns the lines of an overlay's wording: each rule's, keyed by what the rule decides. */
  static ImmutableList<String> overlayTextLines(Overlay overlay) {
    return overlay.rules().stream()
        .map(
            rule ->
                overlayPart(overlay)
                    + " "
                    + rulePart(rule)
                    + " zh="
                    + quoted(rule.chinese())
                    + " en="
                    + quoted(rule.english()))
        .collect(ImmutableList.toImmutableList());
  }

  private static String overlayPart(Overlay overlay) {
    return "overlay name="
        + quoted(overlay.name())
        + " source="
        + quoted(overlay.source())
        + " since="
        + overlay.inForce().since().map(LocalDate::toString).orElse("*")
        + " until="
        + overlay.inForce().until().map(LocalDate::toString).orElse("*");
  }

  private static String rulePart(OverlayRule rule) {
    return "rule "
        + rule.effect().name()
        + " "
        + rule.verdict().name()
        + " fund="
        + nameOrAny(rule.fund())
        + " cost="
        + nameOrAny(rule.cost())
        + " category="
        + nameOrAny(rule.category());
  }

  private static String nameOrAny(Optional<? extends Enum<?>> value) {
    return value.map(Enum::name).orElse("*");
  }

  private static String ids(Collection<Clause> clauses) {
    return clauses.stream().map(Clause::id).sorted().collect(Collectors.joining(","));
  }

  private static String quoted(String text) {
    return "\"" + QUOTED.escape(text) + "\"";
  }
}
