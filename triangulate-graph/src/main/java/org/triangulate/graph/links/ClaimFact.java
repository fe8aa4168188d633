package org.triangulate.graph.links;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One stored claim as the analysis needs it: ids are export ids (entities grouped across
 * documents, events), the document's outlet and date, and the speaker's kind.
 *
 * @param id claim id ({@code clm-…})
 * @param document document id
 * @param outlet the organisation that published the document: its source, taken from the
 *     original when the document is a near-copy; the original document's id when no source is known
 * @param published the document's date, or null
 * @param speaker speaker entity id, or null
 * @param speakerType PERSON, ORGANIZATION, … of the speaker, or null
 * @param speakerName the speaker's name, or null
 * @param speakerKb the speaker's knowledge-base id, or null
 * @param speakerText who speaks when not an entity
 * @param via channel entity ids, nearest first
 * @param modality ASSERTED, ACCUSED, CONFESSED, CLAIMED, DENIED, HEDGED
 * @param subject entity or event id
 * @param predicate the export's predicate
 * @param object entity or event id, or null
 * @param objectIsEvent whether {@code object} is an event
 * @param evidence the first evidence passage
 */
public record ClaimFact(
    String id,
    String document,
    String outlet,
    @Nullable LocalDate published,
    @Nullable String speaker,
    @Nullable String speakerType,
    @Nullable String speakerName,
    @Nullable String speakerKb,
    @Nullable String speakerText,
    List<String> via,
    String modality,
    String subject,
    String predicate,
    @Nullable String object,
    boolean objectIsEvent,
    String evidence) {
  public ClaimFact {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(subject, "subject");
    via = List.copyOf(via);
  }

  public boolean denied() {
    return modality.equals("DENIED");
  }

  public boolean hedged() {
    return modality.equals("HEDGED");
  }
}
