package org.triangulate.graph.resolve;

import java.util.List;
import org.triangulate.model.EntityType;

/**
 * The context rule of {@link EntityResolver} for facilities: facilities of one name that share a
 * place. Blocks are keyed by a 64-bit hash of (name key, place key); each record joins the first
 * record of each of its blocks, so the cost is linear in the number of (name, place) keys. (People
 * are {@link ProfileClustering}'s.) Not thread-safe: one per resolution.
 */
final class ContextBlocks {
  private final List<EntityRecord> rs;
  private final List<Names> names;
  private final Clusters clusters;

  ContextBlocks(List<EntityRecord> rs, List<Names> names, Clusters clusters) {
    this.rs = rs;
    this.names = names;
    this.clusters = clusters;
  }

  void run() {
    LongIntMap blocks = new LongIntMap(rs.size() * 4);
    for (int i = 0; i < rs.size(); i++) {
      EntityRecord r = rs.get(i);
      Names n = names.get(i);
      for (int k = 0; k < n.keys().size(); k++) {
        String key = n.keys().get(k);
        if (r.type() == EntityType.FACILITY) {
          for (String c : r.context()) {
            if (c.startsWith("loc:")) {
              join(blocks, "F|" + key + "|" + c, i, c);
            }
          }
        }
      }
    }
  }

  private void join(LongIntMap blocks, String block, int i, String context) {
    int first = blocks.putIfAbsent(LongIntMap.hash(block), i);
    if (first >= 0) {
      clusters.union(first, i, "CONTEXT", () -> "same name " + EntityResolver.quote(rs.get(first))
          + " and " + EntityResolver.quote(rs.get(i)) + ", both with " + context, false);
    }
  }
}
