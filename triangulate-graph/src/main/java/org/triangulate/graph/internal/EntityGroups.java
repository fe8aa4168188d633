package org.triangulate.graph.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.triangulate.model.EntityType;
import org.triangulate.model.Geo;
import org.triangulate.model.LocalEntity;

/**
 * How document-local entities group into the store's entities until resolution does better:
 * the same knowledge-base id is one entity; without one, the same type and case-folded name is.
 * A group's id is {@code ent-} and 12 hex digits of the SHA-256 of its key, so it is stable
 * across runs and stores. Thread-safe (stateless).
 */
public final class EntityGroups {
  private EntityGroups() {}

  /** The group key of an entity: {@code kb:<id>} or {@code name:<TYPE>:<folded name>}. */
  public static String key(LocalEntity entity) {
    return key(entity.type(), entity.name(), entity.kb());
  }

  public static String key(EntityType type, String name, @Nullable String kb) {
    return kb != null ? "kb:" + kb : "name:" + type.name() + ":" + fold(name);
  }

  /** The stable export id of the group with {@code key}. */
  public static String id(String key) {
    return "ent-" + Json.sha256Hex(key).substring(0, 12);
  }

  /** Case-folded with {@link Locale#ROOT}, whitespace runs collapsed to one space. */
  public static String fold(String name) {
    return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  /**
   * The group's name: the one most of its local entities use, then the longest, then the first
   * stored.
   */
  public static String name(List<String> names) {
    return mostCommon(names, Comparator.comparingInt(String::length));
  }

  /** The group's type: the one most of its local entities have, then the first stored. */
  public static EntityType type(List<EntityType> types) {
    return mostCommon(types, (a, b) -> 0);
  }

  /**
   * The group's coordinates: those most of its located members have, then the first stored;
   * null when none has any.
   */
  public static @Nullable Geo geo(List<Geo> geos) {
    return geos.isEmpty() ? null : mostCommon(geos, (a, b) -> 0);
  }

  /**
   * The names other than {@code name}, each once (case-insensitively, first spelling kept), in
   * the order given.
   */
  public static List<String> aliases(String name, List<String> candidates) {
    Set<String> seen = new TreeSet<>();
    seen.add(fold(name));
    List<String> out = new ArrayList<>();
    for (String candidate : candidates) {
      if (seen.add(fold(candidate))) {
        out.add(candidate);
      }
    }
    return List.copyOf(out);
  }

  private static <T> T mostCommon(List<T> values, Comparator<T> tieBreak) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException("a group has at least one member");
    }
    Map<T, Long> counts = values.stream().collect(
        Collectors.groupingBy(Function.identity(), LinkedHashMap::new, Collectors.counting()));
    T best = values.get(0);
    for (Map.Entry<T, Long> e : counts.entrySet()) {
      long bestCount = counts.get(best);
      if (e.getValue() > bestCount
          || (e.getValue() == bestCount && tieBreak.compare(e.getKey(), best) > 0)) {
        best = e.getKey();
      }
    }
    return best;
  }
}
