package org.triangulate.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.triangulate.extract.ExtractException;
import org.triangulate.extract.Extractor;
import org.triangulate.graph.store.Store;
import org.triangulate.ingest.Entry;
import org.triangulate.ingest.Ingestor;
import org.triangulate.ingest.Input;
import org.triangulate.model.Document;
import org.triangulate.model.DocumentId;
import org.triangulate.model.Extraction;

/**
 * Ingests inputs one by one, and the documents a container holds one by one: read, extract, store
 * in one transaction. A failing document is reported in one line naming it and the batch goes
 * on; nothing of it is stored. A feed item whose address is already stored is not fetched again.
 */
final class IngestRun {
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

  /** Above this many inputs, resolution runs once after the batch rather than after each document. */
  static final int BATCH = 20;

  /** Ingests {@code inputs}, calling {@code step} after each document (or input that fails whole). */
  Batch.Summary run(List<Input> inputs, Runnable step) {
    // a container (JSON lines, a feed, a WARC file) usually holds more than a batch
    Batch batch = new Batch(store, out, inputs.size() > BATCH || inputs.stream().anyMatch(IngestRun::isContainer));
    for (Input input : inputs) {
      ingestor.forEach(input, entry -> {
        batch.attempt(entry.name(), () -> ingest(entry, batch));
        step.run();
      });
    }
    return batch.finish();
  }

  /** True for an input that holds many documents: JSON lines, a feed, a WARC file. */
  static boolean isContainer(Input input) {
    return switch (input.kind()) {
      case JSON_LINES, FEED, WARC -> true;
      case FILE, STDIN, URL -> false;
    };
  }

  /** Reads, extracts and stores one entry; a feed item already stored is not read again. */
  private void ingest(Entry entry, Batch batch) {
    @Nullable String address = entry.address();
    @Nullable DocumentId known = address == null ? null : store.findDocumentFrom(address).orElse(null);
    if (known != null) {
      batch.known(entry.name(), known, address);
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
    batch.save(entry.name(), doc, extraction, reason);
  }
}
