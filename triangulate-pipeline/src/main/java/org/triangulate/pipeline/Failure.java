package org.triangulate.pipeline;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.triangulate.ingest.IngestException;
import org.triangulate.model.TriangulateException;

/**
 * Why one document (or an input that fails whole) was not stored: one line naming it.
 *
 * @param message the line, starting with the input's name
 * @param defect the exception when it was a defect of ours rather than of the input, for a log
 */
public record Failure(String message, @Nullable RuntimeException defect) {
  public Failure {
    Objects.requireNonNull(message, "message");
  }

  /** A failure of {@code name} for {@code reason}, which does not name it yet. */
  public static Failure of(String name, String reason) {
    return new Failure(name + ": " + reason, null);
  }

  /**
   * The error policy's message for {@code e} met on {@code name}: a reader's error names its
   * input already, other errors of ours get the name in front, and anything else is a defect.
   */
  public static Failure of(String name, RuntimeException e) {
    String m = String.valueOf(e.getMessage());
    return switch (e) {
      case IngestException ingest -> new Failure(m, null);
      case TriangulateException t -> new Failure(m.startsWith(name) ? m : name + ": " + m, null);
      default -> new Failure(name + ": internal error: " + e, e);
    };
  }
}
