package org.triangulate.graph.resolve;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.triangulate.model.EventType;
import org.triangulate.model.Role;

/**
 * One reported event as event coreference sees it, its references already resolved to store
 * entities.
 *
 * @param id its row id in the store (any unique number elsewhere)
 * @param document the document reporting it
 * @param ordinal the order its document was stored in
 * @param key its key in the extraction ({@code v1})
 * @param exportId its own export id ({@code evt-…}), which names its group when it is earliest
 * @param type what kind of event
 * @param time its ISO-8601 time value ({@code 2021-02-11}, {@code 2020-05}, {@code
 *     ../2021-02-21}), or null when unknown
 * @param location the store entity id of its place, or null
 * @param lat latitude of its place from the gazetteer, or null
 * @param lon longitude of its place, or null
 * @param participants store entity ids of its named participants, by role
 * @param killed the number killed the report gives, or null
 */
public record EventRecord(
    long id,
    String document,
    long ordinal,
    String key,
    String exportId,
    EventType type,
    @Nullable String time,
    @Nullable String location,
    @Nullable Double lat,
    @Nullable Double lon,
    Map<Role, Set<String>> participants,
    @Nullable Integer killed) {
  public EventRecord {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(exportId, "exportId");
    Objects.requireNonNull(type, "type");
    participants = Map.copyOf(participants);
    participants.values().forEach(Objects::requireNonNull);
    if ((lat == null) != (lon == null)) {
      throw new IllegalArgumentException("lat and lon must both be given or both null: " + key);
    }
  }
}
