package org.triangulate.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One-to-one alignment of gold items with export items: every compatible pair is ranked by a score
 * vector compared lexicographically (higher first), then pairs are taken greedily, best first. The
 * greedy choice is O(g·x·log(g·x)) and not always optimal, but with scores that put type and
 * position first it matches what a reader would pair, and it is deterministic: ties go to the
 * earlier gold item, then the earlier export item.
 */
final class Matching {
  private Matching() {}

  /** Scores a pair; null when the pair is not compatible. */
  @FunctionalInterface
  interface Score {
    double @org.jspecify.annotations.Nullable [] of(int gold, int export);
  }

  /** For each gold index, the export index it is aligned with, or -1. */
  static int[] greedy(int golds, int exports, Score score) {
    record Pair(int gold, int export, double[] score) {}
    List<Pair> pairs = new ArrayList<>();
    for (int g = 0; g < golds; g++) {
      for (int x = 0; x < exports; x++) {
        double[] s = score.of(g, x);
        if (s != null) {
          pairs.add(new Pair(g, x, s));
        }
      }
    }
    pairs.sort((a, b) -> {
      int c = Arrays.compare(b.score(), a.score());
      return c != 0 ? c : a.gold() != b.gold() ? Integer.compare(a.gold(), b.gold())
          : Integer.compare(a.export(), b.export());
    });
    int[] toExport = new int[golds];
    Arrays.fill(toExport, -1);
    boolean[] taken = new boolean[exports];
    for (Pair p : pairs) {
      if (toExport[p.gold()] < 0 && !taken[p.export()]) {
        toExport[p.gold()] = p.export();
        taken[p.export()] = true;
      }
    }
    return toExport;
  }

  /** Whether an export index is aligned with some gold item. */
  static boolean[] taken(int[] toExport, int exports) {
    boolean[] taken = new boolean[exports];
    for (int x : toExport) {
      if (x >= 0) {
        taken[x] = true;
      }
    }
    return taken;
  }
}
