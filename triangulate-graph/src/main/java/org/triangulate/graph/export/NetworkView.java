package org.triangulate.graph.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.triangulate.graph.export.GraphSnapshot.EventGroup;
import org.triangulate.graph.internal.EntityGroup;
import org.triangulate.graph.links.GradeHistory;
import org.triangulate.graph.links.Link;

/**
 * The store as a network, for GEXF and GraphML: every entity and every event a node, every
 * link an edge (from its source entity to its target entity or event), each with the same
 * attributes in both formats. Lists (aliases, origins) are one string joined by {@code " | "},
 * the form every graph tool reads. Immutable.
 *
 * @param nodes entities by id, then events by id
 * @param edges links, best corroborated first
 */
record NetworkView(List<Node> nodes, List<Edge> edges) {
  private static final java.util.regex.Pattern NOT_XML = java.util.regex.Pattern.compile(
      "[^\\x09\\x0A\\x0D\\x20-\\uD7FF\\uE000-\\uFFFD\\x{10000}-\\x{10FFFF}]");

  /** The separator of list values in one attribute. */
  static final String LIST = " | ";

  /** An attribute's name, value type (string, integer, double) and owner (node, edge). */
  record Attribute(String name, String type, String owner) {}

  /** Node attributes; events fill the time and casualty ones, places the coordinates. */
  static final List<Attribute> NODE_ATTRIBUTES = List.of(
      new Attribute("kind", "string", "node"), new Attribute("type", "string", "node"),
      new Attribute("aliases", "string", "node"), new Attribute("descriptions", "string", "node"),
      new Attribute("kb", "string", "node"), new Attribute("documents", "integer", "node"),
      new Attribute("latitude", "double", "node"), new Attribute("longitude", "double", "node"),
      new Attribute("country", "string", "node"), new Attribute("province", "string", "node"),
      new Attribute("time", "string", "node"), new Attribute("timePrecision", "string", "node"),
      new Attribute("killed", "integer", "node"), new Attribute("injured", "integer", "node"));

  /** Edge attributes. */
  static final List<Attribute> EDGE_ATTRIBUTES = List.of(
      new Attribute("type", "string", "edge"), new Attribute("grade", "string", "edge"),
      new Attribute("reliability", "string", "edge"),
      new Attribute("credibility", "integer", "edge"),
      new Attribute("independentOrigins", "integer", "edge"),
      new Attribute("contradictingOrigins", "integer", "edge"),
      new Attribute("documents", "integer", "edge"), new Attribute("speakers", "integer", "edge"),
      new Attribute("firstReported", "string", "edge"),
      new Attribute("lastReported", "string", "edge"),
      new Attribute("origins", "string", "edge"));

  /**
   * A node: its id, label, attribute values by name (absent when unknown), and the day it
   * happened for an event dated to the day.
   */
  record Node(String id, String label, Map<String, Object> values, @Nullable LocalDate day) {
    Node {
      values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }
  }

  /**
   * An edge: its id, ends, label, attribute values, the period its documents cover, and its
   * grade as its evidence accrued (empty when undated).
   */
  record Edge(String id, String source, String target, String label, Map<String, Object> values,
      @Nullable LocalDate from, @Nullable LocalDate to, List<GradeHistory.Step> grades) {
    Edge {
      values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
      grades = List.copyOf(grades);
    }
  }

  static NetworkView of(GraphSnapshot g) {
    List<Node> nodes = new ArrayList<>();
    Map<String, String> names = new LinkedHashMap<>();
    for (EntityGroup e : g.entities()) {
      Map<String, Object> v = new LinkedHashMap<>();
      v.put("kind", "entity");
      v.put("type", e.type().name());
      putList(v, "aliases", e.aliases());
      putList(v, "descriptions", e.descriptions());
      putIf(v, "kb", e.kb());
      v.put("documents", e.documents());
      if (e.geo() != null) {
        v.put("latitude", e.geo().lat());
        v.put("longitude", e.geo().lon());
        v.put("country", e.geo().country());
        putIf(v, "province", e.geo().province());
      }
      nodes.add(new Node(e.id(), e.name(), v, null));
      names.put(e.id(), e.name());
    }
    for (EventGroup ev : g.events()) {
      ExportedEvent f = ev.fields();
      Map<String, Object> v = new LinkedHashMap<>();
      v.put("kind", "event");
      v.put("type", f.type());
      v.put("documents", ev.documents().size());
      putIf(v, "time", f.timeValue());
      v.put("timePrecision", f.precision());
      putIf(v, "killed", f.killed());
      putIf(v, "injured", f.injured());
      String place = f.location() == null ? null : names.get(f.location());
      LocalDate day = f.precision().equals("DAY") && f.timeValue() != null
          ? LocalDate.parse(f.timeValue()) : null;
      nodes.add(new Node(ev.id(), StixExport.title(f.type()) + (place == null ? "" : " in " + place)
          + (f.timeValue() == null ? "" : ", " + f.timeValue()), v, day));
    }
    Set<String> ids = new HashSet<>();
    nodes.forEach(n -> ids.add(n.id()));
    List<Edge> edges = new ArrayList<>();
    for (Link l : g.links()) {
      if (!ids.contains(l.source()) || !ids.contains(l.target())) {
        continue; // cannot happen: links join stored entities and events
      }
      Map<String, Object> v = new LinkedHashMap<>();
      v.put("type", l.type());
      v.put("grade", l.grade());
      v.put("reliability", l.grade().substring(0, 1));
      v.put("credibility", Character.getNumericValue(l.grade().charAt(1)));
      v.put("independentOrigins", l.independentOrigins());
      v.put("contradictingOrigins", l.contradictingOrigins());
      v.put("documents", l.documents());
      v.put("speakers", l.speakers());
      putIf(v, "firstReported", l.from() == null ? null : l.from().toString());
      putIf(v, "lastReported", l.to() == null ? null : l.to().toString());
      putList(v, "origins", l.origins());
      String id = GradeHistory.key(l);
      edges.add(new Edge(id, l.source(), l.target(),
          l.type().toLowerCase(java.util.Locale.ROOT).replace('_', ' '), v, l.from(), l.to(),
          g.gradeHistory().getOrDefault(id, List.of())));
    }
    return new NetworkView(nodes, edges);
  }

  private static void putIf(Map<String, Object> v, String name, @Nullable Object value) {
    if (value != null) {
      v.put(name, value);
    }
  }

  private static void putList(Map<String, Object> v, String name, List<String> values) {
    if (!values.isEmpty()) {
      v.put(name, String.join(LIST, values));
    }
  }

  /** The attribute value as text, as both formats write it, without characters XML 1.0 forbids. */
  static String text(Object value) {
    return NOT_XML.matcher(Objects.toString(value)).replaceAll("");
  }
}
