package org.triangulate.graph.timeline;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One dated event on a timeline.
 *
 * @param event event id ({@code evt-…})
 * @param type event type
 * @param time the time value as exported ("2021-02-11", "../2021-02-21")
 * @param basis EVENT or REPORTED
 * @param start the earliest day the value allows, for ordering (the end day for open ranges)
 * @param end the latest day it allows
 * @param place the location's name, or null
 * @param participants "ROLE name" for each participant
 * @param document the reporting document's title or id
 * @param evidence the first evidence passage
 */
public record TimelineEntry(String event, String type, String time, String basis, LocalDate start,
    LocalDate end, @Nullable String place, List<String> participants, String document, String evidence) {
  public TimelineEntry {
    participants = List.copyOf(participants);
  }
}
