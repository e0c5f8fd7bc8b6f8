package io.github.rapolicy.obligations;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import io.github.rapolicy.notice.Clause;
import io.github.rapolicy.notice.Notice;
import io.github.rapolicy.rules.Language;
import io.github.rapolicy.unit.Unit;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A unit's checklist on a date: each obligation of the notice with its status (met, not met, not
 * known, not applicable) and each encouragement as advice (taken up, advised, not applicable), every
 * item citing its clause.
 *
 * <p>The checklist's {@link #compliance()} is taken from its obligations alone; an encouragement
 * never makes a checklist fail. Dated before the notice was issued (25 June 2024), a checklist has
 * no items and its compliance is {@link Compliance#NOT_IN_FORCE}.
 *
 * <pre>{@code
 * Checklist checklist = Obligations.ofNotice().on(LocalDate.of(2024, 9, 30))
 *     .checklist(university, positions, practice);
 * checklist.compliance();              // NOT_MET
 * checklist.unmet();                   // [SERVICE_AGREEMENT for RA-2024-018]
 * checklist.advice();                  // the encouragements, taken up or advised
 * checklist.explain(Language.ENGLISH); // every item, each clause quoted once
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; checklists are equal when their date, unit, position
 * count and items are.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Checklist {

  Checklist() {}

  static Checklist of(LocalDate date, Unit unit, int positionCount, Iterable<ChecklistItem> items) {
    return ImmutableChecklist.builder()
        .date(date)
        .unit(unit)
        .positionCount(positionCount)
        .addAllItems(items)
        .build();
  }

  /** Returns the date the checklist is drawn up for. */
  public abstract LocalDate date();

  /** Returns the unit the checklist is for. */
  public abstract Unit unit();

  /** Returns how many RA positions of the unit the checklist was given. */
  public abstract int positionCount();

  /** Returns every item: the obligations first, then the encouragements, in {@link Provision} order. */
  public abstract ImmutableList<ChecklistItem> items();

  /**
   * Returns the checklist's status, from its obligations alone: {@link Compliance#NOT_MET} if any is
   * not met, otherwise {@link Compliance#NOT_KNOWN} if any is not known, otherwise {@link
   * Compliance#MET}; {@link Compliance#NOT_IN_FORCE} before the notice was issued.
   */
  @Value.Derived
  public Compliance compliance() {
    if (!isInForce()) {
      return Compliance.NOT_IN_FORCE;
    }
    Compliance compliance = Compliance.MET;
    for (ChecklistItem item : obligations()) {
      if (item.status() == ItemStatus.NOT_MET) {
        return Compliance.NOT_MET;
      }
      if (item.status() == ItemStatus.NOT_KNOWN) {
        compliance = Compliance.NOT_KNOWN;
      }
    }
    return compliance;
  }

  /** Returns whether the notice was in force on the checklist's date. */
  public final boolean isInForce() {
    return Notice.instance().isInForceOn(date());
  }

  /** Returns the obligations' items (应): those that decide {@link #compliance()}. */
  public final ImmutableList<ChecklistItem> obligations() {
    return items().stream().filter(ChecklistItem::isObligation).collect(ImmutableList.toImmutableList());
  }

  /** Returns the encouragements' items (鼓励): advice, which never decides {@link #compliance()}. */
  public final ImmutableList<ChecklistItem> advice() {
    return items().stream()
        .filter(item -> !item.isObligation())
        .collect(ImmutableList.toImmutableList());
  }

  /** Returns the items with {@code status}, in order. */
  public final ImmutableList<ChecklistItem> withStatus(ItemStatus status) {
    checkNotNull(status, "status");
    return items().stream()
        .filter(item -> item.status() == status)
        .collect(ImmutableList.toImmutableList());
  }

  /** Returns the obligations not met: what to act on. */
  public final ImmutableList<ChecklistItem> unmet() {
    return withStatus(ItemStatus.NOT_MET);
  }

  /**
   * Returns the item of {@code provision}, a provision with one item per checklist.
   *
   * @throws IllegalArgumentException if the provision has an item per position ({@link
   *     Provision#isPerPosition()}, the service agreement: use {@link #items(Provision)}), or the
   *     checklist has no item of it, as before the notice was issued
   */
  public final ChecklistItem item(Provision provision) {
    checkNotNull(provision, "provision");
    checkArgument(
        !provision.isPerPosition(),
        "%s has an item per position: ask items(%s) for them all",
        provision,
        provision);
    ImmutableList<ChecklistItem> items = items(provision);
    checkArgument(
        !items.isEmpty(), "the checklist has no item %s (dated %s)", provision, date());
    return items.get(0);
  }

  /**
   * Returns the items of {@code provision}, in order: for the service agreement (3.3.2) one per
   * position, or a single "not applicable" item for a unit with none; one for every other
   * provision; none before the notice was issued.
   */
  public final ImmutableList<ChecklistItem> items(Provision provision) {
    checkNotNull(provision, "provision");
    return items().stream()
        .filter(item -> item.provision() == provision)
        .collect(ImmutableList.toImmutableList());
  }

  /** Returns every clause the checklist cites, in document order. */
  public final ImmutableSortedSet<Clause> clauses() {
    if (!isInForce()) {
      return ImmutableSortedSet.of(Clause.DATE);
    }
    return items().stream()
        .map(ChecklistItem::clause)
        .collect(ImmutableSortedSet.toImmutableSortedSet(Clause::compareTo));
  }

  /** Returns whether the checklist cites {@code clause}. */
  public final boolean cites(Clause clause) {
    return clauses().contains(checkNotNull(clause, "clause"));
  }

  /**
   * Renders the checklist in {@code language}: the status, each obligation and each encouragement
   * with its status and clause, each clause quoted once, what would change the status and the facts
   * still to be given.
   */
  public final String explain(Language language) {
    checkNotNull(language, "language");
    StringBuilder text = new StringBuilder();
    text.append(language.pick("问题：单位的义务与鼓励事项（", "Question: a unit's obligations and encouragements ("))
        .append(unit().name())
        .append(language.pick("，", ", "))
        .append(Texts.date(date(), language))
        .append(language.pick("）", ")"))
        .append('\n')
        .append(language.pick("结论：", "Status: "))
        .append(language.nameOf(compliance()))
        .append('\n');
    Set<Clause> quoted = EnumSet.noneOf(Clause.class);
    if (!isInForce()) {
      text.append(language.pick("依据：", "Because:")).append('\n');
      text.append("  ? ")
          .append(language.cite(ImmutableList.of(Clause.DATE)))
          .append(
              Texts.notInForce(language)
                  + language.pick("，其义务与鼓励事项均未产生", ", and asked nothing of the unit"))
          .append('\n');
      text.append(language.quote(Clause.DATE));
      return text.toString();
    }
    text.append(language.pick("单位已设立科研助理岗位：", "RA positions the unit has set up: "))
        .append(positionCount())
        .append(language.pick("个", ""))
        .append('\n');
    text.append(language.pick("义务（应）：", "Obligations (shall):")).append('\n');
    appendItems(text, obligations(), quoted, language);
    text.append(
            language.pick("鼓励（建议事项，不影响结论）：",
                "Encouragements (advice; they never change the status):"))
        .append('\n');
    appendItems(text, advice(), quoted, language);
    if (!unmet().isEmpty()) {
      text.append(language.pick("如何改变结论：", "What would change it:")).append('\n');
      for (ChecklistItem item : unmet()) {
        text.append("  - ").append(prefix(item, language)).append(item.provision().action(language)).append('\n');
      }
    }
    ImmutableList<ChecklistItem> notKnown = withStatus(ItemStatus.NOT_KNOWN);
    if (!notKnown.isEmpty()) {
      text.append(language.pick("尚需说明的情况：", "Facts still to be given:")).append('\n');
      for (ChecklistItem item : notKnown) {
        text.append("  - ")
            .append(item.provision().wording(ItemStatus.NOT_KNOWN, language))
            .append('\n');
      }
    }
    return text.toString();
  }

  private static String prefix(ChecklistItem item, Language language) {
    return item.positionId()
        .map(id -> language.pick("岗位 " + id + "：", "position " + id + ": "))
        .orElse("");
  }

  private static void appendItems(
      StringBuilder text, Iterable<ChecklistItem> items, Set<Clause> quoted, Language language) {
    for (ChecklistItem item : items) {
      text.append("  ")
          .append(item.status().mark())
          .append(' ')
          .append(language.cite(ImmutableList.of(item.clause())))
          .append(item.describe(language))
          .append('\n');
      if (quoted.add(item.clause())) {
        text.append(language.quote(item.clause()));
      }
    }
  }

  /** Returns the unit, date and status, such as {@code "某理工大学 2024-09-30 NOT_MET [3.1.3, …]"}. */
  @Override
  public final String toString() {
    return unit().name() + " " + date() + " " + compliance() + " " + clauses();
  }

  @Value.Check
  final void check() {
    checkArgument(positionCount() >= 0, "position count must not be negative: %s", positionCount());
  }
}
