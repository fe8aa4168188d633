package org.triangulate.graph.links;

import java.sql.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.triangulate.graph.correct.FactCorrection;
import org.triangulate.graph.correct.FactCorrectionRows;

/**
 * Reads the stored claims as {@link ClaimFact}s, in document order, as the analyst's corrections
 * leave them ({@link CorrectedClaims}). Linear in the claims.
 */
public final class ClaimFacts {
  private ClaimFacts() {}

  public static List<ClaimFact> load(Handle h) {
    List<FactCorrection> corrections = FactCorrectionRows.active(h);
    List<ClaimFact> claims = extracted(h);
    return corrections.isEmpty() ? claims
        : CorrectedClaims.apply(claims, corrections, EvidenceGraph.entityNames(h));
  }

  /** The claims as extracted. */
  static List<ClaimFact> extracted(Handle h) {
    Map<Long, List<String>> via = new HashMap<>();
    h.createQuery("""
            SELECT v.claim, e.entity FROM claim_via v JOIN entities e ON e.id = v.entity
            ORDER BY v.claim, v.position""")
        .map((rs, ctx) -> Map.entry(rs.getLong("claim"), rs.getString("entity")))
        .forEach(e -> via.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
    Map<String, String[]> documents = documents(h);
    // Each entity end is joined by claim id, not by the claim's nullable reference: the planner
    // hashes the claims side, and the claims without a speaker, subject or object entity (a
    // report's own account, claims about events) then share one hash key, which no number of
    // batches splits. At 100,000 synthetic documents that took the backend past 7 GB of memory.
    return h.createQuery("""
            WITH speakers AS MATERIALIZED (
              SELECT c.id, e.entity, e.type, e.name, e.kb FROM claims c
              JOIN entities e ON e.id = c.speaker),
            subjects AS MATERIALIZED (
              SELECT c.id, e.entity FROM claims c JOIN entities e ON e.id = c.subject_entity),
            objects AS MATERIALIZED (
              SELECT c.id, e.entity FROM claims c JOIN entities e ON e.id = c.object_entity)
            SELECT c.id, c.export_id, c.document, s.entity AS speaker, s.type AS speaker_type,
                   s.name AS speaker_name, s.kb AS speaker_kb, c.speaker_text, c.modality,
                   coalesce(se.entity, sv.event_group, sv.export_id) AS subject, c.predicate,
                   coalesce(oe.entity, ov.event_group, ov.export_id) AS object, c.object_event IS NOT NULL AS object_is_event,
                   (SELECT x.text FROM claim_evidence x WHERE x.claim = c.id ORDER BY x.start LIMIT 1) AS evidence
            FROM claims c JOIN documents d ON d.id = c.document
            LEFT JOIN speakers s ON s.id = c.id
            LEFT JOIN subjects se ON se.id = c.id
            LEFT JOIN events sv ON sv.id = c.subject_event
            LEFT JOIN objects oe ON oe.id = c.id
            LEFT JOIN events ov ON ov.id = c.object_event
            ORDER BY d.ordinal, c.id""")
        .map((rs, ctx) -> {
          String doc = rs.getString("document");
          String[] d = documents.get(doc);
          return new ClaimFact(rs.getString("export_id"), doc, d[0],
              d[1] == null ? null : Date.valueOf(d[1]).toLocalDate(),
              rs.getString("speaker"), rs.getString("speaker_type"), rs.getString("speaker_name"),
              rs.getString("speaker_kb"), rs.getString("speaker_text"),
              via.getOrDefault(rs.getLong("id"), List.of()), rs.getString("modality"),
              rs.getString("subject"), rs.getString("predicate"), rs.getString("object"),
              rs.getBoolean("object_is_event"), rs.getString("evidence") == null ? "" : rs.getString("evidence"));
        })
        .list();
  }

  /** Each document's outlet (the source of the original it copies, else its own) and date. */
  static Map<String, String[]> documents(Handle h) {
    Map<String, String[]> rows = new HashMap<>();
    Map<String, String> copyOf = new HashMap<>();
    h.createQuery("SELECT id, source, copy_of, published FROM documents").map((rs, ctx) -> {
      rows.put(rs.getString("id"), new String[] {rs.getString("source"),
          rs.getDate("published") == null ? null : rs.getDate("published").toString()});
      if (rs.getString("copy_of") != null) {
        copyOf.put(rs.getString("id"), rs.getString("copy_of"));
      }
      return 0;
    }).list();
    Map<String, String[]> out = new HashMap<>();
    rows.forEach((id, r) -> {
      String root = id;
      for (int hops = 0; copyOf.containsKey(root) && hops < 100; hops++) {
        root = copyOf.get(root);
      }
      String source = rows.getOrDefault(root, r)[0];
      out.put(id, new String[] {source != null ? source : root, r[1]});
    });
    return out;
  }
}
