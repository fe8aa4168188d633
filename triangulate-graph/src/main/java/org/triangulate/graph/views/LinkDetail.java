package org.triangulate.graph.views;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jspecify.annotations.Nullable;
import org.triangulate.graph.links.Link;
import org.triangulate.graph.links.Origin;

/**
 * A link with its claims grouped by the origin each was traced to (the grouping that counted
 * its independent origins), supporting origins first in the order the link names them, then
 * the origins of denials.
 *
 * <p>The fields of {@link LinkRow}, then {@code byOrigin}: its claims by origin.
 */
public record LinkDetail(String id, String source, @Nullable String sourceName, String target,
    @Nullable String targetName, String type, List<String> claims, int documents, int speakers,
    int independentOrigins, int contradictingOrigins, String grade, @Nullable LocalDate from,
    @Nullable LocalDate to, List<String> origins, List<String> explanation,
    List<OriginClaims> byOrigin) {

  /** The claims traced to one origin; {@code why} says how they were. */
  public record OriginClaims(String origin, String why, List<SourcedClaim> claims) {}

  /** A claim with where it was published. */
  public record SourcedClaim(String id, @Nullable String speakerName, @Nullable String speakerText,
      String modality, String document, @Nullable String documentTitle,
      @Nullable LocalDate published, @Nullable String url, String text, @Nullable Integer page) {}

  /** The link {@code id} ({@code source~target~TYPE}), if the snapshot has it. */
  public static Optional<LinkDetail> read(Handle h, String id, EvidenceSnapshot snapshot) {
    return snapshot.link(id).map(l -> {
      LinkRow r = LinkRow.of(l, snapshot);
      return new LinkDetail(r.id(), r.source(), r.sourceName(), r.target(), r.targetName(),
          r.type(), r.claims(), r.documents(), r.speakers(), r.independentOrigins(),
          r.contradictingOrigins(), r.grade(), r.from(), r.to(), r.origins(), r.explanation(),
          byOrigin(h, l, snapshot));
    });
  }

  private static List<OriginClaims> byOrigin(Handle h, Link l, EvidenceSnapshot snapshot) {
    Map<String, Origin> origins = new LinkedHashMap<>();
    Map<String, List<SourcedClaim>> claims = new LinkedHashMap<>();
    for (ClaimRows.Row c : ClaimRows.byIds(h, l.claims())) {
      Origin o = snapshot.origin(c.id());
      String key = o == null ? "unknown" : o.key();
      if (o != null) {
        origins.putIfAbsent(key, o);
      }
      claims.computeIfAbsent(key, k -> new ArrayList<>()).add(new SourcedClaim(c.id(),
          snapshot.name(c.speaker()), c.speakerText(), c.modality(), c.document(),
          c.documentTitle(), c.published(), c.url(), c.text(), c.page()));
    }
    List<OriginClaims> out = new ArrayList<>();
    claims.forEach((key, cs) -> {
      Origin o = origins.get(key);
      out.add(new OriginClaims(o == null ? "unknown origin" : o.name(),
          o == null ? "stored after the analysis was made" : o.why(), cs));
    });
    // supporting origins first, as the link lists them
    out.sort((a, b) -> Integer.compare(rank(l, a), rank(l, b)));
    return out;
  }

  private static int rank(Link l, OriginClaims o) {
    int i = l.origins().indexOf(o.origin());
    return i < 0 ? Integer.MAX_VALUE : i;
  }
}
