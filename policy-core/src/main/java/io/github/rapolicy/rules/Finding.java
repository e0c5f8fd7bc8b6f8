package io.github.rapolicy.rules;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.rapolicy.notice.Clause;
import io.github.rapolicy.notice.Term;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One step of an answer's trace: the rule applied ({@link #reason()}), the inputs it looked at
 * ({@link #subjects()}), the clauses it rests on and its outcome. Where an {@link Overlay} settled
 * or restricted the step, the finding names the overlay and its rule.
 *
 * <pre>{@code
 * for (Finding finding : answer.findings()) {
 *   finding.outcome();                      // ALLOWED, NOT_ALLOWED or UNDECIDED
 *   finding.clauses();                      // e.g. [3.3.3]
 *   finding.describe(Language.ENGLISH);     // "the position is based on the plan project …"
 * }
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; findings are equal when all their attributes are.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Finding {

  Finding() {}

  static Finding of(Reason reason, Term... subjects) {
    return of(reason, reason.clauses(), reason.remedies(), subjects);
  }

  /** A finding resting on {@code clauses} rather than its reason's usual ones. */
  static Finding citing(Reason reason, Iterable<Clause> clauses, Term... subjects) {
    return of(reason, clauses, reason.remedies(), subjects);
  }

  /** A finding whose remedies are {@code remedies}, not all of its reason's usual ones. */
  static Finding withRemedies(Reason reason, Iterable<Remedy> remedies, Term... subjects) {
    return of(reason, reason.clauses(), remedies, subjects);
  }

  private static Finding of(
      Reason reason, Iterable<Clause> clauses, Iterable<Remedy> remedies, Term... subjects) {
    return ImmutableFinding.builder()
        .reason(reason)
        .outcome(reason.outcome())
        .addSubjects(subjects)
        .addAllClauses(clauses)
        .addAllRemedies(reason.outcome() == Verdict.ALLOWED ? ImmutableList.of() : remedies)
        .build();
  }

  /** A notice finding the overlay {@code rule} settled. */
  static Finding settled(Finding open, Overlay overlay, OverlayRule rule) {
    return ImmutableFinding.builder()
        .reason(Reason.OVERLAY_SETTLED)
        .outcome(rule.verdict())
        .addAllSubjects(open.subjects())
        .addAllClauses(open.clauses())
        .settledReason(open.reason())
        .addAllRemedies(
            rule.verdict() == Verdict.ALLOWED
                ? ImmutableList.of()
                : open.remedies().stream()
                    .filter(r -> r != Remedy.APPLY_OUTSIDE_RULE)
                    .collect(ImmutableList.toImmutableList()))
        .overlay(overlay)
        .overlayRule(rule)
        .build();
  }

  /** A restriction the overlay {@code rule} added. */
  static Finding restricted(Overlay overlay, OverlayRule rule) {
    return ImmutableFinding.builder()
        .reason(Reason.OVERLAY_RESTRICTED)
        .outcome(Verdict.NOT_ALLOWED)
        .overlay(overlay)
        .overlayRule(rule)
        .build();
  }

  /** This finding with {@code subjects} instead of its own: the same step, naming other terms. */
  final Finding withSubjects(ImmutableList<Term> subjects) {
    ImmutableFinding.Builder copy =
        ImmutableFinding.builder()
            .reason(reason())
            .outcome(outcome())
            .addAllSubjects(subjects)
            .addAllClauses(clauses())
            .addAllRemedies(remedies());
    settledReason().ifPresent(copy::settledReason);
    overlay().ifPresent(copy::overlay);
    overlayRule().ifPresent(copy::overlayRule);
    return copy.build();
  }

  /** Returns the step of the rule base that produced this finding. */
  public abstract Reason reason();

  /** Returns this step's outcome. */
  public abstract Verdict outcome();

  /** Returns the inputs the step looked at and names in its wording, such as the cost kind. */
  public abstract ImmutableList<Term> subjects();

  /**
   * Returns the clauses of the notice this step rests on; for a settled step, the clauses that left
   * the point open. Empty for a restriction an overlay added.
   */
  public abstract ImmutableList<Clause> clauses();

  /** Returns the notice's own open step, where an overlay settled it. */
  public abstract Optional<Reason> settledReason();

  /** Returns the overlay that settled or restricted this step, if any. */
  public abstract Optional<Overlay> overlay();

  /** Returns the overlay's rule that settled or restricted this step, if any. */
  public abstract Optional<OverlayRule> overlayRule();

  /**
   * Returns what would change this step's outcome: only steps that would change it, so empty where
   * the step is allowed, and without "use matching funds" where matching funds would not pay either.
   */
  public abstract ImmutableList<Remedy> remedies();

  /** Returns this step in {@code language}, without quoting its clauses. */
  public final String describe(Language language) {
    return checkNotNull(language, "language") == Language.CHINESE ? chineseText() : englishText();
  }

  /**
   * Returns this step in {@code language} followed by the clauses it cites, as the reasons of a
   * ledger's answers give it, such as {@code "… 〔3.3.3〕"} or {@code "… [3.3.3]"}; the step
   * alone where it cites no clause. Worked out once per finding.
   *
   * <pre>{@code
   * finding.describeCiting(Language.ENGLISH); // "the position is based on the plan project … [3.3.3]"
   * }</pre>
   *
   * @since 0.1.0
   */
  public final String describeCiting(Language language) {
    return checkNotNull(language, "language") == Language.CHINESE
        ? chineseCitingText()
        : englishCitingText();
  }

  /** This step in Chinese with its citation, worked out once per finding. */
  @Value.Lazy
  String chineseCitingText() {
    return citing(chineseText(), Language.CHINESE);
  }

  /** This step in English with its citation, worked out once per finding. */
  @Value.Lazy
  String englishCitingText() {
    return citing(englishText(), Language.ENGLISH);
  }

  private String citing(String text, Language language) {
    return clauses().isEmpty() ? text : text + " " + language.cite(clauses()).strip();
  }

  /**
   * This step in Chinese, worked out once per finding: answers are shared, and a ledger check
   * describes the same findings for row after row.
   */
  @Value.Lazy
  String chineseText() {
    return render(Language.CHINESE);
  }

  /** This step in English, worked out once per finding. */
  @Value.Lazy
  String englishText() {
    return render(Language.ENGLISH);
  }

  private String render(Language language) {
    Optional<OverlayRule> rule = overlayRule();
    Optional<Overlay> overlay = overlay();
    if (rule.isPresent() && overlay.isPresent()) {
      String ruleText = language.pick(rule.get().chinese(), rule.get().english());
      String by =
          language.pick(
              "叠加规则「" + overlay.get().name() + "」（" + overlay.get().source() + "）：",
              "overlay \"" + overlay.get().name() + "\" (" + overlay.get().source() + "): ");
      Optional<Reason> open = settledReason();
      if (open.isPresent()) {
        return fill(open.get().template(language), language)
            + language.pick("；", "; settled by ")
            + by
            + ruleText;
      }
      return by + ruleText;
    }
    return fill(reason().template(language), language);
  }

  private String fill(String template, Language language) {
    String text = template;
    for (int i = 0; i < subjects().size(); i++) {
      Term subject = subjects().get(i);
      text =
          text.replace(
              "{" + i + "}", language.nameOf(subject));
    }
    return text;
  }
}
