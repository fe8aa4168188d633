package org.triangulate.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Entities of one document. An exported entity is in the document when one of its mentions is. It
 * aligns with a gold entity of the same kind (PERSON, ORGANIZATION, or place: LOCATION and FACILITY)
 * sharing a name or alias key. Then per aligned pair: {@code type} (exact), {@code aliases} (the
 * names other than the gold name, export names counted only if the document contains them) and
 * {@code descriptions} (equal when one's words contain the other's; export descriptions counted
 * only if their words all occur in the document).
 */
final class EntityScoring {
  private static final String SECTION = "entities";

  private EntityScoring() {}

  static void score(Scope scope) {
    List<GoldEntity> golds = scope.gold().entities();
    List<JsonNode> exports = scope.export().entitiesIn(scope.docId());
    int[] match = Matching.greedy(golds.size(), exports.size(), (g, x) -> {
      GoldEntity gold = golds.get(g);
      JsonNode exp = exports.get(x);
      String type = exp.path("type").asText("");
      Set<String> names = scope.export().names(exp.path("id").asText());
      if (!family(gold.type()).equals(family(type)) || gold.keys().stream().noneMatch(names::contains)) {
        return null;
      }
      boolean primary = NameKeys.key(gold.name()).equals(NameKeys.key(exp.path("name").asText("")));
      return new double[] {gold.optional() ? 0 : 1, gold.type().equals(type) ? 1 : 0, primary ? 1 : 0};
    });
    Tally t = scope.tally();
    for (int g = 0; g < golds.size(); g++) {
      GoldEntity gold = golds.get(g);
      if (gold.optional()) {
        continue;
      }
      if (match[g] < 0) {
        t.fn(SECTION, "detection", gold.type());
        continue;
      }
      JsonNode exp = exports.get(match[g]);
      t.tp(SECTION, "detection", gold.type());
      String type = exp.path("type").asText("");
      t.slot(SECTION, "type", gold.type(), true, true, gold.type().equals(type));
      aliases(scope, gold, exp);
      descriptions(scope, gold, exp);
    }
    boolean[] taken = Matching.taken(match, exports.size());
    for (int x = 0; x < exports.size(); x++) {
      if (!taken[x]) {
        t.fp(SECTION, "detection", exports.get(x).path("type").asText("?"));
      }
    }
  }

  private static void aliases(Scope scope, GoldEntity gold, JsonNode exp) {
    String primary = NameKeys.key(gold.name());
    Set<String> want = new LinkedHashSet<>(gold.keys());
    want.remove(primary);
    Set<String> got = new LinkedHashSet<>();
    for (String k : scope.export().names(exp.path("id").asText())) {
      if (!k.equals(primary) && NameKeys.mentions(scope.textKey(), k)) {
        got.add(k);
      }
    }
    for (String k : got) {
      if (want.contains(k)) {
        scope.tally().tp(SECTION, "aliases", gold.type());
      } else {
        scope.tally().fp(SECTION, "aliases", gold.type());
      }
    }
    want.stream().filter(k -> !got.contains(k)).forEach(k -> scope.tally().fn(SECTION, "aliases", gold.type()));
  }

  private static void descriptions(Scope scope, GoldEntity gold, JsonNode exp) {
    Set<String> docWords = NameKeys.words(scope.textKey());
    List<String> got = new ArrayList<>();
    exp.path("descriptions").forEach(d -> {
      Set<String> w = NameKeys.words(d.asText(""));
      if (!w.isEmpty() && docWords.containsAll(w)) {
        got.add(d.asText());
      }
    });
    List<String> want = gold.descriptions();
    int[] match = Matching.greedy(want.size(), got.size(),
        (g, x) -> describes(want.get(g), got.get(x)) ? new double[] {1} : null);
    for (int m : match) {
      if (m >= 0) {
        scope.tally().tp(SECTION, "descriptions", gold.type());
      } else {
        scope.tally().fn(SECTION, "descriptions", gold.type());
      }
    }
    boolean[] taken = Matching.taken(match, got.size());
    for (boolean b : taken) {
      if (!b) {
        scope.tally().fp(SECTION, "descriptions", gold.type());
      }
    }
  }

  private static boolean describes(String gold, String export) {
    Set<String> g = NameKeys.words(gold);
    Set<String> x = NameKeys.words(export);
    return !g.isEmpty() && !x.isEmpty() && (x.containsAll(g) || g.containsAll(x));
  }

  /** LOCATION and FACILITY are both places: a checkpoint or an air base is read either way. */
  static String family(String type) {
    return switch (type) {
      case "LOCATION", "FACILITY", "GPE" -> "PLACE";
      default -> type;
    };
  }
}
