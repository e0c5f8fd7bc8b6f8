package io.github.rapolicy.examples.ledger;

import io.github.rapolicy.rules.Language;
import io.github.rapolicy.rules.Remedy;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The human-readable report: one entry per row, then the totals by fund and verdict. */
final class TextReport implements Report {

  private static final int LINE_WIDTH = 16;
  private static final int VERDICT_WIDTH = 12;

  private final PrintWriter out;

  TextReport(PrintWriter out) {
    this.out = out;
  }

  @Override
  public void begin(ReportHeader header) {
    out.println("账本核查 Ledger check — 工信部联规〔2024〕122号");
    writeHeader(out, header);
    out.println();
  }

  /** Writes each fact of {@code header} on a line of its own: labels in Chinese and English. */
  static void writeHeader(PrintWriter out, ReportHeader header) {
    for (ReportHeader.Field field : header.all()) {
      out.println(field.label().zh() + " " + field.label().en() + ": " + field.value());
    }
  }

  @Override
  public void row(CheckedRow row) {
    String line = row.line().isEmpty() ? "(file line " + row.fileLine() + ")" : row.line();
    String cited = String.join(", ", row.clauses());
    out.println(
        (Widths.padRight(line, LINE_WIDTH)
                + " "
                + Widths.padRight(row.verdict().name(), VERDICT_WIDTH)
                + (cited.isEmpty() ? "" : " [" + cited + "]"))
            .stripTrailing());
    String indent = "    ";
    if (!row.charge().isEmpty()) {
      out.println(indent + row.charge());
    }
    if (row.verdict() == RowVerdict.ERROR) {
      out.println(indent + "问题：" + row.reason().zh());
      out.println(indent + "problem: " + row.reason().en());
    } else if (row.verdict() != RowVerdict.ALLOWED) {
      out.println(indent + "理由：" + row.reason().zh());
      out.println(indent + "reason: " + row.reason().en());
    }
    List<Remedy> remedies = row.remedies();
    if (!remedies.isEmpty()) {
      out.println(indent + "可改为：" + describe(remedies, Language.CHINESE, "；"));
      out.println(indent + "to change it: " + describe(remedies, Language.ENGLISH, "; "));
    }
  }

  private static String describe(List<Remedy> remedies, Language language, String separator) {
    return remedies.stream().map(r -> r.describe(language)).collect(Collectors.joining(separator));
  }

  @Override
  public void end(Totals totals) {
    out.println();
    writeTotals(out, totals);
  }

  /** Writes the count of rows by verdict and the totals by fund and verdict. */
  static void writeTotals(PrintWriter out, Totals totals) {
    out.println(
        totals.rows()
            + " 行 rows: "
            + Arrays.stream(RowVerdict.values())
                .map(v -> totals.all(v).rows() + " " + v)
                .collect(Collectors.joining(", ")));
    out.println();
    out.println("按经费和结论汇总 Totals by fund and verdict (行数 rows · 列支金额 amount charged, 元 yuan):");
    List<List<String>> table = new ArrayList<>();
    List<String> heading = new ArrayList<>(List.of("经费 fund"));
    for (RowVerdict verdict : RowVerdict.values()) {
      heading.add(verdict.name());
    }
    table.add(heading);
    for (Map.Entry<String, Map<RowVerdict, Totals.Tally>> fund : totals.byFund().entrySet()) {
      List<String> line = new ArrayList<>(List.of(fund.getKey()));
      for (RowVerdict verdict : RowVerdict.values()) {
        Totals.Tally tally = fund.getValue().get(verdict);
        line.add(tally == null ? "·" : cell(verdict, tally));
      }
      table.add(line);
    }
    List<String> all = new ArrayList<>(List.of("合计 all"));
    for (RowVerdict verdict : RowVerdict.values()) {
      all.add(cell(verdict, totals.all(verdict)));
    }
    table.add(all);
    int[] widths = new int[heading.size()];
    for (List<String> line : table) {
      for (int i = 0; i < line.size(); i++) {
        widths[i] = Math.max(widths[i], Widths.of(line.get(i)));
      }
    }
    for (List<String> line : table) {
      StringBuilder text = new StringBuilder("  ").append(Widths.padRight(line.get(0), widths[0]));
      for (int i = 1; i < line.size(); i++) {
        text.append("   ").append(Widths.padLeft(line.get(i), widths[i]));
      }
      out.println(text);
    }
    out.println(
        "  (ERROR 和 SKIPPED 行的金额未计入 amounts of ERROR and SKIPPED rows are not counted;"
            + " − 冲销 reversals)");
    List<OverCharge> over = totals.overCharged();
    if (!over.isEmpty()) {
      out.println();
      out.println(
          "超过实际支出的费用 Costs charged above their actual amount (据实列支, 3.3.5): " + over.size());
      for (OverCharge cost : over) {
        out.println(
            "  "
                + cost.cost()
                + ": 实际 actual "
                + cost.actual()
                + ", 最高累计 highest charged "
                + cost.highest()
                + ", 最终累计 finally "
                + cost.last());
        out.println("    行 lines: " + String.join(", ", cost.lines()));
      }
    }
  }

  private static String cell(RowVerdict verdict, Totals.Tally tally) {
    if (verdict == RowVerdict.ERROR || verdict == RowVerdict.SKIPPED) {
      return String.valueOf(tally.rows());
    }
    return tally.rows()
        + " · "
        + tally.amount()
        + (tally.reversed().isZero() ? "" : " − " + tally.reversed());
  }
}
