package org.triangulate.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.triangulate.cli.Cli.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.cli.Cli.Run;
import org.triangulate.graph.store.DocumentSummary;
import org.triangulate.graph.store.Store;
import org.triangulate.graph.store.StoreLocation;
import org.triangulate.model.Document;
import org.triangulate.model.Extraction;

/**
 * {@code reextract} reads each document's stored raw bytes again through today's readers: where
 * they read to another text (here, the bytes are replaced as if an older reader had dropped a
 * paragraph that today's keeps), the new text is stored with its new extraction under the same
 * id, corrections kept; where they cannot be read any more (binary bytes), the document stays as
 * it was, named in one line, and the batch goes on. CoreNLP loads once for the JVM.
 */
class ReextractRawBytesIT {
  private static final String ADDED = "\n\nInvented for the test: police spokesman Zarif Amani said"
      + " the detainees were moved to Pul-e-Charkhi prison in Kabul on Wednesday.\n";

  @TempDir Path data;

  private Run store(String... args) {
    String[] all = new String[args.length + 2];
    all[0] = "--data";
    all[1] = data.toString();
    System.arraycopy(args, 0, all, 2, args.length);
    return run(all);
  }

  @Test
  void theRawBytesAreReadAgainAndTheirNewTextStoredUnderTheSameIdWithCorrectionsKept()
      throws IOException {
    Path arrest = Path.of("..", "samples", "01-kabul-cell-arrest.txt");
    Path bombing = Path.of("..", "samples", "02-jalalabad-bombing.txt");
    Run ingest = store("ingest", "--as-of", "2026-11-25", arrest.toString(), bombing.toString());
    assertThat(ingest.exit()).as(ingest.err()).isZero();
    Map<String, Document> before = documents();
    Document changed = before.get("01-kabul-cell-arrest.txt");
    Document unreadable = before.get("02-jalalabad-bombing.txt");
    String event = exportIdOfFirstEvent(changed);
    Run retype = store("retype", event, "KIDNAPPING", "--why", "invented: a test", "--by", "tester");
    assertThat(retype.exit()).as(retype.err()).isZero();
    byte[] newer = (Files.readString(arrest) + ADDED).getBytes(StandardCharsets.UTF_8);
    byte[] binary = new byte[4096]; // all zero bytes: the readers refuse binary input
    setRaw(changed, newer);
    setRaw(unreadable, binary);

    Run reextract = store("reextract");

    assertThat(reextract.exit()).as(reextract.err()).isEqualTo(Main.SOME_FAILED);
    assertThat(reextract.out()).as(reextract.err()).contains("1 re-extracted, 1 failed")
        .contains(changed.id() + ": its raw bytes read to another text now")
        .contains("Zarif Amani");
    assertThat(reextract.err()).contains(unreadable.id() + ": its raw bytes cannot be read any more"
        + " (../samples/02-jalalabad-bombing.txt: ").contains("); kept as it was");
    Map<String, Document> after = documents();
    Document reread = after.get("01-kabul-cell-arrest.txt");
    assertThat(reread.id()).isEqualTo(changed.id());
    assertThat(reread.text()).contains("Zarif Amani").startsWith(changed.text().strip().substring(0, 60));
    assertThat(reread.custody().raw()).isEqualTo(newer);
    assertThat(extraction(reread).entities()).anyMatch(e -> e.name().contains("Zarif Amani"));
    assertThat(after.get("02-jalalabad-bombing.txt").text()).isEqualTo(unreadable.text());
    assertThat(extraction(after.get("02-jalalabad-bombing.txt")))
        .isEqualTo(extractionsBefore.get(unreadable.id().value()));
    assertThat(store("show", event).out()).startsWith(event + "  KIDNAPPING")
        .contains("CORRECTED: retyped as KIDNAPPING by tester");
  }

  private @Nullable Map<String, Extraction> extractionsBefore;

  private Extraction extraction(Document doc) {
    try (Store s = Store.open(new StoreLocation.Embedded(data))) {
      return s.findExtraction(doc.id()).orElseThrow();
    }
  }

  /** The stored documents by file name; their extractions kept for a later comparison. */
  private Map<String, Document> documents() {
    try (Store s = Store.open(new StoreLocation.Embedded(data))) {
      Map<String, Document> docs = s.documents().stream().map(DocumentSummary::id)
          .map(id -> s.findDocument(id).orElseThrow())
          .collect(Collectors.toMap(d -> Path.of(d.custody().file()).getFileName().toString(),
              Function.identity()));
      if (extractionsBefore == null) {
        extractionsBefore = docs.values().stream().collect(Collectors.toMap(d -> d.id().value(),
            d -> s.findExtraction(d.id()).orElseThrow()));
      }
      return docs;
    }
  }

  private void setRaw(Document doc, byte[] raw) {
    try (Store s = Store.open(new StoreLocation.Embedded(data))) {
      s.write("raw bytes", h -> h.createUpdate("UPDATE documents SET raw = :raw WHERE id = :id")
          .bind("raw", raw).bind("id", doc.id().value()).execute());
    }
  }

  private String exportIdOfFirstEvent(Document doc) {
    try (Store s = Store.open(new StoreLocation.Embedded(data))) {
      return s.read("event id", h -> h.createQuery(
              "SELECT export_id FROM events WHERE document = :d ORDER BY key LIMIT 1")
          .bind("d", doc.id().value()).mapTo(String.class).one());
    }
  }
}
