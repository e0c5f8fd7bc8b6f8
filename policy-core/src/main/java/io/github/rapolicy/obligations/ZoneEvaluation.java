package io.github.rapolicy.obligations;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import io.github.rapolicy.notice.Clause;
import io.github.rapolicy.notice.Notice;
import io.github.rapolicy.notice.Term;
import io.github.rapolicy.rules.Channel;
import io.github.rapolicy.rules.Language;
import io.github.rapolicy.rules.Policy;
import io.github.rapolicy.rules.ScopeAnswer;
import io.github.rapolicy.rules.Verdict;
import io.github.rapolicy.unit.Designation;
import io.github.rapolicy.unit.HighTechZone;
import io.github.rapolicy.unit.Unit;
import io.github.rapolicy.unit.UnitType;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The reference a national high-tech zone's annual comprehensive evaluation draws on (2.2.3): the
 * RA positions developed by the units inside the zone, counted by unit type, by designation and by
 * the channel of section 二 that reaches each unit (2.2.2). The library counts; it does not
 * evaluate: the notice makes the counts "one important reference" and leaves the evaluation to the
 * evaluators.
 *
 * <p>Units inside the zone are those whose {@link Unit#zone()} is the zone, the zone itself (a unit
 * of type {@link UnitType#HIGH_TECH_ZONE}) among them, since 2.2.2 mobilises "the national zones and
 * the units inside them". Positions of units elsewhere are left out and only counted as such. A
 * unit holding several designations counts under each, and a unit reached by several channels
 * under each, so those counts may add up to more than the total.
 *
 * <p>A position counts when the notice makes it an RA position (decision 2 of {@link Policy}): one
 * whose category the notice does not name (0.0.1 ends its list with 等) is neither counted nor
 * dropped, but listed apart in {@link #notDecided()}, since the notice does not decide whether it
 * is one.
 *
 * <pre>{@code
 * ZoneEvaluation evaluation = Obligations.ofNotice().on(LocalDate.of(2024, 12, 31))
 *     .zoneEvaluation(HighTechZone.national("中关村科技园区"), rows);
 * evaluation.total();                                 // positions of units inside the zone
 * evaluation.count(UnitType.ENTERPRISE);
 * evaluation.count(Channel.NATIONAL_HIGH_TECH_ZONES); // via ScopeAnswer.channels()
 * evaluation.explain(Language.CHINESE);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; evaluations are equal when all their attributes are.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class ZoneEvaluation {

  ZoneEvaluation() {}

  static ZoneEvaluation of(Policy.OnDate on, HighTechZone zone, Collection<UnitPosition> rows) {
    checkArgument(
        zone.isNational(),
        "2.2.3 concerns national high-tech zones; %s (%s) is a %s",
        zone.name(),
        zone.level().chineseName(),
        zone.level().englishName());
    Set<Map.Entry<Unit, String>> seen = new HashSet<>();
    for (UnitPosition row : rows) {
      checkArgument(
          seen.add(Map.entry(row.unit(), row.position().id())),
          "position %s of %s is given twice",
          row.position().id(),
          row.unit().name());
    }
    boolean inForce = Notice.instance().isInForceOn(on.date());
    ImmutableList.Builder<UnitPosition> counted = ImmutableList.builder();
    ImmutableList.Builder<UnitPosition> notDecided = ImmutableList.builder();
    for (UnitPosition row : rows) {
      if (!row.unit().zone().map(zone::equals).orElse(false)) {
        continue;
      }
      boolean decided =
          !inForce || on.qualifies(row.position(), row.unit()).verdict() != Verdict.UNDECIDED;
      (decided ? counted : notDecided).add(row);
    }
    ImmutableList<UnitPosition> inside = counted.build();
    ImmutableList<UnitPosition> undecided = notDecided.build();
    Map<UnitType, Integer> byType = new EnumMap<>(UnitType.class);
    Map<Designation, Integer> byDesignation = new EnumMap<>(Designation.class);
    Map<Channel, Integer> byChannel = new EnumMap<>(Channel.class);
    Map<Unit, ScopeAnswer> scopes = new HashMap<>();
    int withoutChannel = 0;
    for (UnitPosition row : inside) {
      Unit unit = row.unit();
      byType.merge(unit.type(), 1, Integer::sum);
      for (Designation designation : unit.designations()) {
        byDesignation.merge(designation, 1, Integer::sum);
      }
      if (inForce) {
        ScopeAnswer scope = scopes.computeIfAbsent(unit, on::isInScope);
        for (Channel channel : scope.channels()) {
          byChannel.merge(channel, 1, Integer::sum);
        }
        if (scope.channels().isEmpty()) {
          withoutChannel++;
        }
      }
    }
    return ImmutableZoneEvaluation.builder()
        .date(on.date())
        .zone(zone)
        .addAllPositions(inside)
        .addAllNotDecided(undecided)
        .outsideZone(rows.size() - inside.size() - undecided.size())
        .putAllByUnitType(byType)
        .putAllByDesignation(byDesignation)
        .putAllByChannel(byChannel)
        .withoutChannel(withoutChannel)
        .build();
  }

  /** Returns the date the evaluation is drawn up for. */
  public abstract LocalDate date();

  /** Returns the national high-tech zone evaluated. */
  public abstract HighTechZone zone();

  /** Returns the RA positions of the units inside the zone, the ones counted, in the order given. */
  public abstract ImmutableList<UnitPosition> positions();

  /**
   * Returns the positions of units inside the zone that are not counted because the notice does not
   * decide whether they are RA positions (a category it does not name, 0.0.1), in the order given;
   * empty before the notice was issued.
   */
  public abstract ImmutableList<UnitPosition> notDecided();

  /** Returns how many of the positions given belong to units outside the zone, and are not counted. */
  public abstract int outsideZone();

  /** Returns the positions counted by the type of their unit; types with none are left out. */
  public abstract ImmutableMap<UnitType, Integer> byUnitType();

  /**
   * Returns the positions counted by each designation their unit holds (a unit holding several
   * counts under each); designations with none are left out.
   */
  public abstract ImmutableMap<Designation, Integer> byDesignation();

  /**
   * Returns the positions counted by each channel of section 二 that reaches their unit, as {@link
   * ScopeAnswer#channels()} has it (a unit reached by several counts under each); channels with none
   * are left out, and every channel before the notice was issued.
   */
  public abstract ImmutableMap<Channel, Integer> byChannel();

  /**
   * Returns how many positions belong to units no channel names (the lists are open, 等); 0 before
   * the notice was issued.
   */
  public abstract int withoutChannel();

  /** Returns how many positions the units inside the zone have developed. */
  public final int total() {
    return positions().size();
  }

  /** Returns how many distinct units inside the zone the positions belong to. */
  public final int units() {
    return (int) positions().stream().map(UnitPosition::unit).distinct().count();
  }

  /** Returns how many positions belong to units of {@code type}. */
  public final int count(UnitType type) {
    return byUnitType().getOrDefault(checkNotNull(type, "type"), 0);
  }

  /** Returns how many positions belong to units holding {@code designation}. */
  public final int count(Designation designation) {
    return byDesignation().getOrDefault(checkNotNull(designation, "designation"), 0);
  }

  /** Returns how many positions belong to units {@code channel} reaches. */
  public final int count(Channel channel) {
    return byChannel().getOrDefault(checkNotNull(channel, "channel"), 0);
  }

  /** Returns whether the notice was in force on the evaluation's date. */
  public final boolean isInForce() {
    return Notice.instance().isInForceOn(date());
  }

  /**
   * Returns the clauses the evaluation rests on: 2.2.3 (the reference) and 2.2.2 (the zone and the
   * units inside it), with 0.0.1 when some positions are {@linkplain #notDecided() not decided};
   * the date of issue instead before it.
   */
  public final ImmutableSortedSet<Clause> clauses() {
    if (!isInForce()) {
      return ImmutableSortedSet.of(Clause.DATE);
    }
    return notDecided().isEmpty()
        ? ImmutableSortedSet.of(Clause.C2_2_2, Clause.C2_2_3)
        : ImmutableSortedSet.of(Clause.C0_0_1, Clause.C2_2_2, Clause.C2_2_3);
  }

  /** Returns whether the evaluation cites {@code clause}. */
  public final boolean cites(Clause clause) {
    return clauses().contains(checkNotNull(clause, "clause"));
  }

  /** Renders the evaluation in {@code language}: the counts, with 2.2.3 and 2.2.2 quoted. */
  public final String explain(Language language) {
    checkNotNull(language, "language");
    StringBuilder text = new StringBuilder();
    text.append(
            language.pick("问题：国家高新区年度综合评价的参考依据——" + zone().name() + "的科研助理岗位开发情况（",
                "Question: the reference for the annual comprehensive evaluation of national"
                    + " high-tech zone "
                    + zone().name()
                    + ": its RA-position development ("))
        .append(Texts.date(date(), language))
        .append(language.pick("）", ")"))
        .append('\n');
    if (!isInForce()) {
      text.append(
              language.pick("结论：", "Answer: ") + Texts.notInForce(language))
          .append('\n')
          .append(language.pick("依据：", "Because:"))
          .append('\n');
      text.append(language.quote(Clause.DATE));
      return text.toString();
    }
    text.append(
            language.pick("结论：区内单位开发科研助理岗位" + total() + "个（涉及单位" + units() + "家）",
                "Answer: the units inside the zone have developed "
                    + total()
                    + " RA positions ("
                    + units()
                    + (units() == 1 ? " unit)" : " units)")))
        .append('\n');
    text.append(language.pick("按单位类型：", "By unit type: "))
        .append(counts(byUnitType(), language))
        .append('\n');
    text.append(language.pick("按单位认定：", "By designation: "))
        .append(counts(byDesignation(), language))
        .append('\n');
    text.append(language.pick("按渠道：", "By channel: "))
        .append(
            byChannel().isEmpty()
                ? language.pick("无", "none")
                : byChannel().entrySet().stream()
                    .map(
                        e ->
                            e.getKey().displayName(language)
                                + language.pick("（", " (")
                                + e.getKey().article()
                                + language.pick("）", ")")
                                + " "
                                + e.getValue())
                    .collect(Collectors.joining(language.pick("；", "; "))))
        .append(
            withoutChannel() == 0
                ? ""
                : language.pick("；未列入任何渠道 " + withoutChannel(),
                    "; named by no channel " + withoutChannel()))
        .append('\n');
    text.append(
            language.pick("（一家单位可有多项认定、可属多个渠道，分项之和可大于总数）",
                "(a unit may hold several designations and be reached by several channels, so those"
                    + " counts may add up to more than the total)"))
        .append('\n');
    if (!notDecided().isEmpty()) {
      text.append(
              language.pick("区内类别未经通知列明的岗位（是否属科研助理岗位本通知未作决定，未计入）：",
                  "Positions inside the zone of a category the notice does not name (whether they"
                      + " are RA positions the notice does not decide; not counted): "))
          .append(notDecided().size())
          .append(language.pick("（", " ("))
          .append(
              notDecided().stream()
                  .map(row -> row.position().id())
                  .collect(Collectors.joining(language.pick("、", ", "))))
          .append(language.pick("）", ")"))
          .append('\n');
    }
    if (outsideZone() > 0) {
      text.append(language.pick("区外单位的岗位（未计入）：", "Positions of units outside the zone (not counted): "))
          .append(outsideZone())
          .append('\n');
    }
    text.append(language.pick("依据：", "Because:")).append('\n');
    text.append("  ")
        .append(language.cite(ImmutableList.of(Clause.C2_2_3)))
        .append(
            language.pick("科研助理岗位开发情况是国家高新区年度综合评价的重要参考依据之一；本库只统计数量，不作评价",
                "RA-position development is one important reference of the zone's annual"
                    + " comprehensive evaluation; this library counts, it does not evaluate"))
        .append('\n');
    text.append(language.quote(Clause.C2_2_3));
    text.append("  ")
        .append(language.cite(ImmutableList.of(Clause.C2_2_2)))
        .append(
            language.pick("动员国家高新区以及区内的科研机构、高新技术企业等设立科研助理岗位；高新区自身的岗位一并计入",
                "national high-tech zones and the research institutions, high-tech enterprises and"
                    + " others inside them are mobilised to set up RA positions; the zone's own"
                    + " positions are counted too"))
        .append('\n');
    text.append(language.quote(Clause.C2_2_2));
    if (!notDecided().isEmpty()) {
      text.append("  ")
          .append(language.cite(ImmutableList.of(Clause.C0_0_1)))
          .append(
              language.pick("通知列举的科研助理工作以“等”结尾，未列明的类别是否属科研助理岗位，本通知未作决定",
                  "the notice's list of research-assistant work ends with 等 (an open list); whether"
                      + " a category it does not name is one, it does not decide"))
          .append('\n');
      text.append(language.quote(Clause.C0_0_1));
    }
    return text.toString();
  }

  private static <K extends Term> String counts(Map<K, Integer> counts, Language language) {
    if (counts.isEmpty()) {
      return language.pick("无", "none");
    }
    return counts.entrySet().stream()
        .map(e -> language.nameOf(e.getKey()) + " " + e.getValue())
        .collect(Collectors.joining(language.pick("；", "; ")));
  }

  /** Returns the zone, the date and the total. */
  @Override
  public final String toString() {
    return zone().name() + " " + date() + " total=" + total() + " " + byChannel();
  }

  @Value.Check
  final void check() {
    checkArgument(zone().isNational(), "2.2.3 concerns national high-tech zones: %s", zone());
  }
}
