package org.triangulate.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.triangulate.graph.store.Store;

/** What the crash tests read of a store to tell whole documents from half-written ones. */
final class StoreChecks {
  private StoreChecks() {}

  /** Per document, its rows in every table that names it, tables in name order. */
  static Map<String, List<Long>> rowsByDocument(Store s) {
    return s.read("rows", h -> {
      Map<String, List<Long>> rows = new TreeMap<>();
      h.createQuery("SELECT id FROM documents").mapTo(String.class)
          .forEach(id -> rows.put(id, new ArrayList<>()));
      for (String table : tablesNamingDocuments(s)) {
        Map<String, Long> counts = new TreeMap<>();
        h.createQuery("SELECT document, count(*) AS n FROM " + table + " GROUP BY document")
            .map((rs, ctx) -> Map.entry(rs.getString("document"), rs.getLong("n")))
            .forEach(e -> counts.put(e.getKey(), e.getValue()));
        rows.forEach((id, list) -> list.add(counts.getOrDefault(id, 0L)));
      }
      return rows;
    });
  }

  /** Rows naming a document that is not stored, plus extracted documents without extraction. */
  static long orphans(Store s) {
    long orphans = 0;
    for (String table : tablesNamingDocuments(s)) {
      orphans += s.read("orphans", h -> h.createQuery("SELECT count(*) FROM " + table
          + " t WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = t.document)")
          .mapTo(Long.class).one());
    }
    long unextracted = s.read("extractions", h -> h.createQuery("""
        SELECT count(*) FROM documents d WHERE d.extracted
          AND NOT EXISTS (SELECT 1 FROM extractions x WHERE x.document = d.id)""")
        .mapTo(Long.class).one());
    return orphans + unextracted;
  }

  /** The ids of the documents awaiting resolution, in id order. */
  static List<String> unresolved(Store s) {
    return s.read("unresolved", h -> h.createQuery(
        "SELECT id FROM documents WHERE NOT resolved ORDER BY id").mapTo(String.class).list());
  }

  private static List<String> tablesNamingDocuments(Store s) {
    return s.read("tables", h -> h.createQuery("""
        SELECT c.table_name FROM information_schema.columns c
        JOIN information_schema.tables t USING (table_schema, table_name)
        WHERE c.table_schema = 'public' AND c.column_name = 'document'
          AND t.table_type = 'BASE TABLE'
        ORDER BY c.table_name""").mapTo(String.class).list());
  }
}
