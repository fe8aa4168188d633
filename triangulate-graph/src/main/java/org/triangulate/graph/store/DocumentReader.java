package org.triangulate.graph.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jspecify.annotations.Nullable;
import org.triangulate.graph.internal.Json;
import org.triangulate.model.Alias;
import org.triangulate.model.Custody;
import org.triangulate.model.Description;
import org.triangulate.model.Document;
import org.triangulate.model.DocumentId;
import org.triangulate.model.EntityType;
import org.triangulate.model.Evidence;
import org.triangulate.model.Extraction;
import org.triangulate.model.Geo;
import org.triangulate.model.LocalEntity;
import org.triangulate.model.Mention;
import org.triangulate.model.MentionKind;
import org.triangulate.model.Metadata;
import org.triangulate.model.Pipeline;
import org.triangulate.model.Section;
import org.triangulate.model.Span;

/** Reads documents and extractions back into the model's records. Stateless, so thread-safe. */
final class DocumentReader {
  private static final String SUMMARY = """
      SELECT d.id, d.title, d.published, d.language, d.source, d.file, d.extracted,
             d.not_extracted_reason, d.copy_of, d.resolved,
             (SELECT count(*) FROM entities e WHERE e.document = d.id) AS entities
      FROM documents d
      """;

  private DocumentReader() {}

  static List<DocumentSummary> summaries(Handle h) {
    return h.createQuery(SUMMARY + " ORDER BY d.ordinal").map((rs, ctx) -> summary(rs)).list();
  }

  static Optional<DocumentSummary> summary(Handle h, String id) {
    return h.createQuery(SUMMARY + " WHERE d.id = :id").bind("id", id)
        .map((rs, ctx) -> summary(rs)).findFirst();
  }

  private static DocumentSummary summary(ResultSet rs) throws SQLException {
    String copyOf = rs.getString("copy_of");
    return new DocumentSummary(
        new DocumentId(rs.getString("id")),
        rs.getString("title"),
        rs.getObject("published", LocalDate.class),
        rs.getString("language"),
        rs.getString("source"),
        rs.getString("file"),
        rs.getInt("entities"),
        rs.getBoolean("extracted"),
        rs.getString("not_extracted_reason"),
        copyOf == null ? null : new DocumentId(copyOf),
        rs.getBoolean("resolved"));
  }

  static Optional<Document> document(Handle h, DocumentId id) {
    return h.createQuery("SELECT * FROM documents WHERE id = :id").bind("id", id.value())
        .map((rs, ctx) -> new Document(
            id,
            rs.getString("text"),
            Json.parts(rs.getString("parts")),
            metadata(rs),
            rs.getString("language"),
            rs.getLong("fingerprint"),
            new Custody(
                rs.getString("file"),
                rs.getBytes("raw"),
                rs.getString("media_type"),
                rs.getString("charset"),
                rs.getObject("ingested_at", OffsetDateTime.class).toInstant())))
        .findFirst();
  }

  /** The metadata columns of a documents row. */
  static Metadata metadata(ResultSet rs) throws SQLException {
    return new Metadata(
        rs.getString("title"),
        rs.getString("url"),
        rs.getString("byline"),
        rs.getString("dateline"),
        rs.getString("source"),
        rs.getObject("published", LocalDate.class),
        rs.getBoolean("published_inferred"));
  }

  static Optional<Extraction> extraction(Handle h, DocumentId id) {
    Optional<Map.Entry<Pipeline, String>> head = h.createQuery("""
        SELECT p.version, p.components, x.problems FROM extractions x
        JOIN pipelines p ON p.id = x.pipeline WHERE x.document = :id""")
        .bind("id", id.value())
        .map((rs, ctx) -> Map.entry(
            new Pipeline(rs.getString("version"), Json.components(rs.getString("components"))),
            rs.getString("problems")))
        .findFirst();
    return head.map(p -> new Extraction(id, p.getKey(), entities(h, id),
        EventClaimReader.events(h, id), EventClaimReader.claims(h, id),
        Json.problems(p.getValue())));
  }

  private static List<LocalEntity> entities(Handle h, DocumentId doc) {
    Map<Long, List<Alias>> aliases = byEntity(h, "aliases", doc, (rs, e) ->
        new Alias(rs.getString("name"), rs.getString("rule"), e));
    Map<Long, List<Description>> descriptions = byEntity(h, "descriptions", doc, (rs, e) ->
        new Description(rs.getString("text"), e));
    Map<Long, List<Mention>> mentions = byEntity(h, "mentions", doc, (rs, e) ->
        new Mention(e, MentionKind.valueOf(rs.getString("kind"))));
    return h.createQuery("SELECT * FROM entities WHERE document = :id ORDER BY id")
        .bind("id", doc.value())
        .map((rs, ctx) -> {
          long id = rs.getLong("id");
          return new LocalEntity(
              rs.getString("key"),
              EntityType.valueOf(rs.getString("type")),
              rs.getString("name"),
              aliases.getOrDefault(id, List.of()),
              descriptions.getOrDefault(id, List.of()),
              mentions.getOrDefault(id, List.of()),
              rs.getString("kb"),
              geo(rs));
        })
        .list();
  }

  /** The gazetteer columns of an entities row, or null when it has none. */
  static @Nullable Geo geo(ResultSet rs) throws SQLException {
    String country = rs.getString("country");
    return country == null ? null : new Geo(rs.getDouble("lat"), rs.getDouble("lon"), country,
        rs.getString("province"), rs.getString("gazetteer_id"));
  }

  /** Reads an evidence-bearing row; the evidence is already built from its span columns. */
  private interface EvidenceRow<T> {
    T map(ResultSet rs, Evidence evidence) throws SQLException;
  }

  private static <T> Map<Long, List<T>> byEntity(
      Handle h, String table, DocumentId doc, EvidenceRow<T> row) {
    // descriptions keep the evidence text in "evidence", the others in "text"
    String quote = table.equals("descriptions") ? "evidence" : "text";
    return h.createQuery("SELECT * FROM " + table + " WHERE document = :id ORDER BY id")
        .bind("id", doc.value())
        .map((rs, ctx) -> Map.entry(rs.getLong("entity"), row.map(rs, evidence(doc, rs, quote))))
        .collect(Collectors.groupingBy(Map.Entry::getKey, LinkedHashMap::new,
            Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
  }

  /** Evidence from the section, start, end and quoted text columns of a row. */
  static Evidence evidence(DocumentId doc, ResultSet rs, String quoteColumn) throws SQLException {
    return new Evidence(
        doc,
        Section.valueOf(rs.getString("section")),
        new Span(rs.getInt("start"), rs.getInt("end")),
        rs.getString(quoteColumn));
  }
}
