package org.triangulate.graph.timeline;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import org.jspecify.annotations.Nullable;
import org.triangulate.model.Geo;

/**
 * Reads events in time order, filtered ({@link EventFilter}). Linear in the events and
 * participants, then a sort; for one entity's timeline, in that entity's events.
 */
public final class Timeline {
  /**
   * The events of the filter's entity: a part in them or their place (what {@link
   * EventMatch#entity} keeps), read through the indexes on the entity's members, so that an
   * entity's timeline reads its own events, not every event of the store. Unused without one.
   */
  private static final String CHOSEN = """
      WITH chosen AS (
        SELECT p.event AS id FROM entities e JOIN event_participants p ON p.entity = e.id
        WHERE e.entity = :entity
        UNION
        SELECT v.id FROM entities e JOIN events v ON v.location = e.id WHERE e.entity = :entity)
      """;

  private static final Pattern CHOSEN_EVENT = Pattern.compile("<chosen ([a-z.]+)>");

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
    return read(h, EventFilter.timeline(entity, from, to));
  }

  /**
   * The events {@code filter} keeps (rejected ones never), dated ones earliest first, then the
   * undated by id.
   */
  public static List<TimelineEntry> read(Handle h, EventFilter filter) {
    Map<Long, List<String>> participants = new HashMap<>();
    Map<Long, List<String>> involved = new HashMap<>();
    Map<Long, List<String>> named = new HashMap<>();
    query(h, filter.entity(), """
            SELECT p.event, p.role, p.text, e.entity, e.name FROM event_participants p
            LEFT JOIN entities e ON e.id = p.entity
            WHERE <chosen p.event> ORDER BY p.event, p.id""")
        .map((rs, ctx) -> {
          long ev = rs.getLong("event");
          String who = rs.getString("name") != null ? rs.getString("name") : rs.getString("text");
          participants.computeIfAbsent(ev, k -> new ArrayList<>()).add(rs.getString("role") + " " + who);
          named.computeIfAbsent(ev, k -> new ArrayList<>()).add(rs.getString("text"));
          if (rs.getString("entity") != null) {
            involved.computeIfAbsent(ev, k -> new ArrayList<>()).add(rs.getString("entity"));
          }
          return 0;
        }).list();
    EventMatch match = EventMatch.of(h, filter);
    List<TimelineEntry> out = new ArrayList<>();
    query(h, filter.entity(), """
            SELECT v.id, v.export_id, coalesce(v.event_group, v.export_id) AS grp, ce.type,
                   v.time_value, v.time_basis, v.killed, v.injured,
                   l.entity AS place_id, l.name AS place, l.lat, l.lon, l.country, l.province,
                   d.id AS document_id, coalesce(d.title, d.id) AS document,
                   (SELECT x.text FROM event_evidence x WHERE x.event = v.id ORDER BY x.start LIMIT 1) AS evidence
            FROM events v JOIN documents d ON d.id = v.document LEFT JOIN entities l ON l.id = v.location
            JOIN corrected_events ce ON ce.id = v.id
            WHERE NOT ce.rejected AND <chosen v.id>""")
        .map((rs, ctx) -> {
          long id = rs.getLong("id");
          String value = rs.getString("time_value");
          Optional<LocalDate[]> span = value == null ? Optional.empty() : bounds(value);
          Geo geo = rs.getString("country") == null ? null : new Geo(rs.getDouble("lat"),
              rs.getDouble("lon"), rs.getString("country"), rs.getString("province"), null);
          boolean keep = match.type(rs.getString("type"))
              && match.entity(involved.getOrDefault(id, List.of()), rs.getString("place_id"))
              && match.actor(involved.getOrDefault(id, List.of()), named.getOrDefault(id, List.of()))
              && match.place(rs.getString("place"), rs.getString("place_id"), geo)
              && match.time(span.orElse(null));
          if (keep) {
            out.add(new TimelineEntry(rs.getString("export_id"), rs.getString("grp"),
                rs.getString("type"), span.isPresent() ? value : null, rs.getString("time_basis"),
                span.map(s -> s[0]).orElse(null), span.map(s -> s[1]).orElse(null),
                rs.getString("place"), geo, participants.getOrDefault(id, List.of()),
                rs.getObject("killed", Integer.class), rs.getObject("injured", Integer.class),
                rs.getString("document_id"), rs.getString("document"),
                rs.getString("evidence") == null ? "" : rs.getString("evidence")));
          }
          return 0;
        }).list();
    out.sort(Comparator.comparing(TimelineEntry::start, Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(TimelineEntry::end, Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(TimelineEntry::event));
    return out;
  }

  /**
   * {@code sql} with {@code <chosen X>} as "X is one of the entity's events" when there is an
   * entity, else as true.
   */
  private static Query query(Handle h, @Nullable String entity, String sql) {
    if (entity == null) {
      return h.createQuery(CHOSEN_EVENT.matcher(sql).replaceAll("true"));
    }
    return h.createQuery(CHOSEN + CHOSEN_EVENT.matcher(sql).replaceAll("$1 IN (SELECT id FROM chosen)"))
        .bind("entity", entity);
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
