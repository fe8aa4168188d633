package org.triangulate.cli;

import java.util.HashMap;
import java.util.Map;
import org.triangulate.graph.store.EntitySummary;
import org.triangulate.graph.store.Store;

/** Entity ids to names, for printing; event ids print as themselves. */
final class Names {
  private final Map<String, String> names = new HashMap<>();

  Names(Store store) {
    for (EntitySummary e : store.entities(null, null)) {
      names.put(e.id(), e.name());
    }
  }

  String of(String id) {
    return names.getOrDefault(id, id);
  }

  /** The id of the entity whose id, name or alias is {@code query}, case-insensitively. */
  String resolve(Store store, String query) {
    if (names.containsKey(query)) {
      return query;
    }
    return store.entities(null, query).stream()
        .filter(e -> e.name().equalsIgnoreCase(query) || e.aliases().stream().anyMatch(a -> a.equalsIgnoreCase(query)))
        .findFirst().or(() -> store.entities(null, query).stream().findFirst())
        .map(EntitySummary::id)
        .orElseThrow(() -> new IllegalArgumentException("no entity named or with id " + query));
  }
}
