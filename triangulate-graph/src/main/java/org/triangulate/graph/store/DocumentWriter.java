package org.triangulate.graph.store;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Update;
import org.jspecify.annotations.Nullable;
import org.triangulate.graph.StoreException;
import org.triangulate.graph.internal.EntityGroups;
import org.triangulate.graph.internal.Json;
import org.triangulate.graph.resolve.StoredResolution;
import org.triangulate.model.Alias;
import org.triangulate.model.Custody;
import org.triangulate.model.Description;
import org.triangulate.model.Document;
import org.triangulate.model.DocumentId;
import org.triangulate.model.Evidence;
import org.triangulate.model.Extraction;
import org.triangulate.model.Geo;
import org.triangulate.model.LocalEntity;
import org.triangulate.model.Mention;
import org.triangulate.model.Metadata;

/**
 * Writes one document and its extraction inside the caller's transaction, then resolves the
 * entities and events the document could touch ({@link StoredResolution#afterSave}). Checks in Java what
 * the schema cannot (evidence text equals the document text at its span); the schema checks
 * the rest, spans inside the text included. A document saved without that resolution is marked
 * unresolved ({@code documents.resolved}) until {@link Store#resolve()} covers it. Stateless, so
 * thread-safe.
 */
final class DocumentWriter {
  private static final String INSERT_DOCUMENT = """
      INSERT INTO documents (id, text, text_length, parts, title, url, byline, dateline, source,
        published, published_inferred, language, fingerprint, file, raw, media_type, charset,
        ingested_at, copy_of, extracted, not_extracted_reason, resolved)
      VALUES (:id, :text, :textLength, CAST(:parts AS jsonb), :title, :url, :byline, :dateline,
        :source, :published, :publishedInferred, :language, :fingerprint, :file, :raw,
        :mediaType, :charset, :ingestedAt, :copyOf, :extracted, :notExtractedReason, :resolved)
      ON CONFLICT (id) DO NOTHING
      """;
  private DocumentWriter() {}

  static Store.SaveResult save(
      Handle h, Document doc, @Nullable Extraction extraction, Instant now, boolean resolve) {
    if (extraction != null) {
      check(doc, extraction);
    }
    Optional<@Nullable String> stored = h
        .createQuery("SELECT copy_of FROM documents WHERE id = :id")
        .bind("id", doc.id().value()).mapTo(String.class).findFirst();
    if (stored.isPresent()) {
      return unchanged(doc, stored.get());
    }
    @Nullable String copy = NearCopies.stored(h, List.of(doc.fingerprint())).get(0);
    @Nullable DocumentId copyOf = copy == null ? null : new DocumentId(copy);
    // resolved in this transaction, or nothing to resolve; else the batch's resolution marks it
    boolean resolved = resolve || extraction == null;
    if (insertDocument(h, doc, extraction, copyOf, resolved) == 0) {
      return unchanged(doc, null); // stored meanwhile by another writer
    }
    if (extraction != null) {
      insertExtraction(h, extraction, now);
      if (resolve) {
        StoredResolution.afterSave(h, doc.id().value());
      }
    }
    return new Store.SaveResult(doc.id(), Store.SaveResult.Status.INGESTED, copyOf);
  }

  private static Store.SaveResult unchanged(Document doc, @Nullable String copyOf) {
    return new Store.SaveResult(
        doc.id(), Store.SaveResult.Status.UNCHANGED, copyOf == null ? null : new DocumentId(copyOf));
  }

  /** Records why a document just stored without extraction was not extracted. */
  static void notExtractedBecause(Handle h, DocumentId doc, String reason) {
    h.createUpdate("UPDATE documents SET not_extracted_reason = :reason WHERE id = :id AND NOT extracted")
        .bind("reason", reason).bind("id", doc.value()).execute();
  }

  /** Why a document was stored without extraction. */
  static String notExtractedReason(Document doc) {
    return doc.isEnglish()
        ? "not extracted"
        : "language is not English: " + doc.language();
  }

  /**
   * Binds what a reader made of a document, its text and what it says of itself: the columns
   * {@code text} … {@code fingerprint} that a save writes and a re-extraction rewrites.
   */
  static Update bindText(Update update, Document doc) {
    Metadata meta = doc.meta();
    return update
        .bind("text", doc.text())
        .bind("textLength", doc.text().length())
        .bind("parts", Json.parts(doc.parts()))
        .bind("title", meta.title())
        .bind("url", meta.url())
        .bind("byline", meta.byline())
        .bind("dateline", meta.dateline())
        .bind("source", meta.source())
        .bind("published", meta.published())
        .bind("publishedInferred", meta.publishedInferred())
        .bind("language", doc.language())
        .bind("fingerprint", doc.fingerprint());
  }

  private static int insertDocument(
      Handle h, Document doc, @Nullable Extraction extraction, @Nullable DocumentId copyOf,
      boolean resolved) {
    Custody custody = doc.custody();
    return bindText(h.createUpdate(INSERT_DOCUMENT), doc)
        .bind("id", doc.id().value())
        .bind("file", custody.file())
        .bind("raw", custody.raw())
        .bind("mediaType", custody.mediaType())
        .bind("charset", custody.charset())
        .bind("ingestedAt", utc(custody.ingestedAt()))
        .bind("copyOf", copyOf == null ? null : copyOf.value())
        .bind("extracted", extraction != null)
        .bind("notExtractedReason", extraction != null ? null : notExtractedReason(doc))
        .bind("resolved", resolved)
        .execute();
  }

  static void insertExtraction(Handle h, Extraction extraction, Instant now) {
    String pipeline = Json.pipelineId(extraction.pipeline());
    h.createUpdate("""
        INSERT INTO pipelines (id, version, components)
        VALUES (:id, :version, CAST(:components AS jsonb)) ON CONFLICT (id) DO NOTHING""")
        .bind("id", pipeline)
        .bind("version", extraction.pipeline().version())
        .bind("components", Json.components(extraction.pipeline().components()))
        .execute();
    h.createUpdate("""
        INSERT INTO extractions (document, pipeline, extracted_at, problems)
        VALUES (:document, :pipeline, :at, CAST(:problems AS jsonb))""")
        .bind("document", extraction.document().value())
        .bind("pipeline", pipeline)
        .bind("at", utc(now))
        .bind("problems", Json.problems(extraction.problems()))
        .execute();
    rememberSearchNames(h, extraction);
    Map<String, Long> entityIds = new HashMap<>();
    for (LocalEntity entity : extraction.entities()) {
      entityIds.put(entity.key(), insertEntity(h, extraction.document(), entity));
    }
    EventClaimWriter.insert(h, extraction, entityIds);
  }

  /**
   * Inserts every name and alias of the extraction into {@code search_names} in one statement,
   * in sorted order, before the entity rows whose triggers (schema 5) would insert them one at a
   * time in the extraction's order. A new name's row is locked by its inserter until commit, so
   * two saves inserting shared new names in opposite orders each waited for the other
   * ("deadlock detected"); in one order, the later save waits and then finds the names there.
   */
  private static void rememberSearchNames(Handle h, Extraction extraction) {
    List<String> names = new ArrayList<>();
    for (LocalEntity entity : extraction.entities()) {
      names.add(entity.name());
      entity.aliases().forEach(a -> names.add(a.name()));
    }
    if (!names.isEmpty()) {
      // lower() here, as the trigger does, so the order is that of the keys PostgreSQL locks
      h.createUpdate("""
          INSERT INTO search_names
          SELECT DISTINCT lower(n) FROM unnest(CAST(:names AS text[])) n ORDER BY 1
          ON CONFLICT DO NOTHING""")
          .bind("names", names.toArray(String[]::new))
          .execute();
    }
  }

  /** Inserts the entity with its aliases, descriptions and mentions; returns its row id. */
  private static long insertEntity(Handle h, DocumentId doc, LocalEntity entity) {
    @Nullable Geo geo = entity.geo();
    long id = h.createUpdate("""
        INSERT INTO entities (document, key, type, name, kb, entity,
          lat, lon, country, province, gazetteer_id)
        VALUES (:document, :key, :type, :name, :kb, :entity,
          :lat, :lon, :country, :province, :gazetteerId)""")
        .bind("document", doc.value())
        .bind("key", entity.key())
        .bind("type", entity.type().name())
        .bind("name", entity.name())
        .bind("kb", entity.kb())
        .bind("entity", EntityGroups.id(EntityGroups.key(entity)))
        .bind("lat", geo == null ? null : geo.lat())
        .bind("lon", geo == null ? null : geo.lon())
        .bind("country", geo == null ? null : geo.country())
        .bind("province", geo == null ? null : geo.province())
        .bind("gazetteerId", geo == null ? null : geo.gazetteerId())
        .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    PreparedBatch aliases = h.prepareBatch("""
        INSERT INTO aliases (entity, document, name, rule, section, start, "end", text)
        VALUES (:entity, :document, :name, :rule, :section, :start, :end, :text)""");
    for (Alias a : entity.aliases()) {
      bindEvidence(aliases, id, a.evidence()).bind("name", a.name()).bind("rule", a.rule()).add();
    }
    execute(aliases);
    PreparedBatch descriptions = h.prepareBatch("""
        INSERT INTO descriptions (entity, document, text, section, start, "end", evidence)
        VALUES (:entity, :document, :description, :section, :start, :end, :text)""");
    for (Description d : entity.descriptions()) {
      bindEvidence(descriptions, id, d.evidence()).bind("description", d.text()).add();
    }
    execute(descriptions);
    PreparedBatch mentions = h.prepareBatch("""
        INSERT INTO mentions (entity, document, section, start, "end", text, kind)
        VALUES (:entity, :document, :section, :start, :end, :text, :kind)""");
    for (Mention m : entity.mentions()) {
      bindEvidence(mentions, id, m.evidence()).bind("kind", m.kind().name()).add();
    }
    execute(mentions);
    return id;
  }

  private static PreparedBatch bindEvidence(PreparedBatch batch, long entity, Evidence e) {
    return bindEvidence(batch.bind("entity", entity), e);
  }

  /** Binds the document, section, start, end and text of {@code e}. */
  static PreparedBatch bindEvidence(PreparedBatch batch, Evidence e) {
    return batch
        .bind("document", e.document().value())
        .bind("section", e.section().name())
        .bind("start", e.span().start())
        .bind("end", e.span().end())
        .bind("text", e.text());
  }

  static void execute(PreparedBatch batch) {
    if (batch.size() > 0) {
      batch.execute();
    }
  }

  static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  /**
   * The extraction must be of this document, its evidence must quote the text at its span, and
   * its references must name keys it has; spans past the end of the text are left to the
   * schema, which rejects them.
   */
  static void check(Document doc, Extraction extraction) {
    if (!extraction.document().equals(doc.id())) {
      throw new StoreException(doc.id() + ": extraction is of another document: "
          + extraction.document());
    }
    for (LocalEntity entity : extraction.entities()) {
      String owner = "entity " + entity.key();
      entity.aliases().forEach(a -> checkEvidence(doc, owner, a.evidence()));
      entity.descriptions().forEach(d -> checkEvidence(doc, owner, d.evidence()));
      entity.mentions().forEach(m -> checkEvidence(doc, owner, m.evidence()));
    }
    EventClaimWriter.check(doc, extraction);
  }

  /** Evidence of {@code owner} ("entity e1") must be in {@code doc} and quote it exactly. */
  static void checkEvidence(Document doc, String owner, Evidence e) {
    if (!e.document().equals(doc.id())) {
      throw new StoreException(doc.id() + ": evidence of " + owner
          + " must be in the same document: " + e.document());
    }
    int end = e.span().end();
    if (end <= doc.text().length() && !doc.text().regionMatches(e.span().start(), e.text(), 0,
        e.text().length())) {
      throw new StoreException(doc.id() + ": evidence text of " + owner
          + " must equal the document text at its span: span=" + e.span());
    }
  }
}
