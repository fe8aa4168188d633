package org.triangulate.graph.resolve;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jspecify.annotations.Nullable;
import org.triangulate.graph.StoreException;

/**
 * Resolution over the store: all of it ({@link #all}), only around a newly saved document
 * ({@link #afterSave}), and the analyst's corrections ({@link #merge}, {@link #split}), each of
 * which resolves again the entities it touches. Each also recomputes the summary rows (names
 * and counts, schema 8) of every store entity whose members it rewrote. Every call runs in the
 * caller's transaction and first takes a transaction-scoped advisory lock, so that resolutions
 * of concurrent saves take turns instead of deadlocking. Stateless, so thread-safe.
 */
public final class StoredResolution {
  /** The advisory lock key that serialises resolutions ("triresol"). */
  private static final long LOCK = 0x74726972_65736f6cL;
  private static final EntityResolver ENTITIES = new EntityResolver();
  private static final EventCoreference EVENTS = new EventCoreference();

  private StoredResolution() {}

  /**
   * What a resolution changed.
   *
   * @param entities local entities resolved
   * @param entitiesChanged how many of them changed store entity
   * @param events events resolved
   * @param eventsChanged how many of them changed event group
   */
  public record Summary(int entities, int entitiesChanged, int events, int eventsChanged) {}

  /**
   * One line of why an entity is what it is.
   *
   * @param entity the store entity ({@code ent-…})
   * @param rule KB, GAZETTEER, NAME, ALIAS, CONTEXT, INITIALS, ANALYST_MERGE, ANALYST_SPLIT
   * @param reason in words
   */
  public record Explanation(String entity, String rule, String reason) {
    public Explanation {
      Objects.requireNonNull(entity, "entity");
      Objects.requireNonNull(rule, "rule");
      Objects.requireNonNull(reason, "reason");
    }
  }

  /** Resolves every entity and event of the store. */
  public static Summary all(Handle h) {
    lock(h);
    List<EntityRecord> records = EntityRows.all(h);
    EntityRows.writeKeys(h, records);
    Resolution resolution =
        ENTITIES.resolve(records, CorrectionRows.active(h), NameStatistics.of(records));
    int changed = EntityRows.write(h, records, resolution);
    EntityRows.refreshAllSummaries(h);
    List<EventRecord> events = EventRows.all(h);
    int eventsChanged = EventRows.write(h, events, EVENTS.resolve(events));
    return new Summary(records.size(), changed, events.size(), eventsChanged);
  }

  /** Resolves the entities and events a newly saved document could touch, and no others. */
  public static Summary afterSave(Handle h, String document) {
    lock(h);
    List<EntityRecord> mine = EntityRows.ofDocument(h, document);
    EntityRows.writeKeys(h, mine);
    return around(h, mine.stream().map(EntityRecord::id).toList(), Set.of(document));
  }

  /** Resolves the entities sharing a block with {@code seeds}, and the events around them. */
  private static Summary around(Handle h, Collection<Long> seeds, Set<String> documents) {
    Set<Long> ids = new LinkedHashSet<>(EntityRows.wholeGroups(h, EntityRows.neighbours(h, seeds)));
    ids.addAll(seeds);
    List<EntityRecord> records = EntityRows.byIds(h, ids);
    Resolution resolution = ENTITIES.resolve(
        records, CorrectionRows.active(h), EntityRows.statistics(h, records));
    int changed = EntityRows.write(h, records, resolution);
    EntityRows.refreshSummaries(h, records, resolution);
    Set<String> touched = new LinkedHashSet<>(documents);
    for (EntityRecord r : records) {
      if (!Objects.equals(r.previous(), resolution.ids().get(r.id()))) {
        touched.add(r.document());
      }
    }
    List<EventRecord> events = EventRows.byIds(h, EventRows.around(h, touched));
    int eventsChanged = EventRows.write(h, events, EVENTS.resolve(events));
    return new Summary(records.size(), changed, events.size(), eventsChanged);
  }

  /**
   * Records that store entities {@code a} and {@code b} are one, supersedes the splits in force
   * that kept their members apart, and resolves them again.
   *
   * @return the id of the merged entity
   * @throws StoreException when either is not a stored entity, or they are the same
   */
  public static String merge(Handle h, String a, String b, String why, String by, Instant at) {
    lock(h);
    if (a.equals(b)) {
      throw new StoreException("merge needs two different entities: " + a);
    }
    List<Long> as = members(h, a);
    List<Long> bs = members(h, b);
    Set<Long> both = new HashSet<>(as);
    both.addAll(bs);
    List<Long> contradicted = new ArrayList<>();
    for (Correction c : CorrectionRows.active(h)) {
      if (c instanceof Correction.Split s && s.in().stream().anyMatch(both::contains)
          && s.out().stream().anyMatch(both::contains)) {
        contradicted.add(s.id());
      }
    }
    long id = CorrectionRows.insert(h, "MERGE", a, b, new CorrectionRows.Made(by, at, why),
        Map.of("A", List.of(as.get(0)), "B", List.of(bs.get(0))));
    CorrectionRows.supersede(h, id, contradicted);
    around(h, both, Set.of());
    return entityOf(h, as.get(0));
  }

  /**
   * Records that the local entities holding {@code mentions} are another entity than the rest of
   * {@code entity}, supersedes the merges in force that joined the two parts, and resolves them
   * again. A mention is {@code DOC:START-END} (a mention's span) or {@code DOC} (all of the
   * entity's mentions in that document); it moves its whole document-local entity.
   *
   * @return the ids of the part split off and of the rest
   * @throws StoreException when the entity is not stored, a mention is not one of its, or no
   *     member would remain
   */
  public static List<String> split(Handle h, String entity, List<String> mentions, String why,
      String by, Instant at) {
    lock(h);
    List<Long> members = members(h, entity);
    Set<Long> in = new LinkedHashSet<>();
    for (String m : mentions) {
      in.addAll(localEntities(h, entity, m));
    }
    List<Long> out = members.stream().filter(id -> !in.contains(id)).toList();
    if (out.isEmpty()) {
      throw new StoreException("split must leave part of " + entity
          + ": the mentions given cover all of it");
    }
    List<Long> contradicted = new ArrayList<>();
    for (Correction c : CorrectionRows.active(h)) {
      if (c instanceof Correction.Merge mg
          && (in.contains(mg.a()) && out.contains(mg.b()) || out.contains(mg.a()) && in.contains(mg.b()))) {
        contradicted.add(mg.id());
      }
    }
    long id = CorrectionRows.insert(h, "SPLIT", entity, null, new CorrectionRows.Made(by, at, why),
        Map.of("IN", in, "OUT", out));
    CorrectionRows.supersede(h, id, contradicted);
    around(h, members, Set.of());
    return List.of(entityOf(h, in.iterator().next()), entityOf(h, out.get(0)));
  }

  /** Why {@code entity} (or, when null, every entity) has the members it has. */
  public static List<Explanation> explain(Handle h, @Nullable String entity) {
    var reasons = h.createQuery("""
            SELECT entity, rule, reason FROM resolution_reasons <where> ORDER BY entity, id""")
        .define("where", entity == null ? "" : "WHERE entity = :entity");
    var splits = h.createQuery("""
            SELECT DISTINCT e.entity, c.id, c.why, c.made_by, c.made_at
            FROM corrections c JOIN correction_members m ON m.correction = c.id
            JOIN entities e ON e.id = m.entity
            WHERE c.kind = 'SPLIT' AND c.superseded_by IS NULL <where>
            ORDER BY e.entity, c.id""")
        .define("where", entity == null ? "" : "AND e.entity = :entity");
    if (entity != null) {
      reasons.bind("entity", entity);
      splits.bind("entity", entity);
    }
    List<Explanation> out = new ArrayList<>(reasons
        .map((rs, ctx) -> new Explanation(rs.getString("entity"), rs.getString("rule"),
            rs.getString("reason")))
        .list());
    out.addAll(splits.map((rs, ctx) -> new Explanation(rs.getString("entity"), "ANALYST_SPLIT",
            "kept apart by analyst split #" + rs.getLong("id") + ": " + rs.getString("why")
                + " (" + rs.getString("made_by") + ", "
                + rs.getObject("made_at", java.time.OffsetDateTime.class).toInstant() + ")"))
        .list());
    return out;
  }

  private static void lock(Handle h) {
    h.execute("SELECT pg_advisory_xact_lock(?)", LOCK);
  }

  /** The local entities of a store entity, earliest first. */
  private static List<Long> members(Handle h, String entity) {
    List<Long> ids = h.createQuery("""
            SELECT e.id FROM entities e JOIN documents d ON d.id = e.document
            WHERE e.entity = :entity ORDER BY d.ordinal, e.key""")
        .bind("entity", entity).mapTo(Long.class).list();
    if (ids.isEmpty()) {
      throw new StoreException("no entity with id " + entity);
    }
    return ids;
  }

  private static String entityOf(Handle h, long localEntity) {
    return h.createQuery("SELECT entity FROM entities WHERE id = :id").bind("id", localEntity)
        .mapTo(String.class).one();
  }

  /** The local entities of {@code entity} that {@code mention} ({@code DOC[:START-END]}) names. */
  private static List<Long> localEntities(Handle h, String entity, String mention) {
    int colon = mention.indexOf(':');
    String doc = colon < 0 ? mention : mention.substring(0, colon);
    String where = "";
    int start = 0;
    int end = 0;
    if (colon >= 0) {
      String[] span = mention.substring(colon + 1).split("-", 2);
      try {
        start = Integer.parseInt(span[0].strip());
        end = Integer.parseInt(span.length > 1 ? span[1].strip() : "x");
      } catch (NumberFormatException e) {
        throw new StoreException("a mention is DOC or DOC:START-END: " + mention, e);
      }
      where = " AND m.start = :start AND m.\"end\" = :end";
    }
    var query = h.createQuery("""
            SELECT DISTINCT e.id FROM mentions m JOIN entities e ON e.id = m.entity
            WHERE e.entity = :entity AND m.document = :doc <span>""")
        .define("span", where).bind("entity", entity).bind("doc", doc);
    if (colon >= 0) {
      query.bind("start", start).bind("end", end);
    }
    List<Long> ids = query.mapTo(Long.class).list();
    if (ids.isEmpty()) {
      throw new StoreException("no mention of " + entity + " at " + mention);
    }
    return ids;
  }
}
