package org.triangulate.ingest.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.triangulate.ingest.Fixtures;
import org.triangulate.ingest.IngestException;
import org.triangulate.model.Document;
import org.triangulate.model.Part;
import org.triangulate.model.Section;

/** PDF reports: text page by page, with each paragraph's page kept in the document's parts. */
class PdfReaderTest {
  /** An invented two-page report, each page's lines as given; a running footer on each page. */
  static byte[] report(String title, List<List<String>> pages, String password) throws IOException {
    try (PDDocument pdf = new PDDocument()) {
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      for (List<String> lines : pages) {
        PDPage page = new PDPage();
        pdf.addPage(page);
        try (PDPageContentStream text = new PDPageContentStream(pdf, page)) {
          text.beginText();
          text.setFont(font, 11);
          text.setLeading(14);
          text.newLineAtOffset(60, 720);
          for (String line : lines) {
            if (!line.isEmpty()) {
              text.showText(line);
            }
            text.newLine();
          }
          text.endText();
        }
      }
      if (title != null) {
        pdf.getDocumentInformation().setTitle(title);
      }
      if (password != null) {
        StandardProtectionPolicy policy =
            new StandardProtectionPolicy("owner", password, new AccessPermission());
        policy.setEncryptionKeyLength(128);
        pdf.protect(policy);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      pdf.save(out);
      return out.toByteArray();
    }
  }

  static final List<List<String>> PAGES = List.of(
      List.of("Invented for Triangulate's tests: no real person or event.", "",
          "KABUL -- Security forces detained two men in Kabul on Monday, the invented",
          "spokesman Yama Noori said.", "", "Quarterly review, invented edition"),
      List.of("The men were handed to prosecutors, he added. A third suspect", "escaped.", "",
          "Quarterly review, invented edition"));

  private static Document read(byte[] pdf) {
    return Fixtures.ingestor().read("review.pdf", pdf, "reports/review.pdf");
  }

  @Test
  void eachParagraphKeepsItsPageAndTheTitleComesFromTheDocumentInformation() throws IOException {
    Document doc = read(report("Invented quarterly review", PAGES, null));

    assertThat(doc.meta().title()).isEqualTo("Invented quarterly review");
    assertThat(doc.custody().mediaType()).isEqualTo("application/pdf");
    assertThat(doc.texts(Section.BODY)).containsExactly(
        "Invented for Triangulate's tests: no real person or event.",
        "KABUL -- Security forces detained two men in Kabul on Monday, the invented spokesman Yama Noori said.",
        "The men were handed to prosecutors, he added. A third suspect escaped.");
    assertThat(doc.parts()).filteredOn(p -> p.section() == Section.BODY).extracting(Part::page)
        .containsExactly(1, 1, 2);
    int prosecutors = doc.text().indexOf("prosecutors");
    assertThat(doc.findPage(prosecutors)).hasValue(2);
    assertThat(doc.findPage(doc.text().indexOf("Kabul"))).hasValue(1);
    assertThat(doc.meta().dateline()).isEqualTo("KABUL");
  }

  @Test
  void aLineRepeatedOnEveryPageIsARunningHeaderOrFooterAndIsDropped() throws IOException {
    Document doc = read(report(null, PAGES, null));

    assertThat(doc.text()).doesNotContain("Quarterly review");
  }

  @Test
  void withoutATitleInItsInformationTheDocumentHasNone() throws IOException {
    Document doc = read(report(null, PAGES, null));

    assertThat(doc.meta().title()).isNull();
    assertThat(doc.findPage(0)).hasValue(1);
  }

  @Test
  void anEncryptedPdfIsAnErrorNamingIt() throws IOException {
    byte[] locked = report("Locked", PAGES, "secret");

    assertThatThrownBy(() -> read(locked))
        .isInstanceOf(IngestException.class)
        .hasMessage("review.pdf: encrypted PDF: needs a password");
  }

  @Test
  void aPdfWithoutTextSaysItNeedsOcr() throws IOException {
    byte[] blank = report("Scanned", List.of(List.of(""), List.of("")), null);

    assertThatThrownBy(() -> read(blank))
        .isInstanceOf(IngestException.class)
        .hasMessage("review.pdf: no text in 2 pages (a scanned PDF needs OCR first)");
  }

  @Test
  void aBrokenPdfIsAnErrorNamingIt() {
    byte[] broken = "%PDF-1.7\nInvented: this is not really a PDF at all.\n".getBytes();

    assertThatThrownBy(() -> read(broken))
        .isInstanceOf(IngestException.class)
        .hasMessageStartingWith("review.pdf: not a readable PDF: ");
  }
}
