package org.triangulate.graph.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.result.ResultIterator;
import org.jspecify.annotations.Nullable;
import org.triangulate.graph.StoreException;
import org.triangulate.graph.internal.EntityGroup;
import org.triangulate.graph.internal.EntityGroupRows;
import org.triangulate.graph.internal.Json;
import org.triangulate.graph.links.Conflict;
import org.triangulate.graph.correct.FactCorrection;
import org.triangulate.graph.correct.FactCorrectionRows;
import org.triangulate.graph.links.EvidenceGraph;
import org.triangulate.graph.links.Link;
import org.triangulate.graph.links.SourceTable;
import org.triangulate.model.Component;
import org.triangulate.model.Geo;
import org.triangulate.model.Part;
import org.triangulate.model.Section;

/**
 * Writes the store as one {@code triangulate/1} JSON object (see {@code export-format.md}),
 * streamed row by row so the store may be larger than memory. Links and conflicts are derived
 * from the claims ({@link EvidenceGraph}); they hold one small record per claim in memory.
 * Events and claims are as extracted; {@code corrections} lists the analyst's corrections of
 * events, claims and links in force (target, action, value, why, by, at), which the links and
 * conflicts are computed with. The key was added within {@code triangulate/1}: readers that do
 * not know it can skip it.
 *
 * <p>Call it through {@code Store.export}, which opens the read-only, repeatable-read
 * transaction this needs: the cursors stream only inside a transaction, and the export is then
 * one consistent snapshot. Stateless, so thread-safe.
 */
public final class JsonExport {
  /** The value of the export's {@code format} key. */
  public static final String FORMAT = "triangulate/1";

  private static final JsonFactory FACTORY = new JsonFactory();
  private static final int FETCH = 200;

  private JsonExport() {}

  private static void links(EvidenceGraph graph, JsonGenerator g) throws IOException {
    g.writeArrayFieldStart("links");
    for (Link l : graph.links()) {
      g.writeStartObject();
      g.writeStringField("source", l.source());
      g.writeStringField("target", l.target());
      g.writeStringField("type", l.type());
      strings(g, "claims", l.claims());
      g.writeNumberField("documents", l.documents());
      g.writeNumberField("speakers", l.speakers());
      g.writeNumberField("independentOrigins", l.independentOrigins());
      g.writeNumberField("contradictingOrigins", l.contradictingOrigins());
      g.writeStringField("grade", l.grade());
      g.writeStringField("from", l.from() == null ? null : l.from().toString());
      g.writeStringField("to", l.to() == null ? null : l.to().toString());
      strings(g, "origins", l.origins());
      strings(g, "explanation", l.explanation());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void conflicts(EvidenceGraph graph, JsonGenerator g) throws IOException {
    g.writeArrayFieldStart("conflicts");
    for (Conflict c : graph.conflicts()) {
      g.writeStartObject();
      g.writeStringField("event", c.event());
      strings(g, "claimed", c.claimed());
      strings(g, "attributed", c.attributed());
      strings(g, "coded", c.coded());
      g.writeArrayFieldStart("counts");
      for (Conflict.Count n : c.counts()) {
        g.writeStartObject();
        g.writeStringField("field", n.field());
        g.writeNumberField("value", n.value());
        g.writeStringField("report", n.report());
        g.writeStringField("document", n.document());
        g.writeStringField("source", n.source());
        g.writeEndObject();
      }
      g.writeEndArray();
      strings(g, "claims", c.claims());
      g.writeStringField("kind", c.kind());
      g.writeEndObject();
    }
    g.writeEndArray();
  }


  /**
   * The analyst's corrections of events, claims and links in force: the links and conflicts
   * above are read with them applied; events and claims are as extracted.
   */
  private static void corrections(Handle h, JsonGenerator g) throws IOException {
    g.writeArrayFieldStart("corrections");
    for (FactCorrection c : FactCorrectionRows.active(h)) {
      g.writeStartObject();
      g.writeStringField("target", c.target());
      g.writeStringField("action", c.action().name());
      g.writeStringField("value", c.value());
      g.writeStringField("why", c.why());
      g.writeStringField("by", c.by());
      g.writeStringField("at", c.at().toString());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  /**
   * Writes everything readable through {@code h} to {@code out} as UTF-8 JSON; leaves {@code
   * out} open.
   */
  public static void write(Handle h, OutputStream out) {
    try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeStringField("format", FORMAT);
      pipeline(h, g);
      documents(h, g);
      entities(h, g);
      EventClaimExport.events(h, g);
      EventClaimExport.claims(h, g);
      EvidenceGraph graph = EvidenceGraph.of(h, SourceTable.bundled());
      links(graph, g);
      conflicts(graph, g);
      corrections(h, g);
      g.writeEndObject();
    } catch (IOException e) {
      throw new StoreException("export: cannot write: " + e.getMessage(), e);
    } catch (UncheckedIOException e) {
      throw new StoreException("export: cannot write: " + e.getCause().getMessage(), e);
    }
  }

  /** The pipeline of the most recent extraction; null when nothing was extracted. */
  private static void pipeline(Handle h, JsonGenerator g) throws IOException {
    var latest = h.createQuery("""
        SELECT p.version, p.components FROM extractions x
        JOIN pipelines p ON p.id = x.pipeline JOIN documents d ON d.id = x.document
        ORDER BY x.extracted_at DESC, d.ordinal DESC LIMIT 1""")
        .map((rs, ctx) -> Map.entry(rs.getString("version"), rs.getString("components")))
        .findFirst();
    g.writeFieldName("pipeline");
    if (latest.isEmpty()) {
      g.writeNull();
      return;
    }
    g.writeStartObject();
    g.writeStringField("version", latest.get().getKey());
    g.writeArrayFieldStart("components");
    for (Component c : Json.components(latest.get().getValue())) {
      g.writeStartObject();
      g.writeStringField("name", c.name());
      g.writeStringField("version", c.version());
      g.writeObjectFieldStart("settings");
      for (Map.Entry<String, String> s : new java.util.TreeMap<>(c.settings()).entrySet()) {
        g.writeStringField(s.getKey(), s.getValue());
      }
      g.writeEndObject();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void documents(Handle h, JsonGenerator g) throws IOException {
    g.writeArrayFieldStart("documents");
    try (ResultIterator<ExportedDocument> rows = h.createQuery("""
        SELECT id, title, url, file, language, published, published_inferred, byline, dateline,
               source, copy_of, text, parts, resolved
        FROM documents ORDER BY ordinal""")
        .setFetchSize(FETCH)
        .map((rs, ctx) -> new ExportedDocument(
            rs.getString("id"), rs.getString("title"), rs.getString("url"), rs.getString("file"),
            rs.getString("language"), rs.getObject("published", LocalDate.class),
            rs.getBoolean("published_inferred"), rs.getString("byline"),
            rs.getString("dateline"), rs.getString("source"), rs.getString("copy_of"),
            rs.getString("text"), Json.parts(rs.getString("parts")), rs.getBoolean("resolved")))
        .iterator()) {
      while (rows.hasNext()) {
        rows.next().write(g);
      }
    }
    g.writeEndArray();
  }

  private static void entities(Handle h, JsonGenerator g) throws IOException {
    g.writeArrayFieldStart("entities");
    // both ordered by entity id: a merge join, so neither side is held in memory
    try (ResultIterator<EntityGroup> groups = EntityGroupRows.select(h, null).iterator();
        ResultIterator<Map.Entry<String, ExportedEvidence>> mentions = h.createQuery("""
            SELECT e.entity, m.document, m.section, m.start, m."end", m.text, """ + ExportedEvidence.page("m") + """
            FROM mentions m JOIN entities e ON e.id = m.entity
            JOIN documents d ON d.id = m.document
            ORDER BY e.entity, d.ordinal, m.start, m."end", m.id""")
            .setFetchSize(FETCH)
            .map((rs, ctx) -> Map.entry(rs.getString("entity"), ExportedEvidence.of(rs)))
            .iterator()) {
      Peeking<Map.Entry<String, ExportedEvidence>> pending = new Peeking<>(mentions);
      while (groups.hasNext()) {
        entity(g, groups.next(), pending);
      }
    }
    g.writeEndArray();
  }

  private static void entity(JsonGenerator g, EntityGroup e,
      Peeking<Map.Entry<String, ExportedEvidence>> mentions) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", e.id());
    g.writeStringField("type", e.type().name());
    g.writeStringField("name", e.name());
    strings(g, "aliases", e.aliases());
    strings(g, "descriptions", e.descriptions());
    g.writeNumberField("documents", e.documents());
    g.writeStringField("kb", e.kb());
    geo(g, e.geo());
    g.writeArrayFieldStart("mentions");
    while (mentions.peek() != null && mentions.peek().getKey().equals(e.id())) {
      mentions.next().getValue().write(g);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /** {@code geo: {lat, lon, country, province}}, or null. */
  private static void geo(JsonGenerator g, @Nullable Geo geo) throws IOException {
    g.writeFieldName("geo");
    if (geo == null) {
      g.writeNull();
      return;
    }
    g.writeStartObject();
    g.writeNumberField("lat", geo.lat());
    g.writeNumberField("lon", geo.lon());
    g.writeStringField("country", geo.country());
    g.writeStringField("province", geo.province());
    g.writeEndObject();
  }

  static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
    g.writeArrayFieldStart(field);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  /** A document row as the export writes it. */
  private record ExportedDocument(
      String id, @Nullable String title, @Nullable String url, @Nullable String file,
      String language, @Nullable LocalDate published, boolean publishedInferred,
      @Nullable String byline, @Nullable String dateline, @Nullable String source,
      @Nullable String copyOf, String text, List<Part> parts, boolean resolved) {

    void write(JsonGenerator g) throws IOException {
      g.writeStartObject();
      g.writeStringField("id", id);
      g.writeStringField("title", title);
      g.writeStringField("url", url);
      g.writeStringField("file", file);
      g.writeStringField("language", language);
      g.writeStringField("published", published == null ? null : published.toString());
      g.writeBooleanField("publishedInferred", publishedInferred);
      g.writeStringField("byline", byline);
      g.writeStringField("dateline", dateline);
      g.writeStringField("source", source);
      g.writeStringField("copyOf", copyOf);
      // false only for a batch's document read before the batch resolved it (see the README)
      g.writeBooleanField("resolved", resolved);
      g.writeStringField("text", text);
      strings(g, "captions", texts(Section.CAPTION));
      strings(g, "comments", texts(Section.COMMENT));
      g.writeEndObject();
    }

    private List<String> texts(Section section) {
      return parts.stream().filter(p -> p.section() == section)
          .map(p -> p.span().of(text)).toList();
    }
  }
}
