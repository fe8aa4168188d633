package org.triangulate.cli;

import java.io.PrintWriter;
import java.util.List;
import org.triangulate.extract.Extractor;
import org.triangulate.graph.store.Store;
import org.triangulate.ingest.Ingestor;
import org.triangulate.ingest.Input;
import org.triangulate.pipeline.IngestBatch;
import org.triangulate.pipeline.IngestPipeline;

/**
 * The {@code ingest} command's batch: each input's entries through the {@link IngestPipeline}
 * (read, extract on every core the heap allows, save in input order, one transaction each),
 * with the lines of {@link Batch}. A failing document is named and the batch goes on.
 */
final class IngestRun {
  private final Ingestor ingestor;
  private final Extractor extractor;
  private final Store store;
  private final PrintWriter out;
  private final PrintWriter err;

  /** With a long document's progress among the lines on {@code out}. */
  IngestRun(Ingestor ingestor, Extractor extractor, Store store, PrintWriter out) {
    this(ingestor, extractor, store, out, out);
  }

  /** @param err where a long document's progress goes */
  IngestRun(Ingestor ingestor, Extractor extractor, Store store, PrintWriter out, PrintWriter err) {
    this.ingestor = ingestor;
    this.extractor = extractor;
    this.store = store;
    this.out = out;
    this.err = err;
  }

  /**
   * Documents longer than this get a line before and after their extraction, with its rate, and
   * progress during it.
   */
  static final int LONG_DOCUMENT_CHARS = IngestPipeline.LONG_DOCUMENT_CHARS;

  /** Above this many inputs, resolution runs once after the batch rather than after each document. */
  static final int BATCH = 20;

  /** Ingests {@code inputs}, calling {@code step} after each document (or input that fails whole). */
  Batch.Summary run(List<Input> inputs, Runnable step) {
    // a container (JSON lines, a feed, a WARC file) usually holds more than a batch
    boolean defer = inputs.size() > BATCH || inputs.stream().anyMatch(IngestRun::isContainer);
    IngestPipeline pipeline = new IngestPipeline(store, extractor, IngestPipeline.defaultThreads());
    try (IngestBatch batch = pipeline.batch(defer, new Batch.Lines(out, err, step))) {
      for (Input input : inputs) {
        ingestor.forEach(input, batch::add);
      }
      return Batch.Summary.of(batch.finish());
    }
  }

  /** True for an input that holds many documents: JSON lines, a feed, a WARC file. */
  static boolean isContainer(Input input) {
    return switch (input.kind()) {
      case JSON_LINES, FEED, WARC -> true;
      case FILE, STDIN, URL -> false;
    };
  }
}
