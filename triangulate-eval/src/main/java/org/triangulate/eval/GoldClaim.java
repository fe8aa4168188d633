package org.triangulate.eval;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A claim the document reports, tied to its speaker.
 *
 * @param anchors verbatim snippets (whitespace aside) of where it is said
 * @param speakers accepted speakers (gold entity names); empty when the speaker is not an entity
 * @param speakerText who speaks when that is not an entity ("the article", "police"), or null
 * @param via the channels it reached the document through (gold entity names), nearest first
 * @param modality ASSERTED, ACCUSED, CONFESSED, CLAIMED, DENIED or HEDGED
 * @param section title, body, caption or comment
 * @param subject a gold entity name, or {@code "#id"} of a gold event
 * @param predicate the export's claim predicate
 * @param object a gold entity name, {@code "#id"} of a gold event, or null
 * @param optional neither rewarded nor penalised
 */
public record GoldClaim(
    List<String> anchors,
    List<String> speakers,
    @Nullable String speakerText,
    List<String> via,
    String modality,
    String section,
    String subject,
    String predicate,
    @Nullable String object,
    boolean optional) {

  public GoldClaim {
    anchors = List.copyOf(anchors);
    speakers = List.copyOf(speakers);
    via = List.copyOf(via);
    Objects.requireNonNull(modality, "modality");
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(predicate, "predicate");
  }
}
