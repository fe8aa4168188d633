package org.triangulate.model;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Something a speaker says, as one document reports it.
 *
 * @param key id unique within the extraction ({@code c1})
 * @param speaker key of the local entity that says it, or null when the speaker is not an
 *     entity
 * @param speakerText who says it when not an entity: "the article", "reader comment",
 *     "officials"; may also be set beside an entity speaker, as the words naming it
 * @param via keys of the entities it reached the document through, nearest first; for a coded
 *     row, the outlets the row cites, first cited first: each a channel of the row, not a chain
 * @param modality how it is put
 * @param section where in the document it is
 * @param subject key of the entity or event it is about
 * @param predicate what it says of the subject
 * @param object key of the entity or event on the other side, or null
 * @param evidence the passages that say it
 */
public record Claim(
    String key,
    @Nullable String speaker,
    @Nullable String speakerText,
    List<String> via,
    Modality modality,
    Section section,
    String subject,
    Predicate predicate,
    @Nullable String object,
    List<Evidence> evidence) {
  public Claim {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(modality, "modality");
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(predicate, "predicate");
    via = List.copyOf(via);
    evidence = List.copyOf(evidence);
    if (speaker == null && speakerText == null) {
      throw new IllegalArgumentException("a claim needs a speaker or a speaker text: " + key);
    }
    if (evidence.isEmpty()) {
      throw new IllegalArgumentException("a claim needs evidence: " + key);
    }
  }
}
