package org.triangulate.graph.export;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.triangulate.model.Section;

/**
 * An evidence row as the export writes it: {@code {document, section, start, end, text}}, the
 * section as its lower-case label.
 */
record ExportedEvidence(String document, Section section, int start, int end, String text) {

  /** From the document, section, start, end and text columns of a row. */
  static ExportedEvidence of(ResultSet rs) throws SQLException {
    return new ExportedEvidence(rs.getString("document"),
        Section.valueOf(rs.getString("section")), rs.getInt("start"), rs.getInt("end"),
        rs.getString("text"));
  }

  void write(JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("document", document);
    g.writeStringField("section", section.label());
    g.writeNumberField("start", start);
    g.writeNumberField("end", end);
    g.writeStringField("text", text);
    g.writeEndObject();
  }
}
