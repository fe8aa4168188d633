package org.triangulate.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Someone or something taking part in an event.
 *
 * @param entity key of the local entity, or null for unnamed actors ("gunmen", "security
 *     forces")
 * @param role what it does in the event
 * @param text how the document names it
 */
public record Participant(@Nullable String entity, Role role, String text) {
  public Participant {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(text, "text");
  }
}
