package org.triangulate.graph.store;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.triangulate.graph.internal.Json;
import org.triangulate.model.Alias;
import org.triangulate.model.Component;
import org.triangulate.model.Custody;
import org.triangulate.model.Description;
import org.triangulate.model.Document;
import org.triangulate.model.DocumentId;
import org.triangulate.model.EntityType;
import org.triangulate.model.Evidence;
import org.triangulate.model.Extraction;
import org.triangulate.model.LocalEntity;
import org.triangulate.model.Mention;
import org.triangulate.model.MentionKind;
import org.triangulate.model.Metadata;
import org.triangulate.model.Part;
import org.triangulate.model.Pipeline;
import org.triangulate.model.Problem;
import org.triangulate.model.Section;
import org.triangulate.model.Span;

/** Invented articles and extractions built by hand for the store's tests. */
final class Articles {
  static final Instant INGESTED = Instant.parse("2021-02-23T08:15:30.123456Z");
  static final Pipeline PIPELINE = new Pipeline("0.1.0-test", List.of(
      new Component("tokenize", "4.5.10", Map.of()),
      new Component("ner", "4.5.10", Map.of("applyFineGrained", "false", "useSUTime", "true"))));

  private Articles() {}

  /** A document of a title, body paragraphs, then one caption and one comment when given. */
  static Document article(String language, String title, String body, @Nullable String caption,
      @Nullable String comment) {
    StringBuilder text = new StringBuilder();
    List<Part> parts = new ArrayList<>();
    append(text, parts, Section.TITLE, title);
    append(text, parts, Section.BODY, body);
    if (caption != null) {
      append(text, parts, Section.CAPTION, caption);
    }
    if (comment != null) {
      append(text, parts, Section.COMMENT, comment);
    }
    String all = text.toString();
    return new Document(
        new DocumentId("doc-" + Json.sha256Hex(all).substring(0, 16)),
        all,
        parts,
        new Metadata(title, "https://news.example/" + title.hashCode(), "A. Reporter", "KABUL",
            "Example Times", LocalDate.of(2021, 2, 22), false),
        language,
        fingerprint(all),
        new Custody("/corpus/" + Math.abs(title.hashCode()) + ".txt",
            all.getBytes(StandardCharsets.UTF_8), "text/plain", "UTF-8", INGESTED));
  }

  static Document article(String title, String body) {
    return article("eng", title, body, null, null);
  }

  /** The same document with another fingerprint, as a near-copy would have. */
  static Document withFingerprint(Document d, long fingerprint) {
    return new Document(d.id(), d.text(), d.parts(), d.meta(), d.language(), fingerprint,
        d.custody());
  }

  private static void append(StringBuilder text, List<Part> parts, Section section, String s) {
    if (!text.isEmpty()) {
      text.append("\n\n");
    }
    parts.add(new Part(section, new Span(text.length(), text.length() + s.length())));
    text.append(s);
  }

  /** A well-spread 64-bit fingerprint, so unrelated test texts are never near-duplicates. */
  static long fingerprint(String text) {
    return Long.parseUnsignedLong(Json.sha256Hex(text).substring(0, 16), 16);
  }

  static Extraction extraction(Document doc, LocalEntity... entities) {
    return new Extraction(doc.id(), PIPELINE, List.of(entities),
        List.of(new Problem("parse", "sentence too long, skipped", new Span(0, 5))));
  }

  /**
   * An entity named {@code name} everywhere the text says it, with {@code aliases} (found in the
   * text, each its own mention) and descriptions quoted from the text.
   */
  static LocalEntity entity(Document doc, String key, EntityType type, String name,
      @Nullable String kb, List<String> aliases, List<String> descriptions) {
    List<Mention> mentions = new ArrayList<>(occurrences(doc, name, MentionKind.NAME));
    List<Alias> aliasRecords = new ArrayList<>();
    for (String alias : aliases) {
      List<Mention> found = occurrences(doc, alias, MentionKind.ALIAS);
      mentions.addAll(found);
      aliasRecords.add(new Alias(alias, "parenthesis", found.get(0).evidence()));
    }
    mentions.sort(Comparator.comparing(Mention::span));
    List<Description> descriptionRecords = descriptions.stream()
        .map(d -> new Description(d, evidence(doc, d))).toList();
    return new LocalEntity(key, type, name, aliasRecords, descriptionRecords, mentions, kb);
  }

  static LocalEntity entity(Document doc, String key, EntityType type, String name) {
    return entity(doc, key, type, name, null, List.of(), List.of());
  }

  /** Evidence for the first occurrence of {@code quote} in the document. */
  static Evidence evidence(Document doc, String quote) {
    int at = doc.text().indexOf(quote);
    if (at < 0) {
      throw new IllegalArgumentException("not in the text: " + quote);
    }
    return Evidence.of(doc, new Span(at, at + quote.length()));
  }

  private static List<Mention> occurrences(Document doc, String name, MentionKind kind) {
    List<Mention> out = new ArrayList<>();
    for (int at = doc.text().indexOf(name); at >= 0; at = doc.text().indexOf(name, at + 1)) {
      out.add(new Mention(Evidence.of(doc, new Span(at, at + name.length())), kind));
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException("not in the text: " + name);
    }
    return out;
  }
}
