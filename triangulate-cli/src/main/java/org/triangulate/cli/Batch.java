package org.triangulate.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.triangulate.graph.store.Store;
import org.triangulate.ingest.IngestException;
import org.triangulate.model.Document;
import org.triangulate.model.DocumentId;
import org.triangulate.model.Extraction;
import org.triangulate.model.TriangulateException;

/**
 * One batch of documents into the store, one transaction each, with a line for what is worth
 * saying and a count of the rest; a document that fails is named and the batch goes on. Shared
 * by {@code ingest} (read and extract) and {@code import} (coded rows, extracted as read). Not
 * thread-safe.
 */
final class Batch {
  /** What happened to a batch. */
  record Summary(int ingested, int unchanged, int notExtracted, List<String> failures) {
    int exitCode() {
      return failures.isEmpty() ? Main.OK : Main.SOME_FAILED;
    }
  }

  private final Store store;
  private final PrintWriter out;
  private final boolean deferResolution;
  private int ingested;
  private int unchanged;
  private int notExtracted;
  private final List<String> failures = new ArrayList<>();

  /**
   * @param deferResolution save without resolving and resolve once in {@link #finish()}: for
   *     large batches
   */
  Batch(Store store, PrintWriter out, boolean deferResolution) {
    this.store = store;
    this.out = out;
    this.deferResolution = deferResolution;
  }

  /** Runs {@code work} for the document named {@code name}; a failure is counted and named, never thrown. */
  void attempt(String name, Runnable work) {
    try {
      work.run();
    } catch (IngestException e) {
      failures.add(e.getMessage());
    } catch (TriangulateException e) {
      failures.add(name + ": " + e.getMessage());
    } catch (RuntimeException e) {
      // A defect met on one document must not cost the rest of the batch.
      failures.add(name + ": internal error: " + e);
    }
  }

  /** A document not read again because the store has one from {@code address}. */
  void known(String name, DocumentId stored, String address) {
    unchanged++;
    out.println(name + ": unchanged (" + stored + " is already stored from " + address + ")");
  }

  /**
   * Saves {@code doc} with its extraction, or without one for {@code reason}.
   *
   * @param extraction null when it could not be extracted
   * @param reason why not, when {@code extraction} is null
   */
  void save(String name, Document doc, @Nullable Extraction extraction, @Nullable String reason) {
    Store.SaveResult saved = extraction == null && reason != null ? store.saveUnextracted(doc, withoutId(doc, reason))
        : deferResolution ? store.saveDeferringResolution(doc, extraction) : store.save(doc, extraction);
    switch (saved.status()) {
      case UNCHANGED -> {
        unchanged++;
        out.println(name + ": unchanged (" + saved.id() + " is already stored)");
      }
      case INGESTED -> {
        ingested++;
        if (extraction == null) {
          notExtracted++;
          out.println(name + ": stored without extraction (" + reason + ")");
        }
        if (saved.copyOf() != null) {
          out.println(name + ": near-copy of " + saved.copyOf());
        }
      }
    }
  }

  /** Resolves a deferred batch and says what happened. */
  Summary finish() {
    // unchanged counts too: a batch killed before this point left its saved documents unresolved
    if (deferResolution && ingested + unchanged > 0) {
      out.println("resolving entities and events across documents…");
      out.flush();
      store.resolve();
    }
    return new Summary(ingested, unchanged, notExtracted, failures);
  }

  /** The reason without the document id it starts with: the listing names the document already. */
  private static String withoutId(Document doc, String reason) {
    String prefix = doc.id() + ": ";
    return reason.startsWith(prefix) ? reason.substring(prefix.length()) : reason;
  }
}
