package org.triangulate.graph.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.result.ResultIterable;
import org.jdbi.v3.core.statement.Query;
import org.jspecify.annotations.Nullable;
import org.triangulate.model.EntityType;
import org.triangulate.model.Geo;

/**
 * Reads store entities ({@link EntityGroup}) ordered by id, aggregated in SQL from the
 * document-local rows. Thread-safe (stateless); results stream while the handle's transaction
 * is open.
 */
public final class EntityGroupRows {
  private static final String SQL = """
      SELECT e.entity,
             array_agg(e.name ORDER BY d.ordinal, e.id) AS names,
             array_agg(e.type ORDER BY d.ordinal, e.id) AS types,
             max(e.kb) AS kb,
             array_agg(e.lat ORDER BY d.ordinal, e.id) FILTER (WHERE e.country IS NOT NULL) AS lats,
             array_agg(e.lon ORDER BY d.ordinal, e.id) FILTER (WHERE e.country IS NOT NULL) AS lons,
             array_agg(e.country ORDER BY d.ordinal, e.id)
               FILTER (WHERE e.country IS NOT NULL) AS countries,
             array_agg(e.province ORDER BY d.ordinal, e.id)
               FILTER (WHERE e.country IS NOT NULL) AS provinces,
             array_agg(e.gazetteer_id ORDER BY d.ordinal, e.id)
               FILTER (WHERE e.country IS NOT NULL) AS gazetteer_ids,
             count(DISTINCT e.document) AS documents,
             (SELECT array_agg(a.name ORDER BY a.id) FROM aliases a
                JOIN entities x ON x.id = a.entity WHERE x.entity = e.entity) AS aliases,
             (SELECT array_agg(s.text ORDER BY s.id) FROM descriptions s
                JOIN entities x ON x.id = s.entity WHERE x.entity = e.entity) AS descriptions,
             (SELECT count(*) FROM mentions m
                JOIN entities x ON x.id = m.entity WHERE x.entity = e.entity) AS mentions
      FROM entities e JOIN documents d ON d.id = e.document
      <where>
      GROUP BY e.entity
      ORDER BY e.entity
      """;

  /** Restricts to entities with a name or alias containing the query, case-insensitively. */
  private static final String NAME_FILTER = """
      WHERE e.entity IN (
        SELECT x.entity FROM entities x LEFT JOIN aliases a ON a.entity = x.id
        WHERE strpos(lower(x.name), lower(:q)) > 0 OR strpos(lower(a.name), lower(:q)) > 0)
      """;

  private EntityGroupRows() {}

  /** All entities, or those whose name or an alias contains {@code nameQuery}. */
  public static ResultIterable<EntityGroup> select(Handle handle, @Nullable String nameQuery) {
    Query query = handle.createQuery(SQL).define("where", nameQuery == null ? "" : NAME_FILTER);
    if (nameQuery != null) {
      query.bind("q", nameQuery);
    }
    return query.setFetchSize(500).map((rs, ctx) -> group(rs));
  }

  /** The one entity with {@code id}, if any. */
  public static ResultIterable<EntityGroup> byId(Handle handle, String id) {
    return handle.createQuery(SQL).define("where", "WHERE e.entity = :id").bind("id", id)
        .map((rs, ctx) -> group(rs));
  }

  private static EntityGroup group(ResultSet rs) throws SQLException {
    List<String> names = strings(rs.getArray("names"));
    String name = EntityGroups.name(names);
    List<String> candidates = new ArrayList<>(names);
    candidates.addAll(strings(rs.getArray("aliases")));
    return new EntityGroup(
        rs.getString("entity"),
        EntityGroups.type(strings(rs.getArray("types")).stream().map(EntityType::valueOf).toList()),
        name,
        EntityGroups.aliases(name, candidates),
        List.copyOf(new LinkedHashSet<>(strings(rs.getArray("descriptions")))),
        rs.getInt("documents"),
        rs.getInt("mentions"),
        rs.getString("kb"),
        EntityGroups.geo(geos(rs)));
  }

  /** The coordinates of the group's located members, in the order they were stored. */
  private static List<Geo> geos(ResultSet rs) throws SQLException {
    List<String> countries = strings(rs.getArray("countries"));
    if (countries.isEmpty()) {
      return List.of();
    }
    Object[] lats = (Object[]) rs.getArray("lats").getArray();
    Object[] lons = (Object[]) rs.getArray("lons").getArray();
    List<String> provinces = strings(rs.getArray("provinces"));
    List<String> gazetteerIds = strings(rs.getArray("gazetteer_ids"));
    List<Geo> out = new ArrayList<>();
    for (int i = 0; i < countries.size(); i++) {
      out.add(new Geo(((Number) lats[i]).doubleValue(), ((Number) lons[i]).doubleValue(),
          countries.get(i), provinces.get(i), gazetteerIds.get(i)));
    }
    return out;
  }

  private static List<String> strings(@Nullable Array array) throws SQLException {
    return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
  }
}
