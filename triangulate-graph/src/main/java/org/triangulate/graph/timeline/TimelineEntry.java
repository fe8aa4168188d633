package org.triangulate.graph.timeline;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.triangulate.model.Geo;

/**
 * One event on a timeline or in an event listing: one document's account of it.
 *
 * @param event event id ({@code evt-…}), the account's own
 * @param group the id of the event group it was resolved into (its own id when alone)
 * @param type event type (the analyst's when retyped)
 * @param time the time value as exported ("2021-02-11", "../2021-02-21"), or null when undated
 * @param basis EVENT or REPORTED
 * @param start the earliest day the value allows, for ordering (the end day for open ranges), or
 *     null when undated
 * @param end the latest day it allows, or null when undated
 * @param place the location's name, or null
 * @param placeGeo the location's coordinates, country and province, or null when not located
 * @param participants "ROLE name" for each participant
 * @param killed people killed, or null when not stated
 * @param injured people injured, or null when not stated
 * @param documentId the reporting document's id
 * @param document the reporting document's title or id
 * @param evidence the first evidence passage
 */
public record TimelineEntry(String event, String group, String type, @Nullable String time,
    String basis, @Nullable LocalDate start, @Nullable LocalDate end, @Nullable String place,
    @Nullable Geo placeGeo, List<String> participants, @Nullable Integer killed,
    @Nullable Integer injured, String documentId, String document, String evidence) {
  public TimelineEntry {
    participants = List.copyOf(participants);
  }
}
