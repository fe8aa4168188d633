package org.triangulate.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Something an extraction stage could not do for a document: data, not an exception. */
public record Problem(String stage, String message, @Nullable Span span) {
  public Problem {
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(message, "message");
  }
}
