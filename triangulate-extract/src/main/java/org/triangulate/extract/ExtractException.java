package org.triangulate.extract;

import org.triangulate.model.TriangulateException;

/** Extraction could not run on a document; the message names the document and the reason. */
public final class ExtractException extends TriangulateException {
  private static final long serialVersionUID = 1L;

  public ExtractException(String message) {
    super(message);
  }

  public ExtractException(String message, Throwable cause) {
    super(message, cause);
  }
}
