package org.triangulate.ingest.feed;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.ingest.Entry;
import org.triangulate.ingest.Fixtures;
import org.triangulate.ingest.IngestException;
import org.triangulate.ingest.Ingestor;
import org.triangulate.ingest.Input;
import org.triangulate.ingest.web.FetchSettings;
import org.triangulate.ingest.web.LoopbackServer;
import org.triangulate.ingest.web.PageFetcher;
import org.triangulate.model.Document;
import org.triangulate.model.Section;

/** RSS and Atom feeds: items' content read, links fetched, a bad item failing alone. */
class FeedReaderTest {
  private static final String PAGE =
      "<html><head><title>Invented: raid in Paktia</title></head><body><article><p>GARDEZ --"
          + " Invented for Triangulate's tests. Security forces raided a house in Gardez on"
          + " Sunday, the invented spokesman Omar Rasuli said.</p></article></body></html>";

  private LoopbackServer server;
  private Ingestor ingestor;

  @BeforeEach
  void start() {
    server = new LoopbackServer().page("/raid", "text/html; charset=utf-8", PAGE.getBytes(UTF_8));
    server.page("/feed", "application/rss+xml", rss().getBytes(UTF_8));
    ingestor = new Ingestor(Fixtures.options(), System.in, new PageFetcher(
        new FetchSettings(Duration.ofSeconds(2), Duration.ofSeconds(2), 3, 1 << 20, "Triangulate/test")));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private String rss() {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <!-- Invented for Triangulate's tests: no real person or event. -->
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
        <channel><title>Example Paktia Desk</title><link>https://desk.example.org/</link>
        <description>invented</description>
        <item><title>Raid in Gardez</title><link>%s</link>
          <description>Security forces raided a house.</description>
          <pubDate>Sun, 05 May 2024 09:00:00 GMT</pubDate></item>
        <item><title>Missing page</title><link>%s</link><description>Gone.</description></item>
        <item><title>Market reopens in Khost</title><link>https://desk.example.org/khost</link>
          <pubDate>Mon, 06 May 2024 09:00:00 GMT</pubDate>
          <content:encoded><![CDATA[<p>KHOST -- The main market reopened on Monday, the invented trader Jamil Sabir said.</p>]]></content:encoded></item>
        <item><title>Only a description</title>
          <description>PAKTIA -- Invented: a school reopened in Zurmat on Tuesday, elders said.</description></item>
        </channel></rss>
        """.formatted(server.url("/raid"), server.url("/gone"));
  }

  private List<Entry> entries(Input input) {
    List<Entry> entries = new ArrayList<>();
    ingestor.forEach(input, entries::add);
    return entries;
  }

  @Test
  void atomEntriesAreReadFromTheirContentWithTitleDateAndFeedTitleAsSource() {
    Path atom = Fixtures.path("feed/atom.xml");

    List<Entry> entries = entries(Input.feed(atom.toString()));

    assertThat(entries).extracting(Entry::name)
        .containsExactly(atom + " item 1", atom + " item 2");
    Document first = entries.get(0).document();
    assertThat(first.meta().title()).isEqualTo("Convoy stopped near Spin Boldak");
    assertThat(first.meta().url()).isEqualTo("https://wire.example.org/convoy-spin-boldak");
    assertThat(first.meta().published()).isEqualTo(LocalDate.of(2024, 5, 2));
    assertThat(first.meta().source()).isEqualTo("Example Frontier Wire");
    assertThat(first.texts(Section.BODY)).hasSize(2).first().asString().startsWith("SPIN BOLDAK");
    Document second = entries.get(1).document();
    assertThat(second.custody().mediaType()).isEqualTo("text/plain");
    assertThat(second.meta().published()).isEqualTo(LocalDate.of(2024, 5, 3));
  }

  @Test
  void rssItemsWithoutContentAreFetchedFromTheirLinkAndABadLinkFailsAlone() {
    List<Entry> entries = entries(Input.feed(server.url("/feed")));

    assertThat(entries).hasSize(4);
    assertThat(entries.get(0).address()).isEqualTo(server.url("/raid"));
    Document fetched = entries.get(0).document();
    assertThat(fetched.meta().title()).isEqualTo("Raid in Gardez");
    assertThat(fetched.meta().published()).isEqualTo(LocalDate.of(2024, 5, 5));
    assertThat(fetched.custody().file()).isEqualTo(server.url("/raid"));
    assertThat(fetched.texts(Section.BODY)).first().asString().startsWith("GARDEZ");
    assertThatThrownBy(() -> entries.get(1).document())
        .isInstanceOf(IngestException.class)
        .hasMessage(server.url("/gone") + ": HTTP 404");
    Document content = entries.get(2).document();
    assertThat(content.texts(Section.BODY)).first().asString().startsWith("KHOST");
    assertThat(content.meta().url()).isEqualTo("https://desk.example.org/khost");
    assertThat(entries.get(3).document().texts(Section.BODY)).first().asString()
        .startsWith("PAKTIA");
    assertThat(server.hits("/raid")).isEqualTo(1);
  }

  @Test
  void everyItemWithALinkCarriesItAsTheAddressAStoreCanSkip() {
    List<Entry> entries = entries(Input.feed(server.url("/feed")));

    assertThat(entries).extracting(Entry::address)
        .containsExactly(server.url("/raid"), server.url("/gone"), "https://desk.example.org/khost", null);
  }

  @Test
  void somethingThatIsNotAFeedIsOneErrorNamingIt(@TempDir Path dir) throws IOException {
    Path notFeed = dir.resolve("page.xml");
    Files.writeString(notFeed, "<html><body><p>Invented: not a feed.</p></body></html>");
    Path notXml = dir.resolve("notes.rss");
    Files.writeString(notXml, "Invented: plain words, not XML at all.");

    List<Entry> html = entries(Input.feed(notFeed.toString()));
    List<Entry> words = entries(Input.feed(notXml.toString()));

    assertThat(html).singleElement().extracting(Entry::name).isEqualTo(notFeed.toString());
    assertThatThrownBy(() -> html.get(0).document())
        .isInstanceOf(IngestException.class)
        .hasMessageStartingWith(notFeed + ": not an RSS or Atom feed: ");
    assertThatThrownBy(() -> words.get(0).document())
        .hasMessageStartingWith(notXml + ": not an RSS or Atom feed: ");
  }

  @Test
  void aFeedWithADoctypeIsRefusedSoNoEntityIsExpanded(@TempDir Path dir) throws IOException {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "invented secret");
    Path feed = dir.resolve("xxe.rss");
    Files.writeString(feed, "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \""
        + secret.toUri() + "\">]><rss version=\"2.0\"><channel><title>&x;</title>"
        + "<item><title>t</title><description>Invented: words.</description></item>"
        + "</channel></rss>");

    List<Entry> entries = entries(Input.feed(feed.toString()));

    assertThat(entries).singleElement();
    assertThatThrownBy(() -> entries.get(0).document())
        .isInstanceOf(IngestException.class)
        .hasMessageStartingWith(feed + ": not an RSS or Atom feed: ")
        .hasMessageNotContaining("invented secret");
  }

  @Test
  void aMissingFeedFileOrAddressIsOneErrorNamingIt(@TempDir Path dir) {
    String missing = dir.resolve("gone.rss").toString();

    List<Entry> file = entries(Input.feed(missing));
    List<Entry> address = entries(Input.feed(server.url("/gone")));

    assertThatThrownBy(() -> file.get(0).document()).hasMessage(missing + ": cannot read: no such file");
    assertThatThrownBy(() -> address.get(0).document()).hasMessage(server.url("/gone") + ": HTTP 404");
  }
}
