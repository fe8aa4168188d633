package org.triangulate.graph.internal;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.triangulate.model.EntityType;
import org.triangulate.model.Geo;

/**
 * One store entity: the document-local entities that share a group id (see {@link
 * EntityGroups}), summed up.
 *
 * @param id {@code ent-…}
 * @param type the most common type of its members
 * @param name the most common name of its members
 * @param aliases the other names of its members and their aliases, each once
 * @param descriptions distinct description texts
 * @param documents how many documents mention it
 * @param mentions how many mentions it has
 * @param kb knowledge-base id, or null
 * @param geo the coordinates most of its located members have, or null when none has any
 */
public record EntityGroup(
    String id,
    EntityType type,
    String name,
    List<String> aliases,
    List<String> descriptions,
    int documents,
    int mentions,
    @Nullable String kb,
    @Nullable Geo geo) {
  public EntityGroup {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(name, "name");
    aliases = List.copyOf(aliases);
    descriptions = List.copyOf(descriptions);
  }
}
