package org.triangulate.graph.store;

import java.io.IOException;
import java.io.StringReader;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.triangulate.graph.StoreException;
import org.triangulate.graph.internal.EntityGroups;
import org.triangulate.graph.internal.ExportIds;
import org.triangulate.graph.internal.Json;
import org.triangulate.model.Alias;
import org.triangulate.model.Claim;
import org.triangulate.model.Description;
import org.triangulate.model.Document;
import org.triangulate.model.Event;
import org.triangulate.model.Evidence;
import org.triangulate.model.Extraction;
import org.triangulate.model.Fingerprints;
import org.triangulate.model.Geo;
import org.triangulate.model.LocalEntity;
import org.triangulate.model.Mention;
import org.triangulate.model.Participant;

/**
 * Writes a batch of documents and their extractions with PostgreSQL's COPY inside the caller's
 * transaction, leaving cross-document resolution for {@link Store#resolve()}: the rows {@link
 * DocumentWriter} and {@link EventClaimWriter} write one statement at a time, each table's rows
 * for the whole batch in one COPY, in the same order (so row ids keep their relative order).
 * Documents stored already, and repeats within the batch, are UNCHANGED and write nothing.
 *
 * <p>Why the ids are drawn first: aliases, mentions, participants, evidence and channels point at
 * the row ids of entities, events and claims, which COPY cannot return; drawing them from the
 * tables' identity sequences beforehand lets each table load in one pass (COPY writes given
 * values into identity columns). The tables' triggers (span inside the text, the entity's
 * ordinal, search names) fire for COPY rows as for inserts.
 *
 * <p>Stateless, so thread-safe.
 */
final class BulkWriter {
  private BulkWriter() {}

  /** Saves {@code batch} in order; one result per document, in order. */
  static List<Store.SaveResult> save(Handle h, List<Store.Unsaved> batch, Instant now) {
    for (Store.Unsaved u : batch) {
      if (u.extraction() != null) {
        DocumentWriter.check(u.doc(), u.extraction());
      }
    }
    Map<String, @Nullable String> stored = stored(h, batch);
    Map<String, Store.Unsaved> fresh = new LinkedHashMap<>();
    for (Store.Unsaved u : batch) {
      if (!stored.containsKey(u.doc().id().value())) {
        fresh.putIfAbsent(u.doc().id().value(), u);
      }
    }
    List<Store.Unsaved> saving = List.copyOf(fresh.values());
    List<@Nullable String> copyOf = nearDuplicates(h, saving);
    Copy copy = new Copy(h, saving, now);
    copy.write(copyOf);
    List<Store.SaveResult> out = new ArrayList<>();
    Map<String, Integer> at = new HashMap<>();
    for (int i = 0; i < saving.size(); i++) {
      at.put(saving.get(i).doc().id().value(), i);
    }
    for (Store.Unsaved u : batch) {
      String id = u.doc().id().value();
      Integer i = at.remove(id); // the first of repeats is the one saved
      out.add(i != null
          ? new Store.SaveResult(u.doc().id(), Store.SaveResult.Status.INGESTED, docId(copyOf.get(i)))
          : new Store.SaveResult(u.doc().id(), Store.SaveResult.Status.UNCHANGED,
              docId(stored.get(id))));
    }
    return out;
  }

  private static org.triangulate.model.@Nullable DocumentId docId(@Nullable String id) {
    return id == null ? null : new org.triangulate.model.DocumentId(id);
  }

  /** The batch's documents stored already, with what each is a copy of. */
  private static Map<String, @Nullable String> stored(Handle h, List<Store.Unsaved> batch) {
    Map<String, @Nullable String> out = new HashMap<>();
    h.createQuery("SELECT id, copy_of FROM documents WHERE id = ANY(:ids)")
        .bindArray("ids", String.class, batch.stream().map(u -> u.doc().id().value()).toList())
        .map((rs, ctx) -> new String[] {rs.getString("id"), rs.getString("copy_of")})
        .forEach(r -> out.put(r[0], r[1]));
    return out;
  }

  /**
   * For each document, the earliest near-duplicate: a stored one (stored ones come first), else
   * an earlier one of the batch; as {@link DocumentWriter} finds it one document at a time.
   */
  private static List<@Nullable String> nearDuplicates(Handle h, List<Store.Unsaved> saving) {
    List<Long> prints = saving.stream().map(u -> u.doc().fingerprint()).toList();
    Map<Integer, String> storedMatch = NearCopies.stored(h, prints);
    List<@Nullable String> out = new ArrayList<>();
    for (int i = 0; i < saving.size(); i++) {
      String match = storedMatch.get(i);
      for (int j = 0; match == null && j < i; j++) {
        if (Long.bitCount(prints.get(i) ^ prints.get(j)) <= Fingerprints.MAX_DISTANCE) {
          match = saving.get(j).doc().id().value();
        }
      }
      out.add(match);
    }
    return out;
  }

  /** The batch's rows, table by table, in COPY text format. */
  private static final class Copy {
    private final Handle h;
    private final List<Store.Unsaved> saving;
    private final Instant now;

    Copy(Handle h, List<Store.Unsaved> saving, Instant now) {
      this.h = h;
      this.saving = saving;
      this.now = now;
    }

    void write(List<@Nullable String> copyOf) {
      List<Extraction> extractions = saving.stream().map(Store.Unsaved::extraction)
          .filter(x -> x != null).map(x -> (Extraction) x).toList();
      pipelines(extractions);
      Rows documents = new Rows();
      for (int i = 0; i < saving.size(); i++) {
        document(documents, saving.get(i), copyOf.get(i));
      }
      copy("documents (id, text, text_length, parts, title, url, byline, dateline, source, "
          + "published, published_inferred, language, fingerprint, file, raw, media_type, "
          + "charset, ingested_at, copy_of, extracted, not_extracted_reason, resolved)", documents);
      Rows rows = new Rows();
      for (Extraction x : extractions) {
        rows.row(x.document().value(), Json.pipelineId(x.pipeline()), DocumentWriter.utc(now),
            Json.problems(x.problems()));
      }
      copy("extractions (document, pipeline, extracted_at, problems)", rows);
      extracted(extractions);
    }

    private void pipelines(List<Extraction> extractions) {
      Map<String, org.triangulate.model.Pipeline> distinct = new LinkedHashMap<>();
      extractions.forEach(x -> distinct.putIfAbsent(Json.pipelineId(x.pipeline()), x.pipeline()));
      distinct.forEach((id, p) -> h.createUpdate("""
              INSERT INTO pipelines (id, version, components)
              VALUES (:id, :version, CAST(:components AS jsonb)) ON CONFLICT (id) DO NOTHING""")
          .bind("id", id).bind("version", p.version())
          .bind("components", Json.components(p.components())).execute());
    }

    private static void document(Rows rows, Store.Unsaved u, @Nullable String copyOf) {
      Document doc = u.doc();
      boolean extracted = u.extraction() != null;
      String reason = extracted ? null
          : u.notExtracted() != null ? u.notExtracted() : DocumentWriter.notExtractedReason(doc);
      var meta = doc.meta();
      var custody = doc.custody();
      rows.row(doc.id().value(), doc.text(), doc.text().length(), Json.parts(doc.parts()),
          meta.title(), meta.url(), meta.byline(), meta.dateline(), meta.source(),
          meta.published(), meta.publishedInferred(), doc.language(), doc.fingerprint(),
          custody.file(), new Bytes(custody.raw()), custody.mediaType(), custody.charset(),
          DocumentWriter.utc(custody.ingestedAt()), copyOf, extracted, reason,
          !extracted); // resolved when there is nothing to resolve, else by Store.resolve()
    }

    private void extracted(List<Extraction> extractions) {
      int entityCount = extractions.stream().mapToInt(x -> x.entities().size()).sum();
      int eventCount = extractions.stream().mapToInt(x -> x.events().size()).sum();
      int claimCount = extractions.stream().mapToInt(x -> x.claims().size()).sum();
      Ids entityIds = new Ids(draw("entities", entityCount));
      Ids eventIds = new Ids(draw("events", eventCount));
      Ids claimIds = new Ids(draw("claims", claimCount));
      Rows entities = new Rows();
      Rows aliases = new Rows();
      Rows descriptions = new Rows();
      Rows mentions = new Rows();
      Rows events = new Rows();
      Rows participants = new Rows();
      Rows eventEvidence = new Rows();
      Rows claims = new Rows();
      Rows via = new Rows();
      Rows claimEvidence = new Rows();
      for (Extraction x : extractions) {
        String doc = x.document().value();
        Map<String, Long> entityId = new HashMap<>();
        for (LocalEntity e : x.entities()) {
          long id = entityIds.next();
          entityId.put(e.key(), id);
          @Nullable Geo g = e.geo();
          entities.row(id, doc, e.key(), e.type().name(), e.name(), e.kb(),
              EntityGroups.id(EntityGroups.key(e)), g == null ? null : g.lat(),
              g == null ? null : g.lon(), g == null ? null : g.country(),
              g == null ? null : g.province(), g == null ? null : g.gazetteerId());
          for (Alias a : e.aliases()) {
            evidence(aliases, id, a.evidence(), a.name(), a.rule());
          }
          for (Description d : e.descriptions()) {
            Evidence v = d.evidence();
            descriptions.row(id, v.document().value(), d.text(), v.section().name(),
                v.span().start(), v.span().end(), v.text());
          }
          for (Mention m : e.mentions()) {
            evidence(mentions, id, m.evidence(), m.kind().name());
          }
        }
        Map<String, Long> eventId = new HashMap<>();
        for (Event v : x.events()) {
          long id = eventIds.next();
          eventId.put(v.key(), id);
          events.row(id, doc, v.key(), ExportIds.event(x.document(), v.key()), v.type().name(),
              v.time().value(), v.time().precision().name(), v.time().basis().name(),
              v.time().text(), v.time().anchor(), v.killed(), v.injured(),
              rowId(entityId, v.location()));
          for (Participant p : v.participants()) {
            participants.row(id, doc, rowId(entityId, p.entity()), p.role().name(), p.text());
          }
          v.evidence().forEach(e -> evidence(eventEvidence, id, e));
        }
        for (Claim c : x.claims()) {
          long id = claimIds.next();
          claims.row(id, doc, c.key(), ExportIds.claim(x.document(), c.key()),
              rowId(entityId, c.speaker()), c.speakerText(), c.modality().name(),
              c.section().name(), rowId(entityId, c.subject()), rowId(eventId, c.subject()),
              c.predicate().name(), rowId(entityId, c.object()), rowId(eventId, c.object()));
          for (int i = 0; i < c.via().size(); i++) {
            via.row(id, i, doc, rowId(entityId, c.via().get(i)));
          }
          c.evidence().forEach(e -> evidence(claimEvidence, id, e));
        }
      }
      copy("entities (id, document, key, type, name, kb, entity, lat, lon, country, province, "
          + "gazetteer_id)", entities);
      copy("aliases (entity, document, section, start, \"end\", text, name, rule)", aliases);
      copy("descriptions (entity, document, text, section, start, \"end\", evidence)",
          descriptions);
      copy("mentions (entity, document, section, start, \"end\", text, kind)", mentions);
      copy("events (id, document, key, export_id, type, time_value, time_precision, time_basis, "
          + "time_text, time_anchor, killed, injured, location)", events);
      copy("event_participants (event, document, entity, role, text)", participants);
      copy("event_evidence (event, document, section, start, \"end\", text)", eventEvidence);
      copy("claims (id, document, key, export_id, speaker, speaker_text, modality, section, "
          + "subject_entity, subject_event, predicate, object_entity, object_event)", claims);
      copy("claim_via (claim, position, document, entity)", via);
      copy("claim_evidence (claim, document, section, start, \"end\", text)", claimEvidence);
    }

    /** A row of an owner's id, the evidence's document, section and span, text, and more. */
    private static void evidence(Rows rows, long owner, Evidence e, @Nullable Object... more) {
      Object[] fields = new Object[6 + more.length];
      fields[0] = owner;
      fields[1] = e.document().value();
      fields[2] = e.section().name();
      fields[3] = e.span().start();
      fields[4] = e.span().end();
      fields[5] = e.text();
      System.arraycopy(more, 0, fields, 6, more.length);
      rows.row(fields);
    }

    /** {@code n} ids from the table's identity sequence, ascending. */
    private List<Long> draw(String table, int n) {
      if (n == 0) {
        return List.of();
      }
      return h.createQuery("SELECT nextval(pg_get_serial_sequence(:t, 'id')) AS id "
              + "FROM generate_series(1, :n) ORDER BY 1")
          .bind("t", table).bind("n", n).mapTo(Long.class).list();
    }

    private void copy(String tableAndColumns, Rows rows) {
      if (rows.count == 0) {
        return;
      }
      try {
        h.getConnection().unwrap(PGConnection.class).getCopyAPI()
            .copyIn("COPY " + tableAndColumns + " FROM STDIN", new StringReader(rows.text.toString()));
      } catch (SQLException e) {
        throw new StoreException("bulk load of " + saving.size() + " documents: "
            + tableAndColumns.substring(0, tableAndColumns.indexOf(' ')) + ": " + e.getMessage(), e);
      } catch (IOException e) {
        throw new StoreException("bulk load: cannot send rows: " + e.getMessage(), e);
      }
    }

    private static @Nullable Long rowId(Map<String, Long> ids, @Nullable String key) {
      return key == null ? null : ids.get(key);
    }
  }

  /** Ids drawn for one table, handed out in order. */
  private static final class Ids {
    private final List<Long> ids;
    private int next;

    Ids(List<Long> ids) {
      this.ids = ids;
    }

    long next() {
      return ids.get(next++);
    }
  }

  /** A bytea value. */
  private record Bytes(byte[] value) {}

  /** Rows in COPY's text format: tab-separated, {@code \N} for null, backslash escapes. */
  private static final class Rows {
    final StringBuilder text = new StringBuilder();
    int count;

    void row(@Nullable Object... fields) {
      for (int i = 0; i < fields.length; i++) {
        if (i > 0) {
          text.append('\t');
        }
        field(fields[i]);
      }
      text.append('\n');
      count++;
    }

    private void field(@Nullable Object v) {
      switch (v) {
        case null -> text.append("\\N");
        case Boolean b -> text.append(b ? 't' : 'f');
        case Bytes b -> text.append("\\\\x").append(HexFormat.of().formatHex(b.value()));
        default -> escaped(v.toString());
      }
    }

    private void escaped(String s) {
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        switch (c) {
          case '\\' -> text.append("\\\\");
          case '\n' -> text.append("\\n");
          case '\r' -> text.append("\\r");
          case '\t' -> text.append("\\t");
          default -> text.append(c);
        }
      }
    }
  }
}
