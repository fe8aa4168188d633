package org.triangulate.gazetteer;

import org.triangulate.model.TriangulateException;

/** The gazetteer's data could not be read; the message names the resource and the line. */
public final class GazetteerException extends TriangulateException {
  private static final long serialVersionUID = 1L;

  public GazetteerException(String message) {
    super(message);
  }

  public GazetteerException(String message, Throwable cause) {
    super(message, cause);
  }
}
