package org.triangulate.graph.store;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;
import org.triangulate.graph.links.EvidenceGraph;
import org.triangulate.graph.links.Link;
import org.triangulate.graph.links.SourceTable;

/**
 * What the store holds, in words that survive re-extraction (names, types, dates and places, not
 * row ids or keys), to say what a re-extraction gained and lost: entities by type and name,
 * events and claims by document and content, links by the names of their ends. Reads every
 * entity, event, claim and link once; for the before and after of {@code reextract}.
 *
 * @param kinds per kind (entities, events, claims, links) its lines, sorted
 */
public record StoreDigest(Map<String, Set<String>> kinds) {
  public static final List<String> KINDS = List.of("entities", "events", "claims", "links");

  public StoreDigest {
    Map<String, Set<String>> copy = new LinkedHashMap<>();
    kinds.forEach((k, v) -> copy.put(k, Set.copyOf(v)));
    kinds = Map.copyOf(copy);
  }

  /**
   * What one kind gained and lost from {@code before} to this.
   *
   * @param kind entities, events, claims or links
   * @param gained lines here and not before, sorted
   * @param lost lines before and not here, sorted
   */
  public record Change(String kind, List<String> gained, List<String> lost) {
    public Change {
      Objects.requireNonNull(kind, "kind");
      gained = List.copyOf(gained);
      lost = List.copyOf(lost);
    }
  }

  /** Per kind, in {@link #KINDS} order, what this digest has that {@code before} had not, and back. */
  public List<Change> since(StoreDigest before) {
    return KINDS.stream().map(k -> {
      Set<String> now = kinds.getOrDefault(k, Set.of());
      Set<String> then = before.kinds.getOrDefault(k, Set.of());
      return new Change(k, now.stream().filter(x -> !then.contains(x)).sorted().toList(),
          then.stream().filter(x -> !now.contains(x)).sorted().toList());
    }).toList();
  }

  static StoreDigest of(Handle h) {
    Map<String, Set<String>> kinds = new LinkedHashMap<>();
    kinds.put("entities", new TreeSet<>(h.createQuery(
            "SELECT DISTINCT type || ' ' || name FROM entities").mapTo(String.class).list()));
    Map<String, String> events = new HashMap<>();
    kinds.put("events", new TreeSet<>(h.createQuery("""
            SELECT coalesce(v.event_group, v.export_id) AS grp, v.document || ': ' || ce.type
                   || coalesce(' ' || v.time_value, '') || coalesce(' at ' || l.name, '') AS line
            FROM events v JOIN corrected_events ce ON ce.id = v.id
            LEFT JOIN entities l ON l.id = v.location""")
        .map((rs, ctx) -> {
          String line = rs.getString("line");
          events.put(rs.getString("grp"), line.substring(line.indexOf(": ") + 2));
          return line;
        }).list()));
    kinds.put("claims", new TreeSet<>(h.createQuery("""
            SELECT c.document || ': ' || coalesce(s.name, c.speaker_text) || ' ' || c.modality
                   || ' ' || coalesce(se.name, sv.type) || ' ' || c.predicate
                   || coalesce(' ' || coalesce(oe.name, ov.type), '') AS line
            FROM claims c LEFT JOIN entities s ON s.id = c.speaker
            LEFT JOIN entities se ON se.id = c.subject_entity
            LEFT JOIN events sv ON sv.id = c.subject_event
            LEFT JOIN entities oe ON oe.id = c.object_entity
            LEFT JOIN events ov ON ov.id = c.object_event""").mapTo(String.class).list()));
    Map<String, String> names = new HashMap<>();
    h.createQuery("SELECT DISTINCT ON (entity) entity, name FROM entities ORDER BY entity, id")
        .map((rs, ctx) -> names.put(rs.getString("entity"), rs.getString("name"))).list();
    Set<String> links = new TreeSet<>();
    for (Link l : EvidenceGraph.of(h, SourceTable.bundled()).links()) {
      links.add(names.getOrDefault(l.source(), l.source()) + " " + l.type() + " "
          + names.getOrDefault(l.target(), events.getOrDefault(l.target(), l.target())));
    }
    kinds.put("links", links);
    return new StoreDigest(kinds);
  }
}
