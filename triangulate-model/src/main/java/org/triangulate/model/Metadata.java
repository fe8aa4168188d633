package org.triangulate.model;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What a document says about itself.
 *
 * @param title headline, or null when none was found
 * @param url canonical address, where the page or header gives one
 * @param byline author line without "By"
 * @param dateline place line that opens the body ("KABUL")
 * @param source publisher or site name
 * @param published publication date: given, or inferred from the text, or null
 * @param publishedInferred true when {@code published} was inferred from the text
 */
public record Metadata(
    @Nullable String title,
    @Nullable String url,
    @Nullable String byline,
    @Nullable String dateline,
    @Nullable String source,
    @Nullable LocalDate published,
    boolean publishedInferred) {
  public Metadata {
    if (publishedInferred && published == null) {
      throw new IllegalArgumentException("an inferred published date must have a value");
    }
  }
}
