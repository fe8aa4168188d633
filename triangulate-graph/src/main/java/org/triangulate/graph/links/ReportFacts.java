package org.triangulate.graph.links;

import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * Reads each stored report of an event as a {@link ReportFact}, in document order, leaving out
 * the events an analyst rejected. A document is a coded row when the pipeline that extracted it
 * is the coded-rows reader ({@code coded-rows}, as triangulate-ingest's {@code CodedDocuments}
 * records it). Linear in the events.
 */
final class ReportFacts {
  /** The pipeline component that marks a coded row's extraction. */
  static final String CODED = "[{\"name\": \"coded-rows\"}]";

  private ReportFacts() {}

  static List<ReportFact> load(Handle h) {
    Map<String, String[]> documents = ClaimFacts.documents(h);
    return h.createQuery("""
            SELECT v.export_id, coalesce(v.event_group, v.export_id) AS grp, v.document,
                   v.killed, v.injured,
                   EXISTS (SELECT 1 FROM extractions x JOIN pipelines p ON p.id = x.pipeline
                           WHERE x.document = v.document
                             AND p.components @> CAST(:coded AS jsonb)) AS coded
            FROM events v JOIN documents d ON d.id = v.document
            JOIN corrected_events ce ON ce.id = v.id
            WHERE NOT ce.rejected
            ORDER BY d.ordinal, v.id""")
        .bind("coded", CODED)
        .map((rs, ctx) -> new ReportFact(rs.getString("export_id"), rs.getString("grp"),
            rs.getString("document"), documents.get(rs.getString("document"))[0],
            rs.getBoolean("coded"), (Integer) rs.getObject("killed"),
            (Integer) rs.getObject("injured")))
        .list();
  }
}
