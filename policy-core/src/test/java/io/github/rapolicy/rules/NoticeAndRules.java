package io.github.rapolicy.rules;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import com.google.common.io.Resources;
import io.github.rapolicy.notice.Clause;
import io.github.rapolicy.notice.ClauseKind;
import io.github.rapolicy.obligations.Obligations;
import io.github.rapolicy.obligations.PositionsToFillFirst;
import io.github.rapolicy.obligations.Provision;
import io.github.rapolicy.obligations.ReportingCalendar;
import io.github.rapolicy.obligations.ReportingDeadline;
import io.github.rapolicy.obligations.UnitPosition;
import io.github.rapolicy.obligations.ZoneEvaluation;
import io.github.rapolicy.planning.NeedShare;
import io.github.rapolicy.planning.RefusalGround;
import io.github.rapolicy.planning.ShortfallReason;
import io.github.rapolicy.position.Position;
import io.github.rapolicy.position.PositionBasis;
import io.github.rapolicy.position.PositionCategory;
import io.github.rapolicy.position.PositionOrigin;
import io.github.rapolicy.testing.ClauseChecks;
import io.github.rapolicy.unit.Affiliation;
import io.github.rapolicy.unit.HighTechZone;
import io.github.rapolicy.unit.Unit;
import io.github.rapolicy.unit.UnitType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The notice beside its rules: the document {@code notice-and-rules.md}, generated from the code,
 * that walks the notice sentence by sentence and gives for each what cites it, the rows of the
 * decision table resting on it and the tests that check it; and the inputs of the clause-coverage
 * gate ({@link ClauseCoverage}).
 */
final class NoticeAndRules {

  /** The reviewed list of decidable sentences deliberately without a rule, with a reason each. */
  static final String EXCEPTIONS = "clauses-without-rules.txt";

  static final String DOCUMENT = "notice-and-rules.md";

  private static final LocalDate IN_FORCE = LocalDate.of(2024, 9, 30);

  private NoticeAndRules() {}

  /** Returns everything in the library that cites clauses, rules first. */
  static ImmutableList<Citing> citings() {
    ImmutableList.Builder<Citing> citings = ImmutableList.builder();
    for (Reason reason : Reason.values()) {
      if (reason.clauses().isEmpty()) {
        continue; // the overlay steps: an overlay's rule cites its own source
      }
      citings.add(
          new Citing(
              "rule",
              "Reason." + reason.name(),
              reason.outcome().displayName(Language.ENGLISH),
              reason.template(Language.CHINESE),
              reason.template(Language.ENGLISH),
              reason.clauses(),
              reason.outcome() == Verdict.NOT_ALLOWED));
    }
    for (Provision provision : Provision.values()) {
      citings.add(
          new Citing(
              provision.kind().englishName(),
              "Provision." + provision.name(),
              provision.kind().englishName(),
              provision.duty(Language.CHINESE),
              provision.duty(Language.ENGLISH),
              ImmutableList.of(provision.clause()),
              provision.isObligation()));
    }
    Clause calendar = ReportingCalendar.ofNotice().clause();
    for (ReportingDeadline deadline : ReportingDeadline.values()) {
      citings.add(
          new Citing(
              "reporting deadline",
              "ReportingDeadline." + deadline.name(),
              "last day " + deadline.lastDay(),
              deadline.chineseName(),
              deadline.englishName(),
              ImmutableList.of(calendar),
              false));
    }
    Obligations.OnDate obligations = Obligations.ofNotice().on(IN_FORCE);
    PositionsToFillFirst fillFirst = obligations.positionsToFillFirst(List.of(position()));
    citings.add(
        new Citing(
            "positions to fill first",
            "Obligations.OnDate#positionsToFillFirst",
            "list",
            "尚未招录毕业生和因人员流动而产生空缺的岗位",
            "positions not yet filled and those vacated, to fill first",
            ImmutableList.copyOf(fillFirst.clauses()),
            false));
    ZoneEvaluation evaluation = zoneEvaluation(obligations);
    citings.add(
        new Citing(
            "zone evaluation",
            "Obligations.OnDate#zoneEvaluation",
            "count",
            "国家高新区科研助理岗位开发情况，作为年度综合评价的参考",
            "a national zone's RA positions, a reference for its annual evaluation",
            ImmutableList.copyOf(evaluation.clauses()),
            false));
    for (RefusalGround ground : RefusalGround.values()) {
      citings.add(
          new Citing(
              "refusal ground",
              "RefusalGround." + ground.name(),
              "refused",
              ground.describe(Language.CHINESE),
              ground.describe(Language.ENGLISH),
              ground.clauses(),
              true));
    }
    for (ShortfallReason reason : ShortfallReason.values()) {
      citings.add(
          new Citing(
              "shortfall reason",
              "ShortfallReason." + reason.name(),
              "unfunded",
              reason.describe(Language.CHINESE),
              reason.describe(Language.ENGLISH),
              reason.clauses(),
              false));
    }
    for (NeedShare share : NeedShare.values()) {
      citings.add(
          new Citing(
              "need share",
              "NeedShare." + share.name(),
              "share",
              share.describe(Language.CHINESE),
              share.describe(Language.ENGLISH),
              share.clauses(),
              false));
    }
    return citings.build();
  }

  private static Position position() {
    return Position.builder()
        .id("RA-1")
        .category(PositionCategory.AUXILIARY_RESEARCH)
        .basis(PositionBasis.none())
        .origin(PositionOrigin.VACATED_BY_TURNOVER)
        .serviceAgreementSigned(true)
        .build();
  }

  /** The evaluation of a zone with a position of an unnamed category, so that it cites 0.0.1. */
  private static ZoneEvaluation zoneEvaluation(Obligations.OnDate obligations) {
    HighTechZone zone = HighTechZone.national("中关村科技园区");
    Unit unit =
        Unit.builder()
            .name("某科技有限公司")
            .type(UnitType.ENTERPRISE)
            .affiliation(Affiliation.UNAFFILIATED)
            .zone(zone)
            .build();
    Position unnamed =
        Position.builder()
            .id("RA-2")
            .category(PositionCategory.NOT_NAMED_BY_NOTICE)
            .basis(PositionBasis.none())
            .origin(PositionOrigin.NEW)
            .serviceAgreementSigned(true)
            .build();
    return obligations.zoneEvaluation(
        zone, List.of(UnitPosition.of(unit, position()), UnitPosition.of(unit, unnamed)));
  }

  /** Returns the reviewed exceptions: {@code ID: reason} lines, {@code #} starting a comment. */
  static ImmutableMap<Clause, String> exceptions() {
    String text;
    try {
      text =
          Resources.toString(
              Resources.getResource(NoticeAndRules.class, EXCEPTIONS), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return parseExceptions(text);
  }

  static ImmutableMap<Clause, String> parseExceptions(String text) {
    Map<Clause, String> exceptions = new LinkedHashMap<>();
    for (String line : Splitter.on('\n').trimResults().omitEmptyStrings().split(text)) {
      if (line.startsWith("#")) {
        continue;
      }
      int colon = line.indexOf(':');
      if (colon < 0 || line.substring(colon + 1).isBlank()) {
        throw new IllegalArgumentException(
            EXCEPTIONS + ": each line is \"ID: the reason\", not \"" + line + "\"");
      }
      Clause clause = Clause.parse(line.substring(0, colon));
      if (exceptions.put(clause, line.substring(colon + 1).strip()) != null) {
        throw new IllegalArgumentException(EXCEPTIONS + ": " + clause.id() + " appears twice");
      }
    }
    return ImmutableMap.copyOf(exceptions);
  }

  /** Returns the problems the gate finds in the library as it stands. */
  static ImmutableList<String> problems() {
    return ClauseCoverage.problems(
        List.of(Clause.values()), citings(), ClauseChecks.byClause(), exceptions());
  }

  /** Returns the document. */
  static String generated() {
    List<Citing> citings = citings();
    ImmutableSortedMap<Clause, ImmutableSortedSet<String>> tests = ClauseChecks.byClause();
    ImmutableMap<Clause, String> exceptions = exceptions();
    ChargeDecisionTable table = ChargeDecisionTable.of(Policy.ofNotice(), IN_FORCE);
    long decidable = List.of(Clause.values()).stream().filter(ClauseCoverage::isDecidable).count();
    StringBuilder doc = new StringBuilder();
    doc.append("# The notice beside its rules\n\n")
        .append("Generated from the code of policy-core by `NoticeAndRules` (test sources) and reviewed;")
        .append(" `NoticeAndRulesTest` fails when the code and this document part.\n\n")
        .append("Notice 工信部联规〔2024〕122号, sentence by sentence, for every ID of the clause catalogue")
        .append(" (`Clause`): the original, the English gloss and the kind; the rules of the rule base")
        .append(" (`Reason`) that cite it, with their outcome and wording (`{0}` and `{1}` stand for a")
        .append(" finding's subjects, such as the cost); the obligations and encouragements of a unit's")
        .append(" checklist, the reporting deadlines, the zone evaluation and the grounds of planning")
        .append(" answers that cite it; the rows of the decision-4 table")
        .append(" ([charge-decision-table.md](charge-decision-table.md), dated ")
        .append(IN_FORCE)
        .append(") whose deciding findings rest on it; and the tests that declare, with")
        .append(" `@Checks`, that they check it (the tests of policy-core).\n\n")
        .append("## The coverage gate\n\n")
        .append("`NoticeAndRulesTest` fails the build when a sentence of a decidable kind (definition,")
        .append(" scope, rule, obligation, schedule) is cited by nothing in the library and has no")
        .append(" reviewed exception, or is checked by no test; when a narrative sentence is cited;")
        .append(" when something that can fail a charge or a unit (a refusal, an obligation) rests on")
        .append(" no sentence with decidable content (encouragements are advice, never a failure);")
        .append(" and when an exception is stale. Encouragements and reference lists may be cited and")
        .append(" need not be.\n\n")
        .append(Clause.values().length)
        .append(" sentences, ")
        .append(decidable)
        .append(" of a decidable kind; ")
        .append(citings.size())
        .append(" things in the library cite them.\n\n")
        .append("## Decidable sentences deliberately without a rule\n\n")
        .append("Reviewed in `")
        .append(EXCEPTIONS)
        .append("`, a reason for each.\n\n");
    if (exceptions.isEmpty()) {
      doc.append("None: every sentence of a decidable kind is cited.\n\n");
    } else {
      for (Map.Entry<Clause, String> exception : exceptions.entrySet()) {
        doc.append("- **").append(exception.getKey().id()).append("**: ").append(exception.getValue()).append('\n');
      }
      doc.append('\n');
    }
    doc.append("## The sentences\n");
    for (Clause clause : Clause.values()) {
      section(doc, clause, citings, tests.getOrDefault(clause, ImmutableSortedSet.of()),
          exceptions.get(clause), table);
    }
    return doc.toString();
  }

  private static void section(
      StringBuilder doc,
      Clause clause,
      List<Citing> citings,
      ImmutableSortedSet<String> tests,
      @Nullable String exception,
      ChargeDecisionTable table) {
    doc.append("\n### ")
        .append(clause.id())
        .append(" · ")
        .append(clause.article())
        .append(" · ")
        .append(
            clause.kinds().stream()
                .map(k -> k.englishName() + " (" + k.chineseName() + ")")
                .collect(Collectors.joining(", ")))
        .append("\n\n> ")
        .append(clause.original())
        .append("\n\n")
        .append(clause.gloss())
        .append("\n\n");
    if (exception != null) {
      doc.append("Deliberately without a rule: ").append(exception).append("\n\n");
    } else if (ClauseCoverage.isNarrative(clause)) {
      doc.append("Narrative: no decidable content, and nothing cites it.\n\n");
    }
    List<Citing> rules = new ArrayList<>();
    List<Citing> others = new ArrayList<>();
    for (Citing citing : citings) {
      if (citing.clauses().contains(clause)) {
        (citing.kind().equals("rule") ? rules : others).add(citing);
      }
    }
    if (!rules.isEmpty()) {
      doc.append("Rules citing it:\n\n| Rule | Outcome | 中文 | English |\n|---|---|---|---|\n");
      for (Citing rule : rules) {
        doc.append("| `").append(rule.name()).append("` | ").append(rule.outcome()).append(" | ")
            .append(cell(rule.chinese())).append(" | ").append(cell(rule.english())).append(" |\n");
      }
      doc.append('\n');
    }
    if (!others.isEmpty()) {
      doc.append("Obligations, calendar entries and planning grounds citing it:\n\n")
          .append("| What | Name | Says | 中文 | English |\n|---|---|---|---|---|\n");
      for (Citing other : others) {
        doc.append("| ").append(other.kind()).append(" | `").append(other.name()).append("` | ")
            .append(other.outcome()).append(" | ").append(cell(other.chinese())).append(" | ")
            .append(cell(other.english())).append(" |\n");
      }
      doc.append('\n');
    }
    List<ChargeDecisionTable.Row> rows =
        table.rows().stream()
            .filter(row -> row.answer().decidingFindings().stream().anyMatch(f -> f.clauses().contains(clause)))
            .collect(Collectors.toList());
    if (!rows.isEmpty()) {
      doc.append("Rows of the decision-4 table resting on it (")
          .append(rows.size())
          .append(" of ")
          .append(table.rows().size())
          .append("):\n\n| Fund | Condition | Cost | Verdict |\n|---|---|---|---|\n");
      for (ChargeDecisionTable.Row row : rows) {
        doc.append("| ").append(row.fund().englishName()).append(" | ")
            .append(row.condition().describe(Language.ENGLISH)).append(" | ")
            .append(row.cost().englishName()).append(" | ")
            .append(row.answer().verdict().displayName(Language.ENGLISH)).append(" |\n");
      }
      doc.append('\n');
    }
    if (!tests.isEmpty()) {
      doc.append("Tests that check it:\n\n");
      for (String test : tests) {
        doc.append("- `").append(test).append("`\n");
      }
      doc.append('\n');
    }
    if (rules.isEmpty() && others.isEmpty() && rows.isEmpty() && tests.isEmpty()
        && exception == null && !ClauseCoverage.isNarrative(clause)) {
      doc.append("Nothing in the library cites it, and no test checks it (")
          .append(clause.kinds().stream().map(ClauseKind::englishName).collect(Collectors.joining(", ")))
          .append(": it need not be).\n\n");
    }
    // One blank line between sections, whatever the section ended with.
    while (doc.length() >= 2 && doc.charAt(doc.length() - 1) == '\n' && doc.charAt(doc.length() - 2) == '\n') {
      doc.setLength(doc.length() - 1);
    }
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }
}
