package org.triangulate.e2e;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.triangulate.model.Alias;
import org.triangulate.model.Component;
import org.triangulate.model.Custody;
import org.triangulate.model.Description;
import org.triangulate.model.Document;
import org.triangulate.model.DocumentId;
import org.triangulate.model.EntityType;
import org.triangulate.model.Evidence;
import org.triangulate.model.Geo;
import org.triangulate.model.LocalEntity;
import org.triangulate.model.Mention;
import org.triangulate.model.MentionKind;
import org.triangulate.model.Metadata;
import org.triangulate.model.Part;
import org.triangulate.model.Pipeline;
import org.triangulate.model.Section;
import org.triangulate.model.Span;

/** Building invented reports and their extractions by hand: text, parts, mentions, evidence. */
final class Reports {
  static final Instant INGESTED = Instant.parse("2021-03-10T08:00:00Z");
  static final Pipeline PIPELINE = new Pipeline("0.1.0-e2e", List.of(new Component("hand-built", "1", Map.of())));

  private Reports() {}

  /** One section of a report, in order. */
  record Piece(Section section, String text, @Nullable String author) {
    static Piece of(Section section, String text) {
      return new Piece(section, text, null);
    }
  }

  static Document report(String id, Metadata meta, List<Piece> pieces) {
    StringBuilder text = new StringBuilder();
    List<Part> parts = new ArrayList<>();
    for (Piece p : pieces) {
      if (!text.isEmpty()) {
        text.append("\n\n");
      }
      Span span = new Span(text.length(), text.length() + p.text().length());
      parts.add(new Part(p.section(), span, p.author(), p.author() == null ? null : meta.published()));
      text.append(p.text());
    }
    String all = text.toString();
    return new Document(new DocumentId(id), all, parts, meta, "eng", all.hashCode(),
        new Custody(id + ".txt", all.getBytes(StandardCharsets.UTF_8), "text/plain", "UTF-8", INGESTED));
  }

  static Metadata meta(String title, String source, LocalDate published) {
    return new Metadata(title, "https://news.example/" + title.hashCode(), "A. Reporter", "KABUL", source, published, false);
  }

  /** An entity named wherever the text says its name (whole words), with its aliases and descriptions. */
  static LocalEntity entity(Document doc, String key, EntityType type, String name, List<String> aliases,
      List<String> descriptions, @Nullable Geo geo) {
    List<Mention> mentions = new ArrayList<>(occurrences(doc, name, MentionKind.NAME));
    List<Alias> aliasRecords = new ArrayList<>();
    for (String alias : aliases) {
      List<Mention> found = occurrences(doc, alias, MentionKind.ALIAS);
      mentions.addAll(found);
      aliasRecords.add(new Alias(alias, "parenthesis", found.get(0).evidence()));
    }
    mentions.sort((a, b) -> Integer.compare(a.evidence().span().start(), b.evidence().span().start()));
    List<Description> described = descriptions.stream().map(d -> new Description(d, evidence(doc, d))).toList();
    return new LocalEntity(key, type, name, aliasRecords, described, mentions, null, geo);
  }

  static LocalEntity entity(Document doc, String key, EntityType type, String name) {
    return entity(doc, key, type, name, List.of(), List.of(), null);
  }

  /** Evidence for the first occurrence of {@code quote}. */
  static Evidence evidence(Document doc, String quote) {
    int at = doc.text().indexOf(quote);
    if (at < 0) {
      throw new IllegalArgumentException("not in the text: " + quote);
    }
    return Evidence.of(doc, new Span(at, at + quote.length()));
  }

  private static List<Mention> occurrences(Document doc, String name, MentionKind kind) {
    List<Mention> out = new ArrayList<>();
    String text = doc.text();
    for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      int end = at + name.length();
      boolean before = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
      boolean after = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
      if (before && after) {
        out.add(new Mention(Evidence.of(doc, new Span(at, end)), kind));
      }
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException("not in the text: " + name);
    }
    return out;
  }
}
