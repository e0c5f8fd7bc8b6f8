package io.github.rapolicy.examples.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The encodings of a CSV ledger, end to end: UTF-8 with or without a byte-order mark and GB18030
 * (GBK, as Excel saves CSV on Chinese Windows) are found by decoding strictly, every report says
 * which was read, {@code --encoding} names it instead, and a file in neither is one message naming
 * the byte offset and the line of the first byte that does not decode.
 */
class EncodingTest {

  private static final Charset GBK = Charset.forName("GBK");

  @TempDir Path dir;

  private Path sampleIn(Charset charset, String name) throws IOException {
    String sample = Files.readString(Ledgers.SAMPLE, StandardCharsets.UTF_8);
    return Ledgers.write(dir.resolve(name), sample.getBytes(charset));
  }

  @Test
  void aGbkExportIsReadAsTheSameLedgerAndTheReportSaysSo() throws IOException {
    Path gbk = sampleIn(GBK, "gbk.csv");

    Run fromGbk = Run.of("--date", "2024-09-30", "--format", "csv", gbk.toString());
    Run fromUtf8 = Run.of("--date", "2024-09-30", "--format", "csv", Ledgers.SAMPLE.toString());

    assertThat(fromGbk.exitCode()).isEqualTo(2);
    assertThat(fromGbk.out()).isEqualTo(fromUtf8.out());
    assertThat(fromGbk.rows().get(3).get(3)).contains("其他科目本通知未授权"); // Chinese read right
    assertThat(fromGbk.err()).contains("encoding: GB18030 (GBK) (detected)");
    assertThat(fromUtf8.err()).contains("encoding: UTF-8 (detected)");
  }

  @Test
  void everyFormatShowsTheEncodingInItsHeader() throws IOException {
    Path gbk = sampleIn(GBK, "gbk.csv");

    assertThat(Run.of("--date", "2024-09-30", gbk.toString()).out())
        .contains("编码 encoding: GB18030 (GBK) (detected)\n")
        .contains("格式 format: CSV\n");
    Map<String, @Nullable Object> header =
        Json.lines(Run.of("--date", "2024-09-30", "--format", "jsonl", gbk.toString()).out()).get(0);
    assertThat(header)
        .containsEntry("encoding", "GB18030 (GBK) (detected)")
        .containsEntry("format", "CSV");
    assertThat(Run.of("--date", "2024-09-30", "--format", "html", gbk.toString()).out())
        .contains("GB18030 (GBK) (detected)");
  }

  @Test
  void aGbkFileWhoseFirstRowsAreAsciiIsReadAgainWhenTheReportGoesToAFile() throws IOException {
    // To a file, the check reads as UTF-8 with no pass before; at the first GBK byte, after
    // thousands of rows, it drops the temporary report and reads the file again as GB18030.
    StringBuilder text = new StringBuilder(Ledgers.HEADER).append('\n');
    for (int i = 0; i < 5_000; i++) {
      text.append("A-").append(i).append(",x,P1,y,z,P1,,,w,1,1\n");
    }
    text.append(Ledgers.ALLOWED_ROW).append('\n');
    Path gbk = Ledgers.write(dir.resolve("late-gbk.csv"), text.toString().getBytes(GBK));
    Path utf8 = Ledgers.write(dir.resolve("late-utf8.csv"), text.toString().getBytes(StandardCharsets.UTF_8));
    Path fromGbk = dir.resolve("from-gbk.csv");
    Path fromUtf8 = dir.resolve("from-utf8.csv");

    Run gbkRun = Run.of("--date", "2024-09-30", "--format", "csv", "-o", fromGbk.toString(), gbk.toString());
    Run utf8Run = Run.of("--date", "2024-09-30", "--format", "csv", "-o", fromUtf8.toString(), utf8.toString());

    assertThat(gbkRun.exitCode()).isEqualTo(utf8Run.exitCode()).isNotEqualTo(ExitCode.UNREADABLE.code());
    assertThat(Files.readString(fromGbk)).isEqualTo(Files.readString(fromUtf8)).contains("科研项目辅助研究");
    assertThat(gbkRun.err()).contains("encoding: GB18030 (GBK) (detected)").doesNotContain("not in the encoding");
    try (var files = Files.list(dir)) {
      assertThat(files.map(f -> f.getFileName().toString())).noneMatch(name -> name.endsWith(".part"));
    }
  }

  @Test
  void aByteOrderMarkIsNamedInTheHeader() {
    byte[] text = (Ledgers.HEADER + "\n" + Ledgers.ALLOWED_ROW + "\n").getBytes(StandardCharsets.UTF_8);
    byte[] bom = new byte[text.length + 3];
    bom[0] = (byte) 0xEF;
    bom[1] = (byte) 0xBB;
    bom[2] = (byte) 0xBF;
    System.arraycopy(text, 0, bom, 3, text.length);

    Run run =
        Run.of("--date", "2024-09-30", "--format", "csv", Ledgers.write(dir.resolve("bom.csv"), bom).toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).contains("encoding: UTF-8, with a byte-order mark (detected)");
  }

  @Test
  void encodingNamesTheEncodingInstead() throws IOException {
    Path gbk = sampleIn(GBK, "gbk.csv");

    Run named = Run.of("--date", "2024-09-30", "--format", "csv", "--encoding", "GBK", gbk.toString());

    assertThat(named.exitCode()).isEqualTo(2);
    assertThat(named.rows()).hasSize(29);
    assertThat(named.err()).contains("encoding: GBK (--encoding)");
  }

  @Test
  void aFileNotInTheEncodingNamedIsOneMessageWithTheOffsetAndLine() throws IOException {
    Path gbk = sampleIn(GBK, "gbk.csv");
    byte[] bytes = Files.readAllBytes(gbk);
    int firstHigh = 0;
    while (bytes[firstHigh] >= 0) {
      firstHigh++;
    }
    long line = 1 + new String(bytes, 0, firstHigh, StandardCharsets.US_ASCII).chars().filter(c -> c == '\n').count();

    Run run = Run.of("--date", "2024-09-30", "--encoding", "UTF-8", gbk.toString());

    assertThat(line).isEqualTo(2); // the header is ASCII, the first Chinese byte is on line 2
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines()).hasSize(2);
    assertThat(run.err())
        .contains(
            "the ledger is not UTF-8: the bytes 0x"
                + String.format("%02X", bytes[firstHigh] & 0xFF)
                + " at byte offset "
                + firstHigh
                + " (line 2) do not decode as UTF-8");
  }

  @Test
  void anUnknownEncodingIsAWrongCommandLine() {
    Run run = Run.of("--date", "2024-09-30", "--encoding", "GB-2024", Ledgers.SAMPLE.toString());

    assertThat(run.exitCode()).isEqualTo(4);
    assertThat(run.err()).contains("'GB-2024' is not an encoding Java knows");
  }

  @Test
  void theScanCountsLinesAsTheParserDoesAndFindsBytesAcrossItsBuffer() throws IOException {
    // CRLF, CR and LF each end one line; the bad byte lies past the scan's 64 KiB buffer.
    byte[] start = "a\r\nb\rc\nd".getBytes(StandardCharsets.US_ASCII);
    byte[] bytes = Arrays.copyOf(start, 200_000);
    Arrays.fill(bytes, start.length, bytes.length, (byte) 'x');
    bytes[150_000] = (byte) 0xC3; // a lead byte, then no continuation
    StrictDecoding.Failure failure =
        StrictDecoding.scan(() -> new ByteArrayInputStream(bytes), StandardCharsets.UTF_8).orElseThrow();

    assertThat(failure).isEqualTo(new StrictDecoding.Failure(150_000, 4, "0xC3"));
    assertThat(StrictDecoding.scan(() -> new ByteArrayInputStream("行号\n".getBytes(LedgerReader.GB18030)), StandardCharsets.UTF_8))
        .hasValueSatisfying(f -> assertThat(f.offset()).isZero());
    // A character cut by the end of the file does not decode either.
    byte[] cut = Arrays.copyOf("列".getBytes(StandardCharsets.UTF_8), 2);
    assertThat(StrictDecoding.scan(() -> new ByteArrayInputStream(cut), StandardCharsets.UTF_8))
        .hasValue(new StrictDecoding.Failure(0, 1, "0xE5 0x88"));
    assertThat(StrictDecoding.scan(() -> new ByteArrayInputStream("ok".getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8))
        .isEmpty();
  }
}
