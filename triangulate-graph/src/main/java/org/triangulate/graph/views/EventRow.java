package org.triangulate.graph.views;

import java.time.LocalDate;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jspecify.annotations.Nullable;
import org.triangulate.graph.timeline.EventFilter;
import org.triangulate.graph.timeline.Timeline;
import org.triangulate.graph.timeline.TimelineEntry;

/**
 * An event in a listing ({@link TimelineEntry}): one document's account of it, with its place's
 * coordinates, province and country.
 *
 * @param id {@code evt-…}, the account's own
 * @param group the event group's id ({@code evt-…}), which the event page shows whole
 * @param type event type
 * @param time the time value ("2021-02-11", "../2021-02-21"), or null when undated
 * @param basis EVENT or REPORTED
 * @param start the earliest day the value allows, or null when undated
 * @param end the latest day it allows, or null when undated
 * @param place the location's name, or null
 * @param placeGeo the location's coordinates, or null
 * @param province the location's first-level division, or null
 * @param country the location's country, or null
 * @param participants "ROLE name" for each participant
 * @param killed people killed, or null when not stated
 * @param injured people injured, or null when not stated
 * @param documentId the reporting document's id
 * @param document the reporting document's title or id
 * @param evidence the first evidence passage
 */
public record EventRow(String id, String group, String type, @Nullable String time, String basis,
    @Nullable LocalDate start, @Nullable LocalDate end, @Nullable String place,
    @Nullable LatLon placeGeo, @Nullable String province, @Nullable String country,
    List<String> participants, @Nullable Integer killed, @Nullable Integer injured,
    String documentId, String document, String evidence) {

  public record LatLon(double lat, double lon) {}

  /** As {@link Timeline#read(Handle, EventFilter)}: the events {@code filter} keeps, in time order. */
  public static List<EventRow> list(Handle h, EventFilter filter) {
    return Timeline.read(h, filter).stream().map(EventRow::of).toList();
  }

  static EventRow of(TimelineEntry t) {
    var g = t.placeGeo();
    return new EventRow(t.event(), t.group(), t.type(), t.time(), t.basis(), t.start(), t.end(),
        t.place(), g == null ? null : new LatLon(g.lat(), g.lon()),
        g == null ? null : g.province(), g == null ? null : g.country(), t.participants(),
        t.killed(), t.injured(), t.documentId(), t.document(), t.evidence());
  }
}
