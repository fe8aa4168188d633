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
import org.triangulate.model.DocumentId;
import org.triangulate.model.EntityType;
import org.triangulate.model.Evidence;
import org.triangulate.model.MentionKind;
import org.triangulate.model.Metadata;

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
    return new Shown.EntityView(summary(group), group.descriptions(), mentions);
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
