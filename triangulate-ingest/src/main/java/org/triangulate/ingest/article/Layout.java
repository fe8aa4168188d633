package org.triangulate.ingest.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.triangulate.model.Part;
import org.triangulate.model.Section;
import org.triangulate.model.Span;

/**
 * A cleaned article laid out as one text: title, body paragraphs, captions, comments, in that
 * order, separated by blank lines ({@code "\n\n"}), with one {@link Part} per piece.
 *
 * @param text the document text
 * @param parts the pieces, in order
 */
public record Layout(String text, List<Part> parts) {
  /** The separator between pieces. */
  public static final String SEPARATOR = "\n\n";

  public Layout {
    Objects.requireNonNull(text, "text");
    parts = List.copyOf(parts);
  }

  /** Lays out a cleaned article; O(length of its text). */
  public static Layout of(Article article) {
    Builder b = new Builder();
    if (article.title() != null) {
      b.add(Section.TITLE, article.title(), null);
    }
    article.body().forEach(p -> b.add(Section.BODY, p, null));
    article.captions().forEach(c -> b.add(Section.CAPTION, c, null));
    article.comments().forEach(c -> b.add(Section.COMMENT, c.text(), c));
    return new Layout(b.text.toString(), b.parts);
  }

  /**
   * Lays out a paged original (a PDF): the title, then each page's paragraphs as body, every
   * body part carrying its page (from 1). O(length of its text).
   */
  public static Layout paged(@Nullable String title, List<List<String>> pages) {
    Builder b = new Builder();
    if (title != null) {
      b.add(Section.TITLE, title, null);
    }
    for (int i = 0; i < pages.size(); i++) {
      b.page = i + 1;
      pages.get(i).forEach(p -> b.add(Section.BODY, p, null));
    }
    return new Layout(b.text.toString(), b.parts);
  }

  /** The title and body only, one piece a line: what the article itself says. */
  public String articleText() {
    return textOf(Set.of(Section.TITLE, Section.BODY));
  }

  /** The pieces in {@code sections}, one a line. */
  public String textOf(Set<Section> sections) {
    StringBuilder sb = new StringBuilder();
    for (Part p : parts) {
      if (sections.contains(p.section())) {
        sb.append(p.span().of(text)).append('\n');
      }
    }
    return sb.toString();
  }

  private static final class Builder {
    private final StringBuilder text = new StringBuilder();
    private final List<Part> parts = new ArrayList<>();
    private int page;

    void add(Section section, String piece, @Nullable Comment comment) {
      if (piece.isEmpty()) {
        return;
      }
      if (!text.isEmpty()) {
        text.append(SEPARATOR);
      }
      Span span = new Span(text.length(), text.length() + piece.length());
      text.append(piece);
      parts.add(
          comment == null
              ? new Part(section, span, page)
              : new Part(section, span, comment.author(), comment.date()));
    }
  }
}
