package org.triangulate.graph.links;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Claims that cannot all be true: responsibility claimed by some and attributed by others to
 * someone else, or one statement asserted by some and denied by others.
 *
 * @param event the event concerned, or null when the claims concern unspecified events
 * @param claimed who claimed responsibility (entity ids)
 * @param attributed who others say did it (entity ids)
 * @param claims the claims on each side
 * @param kind "claimed-vs-attributed" or "asserted-vs-denied"
 */
public record Conflict(@Nullable String event, List<String> claimed, List<String> attributed,
    List<String> claims, String kind) {
  public Conflict {
    claimed = List.copyOf(claimed);
    attributed = List.copyOf(attributed);
    claims = List.copyOf(claims);
  }
}
