package org.triangulate.graph.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.triangulate.graph.StoreException;

/**
 * The store's tables as a whole, for backup and restore: which there are, in an order that loads
 * referenced tables first, their rows in PostgreSQL's COPY text format in a fixed order (primary
 * key), the schema version Flyway applied, and the identity sequences. Runs inside the caller's
 * transaction. Stateless.
 */
final class Tables {
  static final String HISTORY = "flyway_schema_history";

  private Tables() {}

  /** A table, its columns in order and the columns its rows are ordered by. */
  record Table(String name, List<String> columns, List<String> orderBy) {
    Table {
      columns = List.copyOf(columns);
      orderBy = List.copyOf(orderBy);
    }

    String copyOut() {
      return "COPY (SELECT " + quoted(columns) + " FROM " + quote(name) + " ORDER BY "
          + quoted(orderBy) + ") TO STDOUT";
    }

    String copyIn() {
      return "COPY " + quote(name) + " (" + quoted(columns) + ") FROM STDIN";
    }
  }

  /**
   * Fixes the session's output settings for this transaction, so that COPY writes the same text
   * for the same rows whatever the server's or the client's defaults.
   */
  static void fixOutputSettings(Handle h) {
    h.execute("SET LOCAL TimeZone = 'UTC'");
    h.execute("SET LOCAL DateStyle = 'ISO, YMD'");
    h.execute("SET LOCAL IntervalStyle = 'postgres'");
    h.execute("SET LOCAL extra_float_digits = 1");
    h.execute("SET LOCAL bytea_output = 'hex'");
  }

  /** The version of the last migration applied, as Flyway records it ("5"). */
  static String schemaVersion(Handle h) {
    return h.createQuery("SELECT version FROM " + HISTORY
            + " WHERE success AND version IS NOT NULL ORDER BY installed_rank DESC LIMIT 1")
        .mapTo(String.class).one();
  }

  /** The store's tables but Flyway's own, each after the tables it references. */
  static List<Table> all(Handle h) {
    Map<String, List<String>> columns = new LinkedHashMap<>();
    h.createQuery("""
            SELECT c.relname AS t, a.attname AS col FROM pg_class c
            JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
            WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind = 'r'
              AND c.relname <> :history
            ORDER BY c.relname, a.attnum""")
        .bind("history", HISTORY)
        .map((rs, ctx) -> columns.computeIfAbsent(rs.getString("t"), t -> new ArrayList<>())
            .add(rs.getString("col")))
        .list();
    Map<String, List<String>> keys = new LinkedHashMap<>();
    h.createQuery("""
            SELECT c.relname AS t, a.attname AS col FROM pg_index i
            JOIN pg_class c ON c.oid = i.indrelid
            JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, n) ON true
            JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
            WHERE i.indisprimary AND c.relnamespace = current_schema()::regnamespace
            ORDER BY c.relname, k.n""")
        .map((rs, ctx) -> keys.computeIfAbsent(rs.getString("t"), t -> new ArrayList<>())
            .add(rs.getString("col")))
        .list();
    List<Table> out = new ArrayList<>();
    for (String name : referencedFirst(h, columns.keySet())) {
      out.add(new Table(name, columns.get(name), keys.getOrDefault(name, columns.get(name))));
    }
    return out;
  }

  /** {@code tables} ordered so that each comes after the others it has foreign keys to. */
  private static List<String> referencedFirst(Handle h, Set<String> tables) {
    Map<String, Set<String>> references = new LinkedHashMap<>();
    tables.forEach(t -> references.put(t, new LinkedHashSet<>()));
    h.createQuery("""
            SELECT c.conrelid::regclass::text AS t, c.confrelid::regclass::text AS r
            FROM pg_constraint c WHERE c.contype = 'f'
              AND c.connamespace = current_schema()::regnamespace""")
        .map((rs, ctx) -> {
          String t = rs.getString("t");
          String r = rs.getString("r");
          if (references.containsKey(t) && !t.equals(r)) {
            references.get(t).add(r);
          }
          return t;
        })
        .list();
    List<String> ordered = new ArrayList<>();
    Set<String> placed = new LinkedHashSet<>();
    for (String t : references.keySet()) {
      place(t, references, placed, ordered, new ArrayDeque<>());
    }
    return ordered;
  }

  private static void place(String t, Map<String, Set<String>> references, Set<String> placed,
      List<String> ordered, Deque<String> path) {
    if (placed.contains(t) || path.contains(t)) {
      return; // a cycle of foreign keys loads in any order: checks run at the end of each COPY
    }
    path.push(t);
    for (String r : references.getOrDefault(t, Set.of())) {
      place(r, references, placed, ordered, path);
    }
    path.pop();
    placed.add(t);
    ordered.add(t);
  }

  /** Rows per table that has any. */
  static Map<String, Long> nonEmpty(Handle h, List<Table> tables) {
    Map<String, Long> out = new LinkedHashMap<>();
    for (Table t : tables) {
      long n = h.createQuery("SELECT count(*) FROM " + quote(t.name())).mapTo(Long.class).one();
      if (n > 0) {
        out.put(t.name(), n);
      }
    }
    return out;
  }

  /** Writes {@code t}'s rows to {@code out} in COPY text format; returns how many. */
  static long copyOut(Handle h, Table t, OutputStream out) {
    try {
      return copyApi(h).copyOut(t.copyOut(), out);
    } catch (SQLException | IOException e) {
      throw new StoreException("table " + t.name() + ": cannot copy out: " + e.getMessage(), e);
    }
  }

  /** Loads rows in COPY text format from {@code in} into {@code t}; returns how many. */
  static long copyIn(Handle h, Table t, InputStream in) {
    try {
      return copyApi(h).copyIn(t.copyIn(), in);
    } catch (SQLException | IOException e) {
      throw new StoreException("table " + t.name() + ": cannot load: " + e.getMessage(), e);
    }
  }

  /**
   * Turns the tables' own triggers off (or on again) for this transaction's load: the rows were
   * checked when first written, and a trigger that fills another table (search names) would
   * collide with that table's restored rows. Foreign keys and checks stay on.
   */
  static void userTriggers(Handle h, List<Table> tables, boolean enabled) {
    for (Table t : tables) {
      h.execute("ALTER TABLE " + quote(t.name()) + (enabled ? " ENABLE" : " DISABLE")
          + " TRIGGER USER");
    }
  }

  /** Moves every identity sequence past the largest value its column holds. */
  static void resetIdentities(Handle h) {
    List<String[]> identities = h.createQuery("""
            SELECT table_name, column_name FROM information_schema.columns
            WHERE table_schema = current_schema() AND is_identity = 'YES'""")
        .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2)}).list();
    for (String[] tc : identities) {
      h.createQuery("SELECT setval(pg_get_serial_sequence(:t, :c), coalesce(max(" + quote(tc[1])
              + "), 0) + 1, false) FROM " + quote(tc[0]))
          .bind("t", quote(tc[0])).bind("c", tc[1]).mapTo(Long.class).one();
    }
  }

  private static CopyManager copyApi(Handle h) throws SQLException {
    return h.getConnection().unwrap(PGConnection.class).getCopyAPI();
  }

  private static String quoted(List<String> names) {
    return String.join(", ", names.stream().map(Tables::quote).toList());
  }

  private static String quote(String name) {
    return '"' + name.replace("\"", "\"\"") + '"';
  }
}
