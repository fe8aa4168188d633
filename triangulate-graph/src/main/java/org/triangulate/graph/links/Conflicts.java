package org.triangulate.graph.links;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Finds conflicting claims; see {@link EvidenceGraph} for what counts as one. */
final class Conflicts {
  private Conflicts() {}

  static List<Conflict> find(List<ClaimFact> claims, List<ReportFact> reports) {
    List<Conflict> out = new ArrayList<>();
    out.addAll(perEvent(claims));
    out.addAll(perSpeaker(claims, out));
    out.addAll(denied(claims));
    out.addAll(Disagreements.find(claims, reports));
    return out;
  }

  /** Claimed by some, attributed by others to someone else. */
  private static List<Conflict> perEvent(List<ClaimFact> claims) {
    Map<String, List<ClaimFact>> byEvent = new LinkedHashMap<>();
    for (ClaimFact c : claims) {
      if (c.objectIsEvent() && !c.denied() && isResponsibility(c)) {
        byEvent.computeIfAbsent(Objects.requireNonNull(c.object()), k -> new ArrayList<>()).add(c);
      }
    }
    List<Conflict> out = new ArrayList<>();
    byEvent.forEach((event, cs) -> conflict(event, cs).ifPresent(out::add));
    return out;
  }

  /**
   * One speaker: "ISIS has claimed recent attacks … but the Haqqani Network was behind them". A
   * speaker telling of two different events, each by its own group, contradicts nothing: the
   * claims must concern one event, or events left unspecified.
   */
  private static List<Conflict> perSpeaker(List<ClaimFact> claims, List<Conflict> known) {
    Map<List<String>, List<ClaimFact>> bySpeaker = new LinkedHashMap<>();
    for (ClaimFact c : claims) {
      if (!c.denied() && isResponsibility(c) && (c.object() == null || c.objectIsEvent())) {
        String speaker = c.speaker() != null ? c.speaker() : String.valueOf(c.speakerText());
        bySpeaker.computeIfAbsent(List.of(c.document(), speaker), k -> new ArrayList<>()).add(c);
      }
    }
    List<Conflict> out = new ArrayList<>();
    for (List<ClaimFact> cs : bySpeaker.values()) {
      Set<String> events = new LinkedHashSet<>();
      cs.forEach(c -> events.add(String.valueOf(c.object())));
      if (events.stream().filter(e -> !e.equals("null")).count() > 1) {
        continue;
      }
      @Nullable String event = events.size() == 1 && !events.contains("null") ? events.iterator().next() : null;
      conflict(event, cs).filter(c -> known.stream().noneMatch(k -> k.claims().containsAll(c.claims())))
          .ifPresent(out::add);
    }
    return out;
  }

  /**
   * Claimed by some, attributed by others to someone else. A speaker who names a claimant among
   * the perpetrators tells of a joint attack (a GTD row coding two groups, one of which claimed
   * it), so its other perpetrators are not set against the claim.
   */
  private static java.util.Optional<Conflict> conflict(@Nullable String event, List<ClaimFact> cs) {
    Set<String> claimed = new LinkedHashSet<>();
    cs.stream().filter(c -> c.predicate().equals("CLAIMED")).forEach(c -> claimed.add(c.subject()));
    Set<List<String>> joint = new LinkedHashSet<>();
    cs.stream().filter(c -> !c.predicate().equals("CLAIMED") && claimed.contains(c.subject()))
        .forEach(c -> joint.add(speaker(c)));
    Set<String> attributed = new LinkedHashSet<>();
    cs.stream().filter(c -> !c.predicate().equals("CLAIMED") && !joint.contains(speaker(c)))
        .forEach(c -> attributed.add(c.subject()));
    attributed.removeAll(claimed);
    if (claimed.isEmpty() || attributed.isEmpty()) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(new Conflict(event, List.copyOf(claimed), List.copyOf(attributed),
        cs.stream().map(ClaimFact::id).toList(), Conflict.CLAIMED_VS_ATTRIBUTED));
  }

  private static List<String> speaker(ClaimFact c) {
    return List.of(c.document(), c.speaker() != null ? c.speaker() : String.valueOf(c.speakerText()));
  }

  /** Asserted by some, denied by others. */
  private static List<Conflict> denied(List<ClaimFact> claims) {
    Map<List<String>, List<ClaimFact>> byStatement = new LinkedHashMap<>();
    for (ClaimFact c : claims) {
      byStatement.computeIfAbsent(List.of(c.subject(), c.predicate(), String.valueOf(c.object())),
          k -> new ArrayList<>()).add(c);
    }
    List<Conflict> out = new ArrayList<>();
    byStatement.forEach((k, cs) -> {
      if (cs.stream().anyMatch(ClaimFact::denied) && cs.stream().anyMatch(c -> !c.denied())) {
        ClaimFact first = cs.getFirst();
        out.add(new Conflict(first.objectIsEvent() ? first.object() : null, List.of(), List.of(first.subject()),
            cs.stream().map(ClaimFact::id).toList(), Conflict.ASSERTED_VS_DENIED));
      }
    });
    return out;
  }

  private static boolean isResponsibility(ClaimFact c) {
    return c.predicate().equals("CLAIMED") || c.predicate().equals("PERPETRATOR_OF");
  }
}
