package org.triangulate.extract.events;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The incidents assembled so far, by the last sentence each reaches: the only ones a mention can
 * join ({@link Incidents#sameEvent}) are those reaching within a few sentences of it, and
 * headlines. Looking them up here instead of testing every incident keeps a long document's
 * assembly from growing with the square of its mentions. Not thread-safe; one per document.
 */
final class NearIncidents {
  private final List<FoundEvent> incidents = new ArrayList<>();
  private final Map<FoundEvent, Integer> position = new IdentityHashMap<>();
  private final List<Integer> lastSentence = new ArrayList<>();
  private final TreeMap<Integer, TreeSet<Integer>> byLastSentence = new TreeMap<>();
  private final List<Integer> headlines = new ArrayList<>();

  void add(FoundEvent incident) {
    int p = incidents.size();
    incidents.add(incident);
    position.put(incident, p);
    lastSentence.add(last(incident));
    byLastSentence.computeIfAbsent(last(incident), k -> new TreeSet<>()).add(p);
    if (incident.fromTitle()) {
      headlines.add(p);
    }
  }

  /** After {@code incident} took in another mention: its last sentence may have moved. */
  void grew(FoundEvent incident) {
    int p = position.get(incident);
    int was = lastSentence.get(p);
    int now = last(incident);
    if (now != was) {
      TreeSet<Integer> at = byLastSentence.get(was);
      at.remove(p);
      if (at.isEmpty()) {
        byLastSentence.remove(was);
      }
      byLastSentence.computeIfAbsent(now, k -> new TreeSet<>()).add(p);
      lastSentence.set(p, now);
    }
  }

  /**
   * The incidents, in the order they were added, that reach sentence {@code first(mention) -
   * distance} or later, and every headline's: a superset of those {@code mention} can join.
   */
  List<FoundEvent> near(FoundEvent mention, int distance) {
    int from = mention.sentences().stream().mapToInt(Integer::intValue).min().orElse(0) - distance;
    TreeSet<Integer> found = new TreeSet<>(headlines);
    byLastSentence.tailMap(from, true).values().forEach(found::addAll);
    return found.stream().map(incidents::get).toList();
  }

  private static int last(FoundEvent incident) {
    return incident.sentences().stream().mapToInt(Integer::intValue).max().orElse(0);
  }
}
