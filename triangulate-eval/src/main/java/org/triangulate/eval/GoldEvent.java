package org.triangulate.eval;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An event the document reports.
 *
 * @param id the document-local id claims refer to as {@code "#id"}
 * @param type the export's event type
 * @param anchors verbatim snippets (whitespace aside) of the sentences reporting it
 * @param time when it happened, or null when the text does not say
 * @param killed accepted death tolls, empty when the text gives none
 * @param injured accepted counts of injured, empty when the text gives none
 * @param places accepted places (gold entity names), empty when the text names none
 * @param participants who took part, and how
 * @param optional neither rewarded nor penalised
 */
public record GoldEvent(
    String id,
    String type,
    List<String> anchors,
    @Nullable GoldTime time,
    List<Integer> killed,
    List<Integer> injured,
    List<String> places,
    List<GoldParticipant> participants,
    boolean optional) {

  public GoldEvent {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    anchors = List.copyOf(anchors);
    killed = List.copyOf(killed);
    injured = List.copyOf(injured);
    places = List.copyOf(places);
    participants = List.copyOf(participants);
  }
}
