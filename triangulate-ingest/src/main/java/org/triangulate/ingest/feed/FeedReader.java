package org.triangulate.ingest.feed;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.triangulate.ingest.Envelope;
import org.triangulate.ingest.IngestException;

/**
 * Reads an RSS (0.9x, 1.0, 2.0) or Atom feed with Rome into its items. An item's full content
 * is taken when the feed carries it; otherwise its page is to be fetched from its link; an item
 * with neither has its description taken. DOCTYPEs are refused (Rome's default), so a feed cannot
 * pull in external entities. Stateless and thread-safe.
 */
public final class FeedReader {
  private FeedReader() {}

  /**
   * The items of the feed in {@code bytes}, in feed order.
   *
   * @param name the feed's name (path or address) for messages and item names
   * @throws IngestException naming the feed when the bytes are not a feed Rome reads
   */
  public static List<FeedItem> items(String name, byte[] bytes) {
    SyndFeed feed;
    try (XmlReader xml = new XmlReader(new ByteArrayInputStream(bytes), true)) {
      feed = new SyndFeedInput().build(xml);
    } catch (FeedException | IOException | IllegalArgumentException e) {
      throw new IngestException(name + ": not an RSS or Atom feed: " + firstLine(e.getMessage()), e);
    }
    String source = blankToNull(feed.getTitle());
    List<FeedItem> items = new ArrayList<>();
    int number = 0;
    for (SyndEntry entry : feed.getEntries()) {
      number++;
      items.add(item(name + " item " + number, entry, source));
    }
    return items;
  }

  private static FeedItem item(String name, SyndEntry entry, @Nullable String source) {
    String link = blankToNull(entry.getLink());
    SyndContent content = entry.getContents().stream()
        .filter(c -> c.getValue() != null && !c.getValue().isBlank()).findFirst().orElse(null);
    if (content == null && link == null) {
      content = entry.getDescription();
    }
    Envelope envelope = new Envelope(link, blankToNull(entry.getTitle()), source,
        date(entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate()),
        null, null, content == null ? null : isHtml(content));
    String text = content == null ? null : blankToNull(content.getValue());
    return new FeedItem(name, link, text, envelope);
  }

  /** Rome's types: "html", "xhtml", "text/html" are markup; "text" and "text/plain" are not. */
  private static boolean isHtml(SyndContent content) {
    String type = content.getType();
    return type == null || type.toLowerCase(Locale.ROOT).contains("html");
  }

  private static @Nullable LocalDate date(@Nullable Date date) {
    return date == null ? null : LocalDate.ofInstant(date.toInstant(), ZoneOffset.UTC);
  }

  private static @Nullable String blankToNull(@Nullable String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static String firstLine(@Nullable String message) {
    if (message == null) {
      return "unreadable";
    }
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end);
  }
}
