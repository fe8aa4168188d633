package org.triangulate.graph.store;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.triangulate.model.EntityType;

/**
 * One store entity: document-local entities grouped by knowledge-base id, else by type and
 * case-folded name. Its id is the one the JSON export uses.
 *
 * @param id {@code ent-} and 12 hex digits
 * @param type what it is
 * @param name its most common name
 * @param aliases its other names, each once
 * @param documents how many documents mention it
 * @param mentions how many mentions it has in all
 * @param kb knowledge-base id, or null
 */
public record EntitySummary(
    String id,
    EntityType type,
    String name,
    List<String> aliases,
    int documents,
    int mentions,
    @Nullable String kb) {
  public EntitySummary {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(name, "name");
    aliases = List.copyOf(aliases);
  }
}
