package org.triangulate.graph.views;

import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jspecify.annotations.Nullable;
import org.triangulate.graph.internal.EntityGroup;
import org.triangulate.graph.internal.EntityGroupRows;
import org.triangulate.graph.store.EntitySummary;
import org.triangulate.model.EntityType;

/**
 * The entity list: store entities mentioned in the most documents first, optionally only those
 * of a type or with a name or alias containing a text (case-insensitively). Cost: one
 * aggregate over the matching local entities, then one read per listed entity.
 */
public final class EntityListing {
  private EntityListing() {}

  public static List<EntitySummary> top(Handle h, @Nullable EntityType type,
      @Nullable String contains, int limit) {
    StringBuilder where = new StringBuilder("WHERE true");
    if (type != null) {
      where.append(" AND e.type = :type");
    }
    if (contains != null) {
      where.append(" AND ").append("""
          e.entity IN (
            SELECT x.entity FROM entities x WHERE lower(x.name) LIKE :pattern ESCAPE '!'
            UNION
            SELECT x.entity FROM aliases a JOIN entities x ON x.id = a.entity
            WHERE lower(a.name) LIKE :pattern ESCAPE '!')""");
    }
    List<String> ids = h.createQuery("""
            SELECT e.entity FROM entities e <where>
            GROUP BY e.entity ORDER BY count(DISTINCT e.document) DESC, e.entity LIMIT :limit""")
        .define("where", where.toString())
        .bind("type", type == null ? null : type.name())
        .bind("pattern", contains == null ? null : "%" + escape(contains) + "%")
        .bind("limit", limit)
        .mapTo(String.class).list();
    List<EntitySummary> out = new ArrayList<>();
    for (String id : ids) {
      EntityGroupRows.byId(h, id).findFirst().filter(g -> type == null || g.type() == type)
          .ifPresent(g -> out.add(summary(g)));
    }
    return out;
  }

  private static String escape(String text) {
    return text.toLowerCase(java.util.Locale.ROOT).replace("!", "!!").replace("%", "!%")
        .replace("_", "!_");
  }

  private static EntitySummary summary(EntityGroup g) {
    return new EntitySummary(g.id(), g.type(), g.name(), g.aliases(), g.documents(),
        g.mentions(), g.kb());
  }
}
