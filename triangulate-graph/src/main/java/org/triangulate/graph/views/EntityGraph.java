package org.triangulate.graph.views;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.triangulate.graph.links.Link;

/**
 * The entity–entity links as a graph for drawing: the entities at either end of a link that
 * passes the filter are the nodes.
 *
 * @param nodes entities
 * @param edges links between them
 */
public record EntityGraph(List<Node> nodes, List<Edge> edges) {
  public record Node(String id, String name, String type) {}

  public record Edge(String id, String source, String target, String type, String grade,
      int independentOrigins) {}

  public static EntityGraph of(EvidenceSnapshot snapshot, LinkFilter filter) {
    Set<String> ids = new LinkedHashSet<>();
    List<Edge> edges = new ArrayList<>();
    for (Link l : snapshot.links()) {
      if (l.target().startsWith("ent-") && filter.accepts(l)) {
        edges.add(new Edge(EvidenceSnapshot.linkId(l), l.source(), l.target(), l.type(),
            l.grade(), l.independentOrigins()));
        ids.add(l.source());
        ids.add(l.target());
      }
    }
    List<Node> nodes = new ArrayList<>();
    for (String id : ids) {
      EvidenceSnapshot.Named e = snapshot.entity(id);
      nodes.add(e == null ? new Node(id, id, "UNKNOWN") : new Node(id, e.name(), e.type().name()));
    }
    return new EntityGraph(nodes, edges);
  }
}
