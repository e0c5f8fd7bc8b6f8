package io.github.rapolicy.examples.overlays;

import com.google.common.collect.ImmutableList;
import io.github.rapolicy.funding.CostKind;
import io.github.rapolicy.funding.FundKind;
import io.github.rapolicy.notice.UnknownTermException;
import io.github.rapolicy.position.PositionCategory;
import io.github.rapolicy.rules.ConflictingOverlaysException;
import io.github.rapolicy.rules.InForce;
import io.github.rapolicy.rules.Overlay;
import io.github.rapolicy.rules.OverlayRule;
import io.github.rapolicy.rules.Policy;
import io.github.rapolicy.rules.Verdict;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Overlays read from a YAML file a finance office writes (the README's "Overlays in a file"): each
 * with its name, source document, period in force and rules, every label the vocabulary's own.
 *
 * <p>A finance system that embeds the library reads the same files as the ledger check, passing
 * the file's text from wherever it keeps it (the class path, a database, an upload), once, and
 * shares the policy, which is immutable, among all its threads:
 *
 * <pre>{@code
 * String text = new String(upload.readAllBytes(), StandardCharsets.UTF_8);
 * Policy policy;
 * try {
 *   OverlayFile file = OverlayFile.parse("university.yaml", text);  // the name is for messages
 *   policy = file.layerOver(Policy.ofNotice());
 * } catch (OverlayFileException e) {
 *   // "university.yaml:8: overlay 1 "某大学规定", rule 1: fund: unknown FundKind label: "劳务" …"
 *   // e.file(), e.line(), e.entry(), e.problem(): show them to whoever wrote the file
 *   throw e;
 * }
 * Answer answer = policy.on(LocalDate.of(2024, 9, 30)).mayCharge(expense, fund);
 * answer.overlaysApplied();      // the file's overlays this answer rests on, with source and period
 * policy.fingerprint();          // tells reports produced under other rules apart
 * }</pre>
 *
 * <p>A mistake is one {@link OverlayFileException} naming the file, the line, the entry and what is
 * wrong, and nothing of the file is loaded: {@link #parse} returns no file, {@link #layerOver}
 * returns no policy, and the policy given to it is not changed. No other exception escapes {@link
 * #parse}, whatever the text. The YAML is only composed into nodes (SnakeYAML's {@code compose}),
 * never constructed into objects, so a file cannot make the loader create any object of its
 * choosing.
 */
public final class OverlayFile {

  private static final Set<String> ROOT_KEYS = Set.of("overlays");
  private static final Set<String> OVERLAY_KEYS = Set.of("name", "source", "in_force", "rules");
  private static final Set<String> PERIOD_KEYS = Set.of("from", "until");
  private static final Map<String, Set<String>> RULE_KEYS =
      Map.of(
          "settle_charge", Set.of("kind", "fund", "cost", "verdict", "zh", "en"),
          "settle_category", Set.of("kind", "verdict", "zh", "en"),
          "restrict", Set.of("kind", "fund", "cost", "category", "zh", "en"));
  private static final Map<String, Verdict> VERDICTS =
      Map.of(
          "ALLOWED", Verdict.ALLOWED,
          "允许", Verdict.ALLOWED,
          "NOT_ALLOWED", Verdict.NOT_ALLOWED,
          "不允许", Verdict.NOT_ALLOWED);

  private final String fileName;
  private final ImmutableList<Overlay> overlays;

  /** The line and entry of each rule, by overlay, for messages about contradictions. */
  private final ImmutableList<ImmutableList<Located>> ruleLines;

  private record Located(int line, String entry) {}

  private OverlayFile(
      String fileName,
      ImmutableList<Overlay> overlays,
      ImmutableList<ImmutableList<Located>> ruleLines) {
    this.fileName = fileName;
    this.overlays = overlays;
    this.ruleLines = ruleLines;
  }

  /**
   * Reads the overlays of the file {@code path}, UTF-8.
   *
   * @throws IOException if the file cannot be read
   * @throws OverlayFileException if the file has a mistake
   */
  public static OverlayFile read(Path path) throws IOException {
    return parse(path.toString(), Files.readString(path, StandardCharsets.UTF_8));
  }

  /**
   * Reads the overlays of {@code text}, the content of the file {@code fileName}: the name is used
   * in messages only. The overlays are checked against each other as {@link #layerOver} checks
   * them, so that a file that parses is consistent in itself.
   *
   * @throws OverlayFileException if the text has a mistake
   */
  public static OverlayFile parse(String fileName, String text) {
    Node root;
    try {
      root = new Yaml(new LoaderOptions()).compose(new java.io.StringReader(text));
    } catch (MarkedYAMLException e) {
      int line = e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1;
      throw new OverlayFileException(fileName, line, "", "not YAML: " + e.getProblem());
    } catch (YAMLException e) {
      throw new OverlayFileException(fileName, 1, "", "not YAML: " + e.getMessage());
    } catch (IllegalArgumentException e) {
      // SnakeYAML rejects some malformed tags (such as "! x") this way, not with a YAMLException.
      throw new OverlayFileException(fileName, 1, "", "not YAML: " + e.getMessage());
    }
    Reader reader = new Reader(fileName);
    if (root == null) {
      throw new OverlayFileException(fileName, 1, "", "the file is empty: it needs \"overlays:\"");
    }
    Map<String, NodeTuple> top = reader.mapping(root, "", ROOT_KEYS);
    SequenceNode list = reader.sequence(reader.required(top, "overlays", root, ""), "", "overlays");
    ImmutableList.Builder<Overlay> overlays = ImmutableList.builder();
    ImmutableList.Builder<ImmutableList<Located>> lines = ImmutableList.builder();
    int number = 0;
    for (Node node : list.getValue()) {
      number++;
      ImmutableList.Builder<Located> ruleLines = ImmutableList.builder();
      overlays.add(reader.overlay(node, number, ruleLines));
      lines.add(ruleLines.build());
    }
    OverlayFile file = new OverlayFile(fileName, overlays.build(), lines.build());
    file.layerOver(Policy.ofNotice());
    return file;
  }

  /** Returns the file's name, as given. */
  public String fileName() {
    return fileName;
  }

  /** Returns the file's overlays, in the file's order. */
  public ImmutableList<Overlay> overlays() {
    return overlays;
  }

  /**
   * Returns {@code policy} with this file's overlays layered over it, in the file's order.
   *
   * @throws OverlayFileException naming the line of the rule that contradicts a rule of {@code
   *     policy} or of this file on a day both are in force
   */
  public Policy layerOver(Policy policy) {
    Policy result = policy;
    for (int i = 0; i < overlays.size(); i++) {
      Overlay overlay = overlays.get(i);
      try {
        result = result.withOverlay(overlay);
      } catch (ConflictingOverlaysException e) {
        int rule = overlay.rules().indexOf(e.secondRule());
        Located at = ruleLines.get(i).get(Math.max(rule, 0));
        throw new OverlayFileException(
            fileName,
            at.line(),
            at.entry(),
            "contradicts \""
                + e.firstRule().english()
                + "\" of overlay \""
                + e.firstOverlay().name()
                + "\" ("
                + e.firstOverlay().source()
                + ") on a day both are in force");
      }
    }
    return result;
  }

  /** Reads nodes, each mistake an {@link OverlayFileException} at the node's line. */
  private static final class Reader {
    private final String fileName;

    Reader(String fileName) {
      this.fileName = fileName;
    }

    private OverlayFileException mistake(Node node, String entry, String problem) {
      return new OverlayFileException(
          fileName, node.getStartMark().getLine() + 1, entry, problem);
    }

    /** The keys of a mapping, each once and each one of {@code allowed}. */
    Map<String, NodeTuple> mapping(Node node, String entry, Set<String> allowed) {
      if (!(node instanceof MappingNode mapping)) {
        throw mistake(node, entry, "expected keys and values (" + sorted(allowed) + ")");
      }
      Map<String, NodeTuple> keys = new LinkedHashMap<>();
      for (NodeTuple tuple : mapping.getValue()) {
        String key = scalar(tuple.getKeyNode(), entry, "a key");
        if (!allowed.contains(key)) {
          throw mistake(
              tuple.getKeyNode(), entry, "unknown key \"" + key + "\"; expected " + sorted(allowed));
        }
        if (keys.put(key, tuple) != null) {
          throw mistake(tuple.getKeyNode(), entry, "\"" + key + "\" is given twice");
        }
      }
      return keys;
    }

    private static String sorted(Set<String> keys) {
      return String.join(", ", keys.stream().sorted().toList());
    }

    Node required(Map<String, NodeTuple> keys, String key, Node parent, String entry) {
      NodeTuple tuple = keys.get(key);
      if (tuple == null) {
        throw mistake(parent, entry, "\"" + key + "\" is missing");
      }
      return tuple.getValueNode();
    }

    SequenceNode sequence(Node node, String entry, String what) {
      if (!(node instanceof SequenceNode sequence) || sequence.getValue().isEmpty()) {
        throw mistake(node, entry, "\"" + what + "\" must be a list of at least one entry (- …)");
      }
      return sequence;
    }

    String scalar(Node node, String entry, String what) {
      if (!(node instanceof ScalarNode scalar) || scalar.getValue().isBlank()) {
        throw mistake(node, entry, what + " must be a text, not empty");
      }
      return scalar.getValue().strip();
    }

    String text(Map<String, NodeTuple> keys, String key, Node parent, String entry) {
      return scalar(required(keys, key, parent, entry), entry, "\"" + key + "\"");
    }

    LocalDate date(Node node, String entry, String key) {
      String text = scalar(node, entry, "\"" + key + "\"");
      try {
        return LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        throw mistake(node, entry, "\"" + key + "\" is not a date (YYYY-MM-DD): \"" + text + "\"");
      }
    }

    /** The overlay's name as written, for messages about its other keys; empty if it has none. */
    private static String nameOf(Node node) {
      if (node instanceof MappingNode mapping) {
        for (NodeTuple tuple : mapping.getValue()) {
          if (tuple.getKeyNode() instanceof ScalarNode key
              && key.getValue().strip().equals("name")
              && tuple.getValueNode() instanceof ScalarNode name
              && !name.getValue().isBlank()) {
            return " \"" + name.getValue().strip() + "\"";
          }
        }
      }
      return "";
    }

    Overlay overlay(Node node, int number, ImmutableList.Builder<Located> ruleLines) {
      String entry = "overlay " + number + nameOf(node);
      Map<String, NodeTuple> keys = mapping(node, entry, OVERLAY_KEYS);
      String name = text(keys, "name", node, "overlay " + number);
      entry = "overlay " + number + " \"" + name + "\"";
      String source = text(keys, "source", node, entry);
      InForce period = period(required(keys, "in_force", node, entry), entry);
      List<OverlayRule> rules = new ArrayList<>();
      int ruleNumber = 0;
      Map<OverlayRule, Integer> seen = new HashMap<>();
      for (Node ruleNode : sequence(required(keys, "rules", node, entry), entry, "rules").getValue()) {
        ruleNumber++;
        String ruleEntry = entry + ", rule " + ruleNumber;
        OverlayRule rule;
        try {
          rule = rule(ruleNode, ruleEntry);
          Policy.ofNotice().withOverlay(Overlay.of(name, source, rule));
        } catch (ConflictingOverlaysException e) {
          throw new AssertionError("one rule cannot contradict itself", e);
        } catch (OverlayFileException e) {
          throw e;
        } catch (IllegalArgumentException e) {
          throw mistake(ruleNode, ruleEntry, String.valueOf(e.getMessage()));
        }
        if (seen.putIfAbsent(rule, ruleNumber) != null) {
          throw mistake(ruleNode, ruleEntry, "repeats rule " + seen.get(rule));
        }
        rules.add(rule);
        ruleLines.add(new Located(ruleNode.getStartMark().getLine() + 1, ruleEntry));
      }
      return Overlay.of(name, source, period, rules.toArray(new OverlayRule[0]));
    }

    InForce period(Node node, String entry) {
      Map<String, NodeTuple> keys = mapping(node, entry, PERIOD_KEYS);
      LocalDate from = date(required(keys, "from", node, entry), entry, "from");
      NodeTuple until = keys.get("until");
      if (until == null) {
        return InForce.from(from);
      }
      LocalDate end = date(until.getValueNode(), entry, "until");
      if (!end.isAfter(from)) {
        throw mistake(
            until.getValueNode(),
            entry,
            "\"until\" (the first day no longer in force) must be after \"from\": " + end);
      }
      return InForce.between(from, end);
    }

    <T> T term(Node node, String entry, String key, Function<String, T> parse) {
      String label = scalar(node, entry, "\"" + key + "\"");
      try {
        return parse.apply(label);
      } catch (UnknownTermException e) {
        throw mistake(node, entry, key + ": " + e.getMessage());
      }
    }

    <T> Optional<T> optionalTerm(
        Map<String, NodeTuple> keys, String key, String entry, Function<String, T> parse) {
      NodeTuple tuple = keys.get(key);
      return tuple == null
          ? Optional.empty()
          : Optional.of(term(tuple.getValueNode(), entry, key, parse));
    }

    Verdict verdict(Map<String, NodeTuple> keys, Node parent, String entry) {
      Node node = required(keys, "verdict", parent, entry);
      String label = scalar(node, entry, "\"verdict\"");
      Verdict verdict = VERDICTS.get(label);
      if (verdict == null) {
        throw mistake(
            node,
            entry,
            "verdict: unknown label \"" + label + "\"; expected 允许, ALLOWED, 不允许 or NOT_ALLOWED");
      }
      return verdict;
    }

    OverlayRule rule(Node node, String entry) {
      if (!(node instanceof MappingNode)) {
        throw mistake(node, entry, "a rule needs keys and values (kind, …, zh, en)");
      }
      Map<String, NodeTuple> all = new LinkedHashMap<>();
      for (NodeTuple tuple : ((MappingNode) node).getValue()) {
        all.putIfAbsent(scalar(tuple.getKeyNode(), entry, "a key"), tuple);
      }
      NodeTuple kindTuple = all.get("kind");
      if (kindTuple == null) {
        throw mistake(node, entry, "\"kind\" is missing: settle_charge, settle_category or restrict");
      }
      String kind = scalar(kindTuple.getValueNode(), entry, "\"kind\"");
      Set<String> allowed = RULE_KEYS.get(kind);
      if (allowed == null) {
        throw mistake(
            kindTuple.getValueNode(),
            entry,
            "kind: unknown kind \"" + kind + "\"; expected settle_charge, settle_category or restrict");
      }
      Map<String, NodeTuple> keys = mapping(node, entry, allowed);
      String zh = text(keys, "zh", node, entry);
      String en = text(keys, "en", node, entry);
      switch (kind) {
        case "settle_charge":
          return OverlayRule.settleCharge(
              term(required(keys, "fund", node, entry), entry, "fund", FundKind::parse),
              term(required(keys, "cost", node, entry), entry, "cost", CostKind::parse),
              verdict(keys, node, entry),
              zh,
              en);
        case "settle_category":
          return OverlayRule.settleUnnamedCategory(verdict(keys, node, entry), zh, en);
        default:
          Optional<FundKind> fund = optionalTerm(keys, "fund", entry, FundKind::parse);
          Optional<CostKind> cost = optionalTerm(keys, "cost", entry, CostKind::parse);
          Optional<PositionCategory> category =
              optionalTerm(keys, "category", entry, PositionCategory::parse);
          if (fund.isEmpty() && cost.isEmpty() && category.isEmpty()) {
            throw mistake(node, entry, "a restriction names a fund, a cost or a category");
          }
          return OverlayRule.restrictCharges(fund, cost, category, zh, en);
      }
    }
  }
}
