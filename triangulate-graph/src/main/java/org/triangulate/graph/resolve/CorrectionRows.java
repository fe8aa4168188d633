package org.triangulate.graph.resolve;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The analyst's corrections in {@code corrections} and {@code correction_members}: recording a
 * merge or a split, superseding the earlier corrections it contradicts, and reading those in
 * force. Runs inside the caller's transaction. Stateless.
 */
final class CorrectionRows {
  private CorrectionRows() {}

  /** Who made a correction, what it did and why: what resolution reasons show. */
  record Made(String by, Instant at, String why) {
    String words() {
      return why + " (" + by + ", " + at + ")";
    }
  }

  /** The corrections in force, oldest first. */
  static List<Correction> active(Handle h) {
    Map<Long, String> why = new LinkedHashMap<>();
    Map<Long, String> kind = new LinkedHashMap<>();
    h.createQuery("""
            SELECT id, kind, why, made_by, made_at FROM corrections
            WHERE superseded_by IS NULL ORDER BY id""")
        .map((rs, ctx) -> {
          long id = rs.getLong("id");
          kind.put(id, rs.getString("kind"));
          why.put(id, new Made(rs.getString("made_by"),
              rs.getObject("made_at", java.time.OffsetDateTime.class).toInstant(),
              rs.getString("why")).words());
          return id;
        }).list();
    if (why.isEmpty()) {
      return List.of();
    }
    Map<Long, Map<String, Set<Long>>> members = new LinkedHashMap<>();
    h.createQuery("SELECT correction, entity, side FROM correction_members "
            + "WHERE correction = ANY(:ids) ORDER BY correction, entity")
        .bindArray("ids", Long.class, List.copyOf(why.keySet()))
        .map((rs, ctx) -> members.computeIfAbsent(rs.getLong("correction"),
                c -> new LinkedHashMap<>())
            .computeIfAbsent(rs.getString("side"), s -> new HashSet<>()).add(rs.getLong("entity")))
        .list();
    List<Correction> out = new ArrayList<>();
    for (Map.Entry<Long, String> e : kind.entrySet()) {
      Map<String, Set<Long>> m = members.getOrDefault(e.getKey(), Map.of());
      if (e.getValue().equals("MERGE") && m.containsKey("A") && m.containsKey("B")) {
        out.add(new Correction.Merge(e.getKey(), m.get("A").iterator().next(),
            m.get("B").iterator().next(), why.get(e.getKey())));
      } else if (e.getValue().equals("SPLIT") && m.containsKey("IN")) {
        out.add(new Correction.Split(e.getKey(), m.get("IN"), m.getOrDefault("OUT", Set.of()),
            why.get(e.getKey())));
      }
    }
    return out;
  }

  /** Records a correction with its members by side; returns its id. */
  static long insert(Handle h, String kind, String entity, String other, Made made,
      Map<String, Collection<Long>> members) {
    long id = h.createUpdate("""
            INSERT INTO corrections (kind, entity, other, why, made_by, made_at)
            VALUES (:kind, :entity, :other, :why, :by, :at)""")
        .bind("kind", kind).bind("entity", entity).bind("other", other)
        .bind("why", made.why()).bind("by", made.by())
        .bind("at", made.at().atOffset(ZoneOffset.UTC))
        .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    PreparedBatch batch = h.prepareBatch(
        "INSERT INTO correction_members (correction, entity, side) VALUES (:c, :e, :side)");
    members.forEach((side, ids) -> ids.forEach(
        e -> batch.bind("c", id).bind("e", e).bind("side", side).add()));
    if (batch.size() > 0) {
      batch.execute();
    }
    return id;
  }

  /** Marks the corrections in force that {@code by} contradicts as superseded by it. */
  static void supersede(Handle h, long by, Collection<Long> superseded) {
    if (!superseded.isEmpty()) {
      h.createUpdate("UPDATE corrections SET superseded_by = :by WHERE id = ANY(:ids)")
          .bind("by", by).bindArray("ids", Long.class, List.copyOf(superseded)).execute();
    }
  }
}
