package org.triangulate.graph.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntConsumer;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.jspecify.annotations.Nullable;
import org.triangulate.graph.StoreException;
import org.triangulate.graph.correct.FactCorrection;
import org.triangulate.graph.correct.FactCorrectionRows;
import org.triangulate.graph.export.ExportFormat;
import org.triangulate.graph.internal.EmbeddedDatabase;
import org.triangulate.graph.resolve.StoredResolution;
import org.triangulate.graph.links.EvidenceGraph;
import org.triangulate.graph.links.SourceTable;
import org.triangulate.graph.timeline.Timeline;
import org.triangulate.graph.timeline.EventFilter;
import org.triangulate.graph.timeline.TimelineEntry;
import org.triangulate.model.Document;
import org.triangulate.model.DocumentId;
import org.triangulate.model.EntityType;
import org.triangulate.model.Extraction;
import org.triangulate.model.Pipeline;

/**
 * The evidence store: documents, their extractions and the entities, events and claims found
 * in them, in PostgreSQL, embedded or on a server, with one schema and one SQL dialect for both.
 *
 * <p>{@link #open} starts the embedded server (holding an exclusive lock on its data directory
 * until {@link #close}) or connects to a server, and migrates the schema. {@link #save} writes
 * one document and its extraction in one transaction: all rows or none; saving a document whose
 * id is stored writes nothing. Times are stored to the microsecond.
 *
 * <p>Thread-safe: every call takes a pooled connection of its own, so documents may be saved
 * from several threads at once.
 */
public final class Store implements AutoCloseable {
  private static final int POOL_SIZE = 4;

  private final String name;
  private final @Nullable EmbeddedDatabase embedded;
  private final HikariDataSource pool;
  private final Jdbi jdbi;
  private final Clock clock;

  /**
   * What saving a document did.
   *
   * @param id the document
   * @param status INGESTED when written, UNCHANGED when its id was stored already
   * @param copyOf the earlier stored document it is a near-copy of, or null
   */
  public record SaveResult(DocumentId id, Status status, @Nullable DocumentId copyOf) {
    public SaveResult {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(status, "status");
    }

    /** Whether a save wrote anything. */
    public enum Status {
      INGESTED,
      UNCHANGED
    }
  }

  /**
   * A document for {@link #saveAllDeferringResolution}: its extraction, or none and why.
   *
   * @param notExtracted why it has no extraction (one line), or null for the default reason
   */
  public record Unsaved(Document doc, @Nullable Extraction extraction,
      @Nullable String notExtracted) {
    public Unsaved {
      Objects.requireNonNull(doc, "doc");
    }
  }

  private Store(String name, @Nullable EmbeddedDatabase embedded, HikariDataSource pool,
      Clock clock) {
    this.name = name;
    this.embedded = embedded;
    this.pool = pool;
    this.jdbi = Jdbi.create(pool);
    this.clock = clock;
  }

  /** Opens the store at {@code where}, timing extractions with the system clock. */
  public static Store open(StoreLocation where) {
    return open(where, Clock.systemUTC());
  }

  /**
   * Opens the store at {@code where} and migrates its schema to this version.
   *
   * @throws StoreException when the data directory is in use by another process, PostgreSQL
   *     does not start, the server cannot be reached, or the migration fails
   */
  public static Store open(StoreLocation where, Clock clock) {
    return switch (where) {
      case StoreLocation.Embedded e -> openEmbedded(e, clock);
      case StoreLocation.Server s -> connect(s.redactedUrl(), null, config(s), clock);
    };
  }

  private static Store openEmbedded(StoreLocation.Embedded where, Clock clock) {
    EmbeddedDatabase db = EmbeddedDatabase.start(where.dataDir());
    try {
      HikariConfig config = new HikariConfig();
      config.setJdbcUrl(db.jdbcUrl());
      return connect("data directory " + where.dataDir(), db, config, clock);
    } catch (RuntimeException e) {
      db.close();
      throw e;
    }
  }

  private static HikariConfig config(StoreLocation.Server where) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(where.jdbcUrl());
    if (where.user() != null) {
      config.setUsername(where.user());
    }
    if (where.password() != null) {
      config.setPassword(where.password());
    }
    return config;
  }

  private static Store connect(
      String name, @Nullable EmbeddedDatabase db, HikariConfig config, Clock clock) {
    config.setPoolName("triangulate");
    config.setMaximumPoolSize(POOL_SIZE);
    HikariDataSource pool;
    try {
      pool = new HikariDataSource(config);
    } catch (RuntimeException e) { // Hikari's PoolInitializationException, with the driver's cause
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      throw new StoreException(name + ": cannot connect: " + cause.getMessage(), e);
    }
    try {
      Flyway.configure().dataSource(pool).locations("classpath:db/migration")
          .failOnMissingLocations(true).load().migrate();
      return new Store(name, db, pool, clock);
    } catch (FlywayException e) {
      pool.close();
      throw new StoreException(name + ": cannot migrate the schema: " + e.getMessage(), e);
    }
  }

  /**
   * Stores {@code doc} and what was extracted from it, in one transaction.
   *
   * @param doc the document
   * @param extraction what was extracted from it, or null when it was not extracted (the reason
   *     is recorded: not English, or simply not extracted)
   * @return INGESTED, with the earlier near-duplicate if there is one, or UNCHANGED when a
   *     document with this id is stored already (nothing is written then)
   * @throws StoreException naming the document when any row is refused, or when an event or
   *     claim refers to a key the extraction does not have; nothing of it remains
   */
  public SaveResult save(Document doc, @Nullable Extraction extraction) {
    return call(doc.id().toString(), () -> jdbi.inTransaction(
        h -> DocumentWriter.save(h, doc, extraction, clock.instant(), true)));
  }

  /**
   * Stores {@code doc} without extraction, recording why (shown by {@code documents}): an
   * extractor refused it, as too long to extract, say.
   *
   * @param reason one line, naming the reason
   * @return as {@link #save}
   */
  public SaveResult saveUnextracted(Document doc, String reason) {
    return call(doc.id().toString(), () -> jdbi.inTransaction(h -> {
      SaveResult saved = DocumentWriter.save(h, doc, null, clock.instant(), false);
      if (saved.status() == SaveResult.Status.INGESTED) {
        DocumentWriter.notExtractedBecause(h, doc.id(), reason);
      }
      return saved;
    }));
  }

  /**
   * Saves like {@link #save} but leaves cross-document resolution for one {@link #resolve()}
   * after a batch: resolving around each document costs more as the store grows, resolving the
   * whole store once is near-linear. Until then the document's entities are grouped by
   * knowledge-base id and exact name only, and the document is marked unresolved.
   */
  public SaveResult saveDeferringResolution(Document doc, @Nullable Extraction extraction) {
    return call(doc.id().toString(), () -> jdbi.inTransaction(
        h -> DocumentWriter.save(h, doc, extraction, clock.instant(), false)));
  }

  /**
   * Saves documents as {@link #saveDeferringResolution} and {@link #saveUnextracted} do, with
   * PostgreSQL's COPY (a table's rows for the whole batch in one statement), in one transaction:
   * for bulk loads, where a statement per row costs more than the rows. All or nothing: when any
   * document is refused nothing of the batch remains, and the exception says why (save them one
   * by one to learn which and keep the rest). Documents stored already write nothing.
   *
   * @return one result per document, in order; a repeat of an earlier document of the batch is
   *     UNCHANGED
   */
  public List<SaveResult> saveAllDeferringResolution(List<Unsaved> batch) {
    return call(batch.isEmpty() ? "an empty batch" : "a batch of " + batch.size()
        + " documents from " + batch.getFirst().doc().id(), () -> jdbi.inTransaction(
            h -> BulkWriter.save(h, batch, clock.instant())));
  }

  /**
   * Resolves every entity and event of the store again (saving resolves only around the document
   * saved), keeping the analyst's corrections and, where groups only grow, their ids; marks the
   * documents it covered resolved in the same transaction.
   */
  public StoredResolution.Summary resolve() {
    return call("resolve", () -> jdbi.inTransaction(h -> {
      // read first: a document saved while the resolution runs stays unresolved, never false
      List<ResolutionState.Unresolved> unresolved = ResolutionState.unresolved(h);
      StoredResolution.Summary summary = StoredResolution.all(h);
      ResolutionState.markResolved(h, unresolved);
      return summary;
    }));
  }

  /**
   * Resolves the documents an interrupted batch (killed before its final resolution) left
   * unresolved, if there are any and no batch of another process is running ({@link
   * #runningBatch}); the shells call it on opening the store.
   *
   * @param announce told how many documents before their resolution starts
   * @return how many documents were unresolved and are now resolved; 0 when none were or a batch
   *     is running
   */
  public int resolveInterrupted(IntConsumer announce) {
    return call("resolve", () -> jdbi.inTransaction(h -> {
      if (!ResolutionState.noBatchRunning(h)) {
        return 0;
      }
      List<ResolutionState.Unresolved> unresolved = ResolutionState.unresolved(h);
      if (unresolved.isEmpty()) {
        return 0;
      }
      announce.accept(unresolved.size());
      StoredResolution.all(h);
      ResolutionState.markResolved(h, unresolved);
      return unresolved.size();
    }));
  }

  /** How many documents await resolution: saved by a batch that has not resolved them yet. */
  public int unresolved() {
    return withHandle("unresolved", h -> h.createQuery(
        "SELECT count(*) FROM documents WHERE NOT resolved").mapTo(Integer.class).one());
  }

  /**
   * Claims the store for a batch that saves without resolving ({@link #saveDeferringResolution})
   * and resolves at its end: until the claim is closed, {@link #resolveInterrupted} elsewhere
   * leaves the batch's documents alone. Close it after the batch's {@link #resolve()}.
   */
  public RunningBatch runningBatch() {
    return call("batch", () -> {
      org.jdbi.v3.core.Handle h = jdbi.open();
      try {
        ResolutionState.hold(h);
        return new RunningBatch(h);
      } catch (RuntimeException e) {
        h.close();
        throw e;
      }
    });
  }

  /**
   * Records the analyst's correction that entities {@code a} and {@code b} are one, and applies
   * it; it holds through later saves and resolutions until a split contradicts it.
   *
   * @param why the analyst's reason, stored and shown
   * @param by who made it
   * @return the merged entity's id
   * @throws StoreException when either is not a stored entity, or they are the same
   */
  public String merge(String a, String b, String why, String by) {
    return call("merge " + a + " " + b, () -> jdbi.inTransaction(
        h -> StoredResolution.merge(h, a, b, why, by, clock.instant())));
  }

  /**
   * Records the analyst's correction that the document-local entities holding {@code mentions}
   * ({@code DOC:START-END}, or {@code DOC} for all of the entity's mentions there) are another
   * entity than the rest of {@code entity}, and applies it.
   *
   * @return the ids of the part split off and of the rest
   * @throws StoreException when the entity or a mention is not stored, or nothing would remain
   */
  public List<String> split(String entity, List<String> mentions, String why, String by) {
    return call("split " + entity, () -> jdbi.inTransaction(
        h -> StoredResolution.split(h, entity, mentions, why, by, clock.instant())));
  }

  /**
   * Records the analyst's correction of an event ({@code evt-…}), a claim ({@code clm-…}) or a
   * link ({@code SOURCE~TARGET~TYPE}), which holds whenever the graph is read, through re-ingest
   * and re-resolution, until a later correction of the same target and action supersedes it.
   *
   * @param value the new type or predicate (RETYPE), the entity id (REATTRIBUTE), null to reject
   * @throws StoreException naming the target or value when it is not stored or not valid
   */
  public FactCorrection correct(String target, FactCorrection.Action action,
      @Nullable String value, String why, String by) {
    return call(action.name().toLowerCase(java.util.Locale.ROOT) + " " + target,
        () -> jdbi.inTransaction(h -> FactCorrectionRows.record(h, target, action, value, why, by,
            clock.instant())));
  }

  /**
   * The event group of every stored event, by the event's export id: reports of one event share
   * the export id of the earliest of them ({@code events.event_group}).
   */
  public java.util.Map<String, String> eventGroups() {
    return withHandle("event groups", h -> h.createQuery(
            "SELECT export_id, coalesce(event_group, export_id) AS g FROM events ORDER BY id")
        .setMapKeyColumn("export_id").setMapValueColumn("g")
        .collectInto(new org.jdbi.v3.core.generic.GenericType<java.util.Map<String, String>>() {}));
  }

  /** Why {@code entity} (or every entity, when null) has the members it has. */
  public List<StoredResolution.Explanation> explain(@Nullable String entity) {
    return withHandle("explain", h -> StoredResolution.explain(h, entity));
  }

  /** Every stored document, in the order they were stored. */
  public List<DocumentSummary> documents() {
    return withHandle("documents", DocumentReader::summaries);
  }

  /**
   * Store entities, by id.
   *
   * @param type only this type, or null for all
   * @param nameQuery only those whose name or an alias contains it, case-insensitively; or null
   */
  public List<EntitySummary> entities(@Nullable EntityType type, @Nullable String nameQuery) {
    return withHandle("entities", h -> Views.entities(h, type, nameQuery));
  }

  /** A document ({@code doc-…}), entity ({@code ent-…}), event ({@code evt-…}) or claim ({@code clm-…}) by id, if stored. */
  public Optional<Shown> show(String id) {
    return withHandle(id, h -> Views.show(h, id));
  }

  /** Whether a document with {@code id} is stored. */
  public boolean hasDocument(DocumentId id) {
    return withHandle(id.toString(), h -> h.createQuery(
            "SELECT EXISTS (SELECT 1 FROM documents WHERE id = :id)")
        .bind("id", id.value()).mapTo(Boolean.class).one());
  }

  /** The stored document with {@code id}, exactly as saved (times to the microsecond). */
  public Optional<Document> findDocument(DocumentId id) {
    return withHandle(id.toString(), h -> DocumentReader.document(h, id));
  }

  /**
   * The first stored document read from {@code address} (its file or fetch address) or naming
   * it as its own ({@code url}), if any: a feed re-read skips the items it already has.
   */
  public Optional<DocumentId> findDocumentFrom(String address) {
    return withHandle(address, h -> h.createQuery(
            "SELECT id FROM documents WHERE file = :a OR url = :a ORDER BY ordinal LIMIT 1")
        .bind("a", address).mapTo(String.class).findFirst().map(DocumentId::new));
  }

  /** The stored extraction of document {@code id}, if it was extracted. */
  public Optional<Extraction> findExtraction(DocumentId id) {
    return withHandle(id.toString(), h -> DocumentReader.extraction(h, id));
  }

  /**
   * Runs a read-only query of the graph's own packages (views for the server, analyses) on one
   * connection; database errors become a StoreException naming {@code what}.
   */
  public <T> T read(String what, HandleCallback<T, RuntimeException> query) {
    return withHandle(what, query);
  }

  /** Runs {@code work} in one transaction: all of it or none. */
  public void write(String what, java.util.function.Consumer<org.jdbi.v3.core.Handle> work) {
    call(what, () -> {
      jdbi.useTransaction(h -> work.accept(h));
      return null;
    });
  }

  /** Links with their grades, and conflicts, over every stored claim, rated with {@code sources}. */
  public EvidenceGraph evidence(SourceTable sources) {
    return withHandle("links", h -> EvidenceGraph.of(h, sources));
  }

  /** The events {@code filter} keeps, dated ones in time order, then the undated. */
  public List<TimelineEntry> events(EventFilter filter) {
    return withHandle("events", h -> Timeline.read(h, filter));
  }

  /** Dated events in time order, optionally only those {@code entity} takes part in or that happened there. */
  public List<TimelineEntry> timeline(@Nullable String entity, @Nullable LocalDate from, @Nullable LocalDate to) {
    return withHandle("timeline", h -> Timeline.read(h, entity, from, to));
  }

  /**
   * Writes the whole store as {@code triangulate/1} JSON in UTF-8, streamed from one consistent
   * snapshot; leaves {@code out} open.
   */
  public void export(OutputStream out) {
    export(ExportFormat.JSON, out);
  }

  /**
   * Writes the whole store in {@code format}, from one consistent snapshot; leaves {@code out}
   * open.
   */
  public void export(ExportFormat format, OutputStream out) {
    call("export", () -> {
      jdbi.useTransaction(TransactionIsolationLevel.REPEATABLE_READ, h -> {
        h.execute("SET TRANSACTION READ ONLY");
        format.write(h, out);
      });
      return null;
    });
  }

  /**
   * Writes the whole store to {@code file} in the {@link StoreArchive} format, from one
   * consistent snapshot; the file appears only when complete.
   *
   * @throws StoreException when {@code file} exists or cannot be written
   */
  public StoreArchive.Summary backup(java.nio.file.Path file) {
    return call("backup", () -> jdbi.inTransaction(TransactionIsolationLevel.REPEATABLE_READ, h -> {
      h.execute("SET TRANSACTION READ ONLY");
      return StoreArchive.backup(h, file, clock.instant());
    }));
  }

  /**
   * Loads the backup at {@code file} into this store, which must be empty, in one transaction:
   * every table, or nothing when any check fails. A backup of an older schema version is loaded
   * at that version, then migrated to this one, in the same transaction.
   *
   * @throws StoreException naming the file and the reason: not a backup, a newer schema
   *     version, a store that is not empty, a damaged table, a failed migration
   */
  public StoreArchive.Summary restore(java.nio.file.Path file) {
    return call("restore " + file, () -> jdbi.inTransaction(h -> StoreArchive.restore(h, file)));
  }

  /** The store's Flyway schema version. */
  public String schemaVersion() {
    return withHandle("schema version", Tables::schemaVersion);
  }

  /**
   * The extracted documents, in store order: all of them, or only those extracted by another
   * pipeline (rules, models or settings) than {@code current} when {@code changedOnly}.
   */
  public List<DocumentId> extractedDocuments(boolean changedOnly, Pipeline current) {
    return withHandle("documents", h -> Reextraction.extracted(h, changedOnly ? current : null));
  }

  /**
   * Replaces the stored text and extraction of {@code doc} with its text, parts, metadata and
   * {@code extraction} in one transaction, under the id it is stored with (its raw bytes and
   * custody stay), keeping the analyst's corrections (see {@link Reextraction}); the caller runs
   * {@link #resolve()} after a batch.
   *
   * @return the merge and split members no entity of the new extraction could take, in words
   * @throws StoreException naming the document when a row is refused; the old extraction stays
   */
  public List<String> replaceExtraction(Document doc, Extraction extraction) {
    return call(doc.id().toString(), () -> jdbi.inTransaction(
        h -> Reextraction.replace(h, doc, extraction, clock.instant()).lostMembers()));
  }

  /** Corrections of events, claims and links whose target the store no longer has. */
  public List<FactCorrection> orphanCorrections() {
    return withHandle("corrections", h -> FactCorrectionRows.orphans(h));
  }

  /** What the store holds, in words that survive re-extraction: for before-and-after. */
  public StoreDigest digest() {
    return call("digest", () -> jdbi.inTransaction(TransactionIsolationLevel.REPEATABLE_READ,
        StoreDigest::of));
  }

  /** Closes the connections, then stops the embedded PostgreSQL and releases its lock. */
  @Override
  public void close() {
    try {
      pool.close();
    } finally {
      if (embedded != null) {
        embedded.close();
      }
    }
  }

  @Override
  public String toString() {
    return "Store[" + name + "]";
  }

  private <T> T withHandle(String what, HandleCallback<T, RuntimeException> callback) {
    return call(what, () -> jdbi.withHandle(callback));
  }

  /** Runs {@code action}, turning database errors into a StoreException naming {@code what}. */
  private <T> T call(String what, Action<T> action) {
    try {
      return action.run();
    } catch (StoreException e) {
      throw e;
    } catch (JdbiException e) {
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      throw new StoreException(what + ": " + name + ": " + cause.getMessage(), e);
    }
  }

  private interface Action<T> {
    T run();
  }
}
