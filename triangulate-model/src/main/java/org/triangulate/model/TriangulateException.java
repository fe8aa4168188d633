package org.triangulate.model;

/**
 * The one unchecked exception of Triangulate; each module throws a subclass of its own. Messages
 * state the rule, then the value, and name the input they concern, never its whole text.
 */
public class TriangulateException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public TriangulateException(String message) {
    super(message);
  }

  public TriangulateException(String message, Throwable cause) {
    super(message, cause);
  }
}
