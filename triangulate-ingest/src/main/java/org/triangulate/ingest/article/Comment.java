package org.triangulate.ingest.article;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One reader comment.
 *
 * @param text what the reader wrote
 * @param author the name the page gives, or null
 * @param date the date the page gives, or null
 */
public record Comment(String text, @Nullable String author, @Nullable LocalDate date) {
  public Comment {
    Objects.requireNonNull(text, "text");
  }

  public Comment(String text) {
    this(text, null, null);
  }
}
