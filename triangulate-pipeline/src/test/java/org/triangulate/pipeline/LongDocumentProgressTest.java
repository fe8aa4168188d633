package org.triangulate.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.triangulate.extract.Extractor;
import org.triangulate.extract.nlp.PieceListener;
import org.triangulate.ingest.Entry;
import org.triangulate.ingest.fingerprint.ContentId;
import org.triangulate.model.Custody;
import org.triangulate.model.Document;
import org.triangulate.model.Extraction;
import org.triangulate.model.Metadata;
import org.triangulate.model.Part;
import org.triangulate.model.Pipeline;
import org.triangulate.model.Section;
import org.triangulate.model.Span;

/**
 * A long document's extraction tells the batch's listener how far it has got, piece by piece,
 * naming the document; a short one tells nothing. The extractor here is invented: it cuts the
 * text into three pieces and finds nothing, standing in for CoreNLP, which is not what is tested.
 */
class LongDocumentProgressTest {
  /** Tells its listener about three pieces of the text, as a piecewise analyzer does. */
  private static final class ThreePieces implements Extractor {
    @Override
    public Extraction extract(Document document) {
      return extract(document, PieceListener.NONE);
    }

    @Override
    public Extraction extract(Document document, PieceListener listener) {
      int length = document.text().length();
      for (int done = 0; done <= 3; done++) {
        listener.analysed(done, 3, length * done / 3);
      }
      return new Extraction(document.id(), pipeline(), List.of(), List.of(), List.of(), List.of());
    }

    @Override
    public Pipeline pipeline() {
      return new Pipeline("test", List.of());
    }
  }

  private static final class Heard implements IngestPipeline.Listener {
    final List<String> lines = new ArrayList<>();

    @Override
    public void extracting(String name, int done, int pieces, int chars, int length) {
      lines.add(name + " " + done + "/" + pieces + " " + chars + "/" + length);
    }
  }

  @Test
  void aLongDocumentsPiecesAreHeardByNameAsTheyAreDone() {
    Heard heard = new Heard();
    Document doc = document("Invented words for a long document. ".repeat(7_000));

    IngestPipeline.extracting(new ThreePieces(), 1).extract(new Entry("long.txt", () -> doc), heard);

    assertThat(heard.lines).containsExactly("long.txt 0/3 0/252000", "long.txt 1/3 84000/252000",
        "long.txt 2/3 168000/252000", "long.txt 3/3 252000/252000");
  }

  @Test
  void aShortDocumentTellsNothing() {
    Heard heard = new Heard();
    Document doc = document("Invented words for a short document. ".repeat(100));

    IngestPipeline.extracting(new ThreePieces(), 1).extract(new Entry("short.txt", () -> doc), heard);

    assertThat(heard.lines).isEmpty();
  }

  private static Document document(String text) {
    return new Document(ContentId.of(text), text, List.of(new Part(Section.BODY, new Span(0, text.length()))),
        new Metadata(null, null, null, null, null, null, false), "eng", 0L,
        new Custody(null, text.getBytes(StandardCharsets.UTF_8), "text/plain", "UTF-8", Instant.EPOCH));
  }
}
