package org.triangulate.graph.views;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jspecify.annotations.Nullable;

/**
 * Reads stored claims with their document and first evidence passage, and that passage's page
 * where the document has pages (a PDF). Stateless.
 */
final class ClaimRows {
  /** Columns of one claim row: ids are store entity ids and event export ids. */
  static final String COLUMNS = """
      SELECT c.id, c.export_id, c.document, s.entity AS speaker, c.speaker_text, c.modality,
             c.predicate, c.section, coalesce(se.entity, sv.export_id) AS subject,
             coalesce(oe.entity, ov.export_id) AS object, d.title AS document_title, d.url,
             d.published, d.ordinal AS document_ordinal,
             (SELECT x.text FROM claim_evidence x WHERE x.claim = c.id
              ORDER BY x.start, x.id LIMIT 1) AS evidence,
             (SELECT (p ->> 'page')::int FROM claim_evidence x
                CROSS JOIN jsonb_array_elements(d.parts) p
              WHERE x.claim = c.id AND p ->> 'page' IS NOT NULL AND (p ->> 'start')::int <= x.start
              ORDER BY x.start, x.id, (p ->> 'start')::int DESC LIMIT 1) AS page
      FROM claims c JOIN documents d ON d.id = c.document
      LEFT JOIN entities s ON s.id = c.speaker
      LEFT JOIN entities se ON se.id = c.subject_entity
      LEFT JOIN events sv ON sv.id = c.subject_event
      LEFT JOIN entities oe ON oe.id = c.object_entity
      LEFT JOIN events ov ON ov.id = c.object_event
      """;

  /** One claim as read; {@code page} is its first passage's page, null without pages. */
  record Row(String id, String document, @Nullable String documentTitle, @Nullable String url,
      @Nullable LocalDate published, @Nullable String speaker, @Nullable String speakerText,
      String modality, String predicate, String section, String subject, @Nullable String object,
      String text, @Nullable Integer page) {}

  private ClaimRows() {}

  /** The claims with these export ids, in the order given; unknown ids are left out. */
  static List<Row> byIds(Handle h, Collection<String> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<String, Row> found = new LinkedHashMap<>();
    h.createQuery(COLUMNS + " WHERE c.export_id = ANY(:ids)")
        .bindArray("ids", String.class, List.copyOf(ids))
        .map((rs, ctx) -> row(rs))
        .forEach(r -> found.put(r.id(), r));
    return ids.stream().distinct().filter(found::containsKey).map(found::get).toList();
  }

  static Row row(ResultSet rs) throws SQLException {
    String evidence = rs.getString("evidence");
    return new Row(rs.getString("export_id"), rs.getString("document"),
        rs.getString("document_title"), rs.getString("url"),
        rs.getObject("published", LocalDate.class), rs.getString("speaker"),
        rs.getString("speaker_text"), rs.getString("modality"), rs.getString("predicate"),
        DocumentDetail.section(rs.getString("section")), rs.getString("subject"),
        rs.getString("object"), evidence == null ? "" : evidence,
        rs.getObject("page", Integer.class));
  }
}
