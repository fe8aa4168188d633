package org.triangulate.graph.export;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.result.ResultIterator;
import org.jspecify.annotations.Nullable;
import org.triangulate.model.Section;

/**
 * Writes the export's {@code events} and {@code claims} arrays. Each is a merge join of cursors
 * sorted by document then row id (the rows, then their participants or channels, then their
 * evidence), so nothing but the current row is held in memory. Entity references are the ids of
 * the store entities (ent-…) the local entities belong to; event and claim ids were computed on
 * save (evt-…, clm-…). Stateless, so thread-safe.
 */
final class EventClaimExport {
  private static final int FETCH = 200;

  private EventClaimExport() {}

  /** A child row and the row id of the event or claim it belongs to. */
  private record Owned<T>(long owner, T value) {}

  /** Reads one row into a value. */
  private interface Row<T> {
    T map(ResultSet rs) throws SQLException;
  }

  /** Writes one value. */
  private interface Writer<T> {
    void write(JsonGenerator g, T value) throws IOException;
  }

  /**
   * One exported event per event group: reports of one attack in several documents (grouped by
   * resolution, events.event_group) become one event carrying every report's evidence and
   * participants; its id is the group's, and claims point at it.
   */
  /** Events with their group and the group's place in document order, for the three cursors. */
  private static final String GROUPED = """
      WITH ordered AS (
        SELECT v.id, d.ordinal, coalesce(v.event_group, v.export_id) AS grp,
               min(d.ordinal) OVER (PARTITION BY coalesce(v.event_group, v.export_id)) AS gord,
               min(v.id) OVER (PARTITION BY coalesce(v.event_group, v.export_id)) AS gid
        FROM events v JOIN documents d ON d.id = v.document)
      """;

  static void events(Handle h, JsonGenerator g) throws IOException {
    g.writeArrayFieldStart("events");
    try (ResultIterator<Owned<ExportedEvent>> events = owned(h, GROUPED + """
            SELECT v.id AS owner, o.grp AS export_id, v.type, v.time_value,
                   v.time_precision, v.time_basis, v.time_text, v.killed, v.injured, l.entity AS location
            FROM events v JOIN ordered o ON o.id = v.id
            LEFT JOIN entities l ON l.id = v.location
            ORDER BY o.gord, o.gid, o.grp, o.ordinal, v.id""", EventClaimExport::event);
        ResultIterator<Owned<ExportedParticipant>> participants = owned(h, GROUPED + """
            SELECT p.event AS owner, e.entity, p.role, p.text
            FROM event_participants p JOIN ordered o ON o.id = p.event
            LEFT JOIN entities e ON e.id = p.entity
            ORDER BY o.gord, o.gid, o.grp, o.ordinal, p.event, p.id""", rs -> new ExportedParticipant(
                rs.getString("entity"), rs.getString("role"), rs.getString("text")));
        ResultIterator<Owned<ExportedEvidence>> evidence = owned(h, GROUPED + """
            SELECT x.event AS owner, x.document, x.section, x.start, x."end", x.text, """ + ExportedEvidence.page("x") + """
            FROM event_evidence x JOIN ordered o ON o.id = x.event
            ORDER BY o.gord, o.gid, o.grp, o.ordinal, x.event, x.id""", ExportedEvidence::of)) {
      Peeking<Owned<ExportedEvent>> pendingEvents = new Peeking<>(events);
      Peeking<Owned<ExportedParticipant>> pendingParticipants = new Peeking<>(participants);
      Peeking<Owned<ExportedEvidence>> pendingEvidence = new Peeking<>(evidence);
      while (pendingEvents.peek() != null) {
        List<Owned<ExportedEvent>> group = new ArrayList<>(List.of(pendingEvents.next()));
        while (pendingEvents.peek() != null && pendingEvents.peek().value().id().equals(group.getFirst().value().id())) {
          group.add(pendingEvents.next());
        }
        g.writeStartObject();
        ExportedEvent.merged(group.stream().map(Owned::value).toList()).write(g);
        g.writeArrayFieldStart("participants");
        Set<ExportedParticipant> seen = new LinkedHashSet<>();
        for (Owned<ExportedEvent> v : group) {
          while (pendingParticipants.peek() != null && pendingParticipants.peek().owner() == v.owner()) {
            ExportedParticipant p = pendingParticipants.next().value();
            if (seen.add(p)) {
              p.write(g);
            }
          }
        }
        g.writeEndArray();
        g.writeArrayFieldStart("evidence");
        for (Owned<ExportedEvent> v : group) {
          drain(g, pendingEvidence, v.owner(), (gen, e) -> e.write(gen));
        }
        g.writeEndArray();
        g.writeEndObject();
      }
    }
    g.writeEndArray();
  }

  static void claims(Handle h, JsonGenerator g) throws IOException {
    g.writeArrayFieldStart("claims");
    try (ResultIterator<Owned<ExportedClaim>> claims = owned(h, """
            SELECT c.id AS owner, c.export_id, s.entity AS speaker, c.speaker_text, c.modality,
                   c.section, coalesce(se.entity, sv.event_group, sv.export_id) AS subject, c.predicate,
                   coalesce(oe.entity, ov.event_group, ov.export_id) AS object
            FROM claims c JOIN documents d ON d.id = c.document
            LEFT JOIN entities s ON s.id = c.speaker
            LEFT JOIN entities se ON se.id = c.subject_entity
            LEFT JOIN events sv ON sv.id = c.subject_event
            LEFT JOIN entities oe ON oe.id = c.object_entity
            LEFT JOIN events ov ON ov.id = c.object_event
            ORDER BY d.ordinal, c.id""", EventClaimExport::claim);
        ResultIterator<Owned<String>> via = owned(h, """
            SELECT v.claim AS owner, e.entity FROM claim_via v
            JOIN documents d ON d.id = v.document JOIN entities e ON e.id = v.entity
            ORDER BY d.ordinal, v.claim, v.position""", rs -> rs.getString("entity"));
        ResultIterator<Owned<ExportedEvidence>> evidence = evidence(h, "claim_evidence",
            "claim")) {
      Peeking<Owned<String>> pendingVia = new Peeking<>(via);
      Peeking<Owned<ExportedEvidence>> pendingEvidence = new Peeking<>(evidence);
      while (claims.hasNext()) {
        Owned<ExportedClaim> c = claims.next();
        g.writeStartObject();
        g.writeStringField("id", c.value().id());
        g.writeStringField("speaker", c.value().speaker());
        g.writeStringField("speakerText", c.value().speakerText());
        g.writeArrayFieldStart("via");
        drain(g, pendingVia, c.owner(), JsonGenerator::writeString);
        g.writeEndArray();
        c.value().write(g);
        g.writeArrayFieldStart("evidence");
        drain(g, pendingEvidence, c.owner(), (gen, e) -> e.write(gen));
        g.writeEndArray();
        g.writeEndObject();
      }
    }
    g.writeEndArray();
  }

  /** Writes and consumes the pending rows that belong to {@code owner}. */
  private static <T> void drain(JsonGenerator g, Peeking<Owned<T>> rows, long owner,
      Writer<T> writer) throws IOException {
    while (rows.peek() != null && rows.peek().owner() == owner) {
      writer.write(g, rows.next().value());
    }
  }

  private static <T> ResultIterator<Owned<T>> owned(Handle h, String sql, Row<T> row) {
    return h.createQuery(sql).setFetchSize(FETCH)
        .map((rs, ctx) -> new Owned<>(rs.getLong("owner"), row.map(rs)))
        .iterator();
  }

  private static ResultIterator<Owned<ExportedEvidence>> evidence(
      Handle h, String table, String owner) {
    return owned(h, "SELECT x." + owner + " AS owner, x.document, x.section, x.start, x.\"end\","
        + " x.text, " + ExportedEvidence.page("x") + " FROM " + table + " x JOIN documents d ON d.id = x.document"
        + " ORDER BY d.ordinal, x." + owner + ", x.id", ExportedEvidence::of);
  }

  private static ExportedEvent event(ResultSet rs) throws SQLException {
    return new ExportedEvent(rs.getString("export_id"), rs.getString("type"),
        rs.getString("time_value"), rs.getString("time_precision"), rs.getString("time_basis"),
        rs.getString("time_text"), rs.getObject("killed", Integer.class),
        rs.getObject("injured", Integer.class), rs.getString("location"));
  }

  private static ExportedClaim claim(ResultSet rs) throws SQLException {
    return new ExportedClaim(rs.getString("export_id"), rs.getString("speaker"),
        rs.getString("speaker_text"), rs.getString("modality"),
        Section.valueOf(rs.getString("section")), rs.getString("subject"),
        rs.getString("predicate"), rs.getString("object"));
  }


  /** A participant: {@code {entity, role, text}}. */
  private record ExportedParticipant(@Nullable String entity, String role, String text) {
    void write(JsonGenerator g) throws IOException {
      g.writeStartObject();
      g.writeStringField("entity", entity);
      g.writeStringField("role", role);
      g.writeStringField("text", text);
      g.writeEndObject();
    }
  }

  /** The scalar fields of a claim; id, speaker and speakerText are written before via. */
  private record ExportedClaim(String id, @Nullable String speaker, @Nullable String speakerText,
      String modality, Section section, String subject, String predicate,
      @Nullable String object) {

    /** Writes modality, section, subject, predicate and object. */
    void write(JsonGenerator g) throws IOException {
      g.writeStringField("modality", modality);
      g.writeStringField("section", section.label());
      g.writeStringField("subject", subject);
      g.writeStringField("predicate", predicate);
      g.writeStringField("object", object);
    }
  }
}
