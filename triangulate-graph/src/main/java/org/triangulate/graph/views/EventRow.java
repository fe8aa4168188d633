package org.triangulate.graph.views;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jspecify.annotations.Nullable;
import org.triangulate.graph.timeline.Timeline;
import org.triangulate.graph.timeline.TimelineEntry;

/**
 * A dated event on the timeline ({@link TimelineEntry}) with its place's coordinates.
 *
 * @param id {@code evt-…}
 * @param type event type
 * @param time the time value ("2021-02-11", "../2021-02-21")
 * @param basis EVENT or REPORTED
 * @param start the earliest day the value allows
 * @param end the latest day it allows
 * @param place the location's name, or null
 * @param placeGeo the location's coordinates, or null
 * @param participants "ROLE name" for each participant
 * @param document the reporting document's title or id
 * @param evidence the first evidence passage
 */
public record EventRow(String id, String type, String time, String basis, LocalDate start,
    LocalDate end, @Nullable String place, @Nullable LatLon placeGeo, List<String> participants,
    String document, String evidence) {

  public record LatLon(double lat, double lon) {}

  /** As {@link Timeline#read}: dated events, earliest first, optionally of one entity. */
  public static List<EventRow> timeline(Handle h, @Nullable String entity,
      @Nullable LocalDate from, @Nullable LocalDate to) {
    Map<String, LatLon> geo = new HashMap<>();
    h.createQuery("""
            SELECT v.export_id, l.lat, l.lon FROM events v JOIN entities l ON l.id = v.location
            WHERE l.country IS NOT NULL AND v.time_value IS NOT NULL""")
        .map((rs, ctx) -> Map.entry(rs.getString("export_id"),
            new LatLon(rs.getDouble("lat"), rs.getDouble("lon"))))
        .forEach(e -> geo.put(e.getKey(), e.getValue()));
    return Timeline.read(h, entity, from, to).stream()
        .map(t -> new EventRow(t.event(), t.type(), t.time(), t.basis(), t.start(), t.end(),
            t.place(), geo.get(t.event()), t.participants(), t.document(), t.evidence()))
        .toList();
  }
}
