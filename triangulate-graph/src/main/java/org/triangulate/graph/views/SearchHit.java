package org.triangulate.graph.views;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jspecify.annotations.Nullable;
import org.triangulate.model.EntityType;

/**
 * One entity found by fuzzy name search (pg_trgm): the name or alias that matched best and how
 * well, from 0 to 1.
 *
 * <p>A name or alias matches when its trigram similarity to the query reaches pg_trgm's
 * threshold (0.3) or the query is close to a word sequence in it ({@code <%}, word similarity
 * 0.6), so "haqani" finds "Haqqani Network"; the score is the larger of the two similarities.
 * Both operators use the trigram index on the distinct names; the matches are joined to the
 * entities that bear them through entity_names (one row per entity and name, kept by
 * resolution), so a name borne in thousands of reports costs one row. An entity saved by a
 * batch is found once the batch has resolved it. Cost: the index scan plus one row per hit.
 *
 * @param id {@code ent-…}
 * @param type its type
 * @param name its name
 * @param matched the name or alias that matched
 * @param score how well, 0–1
 */
public record SearchHit(String id, EntityType type, String name, String matched, double score) {

  /**
   * At most {@code limit} entities, best first; only of {@code type} when it is not null. Names
   * and types come from {@code snapshot}, or are read for entities stored since.
   */
  public static List<SearchHit> find(Handle h, String query, @Nullable EntityType type,
      int limit, EvidenceSnapshot snapshot) {
    List<String[]> hits = new ArrayList<>();
    h.useTransaction(tx -> matches(tx, query, type, limit, hits));
    Map<String, EvidenceSnapshot.Named> names = new HashMap<>();
    List<String> unknown = new ArrayList<>();
    for (String[] hit : hits) {
      EvidenceSnapshot.Named n = snapshot.entity(hit[0]);
      if (n != null) {
        names.put(hit[0], n);
      } else {
        unknown.add(hit[0]);
      }
    }
    names.putAll(names(h, unknown));
    List<SearchHit> out = new ArrayList<>();
    for (String[] hit : hits) {
      EvidenceSnapshot.Named n = names.get(hit[0]);
      if (n != null && (type == null || n.type() == type)) {
        out.add(new SearchHit(hit[0], n.type(), n.name(), hit[1], Double.parseDouble(hit[2])));
      }
    }
    return out;
  }

  /**
   * The best entity per matched name, best first. pg_trgm's selectivity estimates are poor (one
   * two-word query was taken to match a tenth of all names), which makes the planner scan
   * every name and hash-join all of entity_names; the trigram index and the name index are the
   * cheaper path for any query, so this transaction forbids sequential scans.
   */
  private static void matches(Handle h, String query, @Nullable EntityType type, int limit,
      List<String[]> hits) {
    h.execute("SET LOCAL enable_seqscan = off");
    h.createQuery("""
            WITH q AS (SELECT lower(:q) AS q),
            matched AS (
              SELECT n.name, greatest(similarity(n.name, q.q), word_similarity(q.q, n.name)) AS score
              FROM search_names n, q
              WHERE n.name % q.q OR q.q <% n.name
              ORDER BY score DESC, n.name LIMIT 200),
            hits AS (
              SELECT n.entity, n.spelling AS matched, m.score
              FROM matched m JOIN entity_names n ON n.name = m.name
              JOIN entity_summaries s ON s.entity = n.entity
              WHERE true <type>)
            SELECT entity, matched, score FROM (
              SELECT DISTINCT ON (entity) entity, matched, score FROM hits
              ORDER BY entity, score DESC, length(matched), matched) best
            ORDER BY score DESC, entity LIMIT :limit""")
        .define("type", type == null ? "" : "AND s.type = :type")
        .bind("q", query).bind("limit", limit)
        .bind("type", type == null ? null : type.name())
        .map((rs, ctx) -> new String[] {rs.getString("entity"), rs.getString("matched"),
            Double.toString(rs.getDouble("score"))})
        .forEach(hits::add);
  }

  /**
   * The names and types of store entities, as the listing computes them: from entity_summaries,
   * or from the members of an entity that has no summary row yet.
   */
  static Map<String, EvidenceSnapshot.Named> names(Handle h, List<String> ids) {
    Map<String, EvidenceSnapshot.Named> out = new HashMap<>();
    if (ids.isEmpty()) {
      return out;
    }
    h.createQuery("SELECT entity, name, type FROM entity_summaries WHERE entity = ANY(:ids)")
        .bindArray("ids", String.class, ids)
        .map((rs, ctx) -> Map.entry(rs.getString("entity"), new EvidenceSnapshot.Named(
            rs.getString("name"), EntityType.valueOf(rs.getString("type")))))
        .forEach(e -> out.put(e.getKey(), e.getValue()));
    List<String> unsummed = ids.stream().filter(id -> !out.containsKey(id)).toList();
    if (unsummed.isEmpty()) {
      return out;
    }
    h.createQuery("""
            SELECT e.entity, array_agg(e.name ORDER BY d.ordinal, e.id) AS names,
                   array_agg(e.type ORDER BY d.ordinal, e.id) AS types
            FROM entities e JOIN documents d ON d.id = e.document
            WHERE e.entity = ANY(:ids) GROUP BY e.entity""")
        .bindArray("ids", String.class, unsummed)
        .map((rs, ctx) -> Map.entry(rs.getString("entity"), EvidenceSnapshot.named(
            EvidenceSnapshot.strings(rs.getArray("names")),
            EvidenceSnapshot.strings(rs.getArray("types")))))
        .forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }
}
