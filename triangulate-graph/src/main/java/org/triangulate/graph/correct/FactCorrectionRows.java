package org.triangulate.graph.correct;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jspecify.annotations.Nullable;
import org.triangulate.graph.StoreException;
import org.triangulate.model.EventType;
import org.triangulate.model.Predicate;

/**
 * The corrections of events, claims and links in {@code fact_corrections}: recording one after
 * checking that its target and value exist, superseding the earlier one of the same target and
 * action, and reading those in force. Runs inside the caller's transaction. Stateless.
 */
public final class FactCorrectionRows {
  private FactCorrectionRows() {}

  /** The corrections in force, oldest first, event targets mapped to their group as it is now. */
  public static List<FactCorrection> active(Handle h) {
    return h.createQuery("""
            SELECT f.id, f.target, f.action, f.value, f.why, f.made_by, f.made_at,
                   coalesce((SELECT coalesce(v.event_group, v.export_id) FROM events v
                             WHERE f.target LIKE 'evt-%'
                               AND (v.export_id = f.target OR v.event_group = f.target)
                             ORDER BY v.export_id = f.target DESC LIMIT 1), f.target) AS grp
            FROM fact_corrections f WHERE f.superseded_by IS NULL ORDER BY f.id""")
        .map((rs, ctx) -> new FactCorrection(rs.getLong("id"), rs.getString("target"),
            rs.getString("grp"), FactCorrection.Action.valueOf(rs.getString("action")),
            rs.getString("value"), rs.getString("why"), rs.getString("made_by"),
            rs.getObject("made_at", OffsetDateTime.class).toInstant()))
        .list();
  }

  /** The corrections in force whose event, claim or link ends the store no longer has. */
  public static List<FactCorrection> orphans(Handle h) {
    return active(h).stream().filter(c -> switch (c.kind()) {
      case EVENT -> !exists(h, "SELECT 1 FROM events WHERE export_id = :v OR event_group = :v",
          c.group());
      case CLAIM -> !exists(h, "SELECT 1 FROM claims WHERE export_id = :v", c.target());
      case LINK -> !linkEndsStored(h, c.target());
    }).toList();
  }

  /** The corrections in force of {@code target} (or of the event group it belongs to). */
  public static List<FactCorrection> of(Handle h, String target, @Nullable String group) {
    return active(h).stream()
        .filter(c -> c.target().equals(target) || c.group().equals(target)
            || (group != null && c.group().equals(group)))
        .toList();
  }

  /**
   * Records a correction and supersedes the one in force of the same target and action.
   *
   * @throws StoreException naming the target or value when either is not stored or not valid
   */
  public static FactCorrection record(Handle h, String target, FactCorrection.Action action,
      @Nullable String value, String why, String by, Instant at) {
    FactCorrection.Kind kind = kindOf(target);
    checkTarget(h, kind, target);
    String normalised = checkValue(h, kind, target, action, value);
    long id = h.createUpdate("""
            INSERT INTO fact_corrections (target, action, value, why, made_by, made_at)
            VALUES (:target, :action, :value, :why, :by, :at)""")
        .bind("target", target).bind("action", action.name()).bind("value", normalised)
        .bind("why", why).bind("by", by).bind("at", at.atOffset(ZoneOffset.UTC))
        .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    h.createUpdate("""
            UPDATE fact_corrections SET superseded_by = :id
            WHERE target = :target AND action = :action AND id <> :id AND superseded_by IS NULL""")
        .bind("id", id).bind("target", target).bind("action", action.name()).execute();
    return active(h).stream().filter(c -> c.id() == id).findFirst().orElseThrow();
  }

  private static FactCorrection.Kind kindOf(String target) {
    try {
      return FactCorrection.Kind.of(target);
    } catch (IllegalArgumentException e) {
      throw new StoreException(e.getMessage(), e);
    }
  }

  private static void checkTarget(Handle h, FactCorrection.Kind kind, String target) {
    boolean stored = switch (kind) {
      case EVENT -> exists(h, "SELECT 1 FROM events WHERE export_id = :v OR event_group = :v", target);
      case CLAIM -> exists(h, "SELECT 1 FROM claims WHERE export_id = :v", target);
      case LINK -> linkEndsStored(h, target);
    };
    if (!stored) {
      throw new StoreException(target + ": no such " + kind.name().toLowerCase(java.util.Locale.ROOT)
          + " in the store");
    }
  }

  private static boolean linkEndsStored(Handle h, String link) {
    String[] p = link.split("~", -1);
    boolean typeKnown = Arrays.stream(Predicate.values()).anyMatch(x -> x.name().equals(p[2]));
    return typeKnown && entityStored(h, p[0]) && (entityStored(h, p[1]) || exists(h,
        "SELECT 1 FROM events WHERE export_id = :v OR event_group = :v", p[1]));
  }

  private static @Nullable String checkValue(Handle h, FactCorrection.Kind kind, String target,
      FactCorrection.Action action, @Nullable String value) {
    if (action == FactCorrection.Action.REJECT) {
      return null;
    }
    if (value == null || value.isBlank()) {
      throw new StoreException(target + ": " + action + " needs a value: a type or an entity id");
    }
    String v = value.strip();
    if (action == FactCorrection.Action.REATTRIBUTE) {
      if (!entityStored(h, v)) {
        throw new StoreException(target + ": cannot re-attribute to " + v + ": no such entity");
      }
      if (kind == FactCorrection.Kind.EVENT && !exists(h, """
              SELECT 1 FROM claims c JOIN events v ON v.id = c.object_event
              WHERE c.predicate = 'PERPETRATOR_OF' AND (v.export_id = :v OR v.event_group = :v)""",
          target)) {
        throw new StoreException(target + ": no claim says who did it, so there is nothing to"
            + " re-attribute (reject the event, or correct the claims)");
      }
      return v;
    }
    String upper = v.toUpperCase(java.util.Locale.ROOT);
    List<String> allowed = kind == FactCorrection.Kind.EVENT
        ? Arrays.stream(EventType.values()).map(Enum::name).toList()
        : Arrays.stream(Predicate.values()).map(Enum::name).toList();
    if (!allowed.contains(upper)) {
      throw new StoreException(target + ": '" + v + "' is not " + (kind == FactCorrection.Kind.EVENT
          ? "an event type" : "a predicate") + ": one of " + String.join(", ", allowed));
    }
    return upper;
  }

  private static boolean entityStored(Handle h, String id) {
    return exists(h, "SELECT 1 FROM entities WHERE entity = :v", id);
  }

  private static boolean exists(Handle h, String sql, String v) {
    return h.createQuery("SELECT EXISTS (" + sql + ")").bind("v", v).mapTo(Boolean.class).one();
  }
}
