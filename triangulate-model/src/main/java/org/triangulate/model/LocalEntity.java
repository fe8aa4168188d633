package org.triangulate.model;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An entity as one document knows it: its best name, other names, roles and every mention.
 *
 * @param key id unique within the extraction ({@code e1})
 * @param type what it is
 * @param name canonical name: the knowledge base's, else the longest full name in the text
 * @param aliases other names with the evidence for each
 * @param descriptions roles and descriptions from the text
 * @param mentions every place the document names it
 * @param kb id of the knowledge-base record it matched, or null
 * @param geo coordinates, country and province of a place the gazetteer resolved, or null
 */
public record LocalEntity(
    String key,
    EntityType type,
    String name,
    List<Alias> aliases,
    List<Description> descriptions,
    List<Mention> mentions,
    @Nullable String kb,
    @Nullable Geo geo) {
  public LocalEntity {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(name, "name");
    aliases = List.copyOf(aliases);
    descriptions = List.copyOf(descriptions);
    mentions = List.copyOf(mentions);
    if (mentions.isEmpty()) {
      throw new IllegalArgumentException("an entity needs at least one mention: " + name);
    }
  }

  /** An entity without coordinates. */
  public LocalEntity(String key, EntityType type, String name, List<Alias> aliases,
      List<Description> descriptions, List<Mention> mentions, @Nullable String kb) {
    this(key, type, name, aliases, descriptions, mentions, kb, null);
  }

  /** The same entity with coordinates. */
  public LocalEntity withGeo(@Nullable Geo g) {
    return new LocalEntity(key, type, name, aliases, descriptions, mentions, kb, g);
  }
}
