package org.triangulate.extract.nlp;

import java.util.Objects;
import org.triangulate.model.Span;

/**
 * A named-entity mention found by the analyzer.
 *
 * @param span where it lies in the text
 * @param type the analyzer's coarse type: PERSON, ORGANIZATION, LOCATION, MISC, …
 * @param sentence index of the sentence it is in
 * @param normalized the tagger's normalised value (dates: a TIMEX3 value such as {@code
 *     2021-02-11} or {@code XXXX-05}; numbers), or null
 */
public record NamedSpan(Span span, String type, int sentence,
    @org.jspecify.annotations.Nullable String normalized) {
  public NamedSpan {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(type, "type");
  }

  /** A span without a normalised value. */
  public NamedSpan(Span span, String type, int sentence) {
    this(span, type, sentence, null);
  }
}
