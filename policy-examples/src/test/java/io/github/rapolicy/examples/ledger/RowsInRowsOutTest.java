package io.github.rapolicy.examples.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input loses nothing: for random ledgers mixing good and malformed rows, blank lines and
 * notes with commas, quotes and line breaks, every input row yields exactly one output row, in
 * input order, and each malformed row names the file line it starts on.
 */
class RowsInRowsOutTest {

  private static final String[] HEADER = {
    "note", "line", "position_category", "position_project", "service_agreement", "fund",
    "fund_project", "balance_retained", "balance_for_research", "cost", "amount", "actual"
  };

  /** Rows after the note and line cells; the second field says whether the row is malformed. */
  private static final List<Object[]> BODIES =
      List.of(
          new Object[] {"科研项目辅助研究,P1,是,劳务费,P1,,,劳务性报酬,6500.00,6500.00", false},
          new Object[] {"科研项目辅助研究,P1,否,劳务费,P1,,,劳务性报酬,6500.00,6500.00", false},
          new Object[] {"科研项目辅助研究,P1,是,劳务费,P1,,,住房公积金,780,780", false},
          new Object[] {"学术助理,,是,结余资金,,是,否,社会保险补助,1050,1050", false},
          new Object[] {"科普助理,,是,配套资金,,,,差旅费,320,320", false},
          new Object[] {"科研项目辅助研究,P1,是,设备费,P1,,,劳务性报酬,6500,6500", false},
          new Object[] {"科研项目辅助研究,P1,是,劳务费,P1,,,劳务性报酬,6500.005,6500", true},
          new Object[] {"科研项目辅助研究,P1,是,劳务费,P1,,,劳务性报酬,-1,6500", true},
          new Object[] {"科研项目辅助研究,P1,也许,劳务费,P1,,,劳务性报酬,1,1", true},
          new Object[] {",P1,是,劳务费,P1,,,劳务性报酬,1,1", true},
          new Object[] {"科研项目辅助研究,P1,是,劳务费,,,,劳务性报酬,1,1", true},
          new Object[] {"科研项目辅助研究,P1,是,结余资金,,,,劳务性报酬,1,1", true},
          new Object[] {"科研项目辅助研究,P1", true});

  private static final String[] NOTES = {
    "", "9月劳务费", "含,逗号", "含\"引号\"", "两行\n摘要", "三行\r\n摘\r\n要", "  ", "，，"
  };

  @TempDir Path dir;

  @Test
  void everyRowInIsOneRowOutInOrder() {
    for (long seed = 1; seed <= 150; seed++) {
      Random random = new Random(seed);
      StringWriter text = new StringWriter();
      List<String[]> expected = new ArrayList<>(); // line id, file line or "" if well formed
      try (CSVPrinter printer = CSVFormat.RFC4180.builder().setHeader(HEADER).get().print(text)) {
        int rows = random.nextInt(30);
        for (int i = 0; i < rows; i++) {
          if (random.nextInt(8) == 0) {
            printer.println(); // a blank line: not a row
          }
          long fileLine = text.toString().lines().count() + 1;
          Object[] body = BODIES.get(random.nextInt(BODIES.size()));
          String id = random.nextInt(15) == 0 ? "" : "S" + seed + "-" + i;
          List<String> cells = new ArrayList<>();
          cells.add(NOTES[random.nextInt(NOTES.length)]);
          cells.add(id);
          cells.addAll(List.of(((String) body[0]).split(",", -1)));
          printer.printRecord(cells);
          boolean malformed = (Boolean) body[1] || id.isEmpty();
          expected.add(new String[] {id, malformed ? String.valueOf(fileLine) : ""});
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Path ledger =
          Ledgers.write(dir.resolve("random.csv"), text.toString().getBytes(StandardCharsets.UTF_8));

      List<CSVRecord> out =
          Run.of("--date", "2024-09-30", "--format", "csv", ledger.toString()).rows();

      assertThat(out).as("seed %s", seed).hasSameSizeAs(expected);
      for (int i = 0; i < out.size(); i++) {
        CSVRecord row = out.get(i);
        String[] want = expected.get(i);
        assertThat(row.get(0)).as("seed %s row %s", seed, i).isEqualTo(want[0]);
        if (want[1].isEmpty()) {
          assertThat(row.get(1)).as("seed %s row %s", seed, i).isNotEqualTo("ERROR");
        } else {
          assertThat(row.get(1)).as("seed %s row %s", seed, i).isEqualTo("ERROR");
          assertThat(row.get(4)).as("seed %s row %s", seed, i).startsWith("file line " + want[1] + ": ");
        }
      }
    }
  }
}
