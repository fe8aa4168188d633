package org.triangulate.extract.nlp;

import java.util.Objects;
import org.triangulate.model.Span;

/**
 * A named-entity mention found by the analyzer.
 *
 * @param span where it lies in the text
 * @param type the analyzer's coarse type: PERSON, ORGANIZATION, LOCATION, MISC, …
 * @param sentence index of the sentence it is in
 */
public record NamedSpan(Span span, String type, int sentence) {
  public NamedSpan {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(type, "type");
  }
}
