package org.triangulate.graph.resolve;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jspecify.annotations.Nullable;
import org.triangulate.model.EntityType;

/**
 * Reads local entities from the store as {@link EntityRecord}s with their documents' context,
 * keeps their blocking keys in {@code resolution_keys}, and writes resolved ids and reasons back.
 * Runs inside the caller's transaction. Stateless.
 */
final class EntityRows {
  private static final String SELECT = """
      SELECT e.id, e.document, d.ordinal, d.published, e.key, e.type, e.name, e.kb,
             e.gazetteer_id, e.entity,
             (SELECT array_agg(a.name ORDER BY a.id) FROM aliases a WHERE a.entity = e.id)
               AS aliases,
             (SELECT array_agg(s.text ORDER BY s.id) FROM descriptions s WHERE s.entity = e.id)
               AS descriptions
      FROM entities e JOIN documents d ON d.id = e.document
      <where>
      ORDER BY d.ordinal, e.key
      """;

  private EntityRows() {}

  /** Every local entity in the store, with context. */
  static List<EntityRecord> all(Handle h) {
    return withContext(h.createQuery(select("")).setFetchSize(1000)
        .map((rs, ctx) -> record(rs)).list());
  }

  /** The local entities with these row ids, with the context of their whole documents. */
  static List<EntityRecord> byIds(Handle h, Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    List<String> documents = h.createQuery(
            "SELECT DISTINCT document FROM entities WHERE id = ANY(:ids)")
        .bindArray("ids", Long.class, List.copyOf(ids)).mapTo(String.class).list();
    List<EntityRecord> all = withContext(h.createQuery(select("WHERE e.document = ANY(:docs)"))
        .bindArray("docs", String.class, documents)
        .map((rs, ctx) -> record(rs)).list());
    Set<Long> wanted = Set.copyOf(ids);
    return all.stream().filter(r -> wanted.contains(r.id())).toList();
  }

  /** The local entities of one document, with context. */
  static List<EntityRecord> ofDocument(Handle h, String document) {
    return withContext(h.createQuery(select("WHERE e.document = :doc"))
        .bind("doc", document).map((rs, ctx) -> record(rs)).list());
  }

  private static String select(String where) {
    return SELECT.replace("<where>", where);
  }

  private static List<EntityRecord> withContext(List<EntityRecord> ordered) {
    Map<String, List<EntityRecord>> byDocument = new LinkedHashMap<>();
    for (EntityRecord r : ordered) {
      byDocument.computeIfAbsent(r.document(), d -> new ArrayList<>()).add(r);
    }
    List<EntityRecord> out = new ArrayList<>(ordered.size());
    byDocument.values().forEach(doc -> out.addAll(Contexts.withContext(doc)));
    return out;
  }

  private static EntityRecord record(ResultSet rs) throws SQLException {
    return new EntityRecord(rs.getLong("id"), rs.getString("document"), rs.getLong("ordinal"),
        rs.getObject("published", LocalDate.class), rs.getString("key"),
        EntityType.valueOf(rs.getString("type")), rs.getString("name"),
        strings(rs.getArray("aliases")), strings(rs.getArray("descriptions")),
        rs.getString("kb"), rs.getString("gazetteer_id"), List.of(), rs.getString("entity"));
  }

  private static List<String> strings(@Nullable Array array) throws SQLException {
    return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
  }

  /** The blocking keys of a record: kind and key, as kept in {@code resolution_keys}. */
  static Set<Map.Entry<String, String>> keys(EntityRecord r) {
    Set<Map.Entry<String, String>> keys = new LinkedHashSet<>();
    Names names = Names.of(r, NameStatistics.of(0, Map.of()));
    for (int k = 0; k < names.keys().size(); k++) {
      keys.add(Map.entry(k == 0 ? "NAME" : "ALIAS", r.type() + "|" + names.keys().get(k)));
    }
    if (!names.initials().isEmpty()) {
      keys.add(Map.entry("INITIALS", names.initials()));
    }
    if (r.type() == EntityType.PERSON) {
      NameKeys.tokens(r.name())
          .forEach(t -> keys.add(Map.entry("TOKEN", NameKeys.tokenSkeleton(t))));
    }
    if (r.kb() != null) {
      keys.add(Map.entry("KB", r.kb()));
    }
    if (r.gazetteerId() != null) {
      keys.add(Map.entry("GAZETTEER", r.type() + "|" + r.gazetteerId()));
    }
    return keys;
  }

  /** Replaces the blocking keys of {@code records}. */
  static void writeKeys(Handle h, List<EntityRecord> records) {
    if (records.isEmpty()) {
      return;
    }
    h.createUpdate("DELETE FROM resolution_keys WHERE entity = ANY(:ids)")
        .bindArray("ids", Long.class, records.stream().map(EntityRecord::id).toList()).execute();
    PreparedBatch batch = h.prepareBatch(
        "INSERT INTO resolution_keys (entity, kind, key) VALUES (:entity, :kind, :key)");
    for (EntityRecord r : records) {
      for (Map.Entry<String, String> k : keys(r)) {
        batch.bind("entity", r.id()).bind("kind", k.getKey()).bind("key", k.getValue()).add();
      }
    }
    if (batch.size() > 0) {
      batch.execute();
    }
  }

  /**
   * The row ids of local entities sharing a blocking key (other than a name's single word) with
   * any of {@code seeds}, the seeds included.
   */
  static Set<Long> neighbours(Handle h, Collection<Long> seeds) {
    if (seeds.isEmpty()) {
      return Set.of();
    }
    Set<Long> out = new LinkedHashSet<>(seeds);
    out.addAll(h.createQuery("""
            SELECT DISTINCT k2.entity FROM resolution_keys k1
            JOIN resolution_keys k2 ON k2.kind = k1.kind AND k2.key = k1.key
            WHERE k1.entity = ANY(:ids) AND k1.kind <> 'TOKEN'""")
        .bindArray("ids", Long.class, List.copyOf(seeds)).mapTo(Long.class).list());
    return out;
  }

  /** The row ids of every member of the store entities that {@code ids} belong to. */
  static Set<Long> wholeGroups(Handle h, Collection<Long> ids) {
    if (ids.isEmpty()) {
      return Set.of();
    }
    return new LinkedHashSet<>(h.createQuery("""
            SELECT id FROM entities WHERE entity IN (
              SELECT entity FROM entities WHERE id = ANY(:ids))""")
        .bindArray("ids", Long.class, List.copyOf(ids)).mapTo(Long.class).list());
  }

  /** Name frequencies of the whole store for the words of these people's names. */
  static NameStatistics statistics(Handle h, Collection<EntityRecord> records) {
    Set<String> tokens = new LinkedHashSet<>();
    for (EntityRecord r : records) {
      if (r.type() == EntityType.PERSON) {
        NameKeys.tokens(r.name()).forEach(t -> tokens.add(NameKeys.tokenSkeleton(t)));
      }
    }
    long distinct = h.createQuery("""
            SELECT count(DISTINCT key) FROM resolution_keys
            WHERE kind = 'NAME' AND key LIKE 'PERSON|%'""").mapTo(Long.class).one();
    Map<String, Integer> counts = new HashMap<>();
    if (!tokens.isEmpty()) {
      h.createQuery("""
              SELECT t.key, count(DISTINCT n.key) AS names FROM resolution_keys t
              JOIN resolution_keys n ON n.entity = t.entity AND n.kind = 'NAME'
              WHERE t.kind = 'TOKEN' AND t.key = ANY(:tokens) GROUP BY t.key""")
          .bindArray("tokens", String.class, List.copyOf(tokens))
          .map((rs, ctx) -> Map.entry(rs.getString("key"), rs.getInt("names")))
          .forEach(e -> counts.put(e.getKey(), e.getValue()));
    }
    return NameStatistics.of(distinct, counts);
  }

  /** Writes the ids of a resolution and replaces the reasons of the records resolved. */
  static int write(Handle h, List<EntityRecord> records, Resolution resolution) {
    PreparedBatch update = h.prepareBatch(
        "UPDATE entities SET entity = :entity WHERE id = :id AND entity <> :entity");
    int changed = 0;
    for (EntityRecord r : records) {
      String id = resolution.ids().get(r.id());
      if (id != null && !id.equals(r.previous())) {
        update.bind("entity", id).bind("id", r.id()).add();
        changed++;
      }
    }
    if (update.size() > 0) {
      update.execute();
    }
    List<Long> ids = records.stream().map(EntityRecord::id).toList();
    if (!ids.isEmpty()) {
      h.createUpdate("DELETE FROM resolution_reasons WHERE a = ANY(:ids) OR b = ANY(:ids)")
          .bindArray("ids", Long.class, ids).execute();
    }
    PreparedBatch insert = h.prepareBatch("""
        INSERT INTO resolution_reasons (entity, a, b, rule, reason)
        VALUES (:entity, :a, :b, :rule, :reason)""");
    for (MergeReason m : resolution.reasons()) {
      insert.bind("entity", resolution.ids().get(m.a())).bind("a", m.a()).bind("b", m.b())
          .bind("rule", m.rule()).bind("reason", m.reason()).add();
    }
    if (insert.size() > 0) {
      insert.execute();
    }
    return changed;
  }

  /**
   * Recomputes the entity_summaries, entity_names and entity_descriptions rows (schema 8) of the
   * store entities {@code records} had and have after {@code resolution}: only these records
   * changed group, and each group is recomputed from all its rows in the table.
   */
  static void refreshSummaries(Handle h, List<EntityRecord> records, Resolution resolution) {
    Set<String> groups = new TreeSet<>(resolution.ids().values());
    for (EntityRecord r : records) {
      if (r.previous() != null) {
        groups.add(r.previous());
      }
    }
    refreshSummaries(h, groups);
  }

  private static void refreshSummaries(Handle h, Collection<String> groups) {
    if (!groups.isEmpty()) {
      h.createQuery("SELECT 1 FROM refresh_entity_summaries(:groups)")
          .bindArray("groups", String.class, List.copyOf(groups))
          .mapTo(Integer.class).one();
    }
  }

  /** Recomputes the summaries of every store entity, dropping those of entities gone. */
  static void refreshAllSummaries(Handle h) {
    h.execute("DELETE FROM entity_names");
    h.execute("DELETE FROM entity_summaries");
    h.execute("DELETE FROM entity_descriptions");
    refreshSummaries(h, h.createQuery("SELECT DISTINCT entity FROM entities")
        .mapTo(String.class).list());
  }
}
