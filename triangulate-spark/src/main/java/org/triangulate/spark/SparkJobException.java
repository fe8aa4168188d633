package org.triangulate.spark;

import org.triangulate.model.TriangulateException;

/** A failure of the Spark job or its loader, naming the file or record it concerns. */
public final class SparkJobException extends TriangulateException {
  private static final long serialVersionUID = 1L;

  public SparkJobException(String message) {
    super(message);
  }

  public SparkJobException(String message, Throwable cause) {
    super(message, cause);
  }
}
