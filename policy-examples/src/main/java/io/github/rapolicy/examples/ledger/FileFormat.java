package io.github.rapolicy.examples.ledger;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * What a ledger file is, by its first bytes (its "magic number"), whatever its name ends with: an
 * .xlsx workbook, text (CSV), or a format the ledger check does not read, which is named with what
 * to save the file as.
 */
enum FileFormat {
  /** A ZIP archive beginning {@code PK 03 04}, as every .xlsx workbook is. */
  XLSX(""),
  /** Text beginning with the UTF-8 byte-order mark {@code EF BB BF}. */
  UTF8_WITH_BOM(""),
  /** Any other text. */
  TEXT(""),
  /** An OLE2 compound file, {@code D0 CF 11 E0 A1 B1 1A E1}. */
  OLE2(
      "an Excel 97–2003 workbook (.xls) or another OLE2 file (such as a password-protected"
          + " workbook)|Excel 97–2003 工作簿（.xls）或其他 OLE2 文件（如加密的工作簿）"),
  /** An empty ZIP archive, or one spanning several files. */
  OTHER_ZIP("a ZIP archive that is not an .xlsx workbook|不是 .xlsx 工作簿的 ZIP 压缩包"),
  /** A PDF document. */
  PDF("a PDF document|PDF 文档"),
  /** Text in UTF-16, as Excel saves "Unicode text". */
  UTF16("UTF-16 text (Excel's \"Unicode text\")|UTF-16 文本（Excel 的“Unicode 文本”）"),
  /** gzip, 7z or RAR. */
  ARCHIVE("a compressed archive (gzip, 7z or RAR)|压缩包（gzip、7z 或 RAR）"),
  /** Bytes with NUL among the first kilobytes: no CSV export has them. */
  BINARY("a binary file, not text (it has NUL bytes)|二进制文件，不是文本（含 NUL 字节）");

  /** How many bytes are looked at for NUL bytes. */
  private static final int SNIFF = 8192;

  private final String name;

  FileFormat(String name) {
    this.name = name;
  }

  /** Reads the first bytes of {@code file} and says what it is. */
  static FileFormat of(Path file) throws IOException {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(SNIFF);
    }
    return of(head);
  }

  /** Says what a file beginning with {@code head} is. */
  static FileFormat of(byte[] head) {
    if (starts(head, 0x50, 0x4B, 0x03, 0x04)) {
      return XLSX;
    }
    if (starts(head, 0x50, 0x4B, 0x05, 0x06) || starts(head, 0x50, 0x4B, 0x07, 0x08)) {
      return OTHER_ZIP;
    }
    if (starts(head, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
      return OLE2;
    }
    if (starts(head, 0x25, 0x50, 0x44, 0x46, 0x2D)) {
      return PDF;
    }
    if (starts(head, 0xFF, 0xFE) || starts(head, 0xFE, 0xFF)) {
      return UTF16;
    }
    if (starts(head, 0x1F, 0x8B)
        || starts(head, 0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C)
        || starts(head, 0x52, 0x61, 0x72, 0x21, 0x1A, 0x07)) {
      return ARCHIVE;
    }
    for (byte b : head) {
      if (b == 0) {
        return BINARY;
      }
    }
    return starts(head, 0xEF, 0xBB, 0xBF) ? UTF8_WITH_BOM : TEXT;
  }

  /**
   * Throws, for a format the ledger check does not read, naming it and what to save it as; returns
   * for text and workbooks.
   */
  void refuse(Path file) throws UnreadableLedgerException {
    if (name.isEmpty()) {
      return;
    }
    String[] both = name.split("\\|", 2);
    throw new UnreadableLedgerException(
        new Text(
            "“" + file + "”是" + both[1] + "，无法核查；请另存为 .xlsx 工作簿或“CSV UTF-8”",
            file
                + " is "
                + both[0]
                + ", which the ledger check does not read; save it as an .xlsx workbook or as"
                + " CSV UTF-8"));
  }

  private static boolean starts(byte[] head, int... magic) {
    if (head.length < magic.length) {
      return false;
    }
    byte[] expected = new byte[magic.length];
    for (int i = 0; i < magic.length; i++) {
      expected[i] = (byte) magic[i];
    }
    return Arrays.equals(head, 0, magic.length, expected, 0, magic.length);
  }
}
