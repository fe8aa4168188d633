package org.triangulate.graph.resolve;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.triangulate.model.EntityType;

/**
 * One document-local entity as resolution sees it.
 *
 * @param id its row id in the store (any unique number elsewhere)
 * @param document the document it is in
 * @param ordinal the order its document was stored in; earlier documents give group ids
 * @param published its document's publication date, or null when unknown
 * @param key its key in the document's extraction ({@code e1})
 * @param type what it is
 * @param name its name in the document
 * @param aliases its other names there
 * @param descriptions its roles and descriptions there
 * @param kb knowledge-base id, or null
 * @param gazetteerId gazetteer id of a place, or null
 * @param context context keys from its document ({@link Contexts}): co-mentioned organisations,
 *     people and places, affiliations and descriptions
 * @param previous the store entity id it had before this resolution, or null
 */
public record EntityRecord(
    long id,
    String document,
    long ordinal,
    @Nullable LocalDate published,
    String key,
    EntityType type,
    String name,
    List<String> aliases,
    List<String> descriptions,
    @Nullable String kb,
    @Nullable String gazetteerId,
    List<String> context,
    @Nullable String previous) {
  public EntityRecord {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(name, "name");
    aliases = List.copyOf(aliases);
    descriptions = List.copyOf(descriptions);
    context = List.copyOf(context);
  }
}
