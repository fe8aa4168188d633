package org.triangulate.graph.resolve;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.triangulate.model.EntityType;

/**
 * The context rules of {@link EntityResolver}: people of one common name (or one initials key)
 * who share a linking context distinctive enough for that name (fewer than one namesake expected
 * to share it by chance: carriers of the name times the share of people with the context), and facilities of one name that share a place. Blocks are keyed
 * by a 64-bit hash of (name key, context key); each record joins the first record of each of its
 * blocks, so the cost is linear in the number of (name, context) keys. Not thread-safe: one per
 * resolution.
 */
final class ContextBlocks {
  private final List<EntityRecord> rs;
  private final List<Names> names;
  private final Clusters clusters;
  private final NameStatistics statistics;

  ContextBlocks(List<EntityRecord> rs, List<Names> names, Clusters clusters,
      NameStatistics statistics) {
    this.rs = rs;
    this.names = names;
    this.clusters = clusters;
    this.statistics = statistics;
  }

  void run() {
    LongIntMap blocks = new LongIntMap(rs.size() * 4);
    for (int i = 0; i < rs.size(); i++) {
      EntityRecord r = rs.get(i);
      Names n = names.get(i);
      for (int k = 0; k < n.keys().size(); k++) {
        String key = n.keys().get(k);
        if (r.type() == EntityType.PERSON && n.common().get(k)) {
          double carriers = n.carriers().get(k);
          for (String c : r.context()) {
            if (Contexts.links(c) && Names.distinctive(carriers, statistics.contextShare(c))) {
              join(blocks, "C|" + key + "|" + c, i, c);
            }
          }
        } else if (r.type() == EntityType.FACILITY) {
          for (String c : r.context()) {
            if (c.startsWith("loc:")) {
              join(blocks, "F|" + key + "|" + c, i, c);
            }
          }
        }
      }
    }
    initials();
  }

  private void join(LongIntMap blocks, String block, int i, String context) {
    int first = blocks.putIfAbsent(LongIntMap.hash(block), i);
    if (first >= 0) {
      clusters.union(first, i, "CONTEXT", () -> "same name " + EntityResolver.quote(rs.get(first))
          + " and " + EntityResolver.quote(rs.get(i)) + ", both with " + context, false);
    }
  }

  /**
   * "M. Khan" with a linking context joins the one full name of the same initials key and
   * context; when the block holds two full names ("Mohammad Khan", "Mahmood Khan"), it joins
   * only the other initials-only records.
   */
  private void initials() {
    Set<Long> withInitialOnly = new HashSet<>();
    forEachBlock((i, h) -> {
      if (names.get(i).initialOnly()) {
        withInitialOnly.add(h);
      }
    });
    if (withInitialOnly.isEmpty()) {
      return;
    }
    Map<Long, String> fullKey = new HashMap<>();
    Set<Long> ambiguous = new HashSet<>();
    forEachBlock((i, h) -> {
      String full = names.get(i).fullKey();
      if (!full.isEmpty() && withInitialOnly.contains(h)) {
        String had = fullKey.putIfAbsent(h, full);
        if (had != null && !had.equals(full)) {
          ambiguous.add(h);
        }
      }
    });
    LongIntMap first = new LongIntMap(withInitialOnly.size());
    forEachBlock((i, h) -> {
      if (!withInitialOnly.contains(h) || (ambiguous.contains(h) && !names.get(i).initialOnly())) {
        return;
      }
      int f = first.putIfAbsent(h, i);
      if (f >= 0) {
        clusters.union(f, i, "INITIALS", () -> "same initials " + names.get(i).initials() + ": "
            + EntityResolver.quote(rs.get(f)) + " and " + EntityResolver.quote(rs.get(i))
            + ", sharing context", false);
      }
    });
  }

  private interface BlockVisitor {
    void visit(int record, long block);
  }

  /** Visits every (person, initials-and-context block) pair, in record order. */
  private void forEachBlock(BlockVisitor visitor) {
    for (int i = 0; i < rs.size(); i++) {
      Names n = names.get(i);
      if (rs.get(i).type() != EntityType.PERSON || n.initials().isEmpty()) {
        continue;
      }
      for (String c : rs.get(i).context()) {
        if (Contexts.links(c)
            && Names.distinctive(n.initialsCarriers(), statistics.contextShare(c))) {
          visitor.visit(i, LongIntMap.hash("I|" + n.initials() + "|" + c));
        }
      }
    }
  }
}
