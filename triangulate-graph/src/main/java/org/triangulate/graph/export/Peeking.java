package org.triangulate.graph.export;

import java.util.Iterator;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An iterator that can look one element ahead, for merge-joining cursors sorted the same way.
 * Not thread-safe.
 */
final class Peeking<T> {
  private final Iterator<T> it;
  private @Nullable T next;

  Peeking(Iterator<T> it) {
    this.it = it;
    this.next = it.hasNext() ? it.next() : null;
  }

  @Nullable T peek() {
    return next;
  }

  T next() {
    T current = Objects.requireNonNull(next, "no more elements");
    next = it.hasNext() ? it.next() : null;
    return current;
  }
}
