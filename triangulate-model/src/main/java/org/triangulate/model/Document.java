package org.triangulate.model;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * One ingested report. {@link #text()} is its plain text with markup and page chrome removed; the
 * {@link #parts()} cover it in order (title, body paragraphs, captions, comments), and every span
 * anywhere in Triangulate is an offset into this text.
 *
 * @param id content hash of the normalised text
 * @param text plain text as ingested
 * @param parts the sections of the text, in order, not overlapping
 * @param meta title, byline, dateline, source, published date
 * @param language ISO 639-3 code from language identification ({@code eng}), or {@code und}
 * @param fingerprint 64-bit SimHash of the body's word shingles, for near-duplicate detection
 * @param custody the raw bytes, where they came from and when
 */
public record Document(
    DocumentId id,
    String text,
    List<Part> parts,
    Metadata meta,
    String language,
    long fingerprint,
    Custody custody) {
  public Document {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    parts = List.copyOf(parts);
    Objects.requireNonNull(meta, "meta");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(custody, "custody");
    int last = 0;
    for (Part p : parts) {
      if (p.span().start() < last || p.span().end() > text.length()) {
        throw new IllegalArgumentException(
            "parts must be in order and inside the text: " + p.span() + ", length=" + text.length());
      }
      last = p.span().end();
    }
  }

  /** The text of every part in {@code section}, in order. */
  public List<String> texts(Section section) {
    return parts.stream().filter(p -> p.section() == section).map(p -> p.span().of(text)).toList();
  }

  /** The section the offset falls in; offsets between parts count as body. */
  public Section sectionAt(int offset) {
    for (Part p : parts) {
      if (p.span().start() <= offset && offset < p.span().end()) {
        return p.section();
      }
    }
    return Section.BODY;
  }

  /**
   * The page of a paged original (a PDF) the offset is on, so that evidence can cite it; empty
   * for a document without pages and for offsets between parts.
   */
  public OptionalInt findPage(int offset) {
    for (Part p : parts) {
      if (p.span().start() <= offset && offset < p.span().end()) {
        return p.page() > 0 ? OptionalInt.of(p.page()) : OptionalInt.empty();
      }
    }
    return OptionalInt.empty();
  }

  /** True when the language identifier found English, the language the models are for. */
  public boolean isEnglish() {
    return "eng".equals(language);
  }
}
