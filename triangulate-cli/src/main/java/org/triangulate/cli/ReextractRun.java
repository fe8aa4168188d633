package org.triangulate.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.triangulate.extract.Extractor;
import org.triangulate.graph.store.Store;
import org.triangulate.graph.store.StoreDigest;
import org.triangulate.ingest.IngestException;
import org.triangulate.ingest.Ingestor;
import org.triangulate.model.Document;
import org.triangulate.model.DocumentId;
import org.triangulate.model.TriangulateException;

/**
 * Re-extracts stored documents one by one, each replaced in one transaction with the analyst's
 * corrections kept, then resolves once and says what changed. A document that fails keeps its
 * old extraction and gets one line; the batch goes on.
 */
final class ReextractRun {
  /** Lines of each kind's gains and losses printed before counting the rest. */
  static final int SHOWN = 10;

  /** What happened to a batch. */
  record Summary(int reextracted, List<String> failures) {
    int exitCode() {
      return failures.isEmpty() ? Main.OK : Main.SOME_FAILED;
    }
  }

  private final Ingestor ingestor;
  private final Extractor extractor;
  private final Store store;
  private final PrintWriter out;

  ReextractRun(Ingestor ingestor, Extractor extractor, Store store, PrintWriter out) {
    this.ingestor = ingestor;
    this.extractor = extractor;
    this.store = store;
    this.out = out;
  }

  Summary run(List<DocumentId> ids, Consumer<DocumentId> progress) {
    StoreDigest before = store.digest();
    int done = 0;
    List<String> failures = new ArrayList<>();
    for (DocumentId id : ids) {
      try {
        Document doc = store.findDocument(id).orElseThrow(
            () -> new IllegalStateException(id + ": listed but not stored"));
        checkRawBytes(doc);
        store.replaceExtraction(doc, extractor.extract(doc))
            .forEach(lost -> out.println(id + ": " + lost + " has no entity of that name now;"
                + " that part of the correction is gone"));
        done++;
      } catch (TriangulateException e) {
        failures.add(id + ": " + e.getMessage() + " (its old extraction is kept)");
      } catch (RuntimeException e) {
        // A defect met on one document must not cost the rest of the batch.
        failures.add(id + ": internal error: " + e + " (its old extraction is kept)");
      }
      progress.accept(id);
    }
    if (done > 0) {
      out.println("resolving entities and events across documents…");
      out.flush();
      store.resolve();
    }
    printChanges(store.digest().since(before));
    store.orphanCorrections().forEach(c -> out.println("correction of " + c.target()
        + " no longer finds its target (" + c.words() + ")"));
    return new Summary(done, failures);
  }

  /** Says so when today's readers read a document's raw bytes to another text than stored. */
  private void checkRawBytes(Document doc) {
    String name = doc.custody().file() != null ? doc.custody().file() : doc.id().value();
    try {
      Document again = ingestor.read(name, doc.custody().raw(), doc.custody().file());
      if (!again.id().equals(doc.id())) {
        out.println(doc.id() + ": the readers now read its raw bytes to another text ("
            + again.id() + "); the stored text was re-extracted: ingest the file again for the new");
      }
    } catch (IngestException e) {
      out.println(doc.id() + ": the readers now refuse its raw bytes (" + e.getMessage()
          + "); the stored text was re-extracted");
    }
  }

  private void printChanges(List<StoreDigest.Change> changes) {
    if (changes.stream().allMatch(c -> c.gained().isEmpty() && c.lost().isEmpty())) {
      out.println("nothing changed: entities, events, claims and links are as before");
      return;
    }
    for (StoreDigest.Change c : changes) {
      out.printf("%s: %d gained, %d lost%n", c.kind(), c.gained().size(), c.lost().size());
      lines(c.gained(), "+");
      lines(c.lost(), "-");
    }
  }

  private void lines(List<String> lines, String mark) {
    lines.stream().limit(SHOWN).forEach(l -> out.println("  " + mark + " " + l));
    if (lines.size() > SHOWN) {
      out.println("  " + mark + " … and " + (lines.size() - SHOWN) + " more");
    }
  }
}
