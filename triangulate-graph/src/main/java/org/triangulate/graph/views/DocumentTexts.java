package org.triangulate.graph.views;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.triangulate.graph.internal.Sentences;
import org.triangulate.model.Span;

/** The texts of the documents a view quotes, read once each, for sentences around spans. */
final class DocumentTexts {
  private final Handle h;
  private final Map<String, String> texts = new HashMap<>();

  DocumentTexts(Handle h) {
    this.h = h;
  }

  /** Reads the texts of the documents the rows are in, in one query. */
  @SafeVarargs
  final void load(Collection<EntityRows.Spanned>... rows) {
    Set<String> wanted = new LinkedHashSet<>();
    for (Collection<EntityRows.Spanned> list : rows) {
      list.forEach(r -> wanted.add(r.document()));
    }
    wanted.removeAll(texts.keySet());
    if (wanted.isEmpty()) {
      return;
    }
    h.createQuery("SELECT id, text FROM documents WHERE id = ANY(:ids)")
        .bindArray("ids", String.class, List.copyOf(wanted))
        .map((rs, ctx) -> Map.entry(rs.getString("id"), rs.getString("text")))
        .forEach(e -> texts.put(e.getKey(), e.getValue()));
  }

  /** The sentence around a row's span, or its own text when the document was not loaded. */
  String sentence(EntityRows.Spanned row) {
    String text = texts.get(row.document());
    if (text == null || row.end() > text.length()) {
      return row.text();
    }
    return Sentences.around(text, new Span(row.start(), row.end())).of(text);
  }
}
