package org.triangulate.model;

import java.util.Objects;

/**
 * A verbatim slice of a document that supports something: {@code text} equals the document's
 * text at {@code span}.
 */
public record Evidence(DocumentId document, Section section, Span span, String text) {
  public Evidence {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(span, "span");
    if (text.length() != span.length()) {
      throw new IllegalArgumentException(
          "evidence text must be as long as its span: span=" + span + ", text length=" + text.length());
    }
  }

  /** Evidence for {@code span} of {@code doc}, its section and text read from the document. */
  public static Evidence of(Document doc, Span span) {
    return new Evidence(doc.id(), doc.sectionAt(span.start()), span, span.of(doc.text()));
  }
}
