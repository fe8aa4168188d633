package org.triangulate.corenlp;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.triangulate.model.Custody;
import org.triangulate.model.Document;
import org.triangulate.model.DocumentId;
import org.triangulate.model.Metadata;
import org.triangulate.model.Part;
import org.triangulate.model.Section;
import org.triangulate.model.Span;

/** Documents for the tests, built straight from fixture text: the whole text is body. */
final class Fixtures {
  private Fixtures() {}

  static String text(String resource) {
    try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("fixture " + resource, e);
    }
  }

  static Document document(String text, LocalDate published) {
    return document(text, published, null);
  }

  /** A document of one body part, filed under {@code dateline}, which the text carries where ingest found it. */
  static Document document(String text, LocalDate published, @Nullable String dateline) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    return new Document(id(bytes), text, List.of(new Part(Section.BODY, new Span(0, text.length()))),
        new Metadata("fixture", null, null, dateline, null, published, false), "eng", 0L,
        new Custody(null, bytes, "text/plain", "UTF-8", Instant.EPOCH));
  }

  /** A document with a title line, then its body. */
  static Document titled(String title, String body, LocalDate published) {
    return titled(title, body, published, null);
  }

  /** A document with a title line, then its body, filed under {@code dateline} on the day it was published. */
  static Document titled(String title, String body, LocalDate published, @Nullable String dateline) {
    String text = title + "\n\n" + body;
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    List<Part> parts = List.of(new Part(Section.TITLE, new Span(0, title.length())),
        new Part(Section.BODY, new Span(title.length() + 2, text.length())));
    return new Document(id(bytes), text, parts,
        new Metadata("fixture", title, null, dateline, null, published, false), "eng", 0L,
        new Custody(null, bytes, "text/plain", "UTF-8", Instant.EPOCH));
  }

  /** A document whose paragraphs, split at blank lines, are parts of the body. */
  static Document paragraphs(String text, LocalDate published) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    List<Part> parts = new java.util.ArrayList<>();
    int start = 0;
    for (String p : text.split("\n\n", -1)) {
      parts.add(new Part(Section.BODY, new Span(start, start + p.length())));
      start += p.length() + 2;
    }
    return new Document(id(bytes), text, parts,
        new Metadata("fixture", null, null, null, null, published, false), "eng", 0L,
        new Custody(null, bytes, "text/plain", "UTF-8", Instant.EPOCH));
  }

  private static DocumentId id(byte[] bytes) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(bytes);
      return new DocumentId("doc-" + HexFormat.of().formatHex(hash).substring(0, 16));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
