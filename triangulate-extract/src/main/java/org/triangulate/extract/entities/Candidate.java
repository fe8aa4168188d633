package org.triangulate.extract.entities;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.triangulate.model.EntityType;
import org.triangulate.model.MentionKind;
import org.triangulate.model.Span;

/**
 * A stretch of text that names an entity, before mentions are grouped into entities.
 *
 * @param span the name's span
 * @param text the name as written
 * @param type the entity type it names
 * @param kb knowledge-base id when the knowledge base recognised it
 * @param kind how it names the entity
 */
record Candidate(Span span, String text, EntityType type, @Nullable String kb, MentionKind kind) {
  Candidate {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(kind, "kind");
  }

  Candidate withKind(MentionKind k) {
    return new Candidate(span, text, type, kb, k);
  }
}
