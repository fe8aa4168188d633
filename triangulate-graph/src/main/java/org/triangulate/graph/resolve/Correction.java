package org.triangulate.graph.resolve;

import java.util.Objects;
import java.util.Set;

/** An analyst's correction that every resolution applies; members are local entity row ids. */
public sealed interface Correction permits Correction.Merge, Correction.Split {
  /** Its id; later corrections have larger ids. */
  long id();

  /** Who made it and why, for reasons. */
  String why();

  /**
   * The store entities holding {@code a} and {@code b} are one.
   *
   * @param id correction id
   * @param a a member of the first entity when it was merged
   * @param b a member of the second
   * @param why who and why, as shown
   */
  record Merge(long id, long a, long b, String why) implements Correction {
    public Merge {
      Objects.requireNonNull(why, "why");
    }
  }

  /**
   * {@code in} is one entity, apart from every member of {@code out}.
   *
   * @param id correction id
   * @param in the local entities split off, kept together
   * @param out the rest of the entity when it was split
   * @param why who and why, as shown
   */
  record Split(long id, Set<Long> in, Set<Long> out, String why) implements Correction {
    public Split {
      in = Set.copyOf(in);
      out = Set.copyOf(out);
      Objects.requireNonNull(why, "why");
      if (in.isEmpty()) {
        throw new IllegalArgumentException("a split needs members to split off: id=" + id);
      }
    }
  }
}
