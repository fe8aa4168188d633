package org.triangulate.ingest.coded;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.triangulate.ingest.coded.CodedEvent.Side;

/**
 * The GTD's up to three perpetrator groups and three targets of one row (GTD Codebook, START:
 * {@code gname}, {@code gname2}, {@code gname3} with their {@code gsubname…}, {@code
 * guncertain1–3} and {@code claimed}, {@code claim2}, {@code claim3} with {@code claimmode…_txt};
 * {@code target1–3} with {@code targtype…_txt}, {@code corp1–3} and {@code natlty…_txt}). A value
 * the GTD writes as {@code Unknown}, {@code .} or blank is absent; a group or target named twice
 * is one. Stateless.
 */
final class GtdSides {
  private GtdSides() {}

  /** The perpetrator groups, first coded first. */
  static List<Side> groups(CodedRows.Values v) {
    List<Side> out = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (int k = 1; k <= 3; k++) {
      String n = k == 1 ? "" : Integer.toString(k);
      String name = v.coded("gname" + n);
      if (name != null && seen.add(name)) {
        boolean claimed = v.yes(k == 1 ? "claimed" : "claim" + k);
        out.add(new Side(name, v.coded("gsubname" + n), v.yes("guncertain" + k), claimed,
            claimed ? v.coded("claimmode" + n + "_txt") : null));
      }
    }
    return List.copyOf(out);
  }

  /**
   * The targets, first coded first: each named by its description ({@code target1}), else the
   * entity targeted ({@code corp1}), else its kind ({@code targtype1_txt}); the others are its
   * detail.
   */
  static List<Side> targets(CodedRows.Values v) {
    List<Side> out = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (int k = 1; k <= 3; k++) {
      List<String> parts = new ArrayList<>();
      for (String column : List.of("target" + k, "corp" + k, "targtype" + k + "_txt",
          "natlty" + k + "_txt")) {
        String value = v.coded(column);
        if (value != null && !parts.contains(value)) {
          parts.add(value);
        }
      }
      // a nationality alone names no target
      boolean named = v.coded("target" + k) != null || v.coded("corp" + k) != null
          || v.coded("targtype" + k + "_txt") != null;
      if (named && seen.add(parts.getFirst())) {
        out.add(new Side(parts.getFirst(), detail(parts), false, false, null));
      }
    }
    return List.copyOf(out);
  }

  private static @Nullable String detail(List<String> parts) {
    return parts.size() == 1 ? null : String.join("; ", parts.subList(1, parts.size()));
  }
}
