package org.triangulate.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.triangulate.extract.ExtractException;
import org.triangulate.extract.Extractor;
import org.triangulate.graph.store.Store;
import org.triangulate.ingest.Entry;
import org.triangulate.ingest.IngestException;
import org.triangulate.ingest.Ingestor;
import org.triangulate.ingest.Input;
import org.triangulate.model.Document;
import org.triangulate.model.DocumentId;
import org.triangulate.model.Extraction;
import org.triangulate.model.TriangulateException;

/**
 * Ingests inputs one by one, and the documents a container holds one by one: read, extract, store
 * in one transaction. A failing document is reported in one line naming it and the batch goes
 * on; nothing of it is stored. A feed item whose address is already stored is not fetched again.
 */
final class IngestRun {
  /** What happened to a batch. */
  record Summary(int ingested, int unchanged, int notExtracted, List<String> failures) {
    int exitCode() {
      return failures.isEmpty() ? Main.OK : Main.SOME_FAILED;
    }
  }

  private final Ingestor ingestor;
  private final Extractor extractor;
  private final Store store;
  private final PrintWriter out;

  IngestRun(Ingestor ingestor, Extractor extractor, Store store, PrintWriter out) {
    this.ingestor = ingestor;
    this.extractor = extractor;
    this.store = store;
    this.out = out;
  }

  /** Documents longer than this get a line before and after their extraction, with its rate. */
  static final int LONG_DOCUMENT_CHARS = 200_000;

  private Extraction extract(String name, Document doc) {
    int length = doc.text().length();
    if (length <= LONG_DOCUMENT_CHARS) {
      return extractor.extract(doc);
    }
    long start = System.nanoTime();
    out.printf(Locale.ROOT, "%s: a long document of %,d characters…%n", name, length);
    out.flush();
    Extraction extraction = extractor.extract(doc);
    double seconds = Math.max((System.nanoTime() - start) / 1e9, 0.001);
    out.printf(Locale.ROOT, "%s: extracted in %.0f s (%,.0f characters a second)%n", name, seconds,
        length / seconds);
    out.flush();
    return extraction;
  }

  /** The reason without the document id it starts with: the listing names the document already. */
  private static String withoutId(Document doc, String reason) {
    String prefix = doc.id() + ": ";
    return reason.startsWith(prefix) ? reason.substring(prefix.length()) : reason;
  }

  /** Above this many inputs, resolution runs once after the batch rather than after each document. */
  static final int BATCH = 20;

  /** Ingests {@code inputs}, calling {@code step} after each document (or input that fails whole). */
  Summary run(List<Input> inputs, Runnable step) {
    // a container (JSON lines, a feed, a WARC file) usually holds more than a batch
    boolean deferResolution = inputs.size() > BATCH || inputs.stream().anyMatch(IngestRun::isContainer);
    Tally tally = new Tally();
    for (Input input : inputs) {
      ingestor.forEach(input, entry -> {
        ingest(entry, deferResolution, tally);
        step.run();
      });
    }
    // unchanged counts too: a batch killed before this point left its saved documents unresolved
    if (deferResolution && tally.ingested + tally.unchanged > 0) {
      out.println("resolving entities and events across documents…");
      out.flush();
      store.resolve();
    }
    return new Summary(tally.ingested, tally.unchanged, tally.notExtracted, tally.failures);
  }

  /** True for an input that holds many documents: JSON lines, a feed, a WARC file. */
  static boolean isContainer(Input input) {
    return switch (input.kind()) {
      case JSON_LINES, FEED, WARC -> true;
      case FILE, STDIN, URL -> false;
    };
  }

  /** Counts of a batch so far. */
  private static final class Tally {
    int ingested;
    int unchanged;
    int notExtracted;
    final List<String> failures = new ArrayList<>();
  }

  /** Reads, extracts and stores one entry; a failure is counted and named, never thrown. */
  private void ingest(Entry entry, boolean deferResolution, Tally tally) {
    try {
      @Nullable String address = entry.address();
      @Nullable DocumentId known = address == null ? null : store.findDocumentFrom(address).orElse(null);
      if (known != null) {
        tally.unchanged++;
        out.println(entry.name() + ": unchanged (" + known + " is already stored from " + address + ")");
        return;
      }
      Document doc = entry.document();
      @Nullable String reason = null;
      @Nullable Extraction extraction = null;
      try {
        extraction = extract(entry.name(), doc);
      } catch (ExtractException e) {
        reason = e.getMessage();
      }
      Store.SaveResult saved = extraction == null && reason != null ? store.saveUnextracted(doc, withoutId(doc, reason))
          : deferResolution ? store.saveDeferringResolution(doc, extraction) : store.save(doc, extraction);
      switch (saved.status()) {
        case UNCHANGED -> {
          tally.unchanged++;
          out.println(entry.name() + ": unchanged (" + saved.id() + " is already stored)");
        }
        case INGESTED -> {
          tally.ingested++;
          if (extraction == null) {
            tally.notExtracted++;
            out.println(entry.name() + ": stored without extraction (" + reason + ")");
          }
          if (saved.copyOf() != null) {
            out.println(entry.name() + ": near-copy of " + saved.copyOf());
          }
        }
      }
    } catch (IngestException e) {
      tally.failures.add(e.getMessage());
    } catch (TriangulateException e) {
      tally.failures.add(entry.name() + ": " + e.getMessage());
    } catch (RuntimeException e) {
      // A defect met on one document must not cost the rest of the batch.
      tally.failures.add(entry.name() + ": internal error: " + e);
    }
  }
}
