package org.triangulate.ingest.html;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;
import org.triangulate.ingest.dates.IsoDates;
import org.triangulate.ingest.internal.Whitespace;

/**
 * What a page says about itself, read before any chrome is removed.
 *
 * @param title {@code og:title}, else the first {@code <h1>}, else {@code <title>}
 * @param url {@code <link rel=canonical>}, else {@code og:url}
 * @param byline {@code <meta name=author>}, else {@code rel=author}, else {@code .byline}
 * @param source {@code og:site_name}
 * @param published {@code article:published_time}, else {@code <time datetime>}, else JSON-LD
 *     {@code datePublished}
 */
record HtmlMetadata(
    @Nullable String title,
    @Nullable String url,
    @Nullable String byline,
    @Nullable String source,
    @Nullable LocalDate published) {
  private static final Pattern JSON_LD_DATE =
      Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]{4,40})\"");

  static HtmlMetadata of(Document doc) {
    return new HtmlMetadata(
        first(meta(doc, "meta[property=og:title]"), text(doc, "h1"), text(doc, "title")),
        first(attr(doc, "link[rel=canonical]", "href"), meta(doc, "meta[property=og:url]")),
        first(
            meta(doc, "meta[name=author]"),
            text(doc, "[rel=author]"),
            text(doc, ".byline")),
        meta(doc, "meta[property=og:site_name]"),
        published(doc));
  }

  private static @Nullable LocalDate published(Document doc) {
    String[] candidates = {
      meta(doc, "meta[property=article:published_time]"),
      meta(doc, "meta[itemprop=datePublished]"),
      attr(doc, "time[datetime]", "datetime"),
      jsonLdDate(doc)
    };
    for (String c : candidates) {
      Optional<LocalDate> d = c == null ? Optional.empty() : IsoDates.parse(c);
      if (d.isPresent()) {
        return d.get();
      }
    }
    return null;
  }

  /** {@code datePublished} from a JSON-LD script, found by pattern: one field needs no parser. */
  private static @Nullable String jsonLdDate(Document doc) {
    for (Element script : doc.select("script[type=application/ld+json]")) {
      Matcher m = JSON_LD_DATE.matcher(script.data());
      if (m.find()) {
        return m.group(1);
      }
    }
    return null;
  }

  private static @Nullable String meta(Document doc, String query) {
    return attr(doc, query, "content");
  }

  private static @Nullable String attr(Document doc, String query, String attribute) {
    Element e = firstOutsideComments(doc, query);
    return e == null ? null : Whitespace.collapseToNull(e.attr(attribute));
  }

  private static @Nullable String text(Document doc, String query) {
    Element e = firstOutsideComments(doc, query);
    return e == null ? null : Whitespace.collapseToNull(e.text());
  }

  /** Comments carry their own authors and dates, which are not the article's. */
  private static @Nullable Element firstOutsideComments(Document doc, String query) {
    return doc.select(query).stream()
        .filter(e -> !HtmlComments.inComments(e))
        .findFirst()
        .orElse(null);
  }

  private static @Nullable String first(@Nullable String... values) {
    for (String v : values) {
      if (v != null) {
        return v;
      }
    }
    return null;
  }
}
