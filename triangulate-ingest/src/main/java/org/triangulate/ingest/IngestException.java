package org.triangulate.ingest;

import org.triangulate.model.TriangulateException;

/**
 * An input that cannot be ingested. The message is one line that names the input and then states
 * the reason: {@code seed.html: not UTF-8 at byte 1042}.
 */
public final class IngestException extends TriangulateException {
  private static final long serialVersionUID = 1L;

  public IngestException(String message) {
    super(message);
  }

  public IngestException(String message, Throwable cause) {
    super(message, cause);
  }

  /** An exception for {@code input} whose message is {@code "input: reason"}. */
  public static IngestException of(String input, String reason) {
    return new IngestException(input + ": " + reason);
  }
}
