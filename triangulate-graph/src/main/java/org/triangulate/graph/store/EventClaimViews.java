package org.triangulate.graph.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.triangulate.graph.correct.FactCorrection;
import org.triangulate.graph.correct.FactCorrectionRows;
import org.triangulate.model.DocumentId;
import org.triangulate.model.EventType;
import org.triangulate.model.Geo;
import org.triangulate.model.Modality;
import org.triangulate.model.Predicate;
import org.triangulate.model.Role;
import org.triangulate.model.Section;

/**
 * The {@code show} views of an event ({@code evt-…}, a group of accounts or one account) and of
 * a claim ({@code clm-…}). Stateless, so thread-safe.
 */
final class EventClaimViews {
  /** A claim with its speaker, subject and object named; ids are store ids or event ids. */
  private static final String CLAIMS = """
      SELECT c.id, c.export_id, c.document, c.section, c.modality, c.predicate,
             coalesce(s.name, c.speaker_text) AS speaker, s.entity AS speaker_entity,
             coalesce(se.name, sv.event_group, sv.export_id) AS subject,
             coalesce(se.entity, sv.event_group, sv.export_id) AS subject_id,
             coalesce(oe.name, ov.event_group, ov.export_id) AS object,
             coalesce(oe.entity, ov.event_group, ov.export_id) AS object_id,
             d.title
      FROM claims c JOIN documents d ON d.id = c.document
      LEFT JOIN entities s ON s.id = c.speaker
      LEFT JOIN entities se ON se.id = c.subject_entity
      LEFT JOIN events sv ON sv.id = c.subject_event
      LEFT JOIN entities oe ON oe.id = c.object_entity
      LEFT JOIN events ov ON ov.id = c.object_event
      """;

  private EventClaimViews() {}

  /** The event whose group or own id is {@code id}, with every account of it. */
  static Optional<Shown> event(Handle h, String id) {
    List<Long> rows = h.createQuery("""
            SELECT v.id FROM events v JOIN documents d ON d.id = v.document
            WHERE v.event_group = :id OR v.export_id = :id ORDER BY d.ordinal, v.id""")
        .bind("id", id).mapTo(Long.class).list();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    List<Shown.Account> accounts = rows.stream().map(row -> account(h, row)).toList();
    List<Shown.ClaimLine> claims = h.createQuery(CLAIMS + """
            WHERE c.subject_event = ANY(:rows) OR c.object_event = ANY(:rows)
            ORDER BY d.ordinal, c.id""")
        .bindArray("rows", Long.class, rows)
        .map((rs, ctx) -> line(rs)).list();
    String type = h.createQuery("SELECT type FROM corrected_events WHERE id = :row")
        .bind("row", rows.getFirst()).mapTo(String.class).one();
    String group = h.createQuery("SELECT coalesce(event_group, export_id) FROM events WHERE id = :row")
        .bind("row", rows.getFirst()).mapTo(String.class).one();
    List<String> corrections = FactCorrectionRows.of(h, id, group).stream()
        .map(FactCorrection::words).toList();
    return Optional.of(new Shown.EventView(id, EventType.valueOf(type), accounts, claims,
        corrections));
  }

  private static Shown.Account account(Handle h, long row) {
    List<Shown.Party> parties = h.createQuery("""
            SELECT p.role, p.text, e.entity FROM event_participants p
            LEFT JOIN entities e ON e.id = p.entity WHERE p.event = :row ORDER BY p.id""")
        .bind("row", row)
        .map((rs, ctx) -> new Shown.Party(Role.valueOf(rs.getString("role")), rs.getString("text"),
            rs.getString("entity")))
        .list();
    return h.createQuery("""
            SELECT v.*, d.title, d.source, d.published, l.name AS place,
                   l.entity AS place_entity, l.lat, l.lon, l.country, l.province,
                   (SELECT x.text FROM event_evidence x WHERE x.event = v.id
                    ORDER BY x.start, x.id LIMIT 1) AS evidence
            FROM events v JOIN documents d ON d.id = v.document
            LEFT JOIN entities l ON l.id = v.location WHERE v.id = :row""")
        .bind("row", row)
        .map((rs, ctx) -> new Shown.Account(rs.getString("export_id"), rs.getString("document"),
            rs.getString("title"), rs.getString("source"),
            rs.getObject("published", LocalDate.class), EventType.valueOf(rs.getString("type")),
            EventClaimReader.time(rs), rs.getString("place"), rs.getString("place_entity"),
            rs.getString("country") == null ? null : new Geo(rs.getDouble("lat"),
                rs.getDouble("lon"), rs.getString("country"), rs.getString("province"), null),
            rs.getObject("killed", Integer.class), rs.getObject("injured", Integer.class), parties,
            rs.getString("evidence")))
        .one();
  }

  /** The claim with this id, its channels and every passage that says it. */
  static Optional<Shown> claim(Handle h, String id) {
    return h.createQuery(CLAIMS + " WHERE c.export_id = :id").bind("id", id)
        .map((rs, ctx) -> view(h, rs)).findFirst();
  }

  private static Shown view(Handle h, ResultSet rs) throws SQLException {
    long row = rs.getLong("id");
    DocumentId doc = new DocumentId(rs.getString("document"));
    List<String> via = h.createQuery("""
            SELECT e.name FROM claim_via v JOIN entities e ON e.id = v.entity
            WHERE v.claim = :row ORDER BY v.position""")
        .bind("row", row).mapTo(String.class).list();
    var evidence = h.createQuery("SELECT * FROM claim_evidence WHERE claim = :row ORDER BY start, id")
        .bind("row", row)
        .map((r, ctx) -> DocumentReader.evidence(doc, r, "text")).list();
    return new Shown.ClaimView(line(rs), rs.getString("speaker_entity"), rs.getString("subject_id"),
        rs.getString("object_id"), via, doc.value(), rs.getString("title"),
        Section.valueOf(rs.getString("section")), evidence,
        FactCorrectionRows.of(h, rs.getString("export_id"), null).stream()
            .map(FactCorrection::words).toList());
  }

  private static Shown.ClaimLine line(ResultSet rs) throws SQLException {
    return new Shown.ClaimLine(rs.getString("export_id"), rs.getString("speaker"),
        Modality.valueOf(rs.getString("modality")), rs.getString("subject"),
        Predicate.valueOf(rs.getString("predicate")), rs.getString("object"));
  }
}
