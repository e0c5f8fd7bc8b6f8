package io.github.rapolicy.examples.ledger;

import com.google.common.escape.Escaper;
import com.google.common.html.HtmlEscapers;
import io.github.rapolicy.funding.Money;
import io.github.rapolicy.notice.Clause;
import io.github.rapolicy.rules.Finding;
import io.github.rapolicy.rules.Language;
import io.github.rapolicy.rules.Remedy;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The report as one self-contained HTML page, for people: no network, no file beside it (the
 * style, the chart, an inline SVG, and the few lines of script that filter by verdict are all in
 * the page). It shows the header, the totals by fund and verdict as a chart and a table, every line
 * not allowed, not decided or malformed with its reasons, clauses and remedies, the costs charged
 * above their actual amount, and the text of every clause cited, in Chinese and English.
 *
 * <p>The rows are written as they are checked, so a long ledger takes constant memory; the summary,
 * known only at the end, is written last and shown first (CSS {@code order}). The script also adds
 * up the rows listed, per verdict, and writes those figures into the page ({@code
 * data-shown-rows}, {@code data-shown-amount}), which is how the browser test reads them.
 */
final class HtmlReport implements Report {

  private static final Escaper HTML = HtmlEscapers.htmlEscaper();

  private final PrintWriter out;
  private final TreeSet<Clause> cited = new TreeSet<>();
  private final Map<String, Above> aboveActual = new LinkedHashMap<>();

  /** A cost charged above its actual amount: the lines that charge it, and its totals. */
  private static final class Above {
    private final List<String> lines = new ArrayList<>();
    private Money runningTotal = Money.ZERO;
    private Money actual = Money.ZERO;
  }

  HtmlReport(PrintWriter out) {
    this.out = out;
  }

  private static String esc(String text) {
    return HTML.escape(text);
  }

  /** The verdict as people read it, in Chinese and English. */
  static Text label(RowVerdict verdict) {
    return switch (verdict) {
      case ALLOWED -> new Text("允许", "allowed");
      case NOT_ALLOWED -> new Text("不允许", "not allowed");
      case UNDECIDED -> new Text("本通知未决定", "not decided by the notice");
      case ERROR -> new Text("格式错误", "malformed");
      case SKIPPED -> new Text("合计行，已跳过", "totals row, skipped");
    };
  }

  /** An amount as people read it: yuan with thousands separators and two decimals. */
  static String yuan(Money amount) {
    DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
    return format.format(amount.toYuan());
  }

  @Override
  public void begin(ReportHeader header) {
    out.print(
        """
        <!DOCTYPE html>
        <html lang="zh-CN">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        """);
    out.println("<title>账本核查 Ledger check — " + esc(header.ledger().toString()) + "</title>");
    out.println("<style>" + STYLE + "</style>");
    out.println("</head>");
    out.println("<body>");
    out.println("<main class=\"page\">");
    out.println("<header class=\"top\">");
    out.println(
        "<h1>账本核查 <span lang=\"en\">Ledger check</span></h1>"
            + "<p class=\"notice\">工业和信息化部等八部门 工信部联规〔2024〕122号 · "
            + "<span lang=\"en\">notice 工信部联规〔2024〕122号: research-assistant positions</span></p>");
    out.println("<dl class=\"facts\">");
    for (ReportHeader.Field field : header.all()) {
      out.println(
          "<div data-key=\""
              + esc(field.key())
              + "\"><dt>"
              + esc(field.label().zh())
              + " <span lang=\"en\">"
              + esc(field.label().en())
              + "</span></dt><dd>"
              + esc(field.value())
              + "</dd></div>");
    }
    out.println("</dl>");
    out.println("</header>");
    out.println("<section id=\"lines\" class=\"lines\">");
    out.println(
        "<h2>需关注的行 <span lang=\"en\">Lines that need attention</span></h2>"
            + "<p class=\"hint\">不允许、本通知未决定和格式错误的行，附理由、条款和改正办法。"
            + " <span lang=\"en\">Lines not allowed, not decided or malformed, with their reasons,"
            + " clauses and what would change them.</span></p>");
    out.println("<form class=\"filters\" id=\"filters\">");
    for (RowVerdict verdict : List.of(RowVerdict.NOT_ALLOWED, RowVerdict.UNDECIDED, RowVerdict.ERROR)) {
      Text label = label(verdict);
      out.println(
          "<label class=\"chip v-"
              + verdict.name()
              + "\"><input type=\"checkbox\" checked value=\""
              + verdict.name()
              + "\"> "
              + esc(label.zh())
              + " <span lang=\"en\">"
              + esc(label.en())
              + "</span> <output data-shown-rows=\""
              + verdict.name()
              + "\"></output></label>");
    }
    out.println(
        "<p class=\"shown\">显示 <span lang=\"en\">shown</span>: <output id=\"shown-rows\"></output>"
            + " 行 <span lang=\"en\">lines</span> · <output id=\"shown-amount\"></output> 元"
            + " <span lang=\"en\">yuan</span></p>");
    out.println("</form>");
    out.println(
        "<table class=\"rows\" id=\"rows\"><thead><tr>"
            + "<th>行号 <span lang=\"en\">line</span></th>"
            + "<th>结论 <span lang=\"en\">verdict</span></th>"
            + "<th>列支 <span lang=\"en\">charge</span></th>"
            + "<th class=\"num\">金额 <span lang=\"en\">amount</span></th>"
            + "<th>理由 <span lang=\"en\">reasons</span></th>"
            + "</tr></thead><tbody>");
  }

  @Override
  public void row(CheckedRow row) {
    row.costTotal().filter(CheckedRow.CostTotal::isAboveActual).ifPresent(cost -> above(row, cost));
    if (row.verdict() == RowVerdict.ALLOWED) {
      return;
    }
    long fen = row.amount().map(Money::toFen).orElse(0L);
    StringBuilder html = new StringBuilder(512);
    html.append("<tr class=\"row v-")
        .append(row.verdict().name())
        .append("\" data-verdict=\"")
        .append(row.verdict().name())
        .append("\" data-fen=\"")
        .append(fen)
        .append("\"><td class=\"line\"><b>")
        .append(esc(row.line().isEmpty() ? "—" : row.line()))
        .append("</b><small>文件第 ")
        .append(row.fileLine())
        .append(" 行 <span lang=\"en\">file line ")
        .append(row.fileLine())
        .append("</span></small></td><td><span class=\"badge v-")
        .append(row.verdict().name())
        .append("\">")
        .append(esc(label(row.verdict()).zh()))
        .append("<span lang=\"en\">")
        .append(esc(label(row.verdict()).en()))
        .append("</span></span></td><td class=\"charge\">")
        .append(esc(row.charge().isEmpty() ? row.fund() : row.charge()))
        .append("</td><td class=\"num\">")
        .append(row.amount().map(HtmlReport::yuan).orElse("—"))
        .append("</td><td class=\"why\">");
    if (row.verdict() == RowVerdict.ERROR) {
      html.append("<p>")
          .append(esc(row.reason().zh()))
          .append("</p><p lang=\"en\">")
          .append(esc(row.reason().en()))
          .append("</p>");
    } else {
      html.append("<ul class=\"findings\">");
      for (Finding finding : row.findings()) {
        html.append("<li>");
        for (Clause clause : finding.clauses()) {
          cited.add(clause);
          html.append("<a class=\"clause\" href=\"#clause-")
              .append(esc(clause.id()))
              .append("\">")
              .append(esc(clause.id()))
              .append("</a> ");
        }
        html.append(esc(finding.describe(Language.CHINESE)))
            .append("<span lang=\"en\">")
            .append(esc(finding.describe(Language.ENGLISH)))
            .append("</span></li>");
      }
      html.append("</ul>");
      if (!row.remedies().isEmpty()) {
        html.append("<p class=\"remedy\">可改为 <span lang=\"en\">to change it</span>:</p><ul class=\"remedies\">");
        for (Remedy remedy : row.remedies()) {
          html.append("<li>")
              .append(esc(remedy.describe(Language.CHINESE)))
              .append("<span lang=\"en\">")
              .append(esc(remedy.describe(Language.ENGLISH)))
              .append("</span></li>");
        }
        html.append("</ul>");
      }
    }
    html.append("</td></tr>");
    out.println(html);
  }

  private void above(CheckedRow row, CheckedRow.CostTotal cost) {
    Above above = aboveActual.computeIfAbsent(cost.cost(), c -> new Above());
    above.lines.add(row.line());
    above.runningTotal = cost.runningTotal();
    above.actual = cost.actual();
  }

  @Override
  public void end(Totals totals) {
    out.println("</tbody></table>");
    out.println(
        "<p class=\"empty\" id=\"none\" hidden>没有需关注的行。 <span lang=\"en\">No line needs"
            + " attention.</span></p>");
    out.println("</section>");
    summary(totals);
    costsAboveActual();
    clauses();
    out.println("</main>");
    out.println("<script>" + SCRIPT + "</script>");
    out.println("</body>");
    out.println("</html>");
    out.flush();
  }

  private void summary(Totals totals) {
    out.println("<section id=\"summary\" class=\"summary\">");
    out.println("<h2>按经费和结论汇总 <span lang=\"en\">Totals by fund and verdict</span></h2>");
    out.println("<div class=\"cards\">");
    for (RowVerdict verdict : RowVerdict.values()) {
      Totals.Tally tally = totals.all(verdict);
      Text label = label(verdict);
      out.println(
          "<div class=\"card v-"
              + verdict.name()
              + "\" data-total-verdict=\""
              + verdict.name()
              + "\"><span class=\"what\">"
              + esc(label.zh())
              + " <span lang=\"en\">"
              + esc(label.en())
              + "</span></span><span class=\"count\" data-rows=\""
              + tally.rows()
              + "\">"
              + tally.rows()
              + " 行</span>"
              + (verdict == RowVerdict.ERROR
                  ? "<span class=\"sum\">金额未计入 <span lang=\"en\">amounts not counted</span></span>"
                  : "<span class=\"sum\" data-amount=\""
                      + tally.amount()
                      + "\">"
                      + yuan(tally.amount())
                      + " 元</span>")
              + "</div>");
    }
    out.println("</div>");
    chart(totals);
    out.println("<table class=\"totals\" id=\"totals\"><thead><tr><th>经费 <span lang=\"en\">fund</span></th>");
    for (RowVerdict verdict : RowVerdict.values()) {
      out.println("<th class=\"num\">" + esc(label(verdict).zh()) + " <span lang=\"en\">" + verdict.name() + "</span></th>");
    }
    out.println("</tr></thead><tbody>");
    for (Map.Entry<String, Map<RowVerdict, Totals.Tally>> fund : totals.byFund().entrySet()) {
      out.print("<tr data-fund=\"" + esc(fund.getKey()) + "\"><th>" + esc(fund.getKey()) + "</th>");
      for (RowVerdict verdict : RowVerdict.values()) {
        out.print(cell(verdict, Optional.ofNullable(fund.getValue().get(verdict))));
      }
      out.println("</tr>");
    }
    out.print("<tr class=\"all\" data-fund=\"合计 all\"><th>合计 <span lang=\"en\">all</span></th>");
    for (RowVerdict verdict : RowVerdict.values()) {
      out.print(cell(verdict, Optional.of(totals.all(verdict))));
    }
    out.println("</tr></tbody></table>");
    out.println("</section>");
  }

  private static String cell(RowVerdict verdict, Optional<Totals.Tally> tally) {
    if (tally.isEmpty()) {
      return "<td class=\"num nil\" data-verdict=\"" + verdict.name() + "\">·</td>";
    }
    return "<td class=\"num\" data-verdict=\""
        + verdict.name()
        + "\" data-rows=\""
        + tally.get().rows()
        + "\""
        + (verdict == RowVerdict.ERROR || verdict == RowVerdict.SKIPPED ? "" : " data-amount=\"" + tally.get().amount() + "\"")
        + ">"
        + tally.get().rows()
        + " 行"
        + (verdict == RowVerdict.ERROR || verdict == RowVerdict.SKIPPED ? "" : "<br><b>" + yuan(tally.get().amount()) + "</b>")
        + "</td>";
  }

  /** A horizontal stacked bar per fund: the amounts charged, by verdict. */
  private void chart(Totals totals) {
    int labelWidth = 150;
    int barWidth = 560;
    int rowHeight = 34;
    Map<String, Map<RowVerdict, Totals.Tally>> funds = totals.byFund();
    BigDecimal max = BigDecimal.ZERO;
    for (Map<RowVerdict, Totals.Tally> fund : funds.values()) {
      BigDecimal sum = BigDecimal.ZERO;
      for (Map.Entry<RowVerdict, Totals.Tally> tally : fund.entrySet()) {
        if (tally.getKey() != RowVerdict.ERROR && tally.getKey() != RowVerdict.SKIPPED) {
          sum = sum.add(tally.getValue().amount().toYuan());
        }
      }
      max = max.max(sum);
    }
    int height = rowHeight * funds.size() + 40;
    out.println(
        "<figure class=\"chart\"><svg id=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\""
            + " viewBox=\"0 0 "
            + (labelWidth + barWidth + 130)
            + " "
            + height
            + "\" aria-label=\"按经费和结论的列支金额 amount charged by fund and verdict\">");
    int y = 8;
    for (Map.Entry<String, Map<RowVerdict, Totals.Tally>> fund : funds.entrySet()) {
      out.println(
          "<text class=\"fund\" x=\""
              + (labelWidth - 10)
              + "\" y=\""
              + (y + 17)
              + "\" text-anchor=\"end\">"
              + esc(fund.getKey())
              + "</text>");
      double x = labelWidth;
      BigDecimal sum = BigDecimal.ZERO;
      for (RowVerdict verdict : RowVerdict.values()) {
        Totals.Tally tally = fund.getValue().get(verdict);
        if (tally == null || verdict == RowVerdict.ERROR || tally.amount().isZero()) {
          continue;
        }
        sum = sum.add(tally.amount().toYuan());
        double width = barWidth * tally.amount().toYuan().doubleValue() / max.doubleValue();
        out.println(
            String.format(
                Locale.ROOT,
                "<rect class=\"seg v-%s\" data-verdict=\"%s\" data-amount=\"%s\" x=\"%.1f\" y=\"%d\""
                    + " width=\"%.1f\" height=\"24\" rx=\"3\"><title>%s · %s %s · %d 行 · %s 元</title></rect>",
                verdict.name(),
                verdict.name(),
                tally.amount(),
                x,
                y,
                Math.max(width, 1.0),
                esc(fund.getKey()),
                esc(label(verdict).zh()),
                verdict.name(),
                tally.rows(),
                yuan(tally.amount())));
        x += width;
      }
      out.println(
          String.format(
              Locale.ROOT,
              "<text class=\"sum\" x=\"%.1f\" y=\"%d\">%s</text>",
              x + 8,
              y + 17,
              yuan(Money.ofYuan(sum))));
      y += rowHeight;
    }
    out.println("<g class=\"legend\">");
    int lx = labelWidth;
    for (RowVerdict verdict : List.of(RowVerdict.ALLOWED, RowVerdict.NOT_ALLOWED, RowVerdict.UNDECIDED)) {
      out.println(
          "<rect class=\"seg v-" + verdict.name() + "\" x=\"" + lx + "\" y=\"" + (y + 6)
              + "\" width=\"12\" height=\"12\" rx=\"2\"></rect><text x=\"" + (lx + 18) + "\" y=\""
              + (y + 17) + "\">" + esc(label(verdict).zh()) + " " + esc(label(verdict).en()) + "</text>");
      lx += 190;
    }
    out.println("</g></svg>");
    out.println(
        "<figcaption>列支金额（元），格式错误的行未计入。 <span lang=\"en\">Amount charged (yuan);"
            + " malformed lines are not counted.</span></figcaption></figure>");
  }

  private void costsAboveActual() {
    out.println("<section id=\"above-actual\" class=\"above\">");
    out.println(
        "<h2>超过实际支出列支的费用 <span lang=\"en\">Costs charged above their actual amount</span>"
            + " <a class=\"clause\" href=\"#clause-3.3.5\">3.3.5</a></h2>");
    if (aboveActual.isEmpty()) {
      out.println(
          "<p class=\"hint\">没有。各行单独核查时，逐行比较列支金额与实际支出（见上）；"
              + "跨行累计须账本含 position 和 period 两列。"
              + " <span lang=\"en\">None across lines. Where lines are judged alone, each line's"
              + " amount is compared with its actual cost (above); adding up a cost's charges across"
              + " lines needs the ledger's position and period columns.</span></p>");
    } else {
      out.println(
          "<table class=\"rows\"><thead><tr><th>费用 <span lang=\"en\">cost</span></th>"
              + "<th>行号 <span lang=\"en\">lines</span></th>"
              + "<th class=\"num\">累计列支 <span lang=\"en\">charged</span></th>"
              + "<th class=\"num\">实际支出 <span lang=\"en\">actual</span></th></tr></thead><tbody>");
      for (Map.Entry<String, Above> cost : aboveActual.entrySet()) {
        out.println(
            "<tr data-cost=\""
                + esc(cost.getKey())
                + "\"><td>"
                + esc(cost.getKey())
                + "</td><td>"
                + esc(String.join(", ", cost.getValue().lines))
                + "</td><td class=\"num\">"
                + yuan(cost.getValue().runningTotal)
                + "</td><td class=\"num\">"
                + yuan(cost.getValue().actual)
                + "</td></tr>");
      }
      out.println("</tbody></table>");
    }
    out.println("</section>");
  }

  private void clauses() {
    if (cited.isEmpty()) {
      return;
    }
    out.println("<section id=\"clauses\" class=\"clauses\">");
    out.println("<h2>所引条款 <span lang=\"en\">Clauses cited</span></h2><dl>");
    for (Clause clause : cited) {
      out.println(
          "<div id=\"clause-"
              + esc(clause.id())
              + "\"><dt>"
              + esc(clause.id())
              + " <small>"
              + esc(clause.article())
              + "</small></dt><dd><p class=\"original\">"
              + esc(clause.original())
              + "</p><p class=\"gloss\" lang=\"en\">"
              + esc(clause.gloss())
              + "</p></dd></div>");
    }
    out.println("</dl></section>");
  }

  private static final String STYLE =
      """
      :root{--ink:#1f2328;--muted:#59636e;--line:#d8dee4;--paper:#fff;--bg:#f6f8fa;
      --ok:#1a7f37;--no:#cf222e;--open:#bf8700;--err:#6e7781;
      font-family:"Noto Sans CJK SC","PingFang SC","Microsoft YaHei","Source Han Sans SC",system-ui,-apple-system,"Segoe UI",sans-serif;
      color:var(--ink);background:var(--bg);line-height:1.55}
      body{margin:0}
      .page{display:flex;flex-direction:column;gap:1.5rem;max-width:72rem;margin:0 auto;padding:2rem 1.25rem 4rem}
      .top{order:0}.summary{order:1}.above{order:2}.lines{order:3}.clauses{order:4}
      section,header{background:var(--paper);border:1px solid var(--line);border-radius:10px;padding:1.25rem 1.5rem}
      h1{font-size:1.6rem;margin:0 0 .25rem}h2{font-size:1.2rem;margin:0 0 .75rem}
      [lang=en]{color:var(--muted);font-weight:normal}
      td [lang=en],li [lang=en]{display:block;font-size:.92em}
      .notice{margin:0 0 1rem;color:var(--muted)}
      .facts{display:grid;grid-template-columns:repeat(auto-fit,minmax(14rem,1fr));gap:.5rem 1.5rem;margin:0}
      .facts dt{font-size:.85rem;color:var(--muted)}.facts dd{margin:0;font-weight:600;word-break:break-all}
      .cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(12rem,1fr));gap:.75rem;margin-bottom:1rem}
      .card{border-left:5px solid var(--c);background:var(--bg);border-radius:6px;padding:.6rem .9rem;display:flex;flex-direction:column}
      .card .count{font-size:1.5rem;font-weight:700}.card .sum{font-variant-numeric:tabular-nums}
      .v-ALLOWED{--c:var(--ok)}.v-NOT_ALLOWED{--c:var(--no)}.v-UNDECIDED{--c:var(--open)}.v-ERROR{--c:var(--err)}
      .chart{margin:0 0 1rem}.chart svg{width:100%;height:auto;font-size:13px}
      .chart .seg{fill:var(--c)}.chart text{fill:var(--ink)}.chart .sum{fill:var(--muted);font-variant-numeric:tabular-nums}
      figcaption{font-size:.85rem;color:var(--muted)}
      table{border-collapse:collapse;width:100%;font-size:.93rem}
      th,td{border-bottom:1px solid var(--line);padding:.5rem .6rem;text-align:left;vertical-align:top}
      thead th{font-size:.82rem;color:var(--muted);background:var(--bg)}
      .num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
      .totals .all{font-weight:700}.nil{color:var(--line)}
      .line b{display:block}.line small{color:var(--muted)}
      .badge{display:inline-block;border-radius:999px;padding:.1rem .6rem;color:#fff;background:var(--c);font-size:.82rem;white-space:nowrap}
      .badge [lang=en]{color:#fff;opacity:.85;display:block;font-size:.75rem}
      tr.row{border-left:4px solid var(--c)}
      .findings,.remedies{margin:0;padding-left:1.1rem}.findings li,.remedies li{margin-bottom:.35rem}
      .why p{margin:0 0 .3rem}.remedy{font-weight:600;margin:.4rem 0 .2rem}
      a.clause{display:inline-block;font-size:.78rem;font-weight:600;color:var(--ink);background:var(--bg);border:1px solid var(--line);border-radius:4px;padding:0 .3rem;text-decoration:none}
      .filters{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center;margin-bottom:.75rem}
      .chip{border:1px solid var(--c);border-radius:999px;padding:.2rem .7rem;cursor:pointer;user-select:none}
      .chip output{font-weight:700;margin-left:.25rem}.shown{margin:0 0 0 auto;color:var(--muted)}
      .hint{color:var(--muted);margin-top:0}
      .clauses dl{margin:0}.clauses div{padding:.5rem 0;border-bottom:1px solid var(--line)}
      .clauses dt{font-weight:700}.clauses dd{margin:0}.clauses p{margin:.15rem 0}
      .clauses :target{background:#fff8c5}
      @media print{.filters{display:none}section,header{break-inside:avoid-page}}
      """;

  private static final String SCRIPT =
      """
      (function () {
        var rows = Array.prototype.slice.call(document.querySelectorAll('#rows tbody tr'));
        var boxes = Array.prototype.slice.call(document.querySelectorAll('#filters input'));
        function yuan(fen) {
          var s = String(fen % 100);
          var y = String((fen - fen % 100) / 100).replace(/\\B(?=(\\d{3})+(?!\\d))/g, ',');
          return y + '.' + (s.length < 2 ? '0' + s : s);
        }
        function update() {
          var on = {};
          boxes.forEach(function (b) { on[b.value] = b.checked; });
          var count = {}, shown = 0, fen = 0;
          rows.forEach(function (r) {
            var v = r.getAttribute('data-verdict');
            count[v] = (count[v] || 0) + 1;
            r.hidden = !on[v];
            if (on[v]) { shown++; fen += Number(r.getAttribute('data-fen')); }
          });
          boxes.forEach(function (b) {
            var o = document.querySelector('output[data-shown-rows="' + b.value + '"]');
            o.textContent = String(count[b.value] || 0);
          });
          document.getElementById('shown-rows').textContent = String(shown);
          document.getElementById('shown-amount').textContent = yuan(fen);
          document.getElementById('none').hidden = shown > 0;
        }
        boxes.forEach(function (b) { b.addEventListener('change', update); });
        update();
      })();
      """;
}
