package org.triangulate.graph.views;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.triangulate.graph.links.Link;

/**
 * A link as the API lists it: {@link Link} with its id ({@code source~target~TYPE}) and the
 * names of both ends (an entity's name, an event's label).
 */
public record LinkRow(String id, String source, @Nullable String sourceName, String target,
    @Nullable String targetName, String type, List<String> claims, int documents, int speakers,
    int independentOrigins, int contradictingOrigins, String grade, @Nullable LocalDate from,
    @Nullable LocalDate to, List<String> origins, List<String> explanation) {

  public static LinkRow of(Link l, EvidenceSnapshot names) {
    return new LinkRow(EvidenceSnapshot.linkId(l), l.source(), names.name(l.source()),
        l.target(), names.name(l.target()), l.type(), l.claims(), l.documents(), l.speakers(),
        l.independentOrigins(), l.contradictingOrigins(), l.grade(), l.from(), l.to(),
        l.origins(), l.explanation());
  }

  /** Links of {@code entity} (either end; all when null) that pass {@code filter}. */
  public static List<LinkRow> list(EvidenceSnapshot snapshot, @Nullable String entity,
      LinkFilter filter) {
    List<Link> links = entity == null ? snapshot.links() : snapshot.linksOf(entity);
    return links.stream().filter(filter::accepts).map(l -> of(l, snapshot)).toList();
  }
}
