package org.triangulate.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Events of one document. An exported event is in the document when its evidence is; it aligns
 * with a gold event when its evidence overlaps one of the gold anchors, the same type and then the
 * closer overlap preferred. Detection is counted per type (gold type for hits and misses, export
 * type for false alarms); then per aligned pair: type, time value / precision / basis, place,
 * killed, injured and each participant role.
 */
final class EventScoring {
  private static final String SECTION = "events";
  private static final List<String> ROLES =
      List.of("AGENT", "PERPETRATOR", "TARGET", "VICTIM", "DETAINEE", "CLAIMANT");

  private EventScoring() {}

  /** Scores the events and returns the alignment: gold event id → exported event id. */
  static Map<String, String> score(Scope scope) {
    List<GoldEvent> golds = scope.gold().events();
    List<JsonNode> exports = scope.export().eventsIn(scope.docId());
    int[] match = Matching.greedy(golds.size(), exports.size(), (g, x) -> {
      double overlap = scope.anchors().overlap(golds.get(g).anchors(),
          ExportView.spans(exports.get(x), "evidence", scope.docId()));
      if (overlap <= 0) {
        return null;
      }
      boolean sameType = golds.get(g).type().equals(exports.get(x).path("type").asText());
      return new double[] {sameType ? 1 : 0, golds.get(g).optional() ? 0 : 1, overlap};
    });
    Map<String, String> aligned = new HashMap<>();
    Tally t = scope.tally();
    for (int g = 0; g < golds.size(); g++) {
      GoldEvent gold = golds.get(g);
      if (match[g] >= 0) {
        aligned.put(gold.id(), exports.get(match[g]).path("id").asText());
      }
      if (gold.optional()) {
        continue;
      }
      if (match[g] < 0) {
        t.fn(SECTION, "detection", gold.type());
        continue;
      }
      t.tp(SECTION, "detection", gold.type());
      fields(scope, gold, exports.get(match[g]));
    }
    boolean[] taken = Matching.taken(match, exports.size());
    for (int x = 0; x < exports.size(); x++) {
      if (!taken[x]) {
        t.fp(SECTION, "detection", exports.get(x).path("type").asText("?"));
      }
    }
    return aligned;
  }

  private static void fields(Scope scope, GoldEvent gold, JsonNode exp) {
    Tally t = scope.tally();
    String type = gold.type();
    t.value(SECTION, "type", type, Set.of(type), ExportView.text(exp, "type"));
    JsonNode time = exp.path("time");
    String precision = ExportView.text(time, "precision");
    boolean known = precision != null && !precision.equals("UNKNOWN");
    GoldTime gt = gold.time();
    t.value(SECTION, "time.value", type, gt == null ? Set.of() : Set.of(gt.value()),
        known ? ExportView.text(time, "value") : null);
    t.value(SECTION, "time.precision", type, gt == null ? Set.of() : Set.of(gt.precision()),
        known ? precision : null);
    t.value(SECTION, "time.basis", type, gt == null ? Set.of() : Set.of(gt.basis()),
        known ? ExportView.text(time, "basis") : null);
    String location = ExportView.text(exp, "location");
    t.slot(SECTION, "place", type, !gold.places().isEmpty(), location != null,
        gold.places().stream().anyMatch(p -> scope.sameEntity(p, location)));
    t.value(SECTION, "killed", type, counts(gold.killed()), count(exp, "killed"));
    t.value(SECTION, "injured", type, counts(gold.injured()), count(exp, "injured"));
    for (String role : ROLES) {
      participants(scope, gold, exp, role);
    }
  }

  private static void participants(Scope scope, GoldEvent gold, JsonNode exp, String role) {
    List<GoldParticipant> want = gold.participants().stream().filter(p -> p.role().equals(role)).toList();
    List<JsonNode> got = new ArrayList<>();
    exp.path("participants").forEach(p -> {
      if (role.equals(p.path("role").asText())) {
        got.add(p);
      }
    });
    int[] match = Matching.greedy(want.size(), got.size(), (g, x) -> {
      GoldParticipant p = want.get(g);
      return same(scope, p, got.get(x)) ? new double[] {p.optional() ? 0 : 1, p.name() != null ? 1 : 0} : null;
    });
    String field = "participant." + role;
    for (int g = 0; g < want.size(); g++) {
      if (want.get(g).optional()) {
        continue;
      }
      if (match[g] >= 0) {
        scope.tally().tp(SECTION, field, gold.type());
      } else {
        scope.tally().fn(SECTION, field, gold.type());
      }
    }
    boolean[] taken = Matching.taken(match, got.size());
    for (boolean b : taken) {
      if (!b) {
        scope.tally().fp(SECTION, field, gold.type());
      }
    }
  }

  /**
   * A named gold participant is the exported one whose entity shares a name key with it, or whose
   * text contains one of its names; an unnamed one ("gunmen") is the exported one whose text
   * contains it, is contained in it, or shares a content word with it.
   */
  private static boolean same(Scope scope, GoldParticipant p, JsonNode exp) {
    String entity = ExportView.text(exp, "entity");
    String text = exp.path("text").asText("");
    if (p.name() != null) {
      String textKey = NameKeys.key(text);
      return scope.sameEntity(p.name(), entity)
          || scope.goldKeys(p.name()).stream().anyMatch(k -> NameKeys.mentions(textKey, k));
    }
    String name = scope.export().names(entity).stream().findFirst().orElse("");
    return NameKeys.sameActor(p.text(), text) || NameKeys.sameActor(p.text(), name);
  }

  private static Set<String> counts(List<Integer> counts) {
    return counts.stream().map(String::valueOf).collect(Collectors.toCollection(LinkedHashSet::new));
  }

  private static @Nullable String count(JsonNode exp, String field) {
    JsonNode v = exp.get(field);
    return v == null || v.isNull() ? null : Integer.toString(v.asInt());
  }
}
