package org.triangulate.ingest.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jspecify.annotations.Nullable;
import org.triangulate.ingest.IngestException;
import org.triangulate.ingest.internal.Whitespace;

/**
 * Reads a PDF's text with PDFBox, page by page, into paragraphs that keep their page number.
 * Paragraphs are PDFBox's (by line spacing and indentation); a paragraph's lines are joined
 * with a space, or with nothing after a hyphen, so no word is rewritten. A paragraph found on
 * more than half of the pages of a document of two or more (a running header or footer), and a
 * paragraph that is only a page number, are dropped. The title is the one the document
 * information gives, if any. Stateless and thread-safe; O(n) in the text.
 */
public final class PdfReader {
  private static final byte[] MAGIC = {'%', 'P', 'D', 'F', '-'};
  private static final String PARAGRAPH_END = "\n\n";
  private static final Pattern PARAGRAPHS = Pattern.compile("\\n\\s*\\n");
  private static final Pattern LINE_BREAK = Pattern.compile("\\s*\\R\\s*");
  private static final Pattern PAGE_NUMBER =
      Pattern.compile("(?i)(?:page\\s*)?\\d{1,4}(?:\\s*(?:of|/)\\s*\\d{1,4})?|-\\s*\\d{1,4}\\s*-");

  private PdfReader() {}

  /** A PDF's text: its title and each page's paragraphs, pages numbered from 1 in order. */
  public record PdfText(@Nullable String title, List<List<String>> pages) {
    public PdfText {
      pages = pages.stream().map(List::copyOf).toList();
    }
  }

  /** True when {@code bytes} open with the PDF header. */
  public static boolean isPdf(byte[] bytes) {
    return bytes.length >= MAGIC.length
        && Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length);
  }

  /**
   * The text of the PDF in {@code bytes}.
   *
   * @throws IngestException naming {@code name} when it cannot be parsed, needs a password, or
   *     holds no text (a scan without OCR)
   */
  public static PdfText read(String name, byte[] bytes) {
    try (PDDocument pdf = Loader.loadPDF(bytes)) {
      List<List<String>> pages = new ArrayList<>();
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setParagraphEnd(PARAGRAPH_END);
      stripper.setLineSeparator("\n");
      for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        pages.add(paragraphs(stripper.getText(pdf)));
      }
      List<List<String>> kept = withoutRunningLines(pages);
      if (kept.stream().allMatch(List::isEmpty)) {
        throw IngestException.of(
            name, "no text in " + pages.size() + " pages (a scanned PDF needs OCR first)");
      }
      return new PdfText(Whitespace.collapseToNull(pdf.getDocumentInformation().getTitle()), kept);
    } catch (InvalidPasswordException e) {
      throw IngestException.of(name, "encrypted PDF: needs a password");
    } catch (IOException | RuntimeException e) {
      if (e instanceof IngestException ie) {
        throw ie;
      }
      // PDFBox reports a broken file by IOException, a few broken structures unchecked
      String reason = e.getMessage() == null ? e.getClass().getSimpleName() : firstLine(e.getMessage());
      throw new IngestException(name + ": not a readable PDF: " + reason, e);
    }
  }

  private static List<String> paragraphs(String pageText) {
    List<String> out = new ArrayList<>();
    for (String block : PARAGRAPHS.split(pageText)) {
      String joined = joinLines(block.strip());
      String text = Whitespace.collapse(joined);
      if (!text.isEmpty() && !PAGE_NUMBER.matcher(text).matches()) {
        out.add(text);
      }
    }
    return out;
  }

  /** Lines joined by a space, or by nothing after a hyphen ("Nangar-" "har" stays as printed). */
  private static String joinLines(String block) {
    StringBuilder sb = new StringBuilder();
    for (String line : LINE_BREAK.split(block)) {
      if (!sb.isEmpty() && sb.charAt(sb.length() - 1) != '-') {
        sb.append(' ');
      }
      sb.append(line);
    }
    return sb.toString();
  }

  private static List<List<String>> withoutRunningLines(List<List<String>> pages) {
    if (pages.size() < 2) {
      return pages;
    }
    Map<String, Integer> pagesWith = new HashMap<>();
    for (List<String> page : pages) {
      page.stream().distinct().forEach(p -> pagesWith.merge(p, 1, Integer::sum));
    }
    return pages.stream()
        .map(page -> page.stream().filter(p -> pagesWith.get(p) * 2 <= pages.size()).toList())
        .toList();
  }

  private static String firstLine(String message) {
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end);
  }
}
