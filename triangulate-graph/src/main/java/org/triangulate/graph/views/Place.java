package org.triangulate.graph.views;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jspecify.annotations.Nullable;

/**
 * A store entity with coordinates, for the map: where it is and how many events happened there.
 *
 * @param id {@code ent-…}
 * @param name its name
 * @param type LOCATION or FACILITY (or whatever the gazetteer located)
 * @param lat latitude
 * @param lon longitude
 * @param country ISO 3166-1 alpha-2 code
 * @param province first-level division, or null
 * @param events how many stored events name it as their location
 */
public record Place(String id, String name, String type, double lat, double lon, String country,
    @Nullable String province, int events) {

  /** Every located entity, by name. Linear in the located entities and the events. */
  public static List<Place> all(Handle h) {
    Map<String, Integer> events = new HashMap<>();
    h.createQuery("""
            SELECT l.entity, count(*) AS n FROM events v JOIN entities l ON l.id = v.location
            GROUP BY l.entity""")
        .map((rs, ctx) -> Map.entry(rs.getString("entity"), rs.getInt("n")))
        .forEach(e -> events.put(e.getKey(), e.getValue()));
    List<Place> out = new ArrayList<>();
    h.createQuery("""
            SELECT e.entity,
                   array_agg(e.name ORDER BY d.ordinal, e.id) AS names,
                   array_agg(e.type ORDER BY d.ordinal, e.id) AS types,
                   array_agg(e.lat ORDER BY d.ordinal, e.id) FILTER (WHERE e.country IS NOT NULL) AS lats,
                   array_agg(e.lon ORDER BY d.ordinal, e.id) FILTER (WHERE e.country IS NOT NULL) AS lons,
                   array_agg(e.country ORDER BY d.ordinal, e.id) FILTER (WHERE e.country IS NOT NULL) AS countries,
                   array_agg(e.province ORDER BY d.ordinal, e.id) FILTER (WHERE e.country IS NOT NULL) AS provinces
            FROM entities e JOIN documents d ON d.id = e.document
            WHERE e.entity IN (SELECT entity FROM entities WHERE country IS NOT NULL)
            GROUP BY e.entity""")
        .map((rs, ctx) -> {
          EvidenceSnapshot.Named n = EvidenceSnapshot.named(
              EvidenceSnapshot.strings(rs.getArray("names")),
              EvidenceSnapshot.strings(rs.getArray("types")));
          EntityDetail.GeoPoint g = EntityRows.geo(rs);
          String id = rs.getString("entity");
          return Optional.ofNullable(g).map(x -> new Place(id, n.name(), n.type().name(),
              x.lat(), x.lon(), x.country(), x.province(), events.getOrDefault(id, 0)));
        })
        .forEach(p -> p.ifPresent(out::add));
    out.sort((a, b) -> a.name().compareToIgnoreCase(b.name()));
    return out;
  }
}
