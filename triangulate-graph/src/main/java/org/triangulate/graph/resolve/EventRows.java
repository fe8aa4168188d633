package org.triangulate.graph.resolve;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.triangulate.model.EventType;
import org.triangulate.model.Role;

/**
 * Reads events from the store as {@link EventRecord}s (their places and participants as store
 * entities, so after entity resolution) and writes {@code events.event_group} and the reasons
 * back. Runs inside the caller's transaction. Stateless.
 */
final class EventRows {
  private static final String SELECT = """
      SELECT v.id, v.document, d.ordinal, v.key, v.export_id, v.type, v.time_value, v.killed,
             v.event_group, l.entity AS location, l.lat, l.lon
      FROM events v JOIN documents d ON d.id = v.document
      LEFT JOIN entities l ON l.id = v.location
      <where>
      """;
  private static final String PARTICIPANTS = """
      SELECT p.event, p.role, e.entity FROM event_participants p
      JOIN entities e ON e.id = p.entity <where>
      """;

  /** Degrees around a new event's place within which other events are candidates. */
  private static final double BOX = 0.5;

  private EventRows() {}

  static List<EventRecord> all(Handle h) {
    return read(h, "", "", List.of());
  }

  static List<EventRecord> byIds(Handle h, Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return read(h, "WHERE v.id = ANY(:ids)", "WHERE p.event = ANY(:ids)", List.copyOf(ids));
  }

  private static List<EventRecord> read(Handle h, String where, String participantsWhere,
      List<Long> ids) {
    Map<Long, Map<Role, Set<String>>> participants = new HashMap<>();
    var q = h.createQuery(PARTICIPANTS.replace("<where>", participantsWhere));
    if (!ids.isEmpty()) {
      q.bindArray("ids", Long.class, ids);
    }
    q.map((rs, ctx) -> {
      participants.computeIfAbsent(rs.getLong("event"), e -> new EnumMap<>(Role.class))
          .computeIfAbsent(Role.valueOf(rs.getString("role")), r -> new HashSet<>())
          .add(rs.getString("entity"));
      return 0;
    }).list();
    var events = h.createQuery(SELECT.replace("<where>", where));
    if (!ids.isEmpty()) {
      events.bindArray("ids", Long.class, ids);
    }
    return events.map((rs, ctx) -> record(rs, participants)).list();
  }

  private static EventRecord record(ResultSet rs, Map<Long, Map<Role, Set<String>>> participants)
      throws SQLException {
    long id = rs.getLong("id");
    Object lat = rs.getObject("lat");
    Object lon = rs.getObject("lon");
    Object killed = rs.getObject("killed");
    return new EventRecord(id, rs.getString("document"), rs.getLong("ordinal"),
        rs.getString("key"), rs.getString("export_id"), EventType.valueOf(rs.getString("type")),
        rs.getString("time_value"), rs.getString("location"),
        lat == null ? null : ((Number) lat).doubleValue(),
        lon == null ? null : ((Number) lon).doubleValue(),
        participants.getOrDefault(id, Map.of()),
        killed == null ? null : ((Number) killed).intValue());
  }

  /**
   * The events that could be one with the events of {@code documents}: theirs, those at the same
   * place entity or within about half a degree, those sharing a participant, and every member of
   * their current groups.
   */
  static Set<Long> around(Handle h, Collection<String> documents) {
    if (documents.isEmpty()) {
      return Set.of();
    }
    Set<Long> ids = new LinkedHashSet<>(h.createQuery("""
            WITH mine AS (
              SELECT v.id, l.entity AS location, l.lat, l.lon FROM events v
              LEFT JOIN entities l ON l.id = v.location WHERE v.document = ANY(:docs))
            SELECT mine.id FROM mine
            UNION
            SELECT v.id FROM events v JOIN entities l ON l.id = v.location, mine
            WHERE l.entity = mine.location
               OR (abs(l.lat - mine.lat) <= :box AND abs(l.lon - mine.lon) <= :box)
            UNION
            SELECT p2.event FROM event_participants p1
            JOIN entities e1 ON e1.id = p1.entity
            JOIN entities e2 ON e2.entity = e1.entity
            JOIN event_participants p2 ON p2.entity = e2.id
            WHERE p1.event IN (SELECT id FROM mine)""")
        .bindArray("docs", String.class, List.copyOf(documents)).bind("box", BOX)
        .mapTo(Long.class).list());
    if (ids.isEmpty()) {
      return ids;
    }
    ids.addAll(h.createQuery("""
            SELECT id FROM events WHERE event_group IN (
              SELECT event_group FROM events WHERE id = ANY(:ids))""")
        .bindArray("ids", Long.class, List.copyOf(ids)).mapTo(Long.class).list());
    return ids;
  }

  /** Writes the groups and replaces the reasons of the events resolved. */
  static int write(Handle h, List<EventRecord> events, EventResolution resolution) {
    PreparedBatch update = h.prepareBatch("""
        UPDATE events SET event_group = :group
        WHERE id = :id AND event_group IS DISTINCT FROM :group""");
    List<Long> ids = new ArrayList<>();
    for (EventRecord v : events) {
      ids.add(v.id());
      update.bind("group", resolution.groups().get(v.id())).bind("id", v.id()).add();
    }
    if (ids.isEmpty()) {
      return 0;
    }
    int changed = java.util.Arrays.stream(update.execute()).sum();
    h.createUpdate("DELETE FROM event_resolution_reasons WHERE a = ANY(:ids) OR b = ANY(:ids)")
        .bindArray("ids", Long.class, ids).execute();
    PreparedBatch insert = h.prepareBatch("""
        INSERT INTO event_resolution_reasons (event_group, a, b, reason)
        VALUES (:group, :a, :b, :reason)""");
    for (MergeReason m : resolution.reasons()) {
      insert.bind("group", resolution.groups().get(m.a())).bind("a", m.a()).bind("b", m.b())
          .bind("reason", m.reason()).add();
    }
    if (insert.size() > 0) {
      insert.execute();
    }
    return changed;
  }
}
