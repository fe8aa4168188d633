package org.triangulate.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.triangulate.extract.ExtractException;
import org.triangulate.extract.Extractor;
import org.triangulate.graph.store.Store;
import org.triangulate.ingest.IngestException;
import org.triangulate.ingest.Ingestor;
import org.triangulate.ingest.Input;
import org.triangulate.model.Document;
import org.triangulate.model.Extraction;
import org.triangulate.model.TriangulateException;

/**
 * Ingests inputs one by one: read, extract, store in one transaction. A failing input is
 * reported in one line naming it and the batch goes on; nothing of it is stored.
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

  private Extraction extract(Input input, Document doc) {
    int length = doc.text().length();
    if (length <= LONG_DOCUMENT_CHARS) {
      return extractor.extract(doc);
    }
    long start = System.nanoTime();
    out.printf(Locale.ROOT, "%s: a long document of %,d characters…%n", input.name(), length);
    out.flush();
    Extraction extraction = extractor.extract(doc);
    double seconds = Math.max((System.nanoTime() - start) / 1e9, 0.001);
    out.printf(Locale.ROOT, "%s: extracted in %.0f s (%,.0f characters a second)%n", input.name(), seconds,
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

  Summary run(List<Input> inputs, Consumer<Input> progress) {
    boolean deferResolution = inputs.size() > BATCH;
    int ingested = 0;
    int unchanged = 0;
    int notExtracted = 0;
    List<String> failures = new ArrayList<>();
    for (Input input : inputs) {
      try {
        Document doc = ingestor.read(input);
        @Nullable String reason = null;
        @Nullable Extraction extraction = null;
        try {
          extraction = extract(input, doc);
        } catch (ExtractException e) {
          reason = e.getMessage();
        }
        Store.SaveResult saved = extraction == null && reason != null ? store.saveUnextracted(doc, withoutId(doc, reason))
            : deferResolution ? store.saveDeferringResolution(doc, extraction) : store.save(doc, extraction);
        switch (saved.status()) {
          case UNCHANGED -> {
            unchanged++;
            out.println(input.name() + ": unchanged (" + saved.id() + " is already stored)");
          }
          case INGESTED -> {
            ingested++;
            if (extraction == null) {
              notExtracted++;
              out.println(input.name() + ": stored without extraction (" + reason + ")");
            }
            if (saved.copyOf() != null) {
              out.println(input.name() + ": near-copy of " + saved.copyOf());
            }
          }
        }
      } catch (IngestException e) {
        failures.add(e.getMessage());
      } catch (TriangulateException e) {
        failures.add(input.name() + ": " + e.getMessage());
      } catch (RuntimeException e) {
        // A defect met on one document must not cost the rest of the batch.
        failures.add(input.name() + ": internal error: " + e);
      }
      progress.accept(input);
    }
    // unchanged counts too: a batch killed before this point left its saved documents unresolved
    if (deferResolution && ingested + unchanged > 0) {
      out.println("resolving entities and events across documents…");
      out.flush();
      store.resolve();
    }
    return new Summary(ingested, unchanged, notExtracted, failures);
  }
}
