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
 * @param page the page of a paged original (a PDF) the stretch is on, from 1; 0 when the
 *     original has no pages
 */
public record Part(
    Section section, Span span, @Nullable String author, @Nullable LocalDate date, int page) {
  public Part {
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(span, "span");
    if (page < 0) {
      throw new IllegalArgumentException("page must not be negative: page=" + page);
    }
  }

  public Part(Section section, Span span) {
    this(section, span, null, null, 0);
  }

  public Part(Section section, Span span, @Nullable String author, @Nullable LocalDate date) {
    this(section, span, author, date, 0);
  }

  /** A stretch on page {@code page} of a paged original. */
  public Part(Section section, Span span, int page) {
    this(section, span, null, null, page);
  }
}
