package org.triangulate.eval;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Who took part in an event, and how.
 *
 * @param role AGENT, PERPETRATOR, TARGET, VICTIM, DETAINEE or CLAIMANT
 * @param name the name or alias of a gold entity, or null for an unnamed actor
 * @param text how the document names an unnamed actor ("gunmen"), or null
 * @param optional neither rewarded nor penalised
 */
public record GoldParticipant(String role, @Nullable String name, @Nullable String text, boolean optional) {
  public GoldParticipant {
    Objects.requireNonNull(role, "role");
    if (name == null && text == null) {
      throw new IllegalArgumentException("a participant needs a name or a text: role=" + role);
    }
  }
}
