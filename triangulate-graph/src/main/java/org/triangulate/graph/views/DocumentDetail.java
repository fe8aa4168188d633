package org.triangulate.graph.views;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jspecify.annotations.Nullable;
import org.triangulate.graph.internal.Json;
import org.triangulate.model.Part;

/**
 * A document with its text and everything extracted from it, for the document page. Every
 * {@code start}/{@code end} is a UTF-16 offset into {@code text}, end exclusive; sections are
 * lower case ({@code title}, {@code body}, {@code caption}, {@code comment}) as in the export.
 *
 * @param id {@code doc-…}
 * @param title headline, or null
 * @param url canonical address, or null
 * @param byline author line, or null
 * @param dateline place line, or null
 * @param source publisher, or null
 * @param published publication date, or null
 * @param publishedInferred whether the date was inferred from the text
 * @param language ISO 639-3 code
 * @param file the name it was ingested or uploaded as, or null
 * @param copyOf the earlier document it is a near-copy of, or null
 * @param resolved false while its entities and events await resolution across documents (saved
 *     by a batch that has not resolved yet; schema 7)
 * @param text the plain text as ingested
 * @param parts the sections of the text, in order
 * @param mentions every entity mention, by offset
 * @param events the events it reports
 * @param claims the claims it reports
 */
public record DocumentDetail(String id, @Nullable String title, @Nullable String url,
    @Nullable String byline, @Nullable String dateline, @Nullable String source,
    @Nullable LocalDate published, boolean publishedInferred, String language,
    @Nullable String file, @Nullable String copyOf, boolean resolved, String text,
    List<TextPart> parts,
    List<EntityMention> mentions, List<EventRef> events, List<ClaimRef> claims) {

  /**
   * One section of the text; author and date for reader comments where the page gives them; the
   * page of a paged original (PDF), else null.
   */
  public record TextPart(String section, int start, int end, @Nullable String author,
      @Nullable LocalDate date, @Nullable Integer page) {}

  /** A mention of a store entity. */
  public record EntityMention(String entity, String name, String type, int start, int end) {}

  /** An event the document reports, with the passages that report it. */
  public record EventRef(String id, String type, @Nullable String time, List<Offsets> evidence) {}

  /** A passage, by offsets. */
  public record Offsets(int start, int end) {}

  /** A passage with its text. */
  public record Passage(int start, int end, String text) {}

  /**
   * A claim the document reports. {@code speaker}, {@code subject} and {@code object} are entity
   * or event ids; the names are the store entity's name or the event's label.
   */
  public record ClaimRef(String id, @Nullable String speaker, @Nullable String speakerName,
      @Nullable String speakerText, String modality, String predicate, String subject,
      @Nullable String subjectName, @Nullable String object, @Nullable String objectName,
      String section, List<Passage> evidence) {}

  /** The document {@code id}, if stored; names come from {@code names}. */
  public static Optional<DocumentDetail> read(Handle h, String id, EvidenceSnapshot names) {
    return h.createQuery("""
            SELECT id, title, url, byline, dateline, source, published, published_inferred,
                   language, file, copy_of, resolved, text, parts
            FROM documents WHERE id = :id""")
        .bind("id", id)
        .map((rs, ctx) -> new DocumentDetail(rs.getString("id"), rs.getString("title"),
            rs.getString("url"), rs.getString("byline"), rs.getString("dateline"),
            rs.getString("source"), rs.getObject("published", LocalDate.class),
            rs.getBoolean("published_inferred"), rs.getString("language"), rs.getString("file"),
            rs.getString("copy_of"), rs.getBoolean("resolved"), rs.getString("text"),
            parts(rs.getString("parts")),
            List.of(), List.of(), List.of()))
        .findFirst()
        .map(d -> d.with(mentions(h, id, names), events(h, id), claims(h, id, names)));
  }

  private DocumentDetail with(List<EntityMention> m, List<EventRef> v, List<ClaimRef> c) {
    return new DocumentDetail(id, title, url, byline, dateline, source, published,
        publishedInferred, language, file, copyOf, resolved, text, parts, m, v, c);
  }

  static String section(String stored) {
    return stored.toLowerCase(Locale.ROOT);
  }

  private static List<TextPart> parts(String json) {
    List<TextPart> out = new ArrayList<>();
    for (Part p : Json.parts(json)) {
      out.add(new TextPart(section(p.section().name()), p.span().start(), p.span().end(),
          p.author(), p.date(), p.page() > 0 ? p.page() : null));
    }
    return out;
  }

  private static List<EntityMention> mentions(Handle h, String doc, EvidenceSnapshot names) {
    return h.createQuery("""
            SELECT e.entity, e.name, e.type, m.start, m."end" FROM mentions m
            JOIN entities e ON e.id = m.entity
            WHERE m.document = :doc ORDER BY m.start, m."end", m.id""")
        .bind("doc", doc)
        .map((rs, ctx) -> {
          String entity = rs.getString("entity");
          String name = names.name(entity);
          return new EntityMention(entity, name != null ? name : rs.getString("name"),
              rs.getString("type"), rs.getInt("start"), rs.getInt("end"));
        })
        .list();
  }

  private static List<EventRef> events(Handle h, String doc) {
    Map<Long, List<Offsets>> evidence = new HashMap<>();
    h.createQuery("""
            SELECT event, start, "end" FROM event_evidence WHERE document = :doc
            ORDER BY event, start, id""")
        .bind("doc", doc)
        .map((rs, ctx) -> Map.entry(rs.getLong("event"),
            new Offsets(rs.getInt("start"), rs.getInt("end"))))
        .forEach(e -> evidence.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
    return h.createQuery(
            "SELECT id, export_id, type, time_value FROM events WHERE document = :doc ORDER BY id")
        .bind("doc", doc)
        .map((rs, ctx) -> new EventRef(rs.getString("export_id"), rs.getString("type"),
            rs.getString("time_value"), evidence.getOrDefault(rs.getLong("id"), List.of())))
        .list();
  }

  private static List<ClaimRef> claims(Handle h, String doc, EvidenceSnapshot names) {
    Map<Long, List<Passage>> evidence = new HashMap<>();
    h.createQuery("""
            SELECT claim, start, "end", text FROM claim_evidence WHERE document = :doc
            ORDER BY claim, start, id""")
        .bind("doc", doc)
        .map((rs, ctx) -> Map.entry(rs.getLong("claim"),
            new Passage(rs.getInt("start"), rs.getInt("end"), rs.getString("text"))))
        .forEach(e -> evidence.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
    return h.createQuery(ClaimRows.COLUMNS + " WHERE c.document = :doc ORDER BY c.id")
        .bind("doc", doc)
        .map((rs, ctx) -> {
          String speaker = rs.getString("speaker");
          String subject = rs.getString("subject");
          String object = rs.getString("object");
          return new ClaimRef(rs.getString("export_id"), speaker, names.name(speaker),
              rs.getString("speaker_text"), rs.getString("modality"), rs.getString("predicate"),
              subject, names.name(subject), object, names.name(object),
              section(rs.getString("section")),
              evidence.getOrDefault(rs.getLong("id"), List.of()));
        })
        .list();
  }
}
