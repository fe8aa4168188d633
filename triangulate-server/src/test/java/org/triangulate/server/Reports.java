package org.triangulate.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.triangulate.model.Alias;
import org.triangulate.model.Claim;
import org.triangulate.model.Component;
import org.triangulate.model.Custody;
import org.triangulate.model.Description;
import org.triangulate.model.Document;
import org.triangulate.model.DocumentId;
import org.triangulate.model.EntityType;
import org.triangulate.model.Event;
import org.triangulate.model.Evidence;
import org.triangulate.model.Extraction;
import org.triangulate.model.LocalEntity;
import org.triangulate.model.Mention;
import org.triangulate.model.MentionKind;
import org.triangulate.model.Metadata;
import org.triangulate.model.Part;
import org.triangulate.model.Pipeline;
import org.triangulate.model.Section;
import org.triangulate.model.Span;

/**
 * Invented reports and extractions built by hand, for the API's tests and the latency
 * benchmark: documents of a title and a body (and a comment when given), entities named
 * wherever the text says them.
 */
final class Reports {
  static final Instant INGESTED = Instant.parse("2021-02-23T08:15:30.123456Z");
  static final Pipeline PIPELINE = new Pipeline("0.1.0-test",
      List.of(new Component("hand-built", "1", Map.of())));

  private Reports() {}

  static Document report(String title, String body, String source, LocalDate published,
      @Nullable String comment) {
    StringBuilder text = new StringBuilder();
    List<Part> parts = new ArrayList<>();
    append(text, parts, Section.TITLE, title);
    append(text, parts, Section.BODY, body);
    if (comment != null) {
      append(text, parts, Section.COMMENT, comment);
    }
    String all = text.toString();
    String hash = sha256(all);
    return new Document(new DocumentId("doc-" + hash.substring(0, 16)), all, parts,
        new Metadata(title, "https://news.example/" + hash.substring(0, 8), "A. Reporter",
            "KABUL", source, published, false),
        "eng", Long.parseUnsignedLong(hash.substring(16, 32), 16),
        new Custody(hash.substring(0, 8) + ".txt", all.getBytes(StandardCharsets.UTF_8),
            "text/plain", "UTF-8", INGESTED));
  }

  private static void append(StringBuilder text, List<Part> parts, Section section, String s) {
    if (!text.isEmpty()) {
      text.append("\n\n");
    }
    parts.add(new Part(section, new Span(text.length(), text.length() + s.length())));
    text.append(s);
  }

  static Extraction extraction(Document doc, List<LocalEntity> entities, List<Event> events,
      List<Claim> claims) {
    return new Extraction(doc.id(), PIPELINE, entities, events, claims, List.of());
  }

  /** An entity named {@code name} wherever the text says it, with aliases and descriptions. */
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
    List<Description> described = descriptions.stream()
        .map(d -> new Description(d, evidence(doc, d))).toList();
    return new LocalEntity(key, type, name, aliasRecords, described, mentions, kb);
  }

  static LocalEntity entity(Document doc, String key, EntityType type, String name) {
    return entity(doc, key, type, name, null, List.of(), List.of());
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
    for (int at = doc.text().indexOf(name); at >= 0; at = doc.text().indexOf(name, at + 1)) {
      // whole words only: "NDS" is not a mention inside "NDSX"
      boolean before = at == 0 || !Character.isLetterOrDigit(doc.text().charAt(at - 1));
      int end = at + name.length();
      boolean after = end == doc.text().length() || !Character.isLetterOrDigit(doc.text().charAt(end));
      if (before && after) {
        out.add(new Mention(Evidence.of(doc, new Span(at, end)), kind));
      }
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException("not in the text: " + name);
    }
    return out;
  }

  static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
