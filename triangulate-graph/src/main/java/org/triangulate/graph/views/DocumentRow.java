package org.triangulate.graph.views;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jdbi.v3.core.Handle;
import org.jspecify.annotations.Nullable;

/**
 * One stored document as the document list shows it.
 *
 * @param id {@code doc-…}
 * @param title headline, or null
 * @param published publication date, or null
 * @param publishedInferred whether the date was inferred from the text
 * @param language ISO 639-3 code
 * @param source publisher, or null
 * @param file the name it was ingested or uploaded as, or null
 * @param entities how many entities extraction found in it
 * @param extracted whether it was extracted
 * @param copyOf the earlier document it is a near-copy of, or null
 * @param resolved false while its entities and events await resolution across documents (saved
 *     by a batch that has not resolved yet; schema 7)
 */
public record DocumentRow(String id, @Nullable String title, @Nullable LocalDate published,
    boolean publishedInferred, String language, @Nullable String source, @Nullable String file,
    int entities, boolean extracted, @Nullable String copyOf, boolean resolved) {
  public DocumentRow {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(language, "language");
  }

  /** Every stored document, in the order they were stored. Linear in documents and entities. */
  public static List<DocumentRow> all(Handle h) {
    return h.createQuery("""
            SELECT d.id, d.title, d.published, d.published_inferred, d.language, d.source, d.file,
                   coalesce(n.entities, 0) AS entities, d.extracted, d.copy_of,
                   d.resolved
            FROM documents d
            LEFT JOIN (SELECT document, count(*) AS entities FROM entities GROUP BY document) n
              ON n.document = d.id
            ORDER BY d.ordinal""")
        .map((rs, ctx) -> new DocumentRow(rs.getString("id"), rs.getString("title"),
            rs.getObject("published", LocalDate.class), rs.getBoolean("published_inferred"),
            rs.getString("language"), rs.getString("source"), rs.getString("file"),
            rs.getInt("entities"), rs.getBoolean("extracted"), rs.getString("copy_of"),
            rs.getBoolean("resolved")))
        .list();
  }
}
