package org.triangulate.graph.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.triangulate.model.Claim;
import org.triangulate.model.DocumentId;
import org.triangulate.model.Event;
import org.triangulate.model.EventType;
import org.triangulate.model.Evidence;
import org.triangulate.model.Modality;
import org.triangulate.model.Participant;
import org.triangulate.model.Predicate;
import org.triangulate.model.Role;
import org.triangulate.model.Section;
import org.triangulate.model.TimeSpec;

/**
 * Reads the events and claims of one document back into the model's records, row ids turned
 * back into the extraction's local keys, every list in the order it was saved. Stateless, so
 * thread-safe.
 */
final class EventClaimReader {
  private EventClaimReader() {}

  static List<Event> events(Handle h, DocumentId doc) {
    Map<Long, List<Participant>> participants = grouped(h, doc, "event", """
        SELECT p.event, p.role, p.text, e.key AS entity_key FROM event_participants p
        LEFT JOIN entities e ON e.id = p.entity
        WHERE p.document = :id ORDER BY p.id""",
        rs -> new Participant(rs.getString("entity_key"), Role.valueOf(rs.getString("role")),
            rs.getString("text")));
    Map<Long, List<Evidence>> evidence = grouped(h, doc, "event",
        "SELECT * FROM event_evidence WHERE document = :id ORDER BY id",
        rs -> DocumentReader.evidence(doc, rs, "text"));
    return h.createQuery("""
        SELECT v.*, l.key AS location_key FROM events v
        LEFT JOIN entities l ON l.id = v.location
        WHERE v.document = :id ORDER BY v.id""")
        .bind("id", doc.value())
        .map((rs, ctx) -> {
          long id = rs.getLong("id");
          return new Event(
              rs.getString("key"),
              EventType.valueOf(rs.getString("type")),
              time(rs),
              rs.getObject("killed", Integer.class),
              rs.getObject("injured", Integer.class),
              rs.getString("location_key"),
              participants.getOrDefault(id, List.of()),
              evidence.getOrDefault(id, List.of()));
        })
        .list();
  }

  static TimeSpec time(ResultSet rs) throws SQLException {
    return new TimeSpec(
        rs.getString("time_value"),
        TimeSpec.Precision.valueOf(rs.getString("time_precision")),
        TimeSpec.Basis.valueOf(rs.getString("time_basis")),
        rs.getString("time_text"),
        rs.getObject("time_anchor", LocalDate.class));
  }

  static List<Claim> claims(Handle h, DocumentId doc) {
    Map<Long, List<String>> via = grouped(h, doc, "claim", """
        SELECT v.claim, e.key FROM claim_via v JOIN entities e ON e.id = v.entity
        WHERE v.document = :id ORDER BY v.claim, v.position""",
        rs -> rs.getString("key"));
    Map<Long, List<Evidence>> evidence = grouped(h, doc, "claim",
        "SELECT * FROM claim_evidence WHERE document = :id ORDER BY id",
        rs -> DocumentReader.evidence(doc, rs, "text"));
    return h.createQuery("""
        SELECT c.*, s.key AS speaker_key,
               coalesce(se.key, sv.key) AS subject_key, coalesce(oe.key, ov.key) AS object_key
        FROM claims c
        LEFT JOIN entities s ON s.id = c.speaker
        LEFT JOIN entities se ON se.id = c.subject_entity
        LEFT JOIN events sv ON sv.id = c.subject_event
        LEFT JOIN entities oe ON oe.id = c.object_entity
        LEFT JOIN events ov ON ov.id = c.object_event
        WHERE c.document = :id ORDER BY c.id""")
        .bind("id", doc.value())
        .map((rs, ctx) -> {
          long id = rs.getLong("id");
          return new Claim(
              rs.getString("key"),
              rs.getString("speaker_key"),
              rs.getString("speaker_text"),
              via.getOrDefault(id, List.of()),
              Modality.valueOf(rs.getString("modality")),
              Section.valueOf(rs.getString("section")),
              rs.getString("subject_key"),
              Predicate.valueOf(rs.getString("predicate")),
              rs.getString("object_key"),
              evidence.getOrDefault(id, List.of()));
        })
        .list();
  }

  /** Reads one row into a value. */
  private interface Row<T> {
    T map(ResultSet rs) throws SQLException;
  }

  /** The rows of {@code sql} (bound to the document) grouped by the {@code owner} column. */
  private static <T> Map<Long, List<T>> grouped(
      Handle h, DocumentId doc, String owner, String sql, Row<T> row) {
    return h.createQuery(sql).bind("id", doc.value())
        .map((rs, ctx) -> Map.entry(rs.getLong(owner), row.map(rs)))
        .collect(Collectors.groupingBy(Map.Entry::getKey, LinkedHashMap::new,
            Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
  }
}
