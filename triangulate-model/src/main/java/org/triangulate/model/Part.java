package org.triangulate.model;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One stretch of a document's text: the title, a body paragraph, a caption or a reader comment.
 *
 * @param section which part of the document it is
 * @param span where it lies in {@link Document#text()}
 * @param author a comment's author, where the page gives one
 * @param date a comment's date, where the page gives one
 */
public record Part(Section section, Span span, @Nullable String author, @Nullable LocalDate date) {
  public Part {
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(span, "span");
  }

  public Part(Section section, Span span) {
    this(section, span, null, null);
  }
}
