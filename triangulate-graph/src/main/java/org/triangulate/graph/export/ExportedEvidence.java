package org.triangulate.graph.export;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jspecify.annotations.Nullable;
import org.triangulate.model.Section;

/**
 * An evidence row as the export writes it: {@code {document, section, start, end, text}}, the
 * section as its lower-case label, and {@code page} where the document has pages (a PDF): the
 * page of the part the span starts in.
 */
record ExportedEvidence(String document, Section section, int start, int end, String text,
    @Nullable Integer page) {
  /**
   * The column {@code page} for an evidence row aliased {@code x} (with {@code document} and
   * {@code start} columns): the page of the last document part starting at or before it, null
   * when the document has no pages. A subquery over that document's parts alone.
   */
  static String page(String x) {
    return """
        (SELECT (p ->> 'page')::int FROM documents pd CROSS JOIN jsonb_array_elements(pd.parts) p
         WHERE pd.id = X.document AND p ->> 'page' IS NOT NULL AND (p ->> 'start')::int <= X.start
         ORDER BY (p ->> 'start')::int DESC LIMIT 1) AS page""".replace("X.", x + ".") + "\n";
  }

  /** From the document, section, start, end, text and page columns of a row. */
  static ExportedEvidence of(ResultSet rs) throws SQLException {
    return new ExportedEvidence(rs.getString("document"),
        Section.valueOf(rs.getString("section")), rs.getInt("start"), rs.getInt("end"),
        rs.getString("text"), rs.getObject("page", Integer.class));
  }

  void write(JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("document", document);
    g.writeStringField("section", section.label());
    g.writeNumberField("start", start);
    g.writeNumberField("end", end);
    g.writeStringField("text", text);
    if (page != null) {
      g.writeNumberField("page", page);
    }
    g.writeEndObject();
  }
}
