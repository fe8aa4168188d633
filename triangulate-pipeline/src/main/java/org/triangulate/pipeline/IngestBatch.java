package org.triangulate.pipeline;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;
import org.triangulate.graph.store.RunningBatch;
import org.triangulate.graph.store.Store;
import org.triangulate.ingest.Entry;
import org.triangulate.model.Document;
import org.triangulate.model.DocumentId;
import org.triangulate.model.Extraction;

/**
 * One batch of an {@link IngestPipeline}: entries are read on the caller's thread as they are
 * added, extracted on up to the pipeline's threads, and saved on the caller's thread in the order
 * they were added, one transaction each. At most twice as many documents as threads wait for
 * their turn, so memory stays bounded whatever the batch's size. Records extracted elsewhere may
 * instead be saved many to a transaction with COPY ({@link #addAll}).
 *
 * <p>Reading stays on one thread: the readers (language identification among them) are not
 * documented as thread-safe, and reading is cheap beside extraction.
 *
 * <p>Not thread-safe: one thread adds and finishes. {@link #close()} without {@link #finish()}
 * (an exception in the shell) drops the extractions still waiting; what was saved is whole.
 */
public final class IngestBatch implements AutoCloseable {
  private final IngestPipeline pipeline;
  private final Store store;
  private final boolean deferResolution;
  private final IngestPipeline.Listener listener;
  private final @Nullable ExecutorService workers;
  private final @Nullable RunningBatch running;
  private final Deque<Pending> pending = new ArrayDeque<>();
  private int ingested;
  private int unchanged;
  private int notExtracted;
  private final List<Failure> failures = new ArrayList<>();

  /**
   * A document on its way, saved in its turn: an outcome known already, or an extraction to
   * wait for and the address to look up again first (an earlier entry of the batch, still
   * waiting when this one was read, may have come from it).
   */
  private record Pending(@Nullable Outcome ready, @Nullable Future<Extracted> result, @Nullable String recheck) {}

  IngestBatch(IngestPipeline pipeline, boolean deferResolution, IngestPipeline.Listener listener) {
    this.pipeline = pipeline;
    this.store = pipeline.store();
    this.deferResolution = deferResolution;
    this.listener = listener;
    // another process opening the store meanwhile leaves this batch's documents to its finish()
    this.running = deferResolution ? store.runningBatch() : null;
    this.workers = pipeline.threads() > 1 ? Executors.newFixedThreadPool(pipeline.threads(), r -> {
      Thread t = new Thread(r, "triangulate-extract");
      t.setDaemon(true); // a shell that exits on an error must not wait for extractions
      return t;
    }) : null;
  }

  /**
   * Reads, extracts and saves one entry; a feed item whose address is stored is not read, a
   * document whose id is stored is not extracted.
   */
  public void add(Entry entry) {
    String name = entry.name();
    @Nullable String address = entry.address();
    try {
      Optional<DocumentId> known = address == null ? Optional.empty() : store.findDocumentFrom(address);
      if (known.isPresent() && address != null) {
        enqueue(new Pending(Outcome.known(name, known.get(), address), null, null));
        return;
      }
    } catch (RuntimeException e) {
      enqueue(new Pending(Outcome.failed(name, Failure.of(name, e)), null, null));
      return;
    }
    Document doc;
    try {
      doc = entry.document();
      // saving it would write nothing: a batch run again after a crash extracts only the rest
      if (store.hasDocument(doc.id())) {
        enqueue(new Pending(new Outcome(name, Outcome.Status.UNCHANGED, doc.id(), null, null, null, null),
            null, null));
        return;
      }
    } catch (RuntimeException e) {
      add(Extracted.failed(name, Failure.of(name, e)));
      return;
    }
    Future<Extracted> result = workers == null
        ? CompletableFuture.completedFuture(pipeline.extract(name, doc, listener))
        : workers.submit(() -> pipeline.extract(name, doc, listener));
    enqueue(new Pending(null, result, pending.isEmpty() ? null : address));
  }

  /** Saves a document extracted elsewhere (a coded row, the Spark job's record) in its turn. */
  public void add(String name, Document doc, @Nullable Extraction extraction) {
    add(Extracted.of(name, doc, extraction));
  }

  /** Saves what was read and extracted elsewhere, or records its failure, in its turn. */
  public void add(Extracted extracted) {
    enqueue(new Pending(null, CompletableFuture.completedFuture(extracted), null));
  }

  /**
   * Saves records read and extracted elsewhere (the Spark job's) after what is waiting, with
   * the store's bulk writer: their documents in one transaction, resolved by {@link #finish()}.
   * When the store refuses the batch it wrote none of it, and the records are saved one by one
   * instead, so that the refused document is named and the rest are saved. Only for a batch
   * that defers resolution.
   */
  public void addAll(List<Extracted> records) {
    if (!deferResolution) {
      throw new IllegalStateException("only a batch that defers resolution saves in bulk");
    }
    while (!pending.isEmpty()) {
      saveHead();
    }
    List<Store.Unsaved> docs = new ArrayList<>();
    for (Extracted x : records) {
      if (x.failure() == null) {
        Document doc = Objects.requireNonNull(x.document());
        String reason = x.notExtracted();
        docs.add(new Store.Unsaved(doc, x.extraction(),
            reason == null ? null : withoutId(doc, reason)));
      }
    }
    List<Store.SaveResult> saved;
    try {
      saved = docs.isEmpty() ? List.of() : store.saveAllDeferringResolution(docs);
    } catch (RuntimeException e) {
      // nothing was written; one by one, the refused document meets the refusal and is named
      records.forEach(this::add);
      return;
    }
    int next = 0;
    for (Extracted x : records) {
      record(x.failure() != null ? Outcome.failed(x.name(), x.failure())
          : outcome(x, saved.get(next++)));
    }
  }

  /** Records an input that failed before any of its documents was read (a file that cannot be opened). */
  public void failed(String name, RuntimeException e) {
    add(Extracted.failed(name, Failure.of(name, e)));
  }

  /** Saves what is waiting, resolves a deferred batch once, and says what happened. */
  public IngestPipeline.Summary finish() {
    while (!pending.isEmpty()) {
      saveHead();
    }
    if (workers != null) {
      workers.shutdownNow();
    }
    // unchanged counts too: a batch killed before this point left its saved documents unresolved
    // (marked so; the next command to open the store resolves them)
    if (deferResolution && ingested + unchanged > 0) {
      listener.resolving();
      store.resolve();
    }
    close();
    return new IngestPipeline.Summary(ingested, unchanged, notExtracted, failures);
  }

  @Override
  public void close() {
    try {
      if (workers != null) {
        workers.shutdownNow();
      }
    } finally {
      if (running != null) {
        running.close();
      }
    }
  }

  private void enqueue(Pending p) {
    pending.addLast(p);
    // one thread saves at once; more keep at most twice their number waiting
    while (workers == null ? !pending.isEmpty() : pending.size() > 2 * pipeline.threads()) {
      saveHead();
    }
  }

  private void saveHead() {
    Pending p = pending.removeFirst();
    if (p.ready() != null) {
      record(p.ready());
      return;
    }
    Extracted x = await(Objects.requireNonNull(p.result()));
    record(save(x, p.recheck()));
  }

  private static Extracted await(Future<Extracted> result) {
    try {
      return result.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("interrupted while waiting for an extraction");
    } catch (ExecutionException e) {
      // extract() turns every RuntimeException into a Failure; only an Error gets here
      throw new IllegalStateException("extraction failed: " + e.getCause(), e.getCause());
    }
  }

  /** Saves one document in one transaction under the error policy. */
  private Outcome save(Extracted x, @Nullable String recheck) {
    String name = x.name();
    if (x.failure() != null) {
      return Outcome.failed(name, x.failure());
    }
    Document doc = Objects.requireNonNull(x.document());
    try {
      if (recheck != null) {
        Optional<DocumentId> known = store.findDocumentFrom(recheck);
        if (known.isPresent()) {
          return Outcome.known(name, known.get(), recheck);
        }
      }
      Extraction extraction = x.extraction();
      String reason = x.notExtracted();
      Store.SaveResult saved = extraction == null && reason != null ? store.saveUnextracted(doc, withoutId(doc, reason))
          : deferResolution ? store.saveDeferringResolution(doc, extraction) : store.save(doc, extraction);
      return outcome(x, saved);
    } catch (RuntimeException e) {
      return Outcome.failed(name, Failure.of(name, e));
    }
  }

  private static Outcome outcome(Extracted x, Store.SaveResult saved) {
    return switch (saved.status()) {
      case UNCHANGED -> new Outcome(x.name(), Outcome.Status.UNCHANGED, saved.id(), null, null, null, null);
      case INGESTED -> new Outcome(x.name(), Outcome.Status.INGESTED, saved.id(), saved.copyOf(),
          x.extraction() == null ? x.notExtracted() : null, null, null);
    };
  }

  /** The reason without the document id it starts with: the listing names the document already. */
  private static String withoutId(Document doc, String reason) {
    String prefix = doc.id() + ": ";
    return reason.startsWith(prefix) ? reason.substring(prefix.length()) : reason;
  }

  private void record(Outcome outcome) {
    switch (outcome.status()) {
      case INGESTED -> {
        ingested++;
        if (outcome.notExtracted() != null) {
          notExtracted++;
        }
      }
      case UNCHANGED, KNOWN -> unchanged++;
      case FAILED -> failures.add(Objects.requireNonNull(outcome.failure()));
    }
    listener.saved(outcome);
  }
}
