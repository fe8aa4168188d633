package org.triangulate.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Claims of one document. An exported claim is in the document when its evidence is; it aligns with
 * a gold claim whose anchor its evidence overlaps, preferring the same predicate, then the same
 * subject, object and modality, then the closer overlap. Detection is counted per modality; then per
 * aligned pair: speaker, via, modality, predicate, subject, object and section.
 */
final class ClaimScoring {
  private static final String SECTION = "claims";

  private ClaimScoring() {}

  /** @param events the event alignment, gold event id → exported event id */
  static void score(Scope scope, Map<String, String> events) {
    List<GoldClaim> golds = scope.gold().claims();
    List<JsonNode> exports = scope.export().claimsIn(scope.docId());
    int[] match = Matching.greedy(golds.size(), exports.size(), (g, x) -> {
      GoldClaim gold = golds.get(g);
      JsonNode exp = exports.get(x);
      double overlap = scope.anchors().overlap(gold.anchors(),
          ExportView.spans(exp, "evidence", scope.docId()));
      if (overlap <= 0) {
        return null;
      }
      return new double[] {
        gold.predicate().equals(exp.path("predicate").asText()) ? 1 : 0,
        ref(scope, events, gold.subject(), ExportView.text(exp, "subject")) ? 1 : 0,
        ref(scope, events, gold.object(), ExportView.text(exp, "object")) ? 1 : 0,
        gold.modality().equals(exp.path("modality").asText()) ? 1 : 0,
        gold.optional() ? 0 : 1,
        overlap
      };
    });
    Tally t = scope.tally();
    for (int g = 0; g < golds.size(); g++) {
      GoldClaim gold = golds.get(g);
      if (gold.optional()) {
        continue;
      }
      if (match[g] < 0) {
        t.fn(SECTION, "detection", gold.modality());
        continue;
      }
      t.tp(SECTION, "detection", gold.modality());
      fields(scope, events, gold, exports.get(match[g]));
    }
    boolean[] taken = Matching.taken(match, exports.size());
    for (int x = 0; x < exports.size(); x++) {
      if (!taken[x]) {
        t.fp(SECTION, "detection", exports.get(x).path("modality").asText("?"));
      }
    }
  }

  private static void fields(Scope scope, Map<String, String> events, GoldClaim gold, JsonNode exp) {
    Tally t = scope.tally();
    String type = gold.modality();
    String speaker = ExportView.text(exp, "speaker");
    String speakerText = ExportView.text(exp, "speakerText");
    t.slot(SECTION, "speaker", type, true, speaker != null || speakerText != null,
        speaks(scope, gold, speaker, speakerText));
    via(scope, gold, exp);
    t.value(SECTION, "modality", type, Set.of(gold.modality()), ExportView.text(exp, "modality"));
    t.value(SECTION, "predicate", type, Set.of(gold.predicate()), ExportView.text(exp, "predicate"));
    String subject = ExportView.text(exp, "subject");
    t.slot(SECTION, "subject", type, true, subject != null, ref(scope, events, gold.subject(), subject));
    String object = ExportView.text(exp, "object");
    t.slot(SECTION, "object", type, gold.object() != null, object != null,
        ref(scope, events, gold.object(), object));
    t.value(SECTION, "section", type, Set.of(gold.section()), ExportView.text(exp, "section"));
  }

  /**
   * The speaker agrees when the exported speaker entity is one of the accepted gold speakers, or
   * when the exported speaker (entity name or speakerText) and the gold speakerText name the same
   * actor ("the article" and "article", "police" and "police officials").
   */
  private static boolean speaks(Scope scope, GoldClaim gold, @Nullable String speaker,
      @Nullable String speakerText) {
    if (gold.speakers().stream().anyMatch(s -> scope.sameEntity(s, speaker))) {
      return true;
    }
    List<String> said = new ArrayList<>(scope.export().names(speaker));
    if (speakerText != null) {
      said.add(speakerText);
    }
    for (String s : said) {
      if (gold.speakerText() != null && NameKeys.sameActor(gold.speakerText(), s)) {
        return true;
      }
      if (gold.speakers().stream().anyMatch(g -> scope.goldKeys(g).contains(NameKeys.key(s)))) {
        return true;
      }
    }
    return false;
  }

  private static void via(Scope scope, GoldClaim gold, JsonNode exp) {
    List<String> got = new ArrayList<>();
    exp.path("via").forEach(v -> got.add(v.asText()));
    List<String> want = gold.via();
    int[] match = Matching.greedy(want.size(), got.size(),
        (g, x) -> scope.sameEntity(want.get(g), got.get(x)) ? new double[] {1} : null);
    for (int m : match) {
      if (m >= 0) {
        scope.tally().tp(SECTION, "via", gold.modality());
      } else {
        scope.tally().fn(SECTION, "via", gold.modality());
      }
    }
    for (boolean b : Matching.taken(match, got.size())) {
      if (!b) {
        scope.tally().fp(SECTION, "via", gold.modality());
      }
    }
  }

  /** Whether an exported subject or object id is what the gold reference names. */
  private static boolean ref(Scope scope, Map<String, String> events, @Nullable String gold,
      @Nullable String export) {
    if (gold == null || export == null) {
      return gold == null && export == null;
    }
    if (gold.startsWith("#")) {
      return export.equals(events.get(gold.substring(1)));
    }
    return !scope.export().isEvent(export) && scope.sameEntity(gold, export);
  }
}
