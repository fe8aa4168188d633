package org.triangulate.graph.views;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jspecify.annotations.Nullable;
import org.triangulate.graph.internal.EntityGroups;
import org.triangulate.model.Geo;

/** The queries behind {@link EntityDetail}, each by store entity id and bounded. Stateless. */
final class EntityRows {
  private EntityRows() {}

  /** The entity's name, type, knowledge-base id and coordinates. */
  record Head(EvidenceSnapshot.Named named, @Nullable String kb,
      EntityDetail.@Nullable GeoPoint geo) {}

  /** A passage of a document: {@code text} is what is shown, {@code extra} a rule or kind. */
  record Spanned(String document, int start, int end, String text, String extra) {}

  /** Names and types from the snapshot when it knows the entity, else read here. */
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

  static List<Spanned> mentions(Handle h, String id, int limit) {
    return h.createQuery("""
            SELECT m.document, m.start, m."end", m.text, m.kind
            FROM mentions m JOIN entities e ON e.id = m.entity JOIN documents d ON d.id = m.document
            WHERE e.entity = :id ORDER BY d.ordinal, m.start, m."end", m.id LIMIT :limit""")
        .bind("id", id).bind("limit", limit)
        .map((rs, ctx) -> new Spanned(rs.getString("document"), rs.getInt("start"),
            rs.getInt("end"), rs.getString("text"), rs.getString("kind")))
        .list();
  }

  /** Events it takes part in, and events that happened at it when it is a place. */
  static List<EntityDetail.Participation> events(Handle h, String id, int limit,
      EvidenceSnapshot names) {
    return h.createQuery("""
            SELECT * FROM (
              SELECT v.export_id, v.type, v.time_value, p.role, l.entity AS place, d.ordinal, v.id
              FROM event_participants p JOIN entities e ON e.id = p.entity
              JOIN events v ON v.id = p.event JOIN documents d ON d.id = v.document
              LEFT JOIN entities l ON l.id = v.location
              WHERE e.entity = :id
              UNION ALL
              SELECT v.export_id, v.type, v.time_value, 'LOCATION', l.entity, d.ordinal, v.id
              FROM events v JOIN entities l ON l.id = v.location JOIN documents d ON d.id = v.document
              WHERE l.entity = :id) x
            ORDER BY ordinal, id, role LIMIT :limit""")
        .bind("id", id).bind("limit", limit)
        .map((rs, ctx) -> new EntityDetail.Participation(rs.getString("export_id"),
            rs.getString("type"), rs.getString("time_value"), rs.getString("role"),
            names.name(rs.getString("place"))))
        .list();
  }

  /** Claims whose subject or object is the entity. */
  static List<ClaimRows.Row> claimsAbout(Handle h, String id, int limit) {
    return h.createQuery(ClaimRows.COLUMNS + """
            WHERE c.id IN (
              SELECT c2.id FROM claims c2 JOIN entities x ON x.id = c2.subject_entity WHERE x.entity = :id
              UNION
              SELECT c3.id FROM claims c3 JOIN entities x ON x.id = c3.object_entity WHERE x.entity = :id)
            ORDER BY d.ordinal, c.id LIMIT :limit""")
        .bind("id", id).bind("limit", limit)
        .map((rs, ctx) -> ClaimRows.row(rs))
        .list();
  }
}
