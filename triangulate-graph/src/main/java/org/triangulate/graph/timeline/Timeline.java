package org.triangulate.graph.timeline;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jspecify.annotations.Nullable;

/** Reads dated events in time order. Linear in the events and participants, then a sort. */
public final class Timeline {
  private Timeline() {}

  /**
   * Dated events, earliest first.
   *
   * @param entity only events this entity takes part in or happened at, or null for all
   * @param from only events that may have happened on or after this day, or null
   * @param to only events that may have happened on or before this day, or null
   */
  public static List<TimelineEntry> read(Handle h, @Nullable String entity, @Nullable LocalDate from,
      @Nullable LocalDate to) {
    Map<Long, List<String>> participants = new HashMap<>();
    Map<Long, List<String>> involved = new HashMap<>();
    h.createQuery("""
            SELECT p.event, p.role, p.text, e.entity, e.name FROM event_participants p
            LEFT JOIN entities e ON e.id = p.entity ORDER BY p.event, p.id""")
        .map((rs, ctx) -> {
          long ev = rs.getLong("event");
          String who = rs.getString("name") != null ? rs.getString("name") : rs.getString("text");
          participants.computeIfAbsent(ev, k -> new ArrayList<>()).add(rs.getString("role") + " " + who);
          if (rs.getString("entity") != null) {
            involved.computeIfAbsent(ev, k -> new ArrayList<>()).add(rs.getString("entity"));
          }
          return 0;
        }).list();
    List<TimelineEntry> out = new ArrayList<>();
    h.createQuery("""
            SELECT v.id, v.export_id, ce.type, v.time_value, v.time_basis, l.entity AS place_id, l.name AS place,
                   coalesce(d.title, d.id) AS document,
                   (SELECT x.text FROM event_evidence x WHERE x.event = v.id ORDER BY x.start LIMIT 1) AS evidence
            FROM events v JOIN documents d ON d.id = v.document LEFT JOIN entities l ON l.id = v.location
            JOIN corrected_events ce ON ce.id = v.id
            WHERE v.time_value IS NOT NULL AND NOT ce.rejected""")
        .map((rs, ctx) -> {
          long id = rs.getLong("id");
          List<String> who = involved.getOrDefault(id, List.of());
          boolean concerns = entity == null || who.contains(entity) || entity.equals(rs.getString("place_id"));
          Optional<LocalDate[]> span = bounds(rs.getString("time_value"));
          if (concerns && span.isPresent() && (from == null || !span.get()[1].isBefore(from))
              && (to == null || !span.get()[0].isAfter(to))) {
            out.add(new TimelineEntry(rs.getString("export_id"), rs.getString("type"), rs.getString("time_value"),
                rs.getString("time_basis"), span.get()[0], span.get()[1], rs.getString("place"),
                participants.getOrDefault(id, List.of()), rs.getString("document"),
                rs.getString("evidence") == null ? "" : rs.getString("evidence")));
          }
          return 0;
        }).list();
    out.sort(Comparator.comparing(TimelineEntry::start).thenComparing(TimelineEntry::end).thenComparing(TimelineEntry::event));
    return out;
  }

  /** The first and last day an ISO value allows: 2021-02-11, 2020-05, 2020, A/B, ../B. */
  static Optional<LocalDate[]> bounds(String value) {
    try {
      if (value.startsWith("../")) {
        LocalDate[] end = bounds(value.substring(3)).orElseThrow();
        return Optional.of(new LocalDate[] {end[1], end[1]});
      }
      int slash = value.indexOf('/');
      if (slash > 0) {
        return Optional.of(new LocalDate[] {bounds(value.substring(0, slash)).orElseThrow()[0],
            bounds(value.substring(slash + 1)).orElseThrow()[1]});
      }
      return switch (value.length()) {
        case 10 -> Optional.of(new LocalDate[] {LocalDate.parse(value), LocalDate.parse(value)});
        case 7 -> Optional.of(new LocalDate[] {YearMonth.parse(value).atDay(1), YearMonth.parse(value).atEndOfMonth()});
        case 4 -> Optional.of(new LocalDate[] {LocalDate.of(Integer.parseInt(value), 1, 1),
            LocalDate.of(Integer.parseInt(value), 12, 31)});
        default -> Optional.empty();
      };
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }
}
