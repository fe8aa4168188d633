package org.triangulate.graph.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jdbi.v3.core.Handle;
import org.jspecify.annotations.Nullable;
import org.triangulate.graph.StoreException;
import org.triangulate.graph.internal.Json;
import org.triangulate.model.Document;
import org.triangulate.model.DocumentId;
import org.triangulate.model.Extraction;
import org.triangulate.model.Pipeline;

/**
 * Replacing a stored document's text and extraction with new ones (the text today's readers
 * read its raw bytes to, under the id it was stored with), keeping the analyst's corrections:
 * a merge or split member (a document-local entity row, deleted with the old extraction) moves
 * to the new row of the same key and name, else of the same name and type; corrections of
 * events, claims and links name export ids (a hash of document and key) and hold as long as the
 * new extraction has them. Runs inside the caller's transaction. Stateless.
 */
final class Reextraction {
  private Reextraction() {}

  /**
   * What replacing one document's extraction did.
   *
   * @param document the document
   * @param lostMembers merge or split members with no entity of that name in the new
   *     extraction, as {@code correction 3: Farid Zarmal (PERSON)}
   */
  record Replaced(DocumentId document, List<String> lostMembers) {
    Replaced {
      Objects.requireNonNull(document, "document");
      lostMembers = List.copyOf(lostMembers);
    }
  }

  /** A correction member as it was anchored in the old extraction. */
  private record Anchor(long correction, String side, String key, String name, String type) {}

  /** Extracted documents in store order; only those another pipeline extracted when given one. */
  static List<DocumentId> extracted(Handle h, @Nullable Pipeline changedFrom) {
    return h.createQuery("""
            SELECT d.id FROM documents d JOIN extractions x ON x.document = d.id
            WHERE CAST(:pipeline AS text) IS NULL OR x.pipeline <> :pipeline
            ORDER BY d.ordinal""")
        .bind("pipeline", changedFrom == null ? null : Json.pipelineId(changedFrom))
        .map((rs, ctx) -> new DocumentId(rs.getString("id"))).list();
  }

  static Replaced replace(Handle h, Document doc, Extraction extraction, Instant now) {
    if (!extraction.document().equals(doc.id())) {
      throw new StoreException(doc.id() + ": extraction is of another document: "
          + extraction.document());
    }
    DocumentWriter.check(doc, extraction);
    String id = doc.id().value();
    List<Anchor> anchors = h.createQuery("""
            SELECT m.correction, m.side, e.key, e.name, e.type FROM correction_members m
            JOIN entities e ON e.id = m.entity WHERE e.document = :doc ORDER BY m.correction""")
        .bind("doc", id)
        .map((rs, ctx) -> new Anchor(rs.getLong("correction"), rs.getString("side"),
            rs.getString("key"), rs.getString("name"), rs.getString("type")))
        .list();
    // claims and events point at entities of the document: delete from the top down
    for (String table : List.of("claims", "events", "entities", "extractions")) {
      h.createUpdate("DELETE FROM " + table + " WHERE document = :doc").bind("doc", id).execute();
    }
    replaceText(h, doc); // before the extraction: its spans must lie inside the new text
    DocumentWriter.insertExtraction(h, extraction, now);
    h.createUpdate("""
            UPDATE documents SET extracted = true, not_extracted_reason = NULL, resolved = false
            WHERE id = :doc""")
        .bind("doc", id).execute();
    List<String> lost = new ArrayList<>();
    for (Anchor a : anchors) {
      if (!reanchor(h, id, a)) {
        lost.add("correction " + a.correction() + ": " + a.name() + " (" + a.type() + ")");
      }
    }
    return new Replaced(doc.id(), lost);
  }

  /**
   * Stores the text {@code doc} was read to now, and what is read with it, under its stored id:
   * the id names the document as first stored, which corrections and notes name; the raw bytes
   * and their custody stay as they were.
   */
  private static void replaceText(Handle h, Document doc) {
    DocumentWriter.bindText(h.createUpdate("""
            UPDATE documents SET text = :text, text_length = :textLength,
              parts = CAST(:parts AS jsonb), title = :title, url = :url, byline = :byline,
              dateline = :dateline, source = :source, published = :published,
              published_inferred = :publishedInferred, language = :language,
              fingerprint = :fingerprint
            WHERE id = :doc"""), doc)
        .bind("doc", doc.id().value())
        .execute();
  }

  private static boolean reanchor(Handle h, String doc, Anchor a) {
    return h.createUpdate("""
            INSERT INTO correction_members (correction, entity, side)
            SELECT :correction, e.id, :side FROM entities e
            WHERE e.document = :doc AND e.name = :name AND e.type = :type
            ORDER BY e.key = :key DESC, e.id LIMIT 1
            ON CONFLICT DO NOTHING""")
        .bind("correction", a.correction()).bind("side", a.side()).bind("doc", doc)
        .bind("name", a.name()).bind("type", a.type()).bind("key", a.key())
        .execute() > 0;
  }
}
