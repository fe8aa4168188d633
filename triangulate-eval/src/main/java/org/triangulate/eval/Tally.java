package org.triangulate.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Counts true positives, false positives and false negatives per (section, field, type); every
 * count also goes to the type {@value #ALL}. Fields keep the order they were first counted in.
 * Not thread-safe.
 */
final class Tally {
  static final String ALL = "ALL";
  private final Map<String, long[]> counts = new LinkedHashMap<>();
  private final List<String> warnings = new ArrayList<>();

  void tp(String section, String field, String type) {
    add(section, field, type, 0);
  }

  void fp(String section, String field, String type) {
    add(section, field, type, 1);
  }

  void fn(String section, String field, String type) {
    add(section, field, type, 2);
  }

  /**
   * Counts one slot: nothing when neither side has a value, TP when both agree, FP for an export
   * value the gold does not have or contradicts, FN for a gold value the export lacks or gets wrong.
   */
  void slot(String section, String field, String type, boolean gold, boolean export, boolean agree) {
    if (gold && export && agree) {
      tp(section, field, type);
      return;
    }
    if (export) {
      fp(section, field, type);
    }
    if (gold) {
      fn(section, field, type);
    }
  }

  /** A slot holding a plain value: the export's agrees when it is one of the accepted gold values. */
  void value(String section, String field, String type, Set<String> accepted, @org.jspecify.annotations.Nullable String export) {
    slot(section, field, type, !accepted.isEmpty(), export != null, export != null && accepted.contains(export));
  }

  void warn(String warning) {
    warnings.add(warning);
  }

  Report report() {
    List<Report.Row> rows = new ArrayList<>();
    counts.forEach((k, c) -> {
      String[] p = k.split("\u0000", -1);
      rows.add(new Report.Row(p[0], p[1], p[2], c[0], c[1], c[2]));
    });
    return new Report(rows, warnings);
  }

  private void add(String section, String field, String type, int which) {
    counts.computeIfAbsent(section + "\u0000" + field + "\u0000" + ALL, k -> new long[3])[which]++;
    if (!type.equals(ALL)) {
      counts.computeIfAbsent(section + "\u0000" + field + "\u0000" + type, k -> new long[3])[which]++;
    }
  }
}
