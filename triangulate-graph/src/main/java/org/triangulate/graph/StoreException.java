package org.triangulate.graph;

import org.triangulate.model.TriangulateException;

/**
 * The graph module's exception: the store could not open, read or write. The message names the
 * data directory, database or document concerned, never a password or a whole document's text.
 */
public class StoreException extends TriangulateException {
  private static final long serialVersionUID = 1L;

  public StoreException(String message) {
    super(message);
  }

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
