package org.triangulate.server;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;
import org.triangulate.graph.links.SourceTable;
import org.triangulate.graph.store.Store;
import org.triangulate.graph.views.EvidenceSnapshot;

/**
 * The current {@link EvidenceSnapshot}: loaded on first use, again after this server writes to
 * the store, and again when older than a maximum age (another process may write to a shared
 * database). One load at a time; readers meanwhile keep the snapshot they have. Thread-safe.
 */
final class Snapshots {
  private record Loaded(EvidenceSnapshot snapshot, long generation, long loadedAt) {}

  private final Store store;
  private final SourceTable sources;
  private final long maxAgeNanos;
  private final LongSupplier ticker;
  private final AtomicLong generation = new AtomicLong();
  private volatile @Nullable Loaded current;

  Snapshots(Store store, SourceTable sources, Duration maxAge, LongSupplier ticker) {
    this.store = store;
    this.sources = sources;
    this.maxAgeNanos = maxAge.toNanos();
    this.ticker = ticker;
  }

  EvidenceSnapshot get() {
    Loaded c = current;
    if (c != null && fresh(c)) {
      return c.snapshot();
    }
    synchronized (this) {
      c = current;
      if (c != null && fresh(c)) {
        return c.snapshot();
      }
      long g = generation.get();
      long at = ticker.getAsLong();
      EvidenceSnapshot s = store.read("evidence", h -> EvidenceSnapshot.load(h, sources));
      current = new Loaded(s, g, at);
      return s;
    }
  }

  /** The store changed: the next {@link #get} loads a new snapshot. */
  void invalidate() {
    generation.incrementAndGet();
  }

  private boolean fresh(Loaded c) {
    return c.generation() == generation.get() && ticker.getAsLong() - c.loadedAt() < maxAgeNanos;
  }
}
