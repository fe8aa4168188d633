package org.triangulate.graph.views;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jspecify.annotations.Nullable;
import org.triangulate.graph.internal.EntityGroups;
import org.triangulate.model.EntityType;
import org.triangulate.model.Geo;

/** The queries behind {@link EntityDetail}, each by store entity id and bounded. Stateless. */
final class EntityRows {
  private EntityRows() {}

  /** The entity's name, type, knowledge-base id and coordinates. */
  record Head(EvidenceSnapshot.Named named, @Nullable String kb,
      EntityDetail.@Nullable GeoPoint geo) {}

  /** A passage of a document: {@code text} is what is shown, {@code extra} a rule or kind. */
  record Spanned(String document, int start, int end, String text, String extra) {}

  /**
   * Names and types from the snapshot when it knows the entity, else read here; reads every
   * member, so only for an entity without a summary row.
   */
  static Optional<Head> head(Handle h, String id, EvidenceSnapshot snapshot) {
    EvidenceSnapshot.Named known = snapshot.entity(id);
    return h.createQuery("""
            SELECT count(*) AS members, max(e.kb) AS kb,
                   array_agg(e.lat ORDER BY d.ordinal, e.id) FILTER (WHERE e.country IS NOT NULL) AS lats,
                   array_agg(e.lon ORDER BY d.ordinal, e.id) FILTER (WHERE e.country IS NOT NULL) AS lons,
                   array_agg(e.country ORDER BY d.ordinal, e.id) FILTER (WHERE e.country IS NOT NULL) AS countries,
                   array_agg(e.province ORDER BY d.ordinal, e.id) FILTER (WHERE e.country IS NOT NULL) AS provinces
            FROM entities e JOIN documents d ON d.id = e.document WHERE e.entity = :id""")
        .bind("id", id)
        .map((rs, ctx) -> {
          if (rs.getInt("members") == 0) {
            return Optional.<Head>empty();
          }
          EvidenceSnapshot.Named named = known != null ? known
              : SearchHit.names(h, List.of(id)).get(id);
          return Optional.of(new Head(named, rs.getString("kb"), geo(rs)));
        })
        .one();
  }

  /** The head and totals of an entity with a summary row. */
  record Summed(Head head, EntityDetail.Totals totals) {}

  /**
   * The head and totals from entity_summaries (schema 8): one row however many reports name the
   * entity. Empty when it has none: not stored, or saved by a batch not yet resolved.
   */
  static Optional<Summed> summary(Handle h, String id, EvidenceSnapshot snapshot) {
    EvidenceSnapshot.Named known = snapshot.entity(id);
    return h.createQuery("SELECT * FROM entity_summaries WHERE entity = :id")
        .bind("id", id)
        .map((rs, ctx) -> {
          EvidenceSnapshot.Named named = known != null ? known
              : new EvidenceSnapshot.Named(rs.getString("name"),
                  EntityType.valueOf(rs.getString("type")));
          String country = rs.getString("country");
          EntityDetail.GeoPoint geo = country == null ? null : new EntityDetail.GeoPoint(
              rs.getDouble("lat"), rs.getDouble("lon"), country, rs.getString("province"));
          return new Summed(new Head(named, rs.getString("kb"), geo),
              new EntityDetail.Totals(rs.getInt("members"), rs.getInt("documents"),
                  rs.getInt("mentions"), rs.getInt("events"), rs.getInt("claims"),
                  rs.getString("first_published"), rs.getString("last_published")));
        })
        .findFirst();
  }

  /** Its distinct names, most mentioned first, with their counts (schema 8). */
  static List<EntityDetail.NameCount> names(Handle h, String id, int limit) {
    return h.createQuery("""
            SELECT spelling, mentions, documents, locals, aliases, first_published, last_published
            FROM entity_names WHERE entity = :id
            ORDER BY mentions DESC, documents DESC, name LIMIT :limit""")
        .bind("id", id).bind("limit", limit)
        .map((rs, ctx) -> new EntityDetail.NameCount(rs.getString("spelling"),
            rs.getInt("mentions"), rs.getInt("documents"), rs.getInt("locals"),
            rs.getInt("aliases"), rs.getString("first_published"), rs.getString("last_published")))
        .list();
  }

  /** As {@link #aliases}, from the first alias passage entity_names keeps for each name. */
  static List<Spanned> summedAliases(Handle h, String id, int limit) {
    return h.createQuery("""
            SELECT a.document, a.start, a."end", a.name, a.rule
            FROM entity_names n JOIN aliases a ON a.id = n.first_alias
            WHERE n.entity = :id ORDER BY n.alias_ordinal, n.first_alias LIMIT :limit""")
        .bind("id", id).bind("limit", limit)
        .map((rs, ctx) -> new Spanned(rs.getString("document"), rs.getInt("start"),
            rs.getInt("end"), rs.getString("name"), rs.getString("rule")))
        .list();
  }

  /** As {@link #descriptions}, from the first passage entity_descriptions keeps for each. */
  static List<Spanned> summedDescriptions(Handle h, String id, int limit) {
    return h.createQuery("""
            SELECT s.document, s.start, s."end", s.text
            FROM entity_descriptions n JOIN descriptions s ON s.id = n.first_description
            WHERE n.entity = :id ORDER BY n.first_ordinal, n.first_description LIMIT :limit""")
        .bind("id", id).bind("limit", limit)
        .map((rs, ctx) -> new Spanned(rs.getString("document"), rs.getInt("start"),
            rs.getInt("end"), rs.getString("text"), ""))
        .list();
  }

  /** The coordinates most of the located members have; null when none has any. */
  static EntityDetail.@Nullable GeoPoint geo(ResultSet rs) throws SQLException {
    List<String> countries = EvidenceSnapshot.strings(rs.getArray("countries"));
    if (countries.isEmpty()) {
      return null;
    }
    Object[] lats = (Object[]) rs.getArray("lats").getArray();
    Object[] lons = (Object[]) rs.getArray("lons").getArray();
    List<String> provinces = EvidenceSnapshot.strings(rs.getArray("provinces"));
    List<Geo> geos = new ArrayList<>();
    for (int i = 0; i < countries.size(); i++) {
      geos.add(new Geo(((Number) lats[i]).doubleValue(), ((Number) lons[i]).doubleValue(),
          countries.get(i), provinces.get(i), null));
    }
    Geo g = EntityGroups.geo(geos);
    return g == null ? null : new EntityDetail.GeoPoint(g.lat(), g.lon(), g.country(), g.province());
  }

  /** Each alias name once (case-insensitively), with its first passage. */
  static List<Spanned> aliases(Handle h, String id, int limit) {
    return h.createQuery("""
            SELECT * FROM (
              SELECT DISTINCT ON (lower(a.name)) a.document, a.start, a."end", a.name, a.rule,
                     d.ordinal, a.id
              FROM aliases a JOIN entities e ON e.id = a.entity JOIN documents d ON d.id = a.document
              WHERE e.entity = :id ORDER BY lower(a.name), d.ordinal, a.id) x
            ORDER BY ordinal, id LIMIT :limit""")
        .bind("id", id).bind("limit", limit)
        .map((rs, ctx) -> new Spanned(rs.getString("document"), rs.getInt("start"),
            rs.getInt("end"), rs.getString("name"), rs.getString("rule")))
        .list();
  }

  /** Each description once (case-insensitively), with its first passage. */
  static List<Spanned> descriptions(Handle h, String id, int limit) {
    return h.createQuery("""
            SELECT * FROM (
              SELECT DISTINCT ON (lower(s.text)) s.document, s.start, s."end", s.text, d.ordinal, s.id
              FROM descriptions s JOIN entities e ON e.id = s.entity JOIN documents d ON d.id = s.document
              WHERE e.entity = :id ORDER BY lower(s.text), d.ordinal, s.id) x
            ORDER BY ordinal, id LIMIT :limit""")
        .bind("id", id).bind("limit", limit)
        .map((rs, ctx) -> new Spanned(rs.getString("document"), rs.getInt("start"),
            rs.getInt("end"), rs.getString("text"), ""))
        .list();
  }

  /** One page of a list: its rows, and the key of its last row when more follow. */
  record Paged<T>(List<T> rows, @Nullable Keyset next) {
    Paged {
      rows = List.copyOf(rows);
    }
  }

  /** A mention's sort key: its document's ordinal, start, end, row id. */
  static final int MENTION_KEY = 4;
  /**
   * An event row's sort key: document ordinal, event id, role, participant id (0 for the place
   * of the event, which has one); the participant breaks the tie of two members in one role.
   */
  static final int EVENT_KEY = 4;
  /** A claim's sort key: document ordinal, claim id. */
  static final int CLAIM_KEY = 2;
  // before every row: ordinals start at 1, so the rest of a start key is never compared
  static final Keyset MENTIONS_START = Keyset.of('m', -1, -1, -1, -1);
  static final Keyset EVENTS_START = Keyset.of('e', -1, -1, "AGENT", -1);
  static final Keyset CLAIMS_START = Keyset.of('c', -1, -1);

  /**
   * Mentions in document order after {@code after}: the members are read from {@code after}'s
   * document on through the (entity, ordinal) index, so the query stops after the page however
   * deep it is.
   */
  static Paged<Spanned> mentions(Handle h, String id, Keyset after, int limit) {
    List<Keyed<Spanned>> rows = h.createQuery("""
            SELECT m.document, m.start, m."end", m.text, m.kind, e.ordinal, m.id
            FROM entities e JOIN mentions m ON m.entity = e.id
            WHERE e.entity = :id AND e.ordinal >= :ordinal
              AND (e.ordinal, m.start, m."end", m.id) > (:ordinal, :start, :end, :row)
            ORDER BY e.ordinal, m.start, m."end", m.id LIMIT :limit""")
        .bind("id", id).bind("ordinal", after.number(0)).bind("start", (int) after.number(1))
        .bind("end", (int) after.number(2)).bind("row", after.number(3))
        .bind("limit", limit + 1)
        .map((rs, ctx) -> new Keyed<>(new Spanned(rs.getString("document"), rs.getInt("start"),
            rs.getInt("end"), rs.getString("text"), rs.getString("kind")),
            Keyset.of('m', rs.getLong("ordinal"), rs.getInt("start"), rs.getInt("end"),
                rs.getLong("id"))))
        .list();
    return paged(rows, limit);
  }

  /**
   * Events it takes part in, and events that happened at it when it is a place, after {@code
   * after}. The members are read in document order from an index and each one's events joined
   * to it, so the query stops after the page, whatever the number of members.
   */
  static Paged<EntityDetail.Participation> events(Handle h, String id, Keyset after, int limit,
      EvidenceSnapshot names) {
    List<Keyed<EntityDetail.Participation>> rows = h.createQuery("""
            SELECT x.export_id, x.type, x.time_value, x.role, x.place, e.ordinal, x.id, x.part
            FROM entities e CROSS JOIN LATERAL (
              SELECT v.export_id, v.type, v.time_value, p.role, l.entity AS place, v.id,
                     p.id AS part
              FROM event_participants p JOIN events v ON v.id = p.event
              LEFT JOIN entities l ON l.id = v.location
              WHERE p.entity = e.id
              UNION ALL
              SELECT v.export_id, v.type, v.time_value, 'LOCATION', e.entity, v.id, 0
              FROM events v WHERE v.location = e.id) x
            WHERE e.entity = :id AND e.ordinal >= :ordinal
              AND (e.ordinal, x.id, x.role, x.part) > (:ordinal, :event, :role, :part)
            ORDER BY e.ordinal, x.id, x.role, x.part LIMIT :limit""")
        .bind("id", id).bind("ordinal", after.number(0)).bind("event", after.number(1))
        .bind("role", after.text(2)).bind("part", after.number(3)).bind("limit", limit + 1)
        .map((rs, ctx) -> new Keyed<>(new EntityDetail.Participation(rs.getString("export_id"),
            rs.getString("type"), rs.getString("time_value"), rs.getString("role"),
            names.name(rs.getString("place"))),
            Keyset.of('e', rs.getLong("ordinal"), rs.getLong("id"), rs.getString("role"),
                rs.getLong("part"))))
        .list();
    return paged(rows, limit);
  }

  /**
   * Claims whose subject or object is the entity, after {@code after}, read as {@link #events}
   * are. A claim about two members (subject and object) comes once, by its subject.
   */
  static Paged<ClaimRows.Row> claimsAbout(Handle h, String id, Keyset after, int limit) {
    List<Keyed<ClaimRows.Row>> rows = h.createQuery(ClaimRows.COLUMNS + """
            JOIN (SELECT x.ordinal, y.claim
                  FROM entities x CROSS JOIN LATERAL (
                    SELECT c2.id AS claim FROM claims c2 WHERE c2.subject_entity = x.id
                    UNION ALL
                    SELECT c3.id FROM claims c3 WHERE c3.object_entity = x.id
                      -- a scalar lookup: as NOT EXISTS, a generic plan hashes all members
                      AND (SELECT s.entity FROM entities s WHERE s.id = c3.subject_entity)
                          IS DISTINCT FROM :id) y
                  WHERE x.entity = :id AND x.ordinal >= :ordinal
                    AND (x.ordinal, y.claim) > (:ordinal, :claim)
                  ORDER BY x.ordinal, y.claim LIMIT :limit) page
              ON page.claim = c.id
            ORDER BY page.ordinal, c.id""")
        .bind("id", id).bind("ordinal", after.number(0)).bind("claim", after.number(1))
        .bind("limit", limit + 1)
        // a claim's members are in its document: their ordinal is the document's
        .map((rs, ctx) -> new Keyed<>(ClaimRows.row(rs),
            Keyset.of('c', rs.getLong("document_ordinal"), rs.getLong("id"))))
        .list();
    return paged(rows, limit);
  }

  private record Keyed<T>(T row, Keyset key) {}

  /** The first {@code limit} rows of {@code limit + 1} read, and the next key if more came. */
  private static <T> Paged<T> paged(List<Keyed<T>> rows, int limit) {
    List<Keyed<T>> page = rows.subList(0, Math.min(limit, rows.size()));
    return new Paged<>(page.stream().map(Keyed::row).toList(),
        rows.size() > limit ? page.getLast().key() : null);
  }
}
