package org.triangulate.pipeline;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Semaphore;
import org.jspecify.annotations.Nullable;
import org.triangulate.extract.ExtractException;
import org.triangulate.extract.Extractor;
import org.triangulate.graph.store.Store;
import org.triangulate.ingest.Entry;
import org.triangulate.model.Document;
import org.triangulate.model.Extraction;
import org.triangulate.model.Pipeline;

/**
 * Read → extract → save → resolve, the one way documents enter the store: the CLI, the server
 * and the Spark job's loader call it and only present what it did.
 *
 * <p>It owns the stage order (an entry is read, then extracted, then saved in a transaction of
 * its own, then resolved: around the document, or once after a batch), batching ({@link
 * #batch}: documents extracted on up to {@code threads} threads and saved one by one in input
 * order) and the error policy: an entry that cannot be read or saved becomes one {@link Failure}
 * naming it, the batch goes on, and nothing of it is stored; a document that cannot be extracted
 * (not English, too long) is stored without extraction, saying why.
 *
 * <p>Thread-safety: safe to share. Extraction runs on several threads at once only when the
 * extractor is safe to share ({@code RuleExtractor} over {@code CoreNlpAnalyzer} is: one CoreNLP
 * pipeline per JVM, used by every thread).
 */
public final class IngestPipeline {
  /**
   * Documents longer than this get a note before and after their extraction and progress
   * during it ({@link Listener#extracting}), and are extracted alone.
   */
  public static final int LONG_DOCUMENT_CHARS = 200_000;

  private final @Nullable Store store;
  private final Extractor extractor;
  private final int threads;
  /** One permit a thread; a long document takes them all, so that two never share the heap. */
  private final Semaphore memory;

  /**
   * @param threads how many documents to extract at once: 1 extracts on the caller's thread
   */
  public IngestPipeline(Store store, Extractor extractor, int threads) {
    this(extractor, Objects.requireNonNull(store, "store"), threads);
  }

  private IngestPipeline(Extractor extractor, @Nullable Store store, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: threads=" + threads);
    }
    this.store = store;
    this.extractor = Objects.requireNonNull(extractor, "extractor");
    this.threads = threads;
    this.memory = new Semaphore(threads);
  }

  /**
   * A pipeline that saves documents extracted elsewhere ({@link IngestBatch#add(Extracted)}):
   * coded rows, the Spark job's records. Adding an entry to it fails that entry.
   */
  public static IngestPipeline savingOnly(Store store) {
    return new IngestPipeline(store, NoExtractor.INSTANCE, 1);
  }

  /**
   * A pipeline that only reads and extracts ({@link #extract(Entry, Listener)}), for a Spark
   * executor: its records are saved later by a {@link #savingOnly} pipeline. It has no batches.
   *
   * @param threads how many callers extract at once (an executor's task slots)
   */
  public static IngestPipeline extracting(Extractor extractor, int threads) {
    return new IngestPipeline(extractor, null, threads);
  }

  /**
   * Threads worth extracting on here: one a core, as far as the heap allows. One thread needs
   * about 1.6 GB (the models are shared, about 1 GB); each further one about 0.5 GB for a news
   * report (long documents run alone).
   */
  public static int defaultThreads() {
    long spare = Runtime.getRuntime().maxMemory() - 2L * 1024 * 1024 * 1024;
    long byMemory = 1 + Math.max(0, spare / (512L * 1024 * 1024));
    return (int) Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), byMemory));
  }

  /**
   * Starts a batch.
   *
   * @param deferResolution save without resolving and resolve the whole store once in {@link
   *     IngestBatch#finish()}: for large batches
   */
  public IngestBatch batch(boolean deferResolution, Listener listener) {
    return new IngestBatch(this, deferResolution, listener);
  }

  int threads() {
    return threads;
  }

  Store store() {
    if (store == null) {
      throw new IllegalStateException("this pipeline only extracts: it has no store to save to");
    }
    return store;
  }

  /**
   * Reads and extracts one entry; never throws for a fault of the entry. This is the stage the
   * Spark job runs in its executors.
   */
  public Extracted extract(Entry entry, Listener listener) {
    Document doc;
    try {
      doc = entry.document();
    } catch (RuntimeException e) {
      return Extracted.failed(entry.name(), Failure.of(entry.name(), e));
    }
    return extract(entry.name(), doc, listener);
  }

  /** Extracts a document read already; never throws for a fault of the document. */
  Extracted extract(String name, Document doc, Listener listener) {
    int permits = doc.text().length() > LONG_DOCUMENT_CHARS ? threads : 1;
    memory.acquireUninterruptibly(permits);
    try {
      return Extracted.of(name, doc, timed(name, doc, listener));
    } catch (ExtractException e) {
      return Extracted.unextracted(name, doc, String.valueOf(e.getMessage()));
    } catch (RuntimeException e) {
      return Extracted.failed(name, Failure.of(name, e));
    } finally {
      memory.release(permits);
    }
  }

  private Extraction timed(String name, Document doc, Listener listener) {
    int length = doc.text().length();
    if (length <= LONG_DOCUMENT_CHARS) {
      return extractor.extract(doc);
    }
    long start = System.nanoTime();
    listener.note(String.format(Locale.ROOT, "%s: a long document of %,d characters…", name, length));
    Extraction extraction = extractor.extract(doc,
        (done, pieces, chars) -> listener.extracting(name, done, pieces, chars, length));
    double seconds = Math.max((System.nanoTime() - start) / 1e9, 0.001);
    listener.note(String.format(Locale.ROOT, "%s: extracted in %.0f s (%,.0f characters a second)",
        name, seconds, length / seconds));
    return extraction;
  }

  /**
   * What a shell hears of a batch. Each method has a default that ignores it.
   *
   * <p>{@link #note} may be called from an extracting thread; the others on the batch's thread.
   */
  public interface Listener {
    /** A line worth showing now: a long document's size, then its rate. */
    default void note(String line) {}

    /**
     * How far the extraction of a long document has got: {@code done} of {@code pieces} analysed,
     * the first {@code chars} of its {@code length} characters; 0 done before the first piece.
     * Called on the extracting thread, for one long document at a time.
     */
    default void extracting(String name, int done, int pieces, int chars, int length) {}

    /** One document done, in input order, after its transaction. */
    default void saved(Outcome outcome) {}

    /** Cross-document resolution of the whole store is about to run. */
    default void resolving() {}
  }

  /** What a batch did. */
  public record Summary(int ingested, int unchanged, int notExtracted, List<Failure> failures) {
    public Summary {
      failures = List.copyOf(failures);
    }

    /** The failures' lines, in input order. */
    public List<String> messages() {
      return failures.stream().map(Failure::message).toList();
    }
  }

  /** The extractor of a pipeline that only saves. */
  private enum NoExtractor implements Extractor {
    INSTANCE;

    @Override
    public Extraction extract(Document document) {
      throw new IllegalStateException("this pipeline saves documents extracted elsewhere: " + document.id());
    }

    @Override
    public Pipeline pipeline() {
      throw new IllegalStateException("this pipeline saves documents extracted elsewhere");
    }
  }
}
