package org.triangulate.spark;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.triangulate.ingest.IngestOptions;
import org.triangulate.ingest.Ingestor;
import org.triangulate.model.Component;
import org.triangulate.model.Document;
import org.triangulate.model.Extraction;
import org.triangulate.model.Pipeline;
import org.triangulate.model.Problem;
import org.triangulate.pipeline.Extracted;
import org.triangulate.pipeline.Failure;

/** The job's records survive a line of JSON: documents with their raw bytes, reasons, failures. */
class ExtractedJsonTest {
  private static final String HTML = "<!-- Invented for Triangulate's tests. --><html><head><title>Raid in Gardez</title>"
      + "<meta property=\"article:published_time\" content=\"2024-03-05\"></head><body><article>"
      + "<p>GARDEZ -- Security forces raided a house in Gardez on Sunday,\nthe invented spokesman Omar Rasuli said.</p>"
      + "</article></body></html>";

  private final Document doc = new Ingestor(new IngestOptions(LocalDate.of(2024, 3, 10), Clock.systemUTC(), 1 << 20))
      .read("raid.html", HTML.getBytes(UTF_8), "corpus/raid.html");

  @Test
  void aDocumentAndItsExtractionReadBackEqual() {
    Extraction x = new Extraction(doc.id(), new Pipeline("1", List.of(new Component("c", "2", Map.of("k", "v")))),
        List.of(), List.of(), List.of(), List.of(new Problem("claims", "no speaker", null)));
    String line = ExtractedJson.write(Extracted.of("raid.html", doc, x));
    assertThat(line).doesNotContain("\n");
    Extracted back = ExtractedJson.read(line, "part-00000:1");
    assertThat(back.document()).isEqualTo(doc);
    assertThat(back.extraction()).isEqualTo(x);
    assertThat(back.document().custody().raw()).isEqualTo(HTML.getBytes(UTF_8));
  }

  @Test
  void aReasonAndAFailureReadBack() {
    Extracted unextracted = ExtractedJson.read(ExtractedJson.write(Extracted.unextracted("raid.html", doc, "too long")), "l");
    assertThat(unextracted.notExtracted()).isEqualTo("too long");
    assertThat(unextracted.extraction()).isNull();
    Extracted failed = ExtractedJson.read(ExtractedJson.write(
        Extracted.failed("bad.txt", Failure.of("bad.txt", "binary"))), "l");
    assertThat(failed.failure().message()).isEqualTo("bad.txt: binary");
  }

  @Test
  void aLineThatIsNoRecordIsRefusedNamingWhere() {
    assertThatThrownBy(() -> ExtractedJson.read("{\"name\": 1", "part-00001.gz:7"))
        .isInstanceOf(SparkJobException.class).hasMessageStartingWith("part-00001.gz:7: not a record of the extract job");
  }
}
