package org.triangulate.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.triangulate.extract.Extractor;
import org.triangulate.graph.store.Store;
import org.triangulate.graph.store.StoreDigest;
import org.triangulate.ingest.IngestException;
import org.triangulate.ingest.Ingestor;
import org.triangulate.model.Document;
import org.triangulate.model.DocumentId;
import org.triangulate.model.Extraction;
import org.triangulate.model.TriangulateException;

/**
 * Re-extracts stored documents one by one: each one's raw bytes read again through today's
 * readers ({@link Ingestor#readAgain}), and the text they give stored with its new extraction in
 * one transaction, the analyst's corrections kept; then resolves once and says what changed. A
 * document whose bytes cannot be read any more, or that fails, stays as it was and gets one
 * line; the batch goes on.
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
  private final PrintWriter err;

  /** @param err where a long document's progress goes */
  ReextractRun(Ingestor ingestor, Extractor extractor, Store store, PrintWriter out, PrintWriter err) {
    this.ingestor = ingestor;
    this.extractor = extractor;
    this.store = store;
    this.out = out;
    this.err = err;
  }

  Summary run(List<DocumentId> ids, Consumer<DocumentId> progress) {
    StoreDigest before = store.digest();
    int done = 0;
    List<String> failures = new ArrayList<>();
    for (DocumentId id : ids) {
      try {
        Document stored = store.findDocument(id).orElseThrow(
            () -> new IllegalStateException(id + ": listed but not stored"));
        Document doc;
        try {
          doc = ingestor.readAgain(stored);
        } catch (IngestException e) {
          failures.add(id + ": its raw bytes cannot be read any more (" + e.getMessage()
              + "); kept as it was");
          progress.accept(id);
          continue;
        }
        List<String> lost = store.replaceExtraction(doc, extract(doc));
        if (!doc.text().equals(stored.text())) {
          out.printf(Locale.ROOT, "%s: its raw bytes read to another text now (%,d characters, were %,d);"
              + " the new text is stored with its extraction%n", id, doc.text().length(), stored.text().length());
        }
        lost.forEach(l -> out.println(id + ": " + l + " has no entity of that name now;"
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

  /** Extracts {@code doc}, with its progress on {@code err} when it is long. */
  private Extraction extract(Document doc) {
    if (doc.text().length() <= IngestRun.LONG_DOCUMENT_CHARS) {
      return extractor.extract(doc);
    }
    Batch.Lines lines = new Batch.Lines(out, err, () -> {});
    return extractor.extract(doc, (done, pieces, chars) -> lines.extracting(doc.id().value(), done,
        pieces, chars, doc.text().length()));
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
