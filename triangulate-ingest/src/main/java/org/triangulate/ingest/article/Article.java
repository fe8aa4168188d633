package org.triangulate.ingest.article;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An article as a reader found it in plain text or HTML, before cleaning: every string is one
 * paragraph, caption or comment, in page order.
 *
 * @param title headline, or null
 * @param url canonical address, or null
 * @param byline author line without "By", or null
 * @param source publisher or site name, or null
 * @param published publication date the page or header states, or null
 * @param body body paragraphs, subheadings included
 * @param captions photo captions
 * @param comments reader comments
 */
public record Article(
    @Nullable String title,
    @Nullable String url,
    @Nullable String byline,
    @Nullable String source,
    @Nullable LocalDate published,
    List<String> body,
    List<String> captions,
    List<Comment> comments) {
  public Article {
    body = List.copyOf(body);
    captions = List.copyOf(captions);
    comments = List.copyOf(comments);
  }

  /** A copy with other paragraphs, captions and comments. */
  public Article with(List<String> body, List<String> captions, List<Comment> comments) {
    return new Article(title, url, byline, source, published, body, captions, comments);
  }

  /** A copy with another title and byline. */
  public Article with(@Nullable String title, @Nullable String byline) {
    return new Article(title, url, byline, source, published, body, captions, comments);
  }
}
