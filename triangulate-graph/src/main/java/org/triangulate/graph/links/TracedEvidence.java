package org.triangulate.graph.links;

import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * Links and conflicts together with the origin each claim was traced to, from one read of the
 * claims: for views that show a link's claims grouped by origin with the same rules that counted
 * its independent origins.
 *
 * @param graph links and conflicts, as {@link EvidenceGraph#of(Handle, SourceTable)} finds them
 * @param origins the origin of every stored claim, by claim id ({@code clm-…})
 */
public record TracedEvidence(EvidenceGraph graph, Map<String, Origin> origins) {
  public TracedEvidence {
    origins = Map.copyOf(origins);
  }

  /** Loads the store's claims through {@code h}, analyses them and traces each to its origin. */
  public static TracedEvidence of(Handle h, SourceTable sources) {
    EvidenceGraph graph = EvidenceGraph.of(h, sources);
    return new TracedEvidence(graph, graph.originsByClaim());
  }
}
