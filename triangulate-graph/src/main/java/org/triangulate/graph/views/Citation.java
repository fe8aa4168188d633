package org.triangulate.graph.views;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jspecify.annotations.Nullable;
import org.triangulate.graph.links.Link;

/**
 * A claim ready to quote: “quote” — speaker, in Title (URL), date. Link grade C2.
 *
 * @param text the whole citation
 * @param quote the claim's first evidence passage
 * @param speaker who says it: the speaker's name or words, else "the article"
 * @param title the document's title, or its id when it has none
 * @param url the document's address, or null
 * @param date its publication date, or null
 * @param grade the grade of the link the claim states, or null when it states none
 */
public record Citation(String text, String quote, String speaker, String title,
    @Nullable String url, @Nullable LocalDate date, @Nullable String grade) {

  /** The citation of claim {@code id} ({@code clm-…}), if stored. */
  public static Optional<Citation> of(Handle h, String id, EvidenceSnapshot snapshot) {
    return ClaimRows.byIds(h, List.of(id)).stream().findFirst().map(c -> {
      String speaker = snapshot.name(c.speaker()) != null ? snapshot.name(c.speaker())
          : c.speakerText() != null ? c.speakerText() : "the article";
      String title = c.documentTitle() != null ? c.documentTitle() : c.document();
      String grade = snapshot.linkOfClaim(id).map(Link::grade).orElse(null);
      StringBuilder text = new StringBuilder("“").append(c.text()).append("” — ")
          .append(speaker).append(", in ").append(title);
      if (c.url() != null) {
        text.append(" (").append(c.url()).append(')');
      }
      if (c.published() != null) {
        text.append(", ").append(c.published());
      }
      text.append('.');
      if (grade != null) {
        text.append(" Link grade ").append(grade).append('.');
      }
      return new Citation(text.toString(), c.text(), speaker, title, c.url(), c.published(),
          grade);
    });
  }
}
