package io.github.rapolicy.examples.ledger;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether a stream of bytes decodes in a character set, decoding strictly ({@link
 * CodingErrorAction#REPORT}: a malformed or unmappable byte is an error, never a replacement
 * character) in one pass of fixed memory, and if not, where the first byte that does not decode
 * is: its offset in the file and its line.
 */
final class StrictDecoding {

  private static final int BUFFER = 1 << 16;

  private StrictDecoding() {}

  /**
   * The first byte that does not decode.
   *
   * @param offset its offset from the start of the file, counting from 0
   * @param line the line it is on, counting from 1; a line ends with LF, CR or CRLF
   * @param bytes the bytes that do not decode, as hexadecimal such as {@code 0xB9 0xA4}
   */
  record Failure(long offset, long line, String bytes) {}

  /** Opens the bytes to decode, once more for each pass. */
  @FunctionalInterface
  interface Source {
    /** Opens a new stream of the bytes, from the first. */
    InputStream open() throws IOException;
  }

  /**
   * Decodes the bytes of {@code source} to their end as {@code charset}, strictly, and returns
   * where the first byte that does not decode is; empty if every byte decodes. Only where a byte
   * does not decode are the lines up to it counted, in a second pass: LF and CR bytes are line
   * breaks in UTF-8 and in GB18030 alike (neither uses them inside a character).
   */
  static Optional<Failure> scan(Source source, Charset charset) throws IOException {
    try (InputStream in = source.open()) {
      Optional<Failure> failure = scan(in, charset);
      if (failure.isEmpty()) {
        return failure;
      }
      Failure at = failure.orElseThrow();
      try (InputStream again = source.open()) {
        return Optional.of(new Failure(at.offset(), lineAt(again, at.offset()), at.bytes()));
      }
    }
  }

  /** The line the byte at {@code offset} is on, counting from 1. */
  private static long lineAt(InputStream in, long offset) throws IOException {
    byte[] array = new byte[BUFFER];
    Lines lines = new Lines();
    long line = 1;
    long left = offset;
    while (left > 0) {
      int n = in.read(array, 0, (int) Math.min(array.length, left));
      if (n < 0) {
        break;
      }
      line = lines.count(array, 0, n);
      left -= n;
    }
    return line;
  }

  /** Decodes {@code in} strictly; a failure's line is not counted yet (0). */
  private static Optional<Failure> scan(InputStream in, Charset charset) throws IOException {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    byte[] array = new byte[BUFFER];
    ByteBuffer bytes = ByteBuffer.wrap(array);
    CharBuffer chars = CharBuffer.allocate(BUFFER);
    long consumed = 0; // bytes before bytes' position 0
    boolean end = false;
    while (!end) {
      int n = in.read(array, bytes.position(), bytes.remaining());
      end = n < 0;
      if (n > 0) {
        bytes.position(bytes.position() + n);
      }
      bytes.flip();
      CoderResult result;
      do {
        chars.clear();
        result = decoder.decode(bytes, chars, end);
      } while (result.isOverflow());
      if (end && !result.isError()) {
        do {
          chars.clear();
          result = decoder.flush(chars);
        } while (result.isOverflow());
      }
      if (result.isError()) {
        int at = bytes.position();
        StringBuilder hex = new StringBuilder();
        for (int i = 0; i < result.length() && at + i < bytes.limit(); i++) {
          hex.append(i == 0 ? "" : " ")
              .append(String.format(Locale.ROOT, "0x%02X", array[at + i] & 0xFF));
        }
        return Optional.of(new Failure(consumed + at, 0, hex.toString()));
      }
      consumed += bytes.position();
      bytes.compact();
    }
    return Optional.empty();
  }

  /** Counts line breaks as BoundedCells and the CSV parser do: CRLF, CR or LF. */
  private static final class Lines {
    private long line = 1;
    private boolean afterCr;

    /** Counts the breaks in {@code array[from, to)} and returns the line after them. */
    long count(byte[] array, int from, int to) {
      for (int i = from; i < to; i++) {
        byte b = array[i];
        if (b == '\n') {
          if (!afterCr) {
            line++;
          }
          afterCr = false;
        } else if (b == '\r') {
          line++;
          afterCr = true;
        } else {
          afterCr = false;
        }
      }
      return line;
    }
  }
}
