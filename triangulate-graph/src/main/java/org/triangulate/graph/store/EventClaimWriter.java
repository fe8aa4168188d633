package org.triangulate.graph.store;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jspecify.annotations.Nullable;
import org.triangulate.graph.StoreException;
import org.triangulate.graph.internal.ExportIds;
import org.triangulate.model.Claim;
import org.triangulate.model.Document;
import org.triangulate.model.DocumentId;
import org.triangulate.model.Event;
import org.triangulate.model.Evidence;
import org.triangulate.model.Extraction;
import org.triangulate.model.LocalEntity;
import org.triangulate.model.Participant;

/**
 * Writes the events and claims of one extraction inside the caller's transaction, after its
 * entities, turning the extraction's local keys ({@code e1}, {@code v1}) into row ids. {@link
 * #check} refuses, before anything is written, an extraction whose references name keys it does
 * not have. Stateless, so thread-safe.
 */
final class EventClaimWriter {
  private EventClaimWriter() {}

  /**
   * Locations, participants, speakers and channels must be entity keys of the extraction;
   * subjects and objects entity or event keys; no key may name both an entity and an event; and
   * all evidence must quote the document.
   */
  static void check(Document doc, Extraction x) {
    Set<String> entities = x.entities().stream().map(LocalEntity::key).collect(Collectors.toSet());
    Set<String> events = x.events().stream().map(Event::key).collect(Collectors.toSet());
    for (String key : events) {
      if (entities.contains(key)) {
        throw new StoreException(doc.id() + ": a key must not name both an entity and an event: "
            + key);
      }
    }
    Keys keys = new Keys(doc.id(), entities, events);
    for (Event v : x.events()) {
      String owner = "event " + v.key();
      keys.entity(owner, "location", v.location());
      v.participants().forEach(p -> keys.entity(owner, "participant", p.entity()));
      v.evidence().forEach(e -> DocumentWriter.checkEvidence(doc, owner, e));
    }
    for (Claim c : x.claims()) {
      String owner = "claim " + c.key();
      keys.entity(owner, "speaker", c.speaker());
      c.via().forEach(k -> keys.entity(owner, "via", k));
      keys.entityOrEvent(owner, "subject", c.subject());
      keys.entityOrEvent(owner, "object", c.object());
      c.evidence().forEach(e -> DocumentWriter.checkEvidence(doc, owner, e));
    }
  }

  /** The local keys of one extraction, to check references against. */
  private record Keys(DocumentId doc, Set<String> entities, Set<String> events) {
    void entity(String owner, String what, @Nullable String key) {
      if (key != null && !entities.contains(key)) {
        throw dangling(owner, what, key, "entity");
      }
    }

    void entityOrEvent(String owner, String what, @Nullable String key) {
      if (key != null && !entities.contains(key) && !events.contains(key)) {
        throw dangling(owner, what, key, "entity or event");
      }
    }

    private StoreException dangling(String owner, String what, String key, String kind) {
      return new StoreException(doc + ": " + owner + " must refer to an " + kind
          + " of the extraction: " + what + "=" + key);
    }
  }

  /** Inserts the events, then the claims; {@code entities} maps entity keys to row ids. */
  static void insert(Handle h, Extraction x, Map<String, Long> entities) {
    Map<String, Long> events = new HashMap<>();
    for (Event v : x.events()) {
      events.put(v.key(), insertEvent(h, x.document(), v, entities));
    }
    for (Claim c : x.claims()) {
      insertClaim(h, x.document(), c, entities, events);
    }
  }

  private static long insertEvent(
      Handle h, DocumentId doc, Event v, Map<String, Long> entities) {
    long id = h.createUpdate("""
        INSERT INTO events (document, key, export_id, type, time_value, time_precision,
          time_basis, time_text, time_anchor, killed, injured, location)
        VALUES (:document, :key, :exportId, :type, :timeValue, :timePrecision, :timeBasis,
          :timeText, :timeAnchor, :killed, :injured, :location)""")
        .bind("document", doc.value())
        .bind("key", v.key())
        .bind("exportId", ExportIds.event(doc, v.key()))
        .bind("type", v.type().name())
        .bind("timeValue", v.time().value())
        .bind("timePrecision", v.time().precision().name())
        .bind("timeBasis", v.time().basis().name())
        .bind("timeText", v.time().text())
        .bind("timeAnchor", v.time().anchor())
        .bind("killed", v.killed())
        .bind("injured", v.injured())
        .bind("location", rowId(entities, v.location()))
        .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    PreparedBatch participants = h.prepareBatch("""
        INSERT INTO event_participants (event, document, entity, role, text)
        VALUES (:event, :document, :entity, :role, :text)""");
    for (Participant p : v.participants()) {
      participants.bind("event", id).bind("document", doc.value())
          .bind("entity", rowId(entities, p.entity()))
          .bind("role", p.role().name()).bind("text", p.text()).add();
    }
    DocumentWriter.execute(participants);
    insertEvidence(h, "event_evidence", "event", id, v.evidence());
    return id;
  }

  private static void insertClaim(Handle h, DocumentId doc, Claim c,
      Map<String, Long> entities, Map<String, Long> events) {
    long id = h.createUpdate("""
        INSERT INTO claims (document, key, export_id, speaker, speaker_text, modality, section,
          subject_entity, subject_event, predicate, object_entity, object_event)
        VALUES (:document, :key, :exportId, :speaker, :speakerText, :modality, :section,
          :subjectEntity, :subjectEvent, :predicate, :objectEntity, :objectEvent)""")
        .bind("document", doc.value())
        .bind("key", c.key())
        .bind("exportId", ExportIds.claim(doc, c.key()))
        .bind("speaker", rowId(entities, c.speaker()))
        .bind("speakerText", c.speakerText())
        .bind("modality", c.modality().name())
        .bind("section", c.section().name())
        .bind("subjectEntity", rowId(entities, c.subject()))
        .bind("subjectEvent", rowId(events, c.subject()))
        .bind("predicate", c.predicate().name())
        .bind("objectEntity", rowId(entities, c.object()))
        .bind("objectEvent", rowId(events, c.object()))
        .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    PreparedBatch via = h.prepareBatch("""
        INSERT INTO claim_via (claim, position, document, entity)
        VALUES (:claim, :position, :document, :entity)""");
    for (int i = 0; i < c.via().size(); i++) {
      via.bind("claim", id).bind("position", i).bind("document", doc.value())
          .bind("entity", rowId(entities, c.via().get(i))).add();
    }
    DocumentWriter.execute(via);
    insertEvidence(h, "claim_evidence", "claim", id, c.evidence());
  }

  private static void insertEvidence(
      Handle h, String table, String owner, long id, List<Evidence> evidence) {
    PreparedBatch batch = h.prepareBatch("INSERT INTO " + table + " (" + owner
        + ", document, section, start, \"end\", text) VALUES (:owner, :document, :section, :start,"
        + " :end, :text)");
    for (Evidence e : evidence) {
      DocumentWriter.bindEvidence(batch.bind("owner", id), e).add();
    }
    DocumentWriter.execute(batch);
  }

  /**
   * The row id of {@code key} in {@code ids}, or null when the key is null or not there (a
   * subject that is an entity is not among the events); {@link #check} has refused unknown keys.
   */
  private static @Nullable Long rowId(Map<String, Long> ids, @Nullable String key) {
    return key == null ? null : ids.get(key);
  }
}
