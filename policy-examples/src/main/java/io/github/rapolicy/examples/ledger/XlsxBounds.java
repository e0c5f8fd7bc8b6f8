package io.github.rapolicy.examples.ledger;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * Checks, in bounded memory and before FastExcel reads a workbook, that no cell of the sheet to be
 * read is longer than {@link BoundedCells#MAX_CELL} and that the workbook's shared strings are not
 * longer than {@link #MAX_SHARED_TEXT} together.
 *
 * <p>FastExcel holds a cell's whole text in memory, and every shared string (the text cells of a
 * workbook, stored once each) up to the last one a row uses. This check reads the shared strings
 * and the sheet once with the JDK's streaming XML parser, which hands text over in pieces of at
 * most 16 KiB (CDATA sections too), and only counts: a workbook with a 100 MB cell is one clear
 * error, never 100 MB read. A cell is an outermost {@code <c>} element and a shared string an
 * outermost {@code <si>}, all their text together, as FastExcel reads them; a row may not hold
 * more than {@link BoundedCells#MAX_RECORD} characters. A workbook this check cannot read (not a
 * zip the JDK reads, a part that is not well-formed XML) is not let through to FastExcel. Not
 * bounded: a single attribute value, comment or processing instruction, which the JDK's parser
 * holds whole, as FastExcel's does.
 */
final class XlsxBounds {

  /** The longest the shared strings of a workbook may be together, in characters. */
  static final long MAX_SHARED_TEXT = 1L << 27;

  /** What each shared string counts towards {@link #MAX_SHARED_TEXT} besides its text. */
  static final int STRING_OVERHEAD = 32;

  private static final XMLInputFactory PARSER = parser();

  private XlsxBounds() {}

  private static XMLInputFactory parser() {
    // The JDK's own parser, not the one found on the class path (FastExcel brings Aalto, which
    // gathers a whole text before it says how long it is).
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.IS_COALESCING, false);
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    // and CDATA sections in pieces too (the JDK's default is whole)
    factory.setProperty("jdk.xml.cdataChunkSize", 16_384);
    return factory;
  }

  /**
   * Checks the sheet whose relationship ID in the workbook is {@code sheetId}, and the shared
   * strings.
   *
   * @throws UnreadableLedgerException naming the row of a cell that is too long, or saying that
   *     the shared strings are
   */
  static void check(Path file, String sheetId) throws UnreadableLedgerException {
    check(file, sheetId, MAX_SHARED_TEXT);
  }

  /** As {@link #check(Path, String)}, with {@code maxSharedText} for the shared strings' limit. */
  static void check(Path file, String sheetId, long maxSharedText) throws UnreadableLedgerException {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      Map<String, String> parts = new HashMap<>();
      @Nullable String sharedStrings = null;
      ZipEntry rels = zip.getEntry("xl/_rels/workbook.xml.rels");
      if (rels == null) {
        return; // FastExcel names what is missing
      }
      try (InputStream in = zip.getInputStream(rels)) {
        XMLStreamReader xml = PARSER.createXMLStreamReader(in);
        while (xml.hasNext()) {
          if (xml.next() == XMLStreamConstants.START_ELEMENT
              && xml.getLocalName().equals("Relationship")) {
            String id = xml.getAttributeValue(null, "Id");
            String target = xml.getAttributeValue(null, "Target");
            String type = xml.getAttributeValue(null, "Type");
            if (id != null && target != null) {
              String part = target.startsWith("/") ? target.substring(1) : "xl/" + target;
              parts.put(id, part);
              if (type != null && type.endsWith("/sharedStrings")) {
                sharedStrings = part;
              }
            }
          }
        }
      }
      Set<Integer> tooLong = new HashSet<>();
      ZipEntry strings = sharedStrings == null ? null : zip.getEntry(sharedStrings);
      if (strings != null) {
        try (InputStream in = zip.getInputStream(strings)) {
          tooLong = sharedStrings(in, maxSharedText);
        }
      }
      String sheetPart = parts.get(sheetId);
      ZipEntry sheet = sheetPart == null ? null : zip.getEntry(sheetPart);
      if (sheet != null) {
        try (InputStream in = zip.getInputStream(sheet)) {
          sheet(in, tooLong);
        }
      }
      if (!tooLong.isEmpty()) {
        // a string no row of the sheet uses: not a ledger's either
        throw new UnreadableLedgerException(
            new Text(
                "工作簿的一个共享字符串（文本单元格）超过"
                    + BoundedCells.MAX_CELL
                    + "个字符的上限，不是账本导出文件；未核查任何行",
                "a shared string (a text cell) of the workbook is longer than the limit of "
                    + BoundedCells.MAX_CELL
                    + " characters: not a ledger export; no row was checked"));
      }
    } catch (IOException | XMLStreamException | RuntimeException e) {
      // Not a zip the JDK reads, or a part it cannot parse: unchecked, FastExcel is not let read it.
      throw XlsxLedger.notAWorkbook(file, e);
    }
  }

  /**
   * Returns the indexes of the shared strings longer than a cell may be. A string is an outermost
   * {@code <si>} element, all of its text together (FastExcel joins the runs of rich text); each
   * string counts {@link #STRING_OVERHEAD} characters more towards the total, for the object it
   * becomes.
   */
  private static Set<Integer> sharedStrings(InputStream in, long maxSharedText)
      throws XMLStreamException, UnreadableLedgerException {
    Set<Integer> tooLong = new HashSet<>();
    XMLStreamReader xml = PARSER.createXMLStreamReader(in);
    int depth = 0;
    int stringDepth = -1;
    int index = -1;
    long length = 0;
    long total = 0;
    while (xml.hasNext()) {
      switch (xml.next()) {
        case XMLStreamConstants.START_ELEMENT -> {
          depth++;
          if (stringDepth < 0 && xml.getLocalName().equals("si")) {
            stringDepth = depth;
            index++;
            length = 0;
            total += STRING_OVERHEAD;
          }
        }
        case XMLStreamConstants.END_ELEMENT -> {
          if (depth == stringDepth) {
            stringDepth = -1;
          }
          depth--;
        }
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
          length += xml.getTextLength();
          total += xml.getTextLength();
          if (length > BoundedCells.MAX_CELL && stringDepth >= 0) {
            tooLong.add(index);
          }
        }
        default -> {}
      }
      if (total > maxSharedText) {
        throw new UnreadableLedgerException(
            new Text(
                "工作簿的共享字符串（文本单元格）合计超过"
                    + maxSharedText
                    + "个字符的上限，不是账本导出文件；未核查任何行",
                "the shared strings (the text cells) of the workbook are longer than the limit"
                    + " of "
                    + maxSharedText
                    + " characters together: not a ledger export; no row was checked"));
      }
    }
    return tooLong;
  }

  /**
   * Reads the sheet: a cell (an outermost {@code <c>}) whose own text is too long, or which uses a
   * shared string in {@code tooLong}, or a row whose cells' text is longer than {@link
   * BoundedCells#MAX_RECORD} together, is an error naming its row; the shared strings the sheet
   * uses are taken out of {@code tooLong}.
   */
  private static void sheet(InputStream in, Set<Integer> tooLong)
      throws XMLStreamException, UnreadableLedgerException {
    XMLStreamReader xml = PARSER.createXMLStreamReader(in);
    int depth = 0;
    int cellDepth = -1;
    long row = 0;
    boolean shared = false;
    long length = 0;
    long rowLength = 0;
    StringBuilder value = new StringBuilder();
    while (xml.hasNext()) {
      switch (xml.next()) {
        case XMLStreamConstants.START_ELEMENT -> {
          depth++;
          String name = xml.getLocalName();
          if (cellDepth < 0 && name.equals("row")) {
            String r = xml.getAttributeValue(null, "r");
            row = r != null && r.matches("\\d{1,9}") ? Long.parseLong(r) : row + 1;
            rowLength = 0;
          } else if (cellDepth < 0 && name.equals("c")) {
            cellDepth = depth;
            shared = "s".equals(xml.getAttributeValue(null, "t"));
            length = 0;
            value.setLength(0);
          }
        }
        case XMLStreamConstants.END_ELEMENT -> {
          if (depth == cellDepth) {
            cellDepth = -1;
            String index = value.toString().strip();
            if (shared && index.matches("\\d{1,9}") && tooLong.remove(Integer.parseInt(index))) {
              throw cellTooLong(row);
            }
          }
          depth--;
        }
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
          if (cellDepth >= 0) {
            length += xml.getTextLength();
            rowLength += xml.getTextLength();
            if (length > BoundedCells.MAX_CELL) {
              throw cellTooLong(row);
            }
            if (rowLength > BoundedCells.MAX_RECORD) {
              BoundedCells.CellTooLongException e =
                  new BoundedCells.CellTooLongException(row, "row", BoundedCells.MAX_RECORD);
              throw new UnreadableLedgerException(e.text(), e);
            }
            if (value.length() < 16) {
              value.append(
                  xml.getTextCharacters(), xml.getTextStart(), Math.min(16, xml.getTextLength()));
            }
          }
        }
        default -> {}
      }
    }
  }

  private static UnreadableLedgerException cellTooLong(long row) {
    BoundedCells.CellTooLongException e =
        new BoundedCells.CellTooLongException(row, "cell", BoundedCells.MAX_CELL);
    return new UnreadableLedgerException(e.text(), e);
  }
}
