package org.triangulate.ingest.coded;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidOperationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.jspecify.annotations.Nullable;
import org.triangulate.ingest.IngestException;
import org.triangulate.ingest.coded.CodedRows.Dataset;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads coded rows from the first sheet of an Excel workbook ({@code .xlsx}, as START distributes
 * the GTD), with the same columns, checks and errors as {@link CodedRows} reads from CSV: the
 * first row names the columns. The sheet is streamed through POI's SAX reader
 * ({@link XSSFSheetXMLHandler}), so a workbook of the GTD's 200,000 rows is never held as cells;
 * only its table of shared strings is. Whole numbers are read as written (an {@code eventid} of
 * twelve digits stays {@code 197000000001}, not Excel's {@code 1.97E+11}). Stateless and
 * thread-safe.
 */
public final class CodedSheets {
  private CodedSheets() {}

  /** Whether {@code file} is read as a workbook: its name ends in {@code .xlsx}. */
  public static boolean isWorkbook(String file) {
    return file.toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx");
  }

  /**
   * Gives {@code action} each row of a modelled type on the first sheet, in order.
   *
   * @param name the file's name, which every row's name starts with
   * @return the rows skipped because their type is not modelled, counted by type
   * @throws IngestException naming the file when it is not a workbook or lacks a needed column
   */
  public static Map<String, Integer> forEach(
      Dataset dataset, String name, Path file, Consumer<CodedRow> action) {
    Map<String, Integer> skipped = new TreeMap<>();
    try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
      XSSFReader reader = new XSSFReader(pkg);
      Iterator<InputStream> sheets = reader.getSheetsData();
      if (!sheets.hasNext()) {
        throw IngestException.of(name, "not an " + dataset + " file: the workbook has no sheet");
      }
      Rows rows = new Rows(dataset, name, action, skipped);
      XMLReader xml = XMLHelper.newXMLReader();
      xml.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(),
          new ReadOnlySharedStringsTable(pkg), rows, new PlainNumbers(), false));
      try (InputStream sheet = sheets.next()) {
        xml.parse(new InputSource(sheet));
      }
      if (rows.header == null) {
        throw IngestException.of(name, "not an " + dataset + " file: the first sheet is empty");
      }
    } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException
        | UnsupportedFileFormatException | POIXMLException | InvalidOperationException e) {
      // POI says a file is no workbook (not a zip, no workbook part) with these, some unchecked
      String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      throw new IngestException(name + ": not a readable workbook: " + reason, e);
    }
    return skipped;
  }

  /** The sheet's rows as they stream by: the first names the columns. */
  private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
    private final Dataset dataset;
    private final String name;
    private final Consumer<CodedRow> action;
    private final Map<String, Integer> skipped;
    private @Nullable List<String> header;
    private final Map<Integer, String> cells = new TreeMap<>();
    private long number;

    Rows(Dataset dataset, String name, Consumer<CodedRow> action, Map<String, Integer> skipped) {
      this.dataset = dataset;
      this.name = name;
      this.action = action;
      this.skipped = skipped;
    }

    @Override
    public void startRow(int rowNum) {
      cells.clear();
    }

    @Override
    public void cell(String ref, @Nullable String value, @Nullable XSSFComment comment) {
      if (value != null) {
        cells.put((int) new CellReference(ref).getCol(), value);
      }
    }

    @Override
    public void endRow(int rowNum) {
      if (cells.values().stream().allMatch(String::isBlank)) {
        return;
      }
      if (header == null) {
        header = columns();
        CodedRows.checkColumns(dataset, name, header);
        return;
      }
      List<String> columns = header;
      Map<String, String> byColumn = new LinkedHashMap<>();
      String[] values = new String[columns.size()];
      for (int i = 0; i < columns.size(); i++) {
        values[i] = cells.getOrDefault(i, "").strip();
        byColumn.put(columns.get(i), values[i]);
      }
      CodedRows.row(dataset, name, ++number, byColumn, values, action, skipped);
    }

    private List<String> columns() {
      int last = cells.isEmpty() ? -1 : ((TreeMap<Integer, String>) cells).lastKey();
      List<String> out = new ArrayList<>();
      for (int i = 0; i <= last; i++) {
        out.add(cells.getOrDefault(i, "").strip());
      }
      return out;
    }
  }

  /** Excel's display of numbers, except that a whole number is written out in full. */
  private static final class PlainNumbers extends DataFormatter {
    @Override
    public String formatRawCellContents(double value, int formatIndex, @Nullable String formatString) {
      if (value == Math.rint(value) && Math.abs(value) < 1e15
          && !DateUtil.isADateFormat(formatIndex, formatString)) {
        return Long.toString((long) value);
      }
      return super.formatRawCellContents(value, formatIndex, formatString);
    }
  }
}
