package org.triangulate.eval;

import org.triangulate.model.TriangulateException;

/**
 * A gold set or an export that cannot be scored. The message is one line that names the input
 * (file, and line or field where known) and then states the reason: {@code
 * 01-kabul.gold.json: events[2].participants[0].role: unknown value 'SHOOTER'}.
 */
public final class EvalException extends TriangulateException {
  private static final long serialVersionUID = 1L;

  public EvalException(String message) {
    super(message);
  }

  public EvalException(String message, Throwable cause) {
    super(message, cause);
  }

  /** An exception for {@code input} whose message is {@code "input: reason"}. */
  public static EvalException of(String input, String reason) {
    return new EvalException(input + ": " + reason);
  }
}
