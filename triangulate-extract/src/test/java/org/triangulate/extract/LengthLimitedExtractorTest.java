package org.triangulate.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.triangulate.model.Custody;
import org.triangulate.model.Document;
import org.triangulate.model.DocumentId;
import org.triangulate.model.Extraction;
import org.triangulate.model.Metadata;
import org.triangulate.model.Pipeline;

class LengthLimitedExtractorTest {
  private final AtomicInteger extracted = new AtomicInteger();
  private final Extractor counting = new Extractor() {
    @Override
    public Extraction extract(Document document) {
      extracted.incrementAndGet();
      return new Extraction(document.id(), pipeline(), List.of(), List.of());
    }

    @Override
    public Pipeline pipeline() {
      return new Pipeline("test", List.of());
    }
  };

  private static Document ofLength(int chars) {
    String text = "x".repeat(chars);
    return new Document(new DocumentId("doc-0123456789abcdef"), text, List.of(),
        new Metadata(null, null, null, null, null, null, false), "eng", 0L,
        new Custody(null, text.getBytes(StandardCharsets.UTF_8), "text/plain", "UTF-8",
            Instant.EPOCH));
  }

  @Test
  void aDocumentOverTheLimitIsRefusedWithItsLengthTheLimitAndTheWayAround() {
    Extractor limited = new LengthLimitedExtractor(counting, 1_000, "--max-extract-chars overrides");

    assertThatThrownBy(() -> limited.extract(ofLength(1_001)))
        .isInstanceOf(ExtractException.class)
        .hasMessage("doc-0123456789abcdef: too long to extract: 1,001 characters, limit 1,000;"
            + " --max-extract-chars overrides");
    assertThat(extracted).hasValue(0);
  }

  @Test
  void aDocumentAtTheLimitOrNoLimitAtAllIsExtracted() {
    new LengthLimitedExtractor(counting, 1_000, "").extract(ofLength(1_000));
    new LengthLimitedExtractor(counting, 0, "").extract(ofLength(5_000));

    assertThat(extracted).hasValue(2);
  }
}
