package org.triangulate.graph.store;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;
import org.triangulate.graph.StoreException;

/**
 * Says, until closed, that a batch is saving into the store and will resolve what it saved: a
 * command opening the same store meanwhile (only possible on a PostgreSQL server) leaves the
 * batch's unresolved documents to it and shows them as not yet resolved. Held on a connection
 * of its own, so a killed process's claim ends with its connection.
 *
 * <p>Not thread-safe: the thread that runs the batch closes it.
 */
public final class RunningBatch implements AutoCloseable {
  private final Handle handle;
  private boolean closed;

  RunningBatch(Handle handle) {
    this.handle = handle;
  }

  /** Ends the claim; closing twice does nothing. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      ResolutionState.release(handle);
    } catch (JdbiException e) {
      throw new StoreException("end of batch: cannot release its lock: " + e.getMessage(), e);
    } finally {
      handle.close();
    }
  }
}
