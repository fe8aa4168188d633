package org.triangulate.graph.store;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jspecify.annotations.Nullable;
import org.triangulate.graph.internal.EntityGroup;
import org.triangulate.graph.internal.EntityGroupRows;
import org.triangulate.graph.internal.Sentences;
import org.triangulate.graph.resolve.StoredResolution;
import org.triangulate.model.DocumentId;
import org.triangulate.model.EntityType;
import org.triangulate.model.EventType;
import org.triangulate.model.Evidence;
import org.triangulate.model.MentionKind;
import org.triangulate.model.Metadata;
import org.triangulate.model.Modality;
import org.triangulate.model.Predicate;
import org.triangulate.model.Role;

/** The listings and detail views a CLI or UI shows. Stateless, so thread-safe. */
final class Views {
  private Views() {}

  static List<EntitySummary> entities(
      Handle h, @Nullable EntityType type, @Nullable String nameQuery) {
    return EntityGroupRows.select(h, nameQuery).stream()
        .filter(g -> type == null || g.type() == type)
        .map(Views::summary)
        .toList();
  }

  static Optional<Shown> show(Handle h, String id) {
    if (id.startsWith("doc-")) {
      return DocumentReader.summary(h, id).map(s -> document(h, s));
    }
    if (id.startsWith("evt-")) {
      return EventClaimViews.event(h, id);
    }
    if (id.startsWith("clm-")) {
      return EventClaimViews.claim(h, id);
    }
    return EntityGroupRows.byId(h, id).findFirst().map(g -> entity(h, g));
  }

  private static Shown document(Handle h, DocumentSummary summary) {
    Metadata meta = h.createQuery("SELECT * FROM documents WHERE id = :id")
        .bind("id", summary.id().value())
        .map((rs, ctx) -> DocumentReader.metadata(rs)).one();
    List<String> ids = h.createQuery(
            "SELECT DISTINCT entity FROM entities WHERE document = :id ORDER BY entity")
        .bind("id", summary.id().value()).mapTo(String.class).list();
    List<EntitySummary> entities = ids.stream()
        .flatMap(e -> EntityGroupRows.byId(h, e).stream())
        .map(Views::summary)
        .sorted((a, b) -> a.name().compareToIgnoreCase(b.name()))
        .toList();
    return new Shown.DocumentView(summary, meta, entities);
  }

  private static Shown entity(Handle h, EntityGroup group) {
    Map<String, String> texts = new HashMap<>();
    List<Shown.MentionInContext> mentions = h.createQuery("""
            SELECT m.document, m.section, m.start, m."end", m.text, m.kind
            FROM mentions m JOIN entities e ON e.id = m.entity
            JOIN documents d ON d.id = m.document
            WHERE e.entity = :id ORDER BY d.ordinal, m.start, m."end", m.id""")
        .bind("id", group.id())
        .map((rs, ctx) -> {
          DocumentId doc = new DocumentId(rs.getString("document"));
          return Map.entry(DocumentReader.evidence(doc, rs, "text"),
              MentionKind.valueOf(rs.getString("kind")));
        })
        .list().stream()
        .map(m -> inContext(h, texts, m.getKey(), m.getValue()))
        .toList();
    return new Shown.EntityView(summary(group), group.descriptions(), mentions,
        participations(h, group.id()), statements(h, group.id()),
        StoredResolution.explain(h, group.id()).stream()
            .map(x -> x.rule() + ": " + x.reason()).toList());
  }

  private static List<Shown.Participation> participations(Handle h, String entity) {
    return h.createQuery("""
            SELECT v.export_id, v.type, v.time_value, p.role, p.text
            FROM event_participants p JOIN entities e ON e.id = p.entity
            JOIN events v ON v.id = p.event JOIN documents d ON d.id = p.document
            WHERE e.entity = :id ORDER BY d.ordinal, v.id, p.id""")
        .bind("id", entity)
        .map((rs, ctx) -> new Shown.Participation(rs.getString("export_id"),
            EventType.valueOf(rs.getString("type")), rs.getString("time_value"),
            Role.valueOf(rs.getString("role")), rs.getString("text")))
        .list();
  }

  private static List<Shown.Statement> statements(Handle h, String entity) {
    return h.createQuery("""
            SELECT c.export_id, c.modality, c.predicate, x.document, x.section, x.start,
                   x."end", x.text
            FROM claims c JOIN entities e ON e.id = c.speaker
            JOIN documents d ON d.id = c.document
            JOIN LATERAL (SELECT * FROM claim_evidence ce WHERE ce.claim = c.id
                          ORDER BY ce.id LIMIT 1) x ON true
            WHERE e.entity = :id ORDER BY d.ordinal, c.id""")
        .bind("id", entity)
        .map((rs, ctx) -> new Shown.Statement(rs.getString("export_id"),
            Modality.valueOf(rs.getString("modality")),
            Predicate.valueOf(rs.getString("predicate")),
            DocumentReader.evidence(new DocumentId(rs.getString("document")), rs, "text")))
        .list();
  }

  private static Shown.MentionInContext inContext(
      Handle h, Map<String, String> texts, Evidence e, MentionKind kind) {
    String text = texts.computeIfAbsent(e.document().value(),
        id -> h.createQuery("SELECT text FROM documents WHERE id = :id").bind("id", id)
            .mapTo(String.class).one());
    return new Shown.MentionInContext(e, kind, Sentences.around(text, e.span()).of(text));
  }

  private static EntitySummary summary(EntityGroup g) {
    return new EntitySummary(
        g.id(), g.type(), g.name(), g.aliases(), g.documents(), g.mentions(), g.kb());
  }
}
