package org.triangulate.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Read access to a {@code triangulate/1} export (export-format.md): documents by file name, items by
 * id, and the items whose evidence falls in a document. Tolerates missing keys (an absent list is
 * empty) so that a partial export still scores. Not thread-safe during construction only.
 */
final class ExportView {
  private final Map<String, JsonNode> documentsByFile = new HashMap<>();
  private final Map<String, JsonNode> entities = new HashMap<>();
  private final Map<String, JsonNode> events = new HashMap<>();
  private final List<JsonNode> claims = new ArrayList<>();

  ExportView(JsonNode export) {
    if (!export.isObject()) {
      throw new EvalException("export: expected a JSON object (format triangulate/1)");
    }
    for (JsonNode d : export.path("documents")) {
      String file = d.path("file").asText("");
      if (!file.isEmpty()) {
        documentsByFile.putIfAbsent(fileName(file), d);
      }
    }
    export.path("entities").forEach(e -> entities.put(e.path("id").asText(), e));
    export.path("events").forEach(e -> events.put(e.path("id").asText(), e));
    export.path("claims").forEach(claims::add);
  }

  /** The exported document ingested from a file of this name, in any directory. */
  Optional<JsonNode> findDocument(String fileName) {
    return Optional.ofNullable(documentsByFile.get(fileName));
  }

  /** Entities with a mention in the document. */
  List<JsonNode> entitiesIn(String docId) {
    return entities.values().stream().filter(e -> !spans(e, "mentions", docId).isEmpty())
        .sorted(ExportView::byId).toList();
  }

  /** Events with evidence in the document. */
  List<JsonNode> eventsIn(String docId) {
    return events.values().stream().filter(e -> !spans(e, "evidence", docId).isEmpty())
        .sorted(ExportView::byId).toList();
  }

  /** Claims with evidence in the document. */
  List<JsonNode> claimsIn(String docId) {
    return claims.stream().filter(c -> !spans(c, "evidence", docId).isEmpty()).toList();
  }

  /** The name keys of an entity: name and aliases; empty for an unknown id or an event. */
  Set<String> names(@Nullable String entityId) {
    JsonNode e = entityId == null ? null : entities.get(entityId);
    Set<String> keys = new LinkedHashSet<>();
    if (e != null) {
      keys.add(NameKeys.key(e.path("name").asText("")));
      e.path("aliases").forEach(a -> keys.add(NameKeys.key(a.asText(""))));
      keys.remove("");
    }
    return keys;
  }

  /** Whether the id names an event of the export. */
  boolean isEvent(@Nullable String id) {
    return id != null && events.containsKey(id);
  }

  /** The evidence (or mentions) of an item that fall in the document. */
  static List<Evidence> spans(JsonNode item, String field, String docId) {
    List<Evidence> out = new ArrayList<>();
    for (JsonNode ev : item.path(field)) {
      if (docId.equals(ev.path("document").asText(null))) {
        out.add(new Evidence(ev.path("start").asInt(-1), ev.path("end").asInt(-1),
            ev.path("text").asText(""), ev.path("section").asText("")));
      }
    }
    return out;
  }

  /** A nullable text field. */
  static @Nullable String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  static String fileName(String path) {
    String p = path.replace('\\', '/');
    return Path.of(p.substring(p.lastIndexOf('/') + 1)).toString();
  }

  private static int byId(JsonNode a, JsonNode b) {
    return a.path("id").asText().compareTo(b.path("id").asText());
  }

  /** A span of an exported document's text, and what it quotes. */
  record Evidence(int start, int end, String text, String section) {}
}
