package org.triangulate.extract.kb;

import org.triangulate.model.TriangulateException;

/**
 * The knowledge base could not be loaded or asked: a data file is malformed (the message names
 * the file and line), or a group id is unknown.
 */
public final class KbException extends TriangulateException {
  private static final long serialVersionUID = 1L;

  public KbException(String message) {
    super(message);
  }

  public KbException(String message, Throwable cause) {
    super(message, cause);
  }
}
