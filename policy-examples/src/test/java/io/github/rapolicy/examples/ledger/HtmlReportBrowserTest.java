package io.github.rapolicy.examples.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report ({@code --format html}) in a real browser: headless Chromium (Debian's {@code
 * chromium}, which {@code .ci/run} installs) loads the page from a file with no network, runs its
 * script and dumps the DOM. The figures on the page, those the program wrote and those the page's
 * script added up, equal the CSV report's for the same ledger.
 *
 * <p>Without Chromium the test fails, unless {@code LEDGER_CHECK_SKIP_BROWSER=true} is set, which
 * skips it (for machines that cannot install Chromium; CI never sets it). {@code CHROMIUM} names
 * another binary.
 */
class HtmlReportBrowserTest {

  private static final String DATE = "2024-09-30";

  @TempDir Path dir;

  private static Path chromium() {
    Path binary = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
    if (!Files.isExecutable(binary)) {
      if ("true".equals(System.getenv("LEDGER_CHECK_SKIP_BROWSER"))) {
        Assumptions.abort("no Chromium at " + binary + " and LEDGER_CHECK_SKIP_BROWSER=true");
      }
      fail(
          "no Chromium at "
              + binary
              + ": install it (apt-get install -y chromium, as .ci/run does), set CHROMIUM to"
              + " another binary, or set LEDGER_CHECK_SKIP_BROWSER=true to skip this test");
    }
    return binary;
  }

  /** Loads {@code page} in headless Chromium and returns the DOM after its script ran. */
  private String dumpDom(Path page) throws IOException, InterruptedException {
    Path binary = chromium();
    Path profile = Files.createDirectories(dir.resolve("profile"));
    Path dom = dir.resolve("dom.html");
    Process process =
        new ProcessBuilder(
                binary.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-extensions",
                "--user-data-dir=" + profile,
                "--dump-dom",
                page.toUri().toString())
            .redirectOutput(dom.toFile())
            .redirectError(dir.resolve("chromium.log").toFile())
            .start();
    process.getOutputStream().close();
    if (!process.waitFor(90, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      fail("Chromium did not finish within 90 s");
    }
    assertThat(process.exitValue()).as("Chromium's exit code").isZero();
    return Files.readString(dom, StandardCharsets.UTF_8);
  }

  private Path html(Path ledger) {
    Path page = dir.resolve("report.html");
    Run run = Run.of("--date", DATE, "--format", "html", "-o", page.toString(), ledger.toString());
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEmpty();
    return page;
  }

  private static String one(String dom, String regex) {
    Matcher matcher = Pattern.compile(regex).matcher(dom);
    assertThat(matcher.find()).as("the page has %s", regex).isTrue();
    String found = matcher.group(1);
    assertThat(matcher.find()).as("the page has %s once", regex).isFalse();
    return found;
  }

  private static List<String> all(String dom, String regex) {
    Matcher matcher = Pattern.compile(regex).matcher(dom);
    List<String> found = new ArrayList<>();
    while (matcher.find()) {
      found.add(matcher.group(1));
    }
    return found;
  }

  /** The CSV run's totals on standard error, by fund then verdict: "rows" or "rows · amount". */
  private static Map<String, List<String>> csvTotals(String err) {
    Map<String, List<String>> totals = new LinkedHashMap<>();
    boolean table = false;
    for (String line : err.split("\n")) {
      if (line.startsWith("  经费 fund")) {
        table = true;
      } else if (table && line.startsWith("  (")) {
        break;
      } else if (table) {
        String[] cells = line.strip().split(" {2,}");
        totals.put(cells[0], List.of(cells).subList(1, cells.length));
      }
    }
    return totals;
  }

  @Test
  void thePageRendersAndItsFiguresAreTheCsvReports() throws Exception {
    Run csv = Run.of("--date", DATE, "--format", "csv", Ledgers.SAMPLE.toString());
    List<CSVRecord> rows = csv.rows();
    Map<String, List<String>> totals = csvTotals(csv.err());

    String dom = dumpDom(html(Ledgers.SAMPLE));

    // The rows listed: every row not ALLOWED, in ledger order, as the CSV has them.
    List<String> listed = all(dom, "<tr class=\"row v-\\w+\" data-verdict=\"(\\w+)\"");
    assertThat(listed)
        .containsExactlyElementsOf(
            rows.stream().map(r -> r.get(1)).filter(v -> !v.equals("ALLOWED")).toList());
    List<String> lines = all(dom, "<td class=\"line\"><b>([^<]*)</b>");
    assertThat(lines)
        .containsExactlyElementsOf(
            rows.stream()
                .filter(r -> !r.get(1).equals("ALLOWED"))
                .map(r -> r.get(0).isEmpty() ? "—" : r.get(0))
                .toList());

    // The figures the page's script added up (absent if the script did not run).
    for (String verdict : List.of("NOT_ALLOWED", "UNDECIDED", "ERROR")) {
      long expected = rows.stream().filter(r -> r.get(1).equals(verdict)).count();
      assertThat(one(dom, "<output data-shown-rows=\"" + verdict + "\">(\\d+)</output>"))
          .as("rows the script counts as %s", verdict)
          .isEqualTo(String.valueOf(expected));
    }
    assertThat(one(dom, "<output id=\"shown-rows\">([^<]*)</output>")).isEqualTo("17");
    List<String> all = java.util.Objects.requireNonNull(totals.get("合计 all"), "the CSV run's totals");
    assertThat(all).hasSize(5); // ALLOWED, NOT_ALLOWED, UNDECIDED, ERROR, SKIPPED
    // NOT_ALLOWED and UNDECIDED amounts of the CSV run's totals, added up; ERROR rows have none.
    long fen =
        Math.round(
            (Double.parseDouble(all.get(1).split(" · ")[1]) + Double.parseDouble(all.get(2).split(" · ")[1]))
                * 100);
    assertThat(one(dom, "<output id=\"shown-amount\">([^<]*)</output>").replace(",", ""))
        .isEqualTo(String.format(java.util.Locale.ROOT, "%d.%02d", fen / 100, fen % 100));

    // The totals the program wrote: the cards, and the table by fund and verdict.
    String[] verdicts = {"ALLOWED", "NOT_ALLOWED", "UNDECIDED", "ERROR"};
    for (int i = 0; i < verdicts.length; i++) {
      String expected = all.get(i);
      String card =
          one(dom, "data-total-verdict=\"" + verdicts[i] + "\">(.*?)</div>");
      assertThat(one(card, "data-rows=\"(\\d+)\"")).isEqualTo(expected.split(" · ")[0]);
      if (i < 3) {
        // The amount charged; the CSV totals add reversed amounts as " − x", which the page does not show.
        assertThat(one(card, "data-amount=\"([\\d.]+)\""))
            .isEqualTo(expected.split(" · ")[1].split(" − ")[0]);
      }
    }
    String table = one(dom, "(?s)<table class=\"totals\" id=\"totals\">(.*?)</table>");
    assertThat(all(table, "<tr[^>]* data-fund=\"([^\"]*)\"")).containsExactlyElementsOf(totals.keySet());
    for (Map.Entry<String, List<String>> fund : totals.entrySet()) {
      String row = one(table, "(?s)<tr[^>]* data-fund=\"" + Pattern.quote(fund.getKey()) + "\">(.*?)</tr>");
      List<String> cells = new ArrayList<>();
      Matcher cell =
          Pattern.compile("<td class=\"num[^\"]*\" data-verdict=\"(\\w+)\"(?: data-rows=\"(\\d+)\")?(?: data-amount=\"([\\d.]+)\")?")
              .matcher(row);
      while (cell.find()) {
        cells.add(
            cell.group(2) == null
                ? "·"
                : cell.group(3) == null ? cell.group(2) : cell.group(2) + " · " + cell.group(3));
      }
      assertThat(cells)
          .as("fund %s", fund.getKey())
          .containsExactlyElementsOf(
              fund.getValue().stream().map(total -> total.split(" − ")[0]).toList());
    }

    // The chart: one bar segment per fund and verdict with an amount.
    String chart = one(dom, "(?s)<svg id=\"chart\"(.*?)</svg>");
    long segments =
        totals.entrySet().stream()
            .filter(f -> !f.getKey().equals("合计 all"))
            .flatMap(f -> f.getValue().stream())
            .filter(c -> c.contains(" · ") && !c.endsWith(" · 0.00"))
            .count();
    assertThat(all(chart, "<rect class=\"seg v-\\w+\" data-verdict=\"(\\w+)\"")).hasSize((int) segments);
    // The clause texts of the reasons, and no network: nothing loaded from elsewhere.
    assertThat(dom).contains("id=\"clause-3.3.2\"").contains("设立科研助理岗位的单位");
    assertThat(dom).doesNotContain("src=\"", "href=\"http", "<link", "@import", "url(");
  }

  @Test
  void textFromTheLedgerIsEscaped() throws Exception {
    Path ledger =
        Ledgers.write(
            dir.resolve("tricky.csv"),
            List.of(
                Ledgers.HEADER,
                "\"<script>document.title='pwned'</script>&amp;\",科研项目辅助研究,P1,否,\"<b>设备费</b>\",P1,,,劳务性报酬,6500.00,6500.00"));

    String dom = dumpDom(html(ledger));

    assertThat(all(dom, "(<script)")).hasSize(1);
    assertThat(dom)
        .contains("<b>&lt;script&gt;document.title='pwned'&lt;/script&gt;&amp;amp;</b>")
        .contains("&lt;b&gt;设备费&lt;/b&gt;")
        .doesNotContain("pwned</title>");
    assertThat(one(dom, "<output id=\"shown-rows\">([^<]*)</output>")).isEqualTo("1");
  }
}
