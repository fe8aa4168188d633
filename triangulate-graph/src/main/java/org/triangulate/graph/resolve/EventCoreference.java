package org.triangulate.graph.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.triangulate.model.EventType;
import org.triangulate.model.Role;

/**
 * Event coreference across documents: reports of one event become one group.
 *
 * <p>Two events of different documents are one when their types are compatible (equal; ATTACK
 * with any attack type; KILLING with ASSASSINATION), their named victims, targets and detainees
 * do not contradict (both named and disjoint), and:
 *
 * <ul>
 *   <li>their place is the same store entity or within {@value #NEAR_KM} km by gazetteer
 *       coordinates, and their times overlap narrowly (equal, or one within the other where the
 *       wider spans a month or less);
 *   <li>or same or near place, times overlapping only widely (a year, an open "reported by"
 *       range), and a shared participant or death toll;
 *   <li>or same or near place, a time unknown, and a shared victim, target or detainee (or a
 *       shared actor and death toll);
 *   <li>or a place unknown, the same day, and a shared victim, target or detainee (or a shared
 *       actor and death toll).
 * </ul>
 *
 * Two events of one day in different places stay apart. Blocking: events are compared only
 * within blocks of one place entity, one grid cell (four grids of 0.6°, offset by half a cell, so
 * any two places within 25 km share a cell in one of them) or one participant, each block sorted
 * by time and each event compared with the next {@value #WINDOW}: O(n·k) for n events with k
 * blocks each. Thread-safe (stateless).
 */
public final class EventCoreference {
  static final double NEAR_KM = 25;
  static final int WINDOW = 32;
  private static final double CELL = 0.6;
  private static final Set<EventType> ATTACKS = EnumSet.of(EventType.ATTACK,
      EventType.MISSILE_ATTACK, EventType.BOMBING, EventType.ASSASSINATION, EventType.KILLING,
      EventType.ARMED_ASSAULT, EventType.KIDNAPPING);
  private static final Set<Role> SPECIFIC = EnumSet.of(Role.VICTIM, Role.TARGET, Role.DETAINEE);
  private static final Comparator<EventRecord> ORDER =
      Comparator.comparingLong(EventRecord::ordinal).thenComparing(EventRecord::key)
          .thenComparingLong(EventRecord::id);

  /** Groups {@code events}; see the class comment for the rules. */
  public EventResolution resolve(List<EventRecord> events) {
    List<EventRecord> vs = new ArrayList<>(events);
    vs.sort(ORDER);
    List<Optional<TimeInterval>> times = new ArrayList<>(vs.size());
    for (EventRecord v : vs) {
      times.add(v.time() == null ? Optional.empty() : TimeInterval.parse(v.time()));
    }
    Clusters clusters = new Clusters(vs.size());
    for (List<Integer> block : blocks(vs).values()) {
      block.sort(Comparator.comparing(i -> times.get(i).map(TimeInterval::end)
          .orElse(LocalDate.MAX)));
      for (int x = 0; x < block.size(); x++) {
        for (int y = x + 1; y < Math.min(block.size(), x + 1 + WINDOW); y++) {
          int a = Math.min(block.get(x), block.get(y));
          int b = Math.max(block.get(x), block.get(y));
          if (clusters.find(a) != clusters.find(b)) {
            String why = decide(vs.get(a), times.get(a), vs.get(b), times.get(b));
            if (why != null) {
              clusters.union(a, b, "EVENT", () -> why, false);
            }
          }
        }
      }
    }
    Map<Long, String> groups = new HashMap<>(vs.size() * 2);
    Map<Integer, String> byRoot = new HashMap<>();
    for (int i = 0; i < vs.size(); i++) {
      String exportId = vs.get(i).exportId();
      groups.put(vs.get(i).id(), byRoot.computeIfAbsent(clusters.find(i), r -> exportId));
    }
    List<MergeReason> reasons = clusters.unions().stream()
        .map(u -> new MergeReason(vs.get(u.a()).id(), vs.get(u.b()).id(), u.rule(), u.reason()))
        .toList();
    return new EventResolution(groups, reasons);
  }

  private static Map<String, List<Integer>> blocks(List<EventRecord> vs) {
    Map<String, List<Integer>> blocks = new HashMap<>();
    for (int i = 0; i < vs.size(); i++) {
      EventRecord v = vs.get(i);
      Set<String> keys = new HashSet<>();
      if (v.location() != null) {
        keys.add("L:" + v.location());
      }
      if (v.lat() != null && v.lon() != null) {
        for (int g = 0; g < 4; g++) {
          double dLat = (g & 1) * CELL / 2;
          double dLon = (g >> 1) * CELL / 2;
          keys.add("G" + g + ":" + (long) Math.floor((v.lat() + dLat) / CELL) + ","
              + (long) Math.floor((v.lon() + dLon) / CELL));
        }
      }
      v.participants().values().forEach(s -> s.forEach(e -> keys.add("P:" + e)));
      for (String k : keys) {
        blocks.computeIfAbsent(k, x -> new ArrayList<>()).add(i);
      }
    }
    return blocks;
  }

  /** Why {@code a} and {@code b} are one event, or null when they are not. */
  static @Nullable String decide(EventRecord a, Optional<TimeInterval> ta, EventRecord b,
      Optional<TimeInterval> tb) {
    if (a.document().equals(b.document()) || !compatible(a.type(), b.type())
        || contradict(a, b)) {
      return null;
    }
    Place place = place(a, b);
    Time time = time(ta, tb);
    if (place == Place.FAR || time == Time.DISJOINT) {
      return null;
    }
    boolean specific = shares(a, b, SPECIFIC);
    boolean actor = shares(a, b, EnumSet.complementOf(EnumSet.copyOf(SPECIFIC)));
    boolean toll = a.killed() != null && a.killed() > 0 && a.killed().equals(b.killed());
    boolean located = place != Place.UNKNOWN;
    boolean one = located && (time == Time.EXACT || time == Time.NARROW)
        || located && time == Time.WIDE && (specific || actor || toll)
        || (located || time == Time.EXACT) && time != Time.WIDE && (specific || actor && toll);
    if (!one) {
      return null;
    }
    return a.type() + " " + a.exportId() + " (" + a.document() + ") and " + b.type() + " "
        + b.exportId() + " (" + b.document() + "): " + place.words + ", " + time.words
        + (specific ? ", shared victim, target or detainee" : "")
        + (actor ? ", shared actor" : "") + (toll ? ", same death toll " + a.killed() : "");
  }

  static boolean compatible(EventType a, EventType b) {
    if (a == b) {
      return true;
    }
    if (a == EventType.ATTACK || b == EventType.ATTACK) {
      return ATTACKS.contains(a) && ATTACKS.contains(b);
    }
    return EnumSet.of(EventType.KILLING, EventType.ASSASSINATION).containsAll(Set.of(a, b));
  }

  /** Both name victims (or targets, or detainees) and none in common. */
  private static boolean contradict(EventRecord a, EventRecord b) {
    for (Role role : SPECIFIC) {
      Set<String> x = a.participants().getOrDefault(role, Set.of());
      Set<String> y = b.participants().getOrDefault(role, Set.of());
      if (!x.isEmpty() && !y.isEmpty() && Collections.disjoint(x, y)) {
        return true;
      }
    }
    return false;
  }

  private static boolean shares(EventRecord a, EventRecord b, Set<Role> roles) {
    for (Role role : roles) {
      Set<String> x = a.participants().getOrDefault(role, Set.of());
      Set<String> y = b.participants().getOrDefault(role, Set.of());
      if (!Collections.disjoint(x, y)) {
        return true;
      }
    }
    return false;
  }

  private enum Place {
    SAME("same place"), NEAR("places within " + (int) NEAR_KM + " km"), UNKNOWN("a place unknown"),
    FAR("different places");

    final String words;

    Place(String words) {
      this.words = words;
    }
  }

  private enum Time {
    EXACT("same day"), NARROW("overlapping times"), WIDE("widely overlapping times"),
    UNKNOWN("a time unknown"), DISJOINT("different times");

    final String words;

    Time(String words) {
      this.words = words;
    }
  }

  private static Place place(EventRecord a, EventRecord b) {
    if (a.location() != null && a.location().equals(b.location())) {
      return Place.SAME;
    }
    Double latA = a.lat();
    Double lonA = a.lon();
    Double latB = b.lat();
    Double lonB = b.lon();
    if (latA != null && lonA != null && latB != null && lonB != null) {
      return kilometres(latA, lonA, latB, lonB) <= NEAR_KM ? Place.NEAR : Place.FAR;
    }
    return a.location() == null || b.location() == null ? Place.UNKNOWN : Place.FAR;
  }

  private static Time time(Optional<TimeInterval> ta, Optional<TimeInterval> tb) {
    if (ta.isEmpty() || tb.isEmpty()) {
      return Time.UNKNOWN;
    }
    TimeInterval a = ta.get();
    TimeInterval b = tb.get();
    if (a.equals(b)) {
      return a.day() ? Time.EXACT : a.narrow() ? Time.NARROW : Time.WIDE;
    }
    if (a.contains(b)) {
      return a.narrow() ? Time.NARROW : Time.WIDE;
    }
    if (b.contains(a)) {
      return b.narrow() ? Time.NARROW : Time.WIDE;
    }
    return Time.DISJOINT;
  }

  /** Great-circle distance by the haversine formula, Earth radius 6,371 km. */
  static double kilometres(double lat1, double lon1, double lat2, double lon2) {
    double dLat = Math.toRadians(lat2 - lat1);
    double dLon = Math.toRadians(lon2 - lon1);
    double h = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(lat1))
        * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
    return 2 * 6371 * Math.asin(Math.sqrt(h));
  }
}
