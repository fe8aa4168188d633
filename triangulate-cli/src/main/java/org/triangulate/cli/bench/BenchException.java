package org.triangulate.cli.bench;

import org.triangulate.model.TriangulateException;

/** A benchmark that cannot run or finish: no inputs, a failed extraction, an interruption. */
public final class BenchException extends TriangulateException {
  private static final long serialVersionUID = 1L;

  public BenchException(String message) {
    super(message);
  }

  public BenchException(String message, Throwable cause) {
    super(message, cause);
  }
}
