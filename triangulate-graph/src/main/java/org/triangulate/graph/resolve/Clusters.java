package org.triangulate.graph.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Union–find over record indexes (path halving, union by size) whose groups carry exclusive
 * tags: a group has at most one value per tag (one knowledge-base id, one gazetteer id, one side
 * of each analyst split), and a union that would give a tag two values is refused. Each union
 * made is recorded with its reason. Near-constant amortised time per operation (Tarjan, "Efficiency
 * of a Good But Not Linear Set Union Algorithm", JACM 22, 1975), plus the tags merged. Not
 * thread-safe.
 */
final class Clusters {
  private final int[] parent;
  private final int[] size;
  private final Map<Integer, Map<String, String>> tags = new HashMap<>();
  private final List<Union> unions = new ArrayList<>();

  /** A union made: the two record indexes and why. */
  record Union(int a, int b, String rule, String reason) {}

  Clusters(int n) {
    parent = new int[n];
    size = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
      size[i] = 1;
    }
  }

  int find(int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  /** How many records the group of {@code i} has. */
  int size(int i) {
    return size[find(i)];
  }

  /** Gives record {@code i}'s group the tag; false when it has another value already. */
  boolean tag(int i, String tag, String value) {
    Map<String, String> t = tags.computeIfAbsent(find(i), k -> new HashMap<>());
    String had = t.putIfAbsent(tag, value);
    return had == null || had.equals(value);
  }

  /** Whether the groups of {@code a} and {@code b} may be joined: no tag with two values. */
  boolean compatible(int a, int b) {
    Map<String, String> ta = tags.get(find(a));
    Map<String, String> tb = tags.get(find(b));
    if (ta == null || tb == null) {
      return true;
    }
    Map<String, String> small = ta.size() <= tb.size() ? ta : tb;
    Map<String, String> large = small == ta ? tb : ta;
    for (Map.Entry<String, String> e : small.entrySet()) {
      String other = large.get(e.getKey());
      if (other != null && !other.equals(e.getValue())) {
        return false;
      }
    }
    return true;
  }

  /**
   * Joins the groups of {@code a} and {@code b} unless they are one already or (unless {@code
   * force}) their tags conflict; records the union when made.
   *
   * @return whether a union was made
   */
  boolean union(int a, int b, String rule, Supplier<String> reason, boolean force) {
    int ra = find(a);
    int rb = find(b);
    if (ra == rb || (!force && !compatible(ra, rb))) {
      return false;
    }
    if (size[ra] < size[rb]) {
      int t = ra;
      ra = rb;
      rb = t;
    }
    parent[rb] = ra;
    size[ra] += size[rb];
    @Nullable Map<String, String> moved = tags.remove(rb);
    if (moved != null) {
      Map<String, String> kept = tags.computeIfAbsent(ra, k -> new HashMap<>());
      moved.forEach(kept::putIfAbsent);
    }
    unions.add(new Union(a, b, rule, reason.get()));
    return true;
  }

  List<Union> unions() {
    return unions;
  }
}
