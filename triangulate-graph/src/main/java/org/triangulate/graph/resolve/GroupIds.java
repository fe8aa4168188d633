package org.triangulate.graph.resolve;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.triangulate.graph.internal.Json;

/**
 * Chooses the store entity id of each resolved group so that ids stay put when resolution runs
 * again. Each id a member had before goes to the group holding its earliest holder (by document
 * ordinal, then key); a group takes, of the ids it so inherits, the one whose earliest holder is
 * earliest; a group that inherits none (the part split off, or all members new) gets {@code ent-}
 * and 12 hex digits of the SHA-256 of its earliest member's document and key. So a group that only
 * grows keeps its id, two merged groups keep the older one, and a split leaves the original id with
 * the part holding its earliest member. Linear in the members. Stateless.
 */
final class GroupIds {
  private GroupIds() {}

  /** Ids by row id; {@code records} in (ordinal, key) order, indexes as in {@code clusters}. */
  static Map<Long, String> assign(List<EntityRecord> records, Clusters clusters) {
    Map<String, Integer> heir = new HashMap<>();
    for (int i = 0; i < records.size(); i++) {
      String previous = records.get(i).previous();
      if (previous != null) {
        heir.putIfAbsent(previous, clusters.find(i));
      }
    }
    Map<Integer, String> byRoot = new HashMap<>();
    for (int i = 0; i < records.size(); i++) {
      int root = clusters.find(i);
      String previous = records.get(i).previous();
      if (previous != null && !byRoot.containsKey(root) && heir.get(previous) == root) {
        byRoot.put(root, previous);
      }
    }
    Map<Long, String> ids = new HashMap<>(records.size() * 2);
    for (int i = 0; i < records.size(); i++) {
      EntityRecord r = records.get(i);
      String id = byRoot.computeIfAbsent(clusters.find(i), root -> fresh(r));
      ids.put(r.id(), id);
    }
    return ids;
  }

  /** The id of a group first seen as {@code earliest}. */
  static String fresh(EntityRecord earliest) {
    return "ent-" + Json.sha256Hex(earliest.document() + "\u0000" + earliest.key()).substring(0, 12);
  }
}
