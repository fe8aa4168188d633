package org.triangulate.cli;

import java.io.PrintWriter;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.triangulate.graph.store.Store;
import org.triangulate.model.Document;
import org.triangulate.model.Extraction;
import org.triangulate.pipeline.IngestBatch;
import org.triangulate.pipeline.IngestPipeline;
import org.triangulate.pipeline.Outcome;

/**
 * The command line's face of an {@link IngestBatch}: a line for what is worth saying, a count of
 * the rest. {@code import} saves coded rows (extracted as read) through it; {@code ingest} uses
 * its {@link Lines} with a pipeline of its own. Not thread-safe.
 */
final class Batch {
  /** What happened to a batch. */
  record Summary(int ingested, int unchanged, int notExtracted, List<String> failures) {
    int exitCode() {
      return failures.isEmpty() ? Main.OK : Main.SOME_FAILED;
    }

    static Summary of(IngestPipeline.Summary s) {
      return new Summary(s.ingested(), s.unchanged(), s.notExtracted(), s.messages());
    }
  }

  private final IngestBatch batch;

  /**
   * @param deferResolution save without resolving and resolve once in {@link #finish()}: for
   *     large batches
   */
  Batch(Store store, PrintWriter out, boolean deferResolution) {
    this.batch = IngestPipeline.savingOnly(store).batch(deferResolution, new Lines(out, out, () -> {}));
  }

  /** Runs {@code work} for the input named {@code name}; a failure is counted and named, never thrown. */
  void attempt(String name, Runnable work) {
    try {
      work.run();
    } catch (RuntimeException e) {
      batch.failed(name, e);
    }
  }

  /** Saves {@code doc} with what was extracted from it as it was read. */
  void save(String name, Document doc, @Nullable Extraction extraction) {
    batch.add(name, doc, extraction);
  }

  /** Resolves a deferred batch and says what happened. */
  Summary finish() {
    return Summary.of(batch.finish());
  }

  /** The lines a batch prints as it goes; failures are left for the command's summary. */
  static final class Lines implements IngestPipeline.Listener {
    private final PrintWriter out;
    private final PrintWriter err;
    private final Runnable step;
    /** The long document being extracted, one at a time (they run alone); null between them. */
    private Progress.@Nullable Rated document;

    /**
     * @param err where a long document's progress goes
     * @param step called after each document, or input that fails whole
     */
    Lines(PrintWriter out, PrintWriter err, Runnable step) {
      this.out = out;
      this.err = err;
      this.step = step;
    }

    @Override
    public synchronized void extracting(String name, int done, int pieces, int chars, int length) {
      if (done == 0) {
        if (document != null) {
          document.close();
        }
        document = Progress.rated(name, pieces, length, err);
      }
      if (document != null) {
        document.done(done, chars);
        if (done == pieces) {
          document.close();
          document = null;
        }
      }
    }

    @Override
    public void note(String line) {
      synchronized (out) {
        out.println(line);
        out.flush();
      }
    }

    @Override
    public void saved(Outcome o) {
      switch (o.status()) {
        case KNOWN -> out.println(o.name() + ": unchanged (" + o.id() + " is already stored from " + o.address() + ")");
        case UNCHANGED -> out.println(o.name() + ": unchanged (" + o.id() + " is already stored)");
        case INGESTED -> {
          if (o.notExtracted() != null) {
            out.println(o.name() + ": stored without extraction (" + o.notExtracted() + ")");
          }
          if (o.copyOf() != null) {
            out.println(o.name() + ": near-copy of " + o.copyOf());
          }
        }
        case FAILED -> {}
      }
      step.run();
    }

    @Override
    public void resolving() {
      out.println("resolving entities and events across documents…");
      out.flush();
    }
  }
}
