package org.triangulate.extract.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.triangulate.model.Span;

/**
 * Spans numbered in the order they were added, looked up by overlap. A map from start offset to
 * the spans starting there, and the length of the longest span, bound a lookup to the spans
 * starting within that length before the query: O(log n + k) for k spans in that window, which
 * for names (a few words each) is a handful whatever the length of the document.
 *
 * <p>Not thread-safe.
 */
final class SpanIndex {
  private final List<Span> spans = new ArrayList<>();
  private final TreeMap<Integer, List<Integer>> byStart = new TreeMap<>();
  private int longest;
  private long probes;

  /** Adds {@code span} under the next number (0, 1, …) and returns that number. */
  int add(Span span) {
    int id = spans.size();
    spans.add(span);
    byStart.computeIfAbsent(span.start(), s -> new ArrayList<>(1)).add(id);
    longest = Math.max(longest, span.length());
    return id;
  }

  /**
   * The lowest number of a span that overlaps {@code query} and, when {@code sameEnd}, ends where
   * it ends; -1 when there is none.
   */
  int first(Span query, boolean sameEnd) {
    int found = -1;
    for (List<Integer> ids : byStart.subMap(query.start() - longest, true, query.end(), false).values()) {
      for (int id : ids) {
        probes++;
        Span s = spans.get(id);
        if (s.overlaps(query) && (!sameEnd || s.end() == query.end()) && (found < 0 || id < found)) {
          found = id;
        }
      }
    }
    return found;
  }

  /** How many stored spans lookups have compared with their query so far. */
  long probes() {
    return probes;
  }
}
