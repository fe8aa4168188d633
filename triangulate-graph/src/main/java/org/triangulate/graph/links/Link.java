package org.triangulate.graph.links;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A link between two entities, or an entity and an event, aggregated from the claims that state
 * it: how many claims, documents, distinct speakers and independent origins support it, its
 * Admiralty grade, the period its documents cover, and why it has that grade.
 *
 * @param source entity id
 * @param target entity or event id
 * @param type the claims' predicate (MEMBER_OF, COOPERATES_WITH, PERPETRATOR_OF, …)
 * @param claims ids of the claims for and against it
 * @param documents documents that support it
 * @param speakers distinct named speakers that support it
 * @param independentOrigins distinct origins that support it
 * @param contradictingOrigins distinct origins that deny it
 * @param grade reliability A–F and credibility 1–6 ("C2")
 * @param from earliest document date, or null
 * @param to latest document date, or null
 * @param origins the supporting origins' names
 * @param explanation how the grade was reached, one reason a line
 */
public record Link(
    String source,
    String target,
    String type,
    List<String> claims,
    int documents,
    int speakers,
    int independentOrigins,
    int contradictingOrigins,
    String grade,
    @Nullable LocalDate from,
    @Nullable LocalDate to,
    List<String> origins,
    List<String> explanation) {
  public Link {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    claims = List.copyOf(claims);
    origins = List.copyOf(origins);
    explanation = List.copyOf(explanation);
  }
}
