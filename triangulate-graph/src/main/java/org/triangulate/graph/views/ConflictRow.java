package org.triangulate.graph.views;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jspecify.annotations.Nullable;
import org.triangulate.graph.links.Conflict;

/**
 * A conflict as the API lists it: the event, who claimed it and to whom others attribute it
 * (with names), what a coded row names, the counts that differ, and the claims on each side with
 * their passages.
 *
 * @param event the event concerned, or null when the claims concern unspecified events
 * @param eventType its type, or null
 * @param claimed who claimed responsibility
 * @param attributed who others say did it (or what was asserted and denied)
 * @param coded who a coded row names as the perpetrator (perpetrator-differs)
 * @param counts each report's count that differs (counts-differ)
 * @param claims the claims on each side
 * @param kind as {@link Conflict#kind()} names it
 */
public record ConflictRow(@Nullable String event, @Nullable String eventType, List<Ref> claimed,
    List<Ref> attributed, List<Ref> coded, List<Conflict.Count> counts, List<ClaimLine> claims,
    String kind) {

  public record Ref(String id, @Nullable String name) {}

  public record ClaimLine(String id, @Nullable String speakerName, @Nullable String speakerText,
      String modality, String predicate, String text, String document) {}

  /** Every conflict in the snapshot, its claims read in one query. */
  public static List<ConflictRow> all(Handle h, EvidenceSnapshot snapshot) {
    Set<String> ids = new LinkedHashSet<>();
    snapshot.conflicts().forEach(c -> ids.addAll(c.claims()));
    Map<String, ClaimRows.Row> rows = ClaimRows.byIds(h, ids).stream()
        .collect(Collectors.toMap(ClaimRows.Row::id, Function.identity()));
    List<ConflictRow> out = new ArrayList<>();
    for (Conflict c : snapshot.conflicts()) {
      List<ClaimLine> lines = c.claims().stream().filter(rows::containsKey).map(rows::get)
          .map(r -> new ClaimLine(r.id(), snapshot.name(r.speaker()), r.speakerText(),
              r.modality(), r.predicate(), r.text(), r.document()))
          .toList();
      out.add(new ConflictRow(c.event(), snapshot.eventType(c.event()),
          refs(c.claimed(), snapshot), refs(c.attributed(), snapshot), refs(c.coded(), snapshot),
          c.counts(), lines, c.kind()));
    }
    return out;
  }

  private static List<Ref> refs(List<String> ids, EvidenceSnapshot names) {
    return ids.stream().map(id -> new Ref(id, names.name(id))).toList();
  }
}
