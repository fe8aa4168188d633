package org.triangulate.graph.views;

import java.sql.Array;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jspecify.annotations.Nullable;
import org.triangulate.graph.internal.EntityGroups;
import org.triangulate.graph.links.Conflict;
import org.triangulate.graph.links.Link;
import org.triangulate.graph.links.Origin;
import org.triangulate.graph.links.SourceTable;
import org.triangulate.graph.links.TracedEvidence;
import org.triangulate.model.EntityType;

/**
 * Everything derived from the whole store that the views share: links and conflicts with the
 * origin of every claim, each store entity's name and type, and a label for every event. Costs a
 * read of every claim and local entity (linear, plus sorting), so a server keeps one and loads
 * another after writes. Immutable.
 */
public final class EvidenceSnapshot {
  /** A store entity's display name and type, as the entity listing shows them. */
  public record Named(String name, EntityType type) {}

  private final TracedEvidence traced;
  private final Map<String, Named> entities;
  private final Map<String, String> eventLabels;
  private final Map<String, String> eventTypes;
  private final Map<String, Link> linksById = new HashMap<>();
  private final Map<String, List<Link>> linksByEntity = new HashMap<>();
  private final Map<String, Link> linkByClaim = new HashMap<>();

  private EvidenceSnapshot(TracedEvidence traced, Map<String, Named> entities,
      Map<String, String> eventLabels, Map<String, String> eventTypes) {
    this.traced = traced;
    this.entities = Map.copyOf(entities);
    this.eventLabels = Map.copyOf(eventLabels);
    this.eventTypes = Map.copyOf(eventTypes);
    for (Link l : traced.graph().links()) {
      linksById.put(linkId(l), l);
      linksByEntity.computeIfAbsent(l.source(), k -> new ArrayList<>()).add(l);
      if (!l.target().equals(l.source())) {
        linksByEntity.computeIfAbsent(l.target(), k -> new ArrayList<>()).add(l);
      }
      l.claims().forEach(c -> linkByClaim.putIfAbsent(c, l));
    }
  }

  /** Reads and analyses the store through {@code h}, rating origins with {@code sources}. */
  public static EvidenceSnapshot load(Handle h, SourceTable sources) {
    Map<String, Named> entities = new HashMap<>();
    h.createQuery("""
            SELECT e.entity, array_agg(e.name ORDER BY d.ordinal, e.id) AS names,
                   array_agg(e.type ORDER BY d.ordinal, e.id) AS types
            FROM entities e JOIN documents d ON d.id = e.document GROUP BY e.entity""")
        .map((rs, ctx) -> Map.entry(rs.getString("entity"),
            named(strings(rs.getArray("names")), strings(rs.getArray("types")))))
        .forEach(e -> entities.put(e.getKey(), e.getValue()));
    Map<String, String> labels = new HashMap<>();
    Map<String, String> types = new HashMap<>();
    h.createQuery("SELECT export_id, type, time_value FROM events")
        .map((rs, ctx) -> new String[] {rs.getString("export_id"), rs.getString("type"),
            eventLabel(rs.getString("type"), rs.getString("time_value"))})
        .forEach(e -> {
          types.put(e[0], e[1]);
          labels.put(e[0], e[2]);
        });
    return new EvidenceSnapshot(TracedEvidence.of(h, sources), entities, labels, types);
  }

  static Named named(List<String> names, List<String> types) {
    return new Named(EntityGroups.name(names),
        EntityGroups.type(types.stream().map(EntityType::valueOf).toList()));
  }

  static List<String> strings(@Nullable Array array) throws SQLException {
    return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
  }

  /** "BOMBING 2021-02-11", or the type alone when the time is unknown. */
  public static String eventLabel(String type, @Nullable String time) {
    return time == null ? type : type + " " + time;
  }

  /** The URL-safe id of a link: {@code source~target~TYPE}. */
  public static String linkId(Link l) {
    return l.source() + "~" + l.target() + "~" + l.type();
  }

  /** Every link, most independent origins first. */
  public List<Link> links() {
    return traced.graph().links();
  }

  public List<Conflict> conflicts() {
    return traced.graph().conflicts();
  }

  public Optional<Link> link(String id) {
    return Optional.ofNullable(linksById.get(id));
  }

  /** The links an entity is the source or the target of. */
  public List<Link> linksOf(String entity) {
    return linksByEntity.getOrDefault(entity, List.of());
  }

  /** The link a claim supports or denies, if it states one. */
  public Optional<Link> linkOfClaim(String claim) {
    return Optional.ofNullable(linkByClaim.get(claim));
  }

  public @Nullable Origin origin(String claim) {
    return traced.origins().get(claim);
  }

  public @Nullable Named entity(String id) {
    return entities.get(id);
  }

  /** An event's type, or null for an id the store does not have. */
  public @Nullable String eventType(@Nullable String id) {
    return id == null ? null : eventTypes.get(id);
  }

  /** An entity's name, an event's label, or null for an id the store does not have. */
  public @Nullable String name(@Nullable String id) {
    if (id == null) {
      return null;
    }
    Named e = entities.get(id);
    return e != null ? e.name() : eventLabels.get(id);
  }
}
