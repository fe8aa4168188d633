package org.triangulate.ingest.feed;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.triangulate.ingest.Envelope;

/**
 * One item of a feed.
 *
 * @param name the item's name for messages: the feed's name and the item's number ({@code
 *     news.rss item 3})
 * @param link the address of the item's page, or null
 * @param content the item's full content (RSS {@code content:encoded}, Atom {@code content}), or
 *     else its description when it has no link; null when the page must be fetched
 * @param envelope what the feed says about the item: link, title, date, the feed's title as
 *     source, and whether the content is HTML
 */
public record FeedItem(
    String name, @Nullable String link, @Nullable String content, Envelope envelope) {
  public FeedItem {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(envelope, "envelope");
  }
}
