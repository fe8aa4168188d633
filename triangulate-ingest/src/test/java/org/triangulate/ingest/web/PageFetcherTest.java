package org.triangulate.ingest.web;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.triangulate.ingest.Entry;
import org.triangulate.ingest.Fixtures;
import org.triangulate.ingest.IngestException;
import org.triangulate.ingest.Ingestor;
import org.triangulate.ingest.Input;
import org.triangulate.model.Document;
import org.triangulate.model.Section;

/** Fetching pages from a server on loopback: limits, charsets, redirects and errors. */
class PageFetcherTest {
  static final String PAGE =
      "<html><head><title>Invented: attack on Zabul checkpoint</title></head><body><article>"
          + "<p>Invented for Triangulate's tests. Police said gunmen attacked a checkpoint in"
          + " Qalat on Monday, the invented spokesman Nasir Haidari said.</p></article></body></html>";
  static final FetchSettings SETTINGS =
      new FetchSettings(Duration.ofSeconds(2), Duration.ofMillis(700), 3, 4096, "Triangulate/test");

  private LoopbackServer server;

  @BeforeEach
  void start() {
    server = new LoopbackServer();
    server.page("/page", "text/html; charset=utf-8", PAGE.getBytes(UTF_8));
    server.page("/latin", "text/html; charset=windows-1252",
        PAGE.replace("Qalat", "Qal\u00e2t").getBytes(Charset.forName("windows-1252")));
    server.page("/meta", "text/html",
        PAGE.replace("<head>", "<head><meta charset=\"iso-8859-1\">").replace("Qalat", "Qal\u00e2t")
            .getBytes(Charset.forName("ISO-8859-1")));
    server.route("/moved", ex -> redirect(ex, "/page"));
    server.route("/loop-a", ex -> redirect(ex, "/loop-b"));
    server.route("/loop-b", ex -> redirect(ex, "/loop-a"));
    server.route("/far", ex -> redirect(ex, "/far1"));
    server.route("/far1", ex -> redirect(ex, "/far2"));
    server.route("/far2", ex -> redirect(ex, "/far3"));
    server.route("/far3", ex -> redirect(ex, "/page"));
    server.page("/big", "text/html", new byte[5000]);
    server.route("/big-chunked", ex -> {
      ex.getResponseHeaders().set("Content-Type", "text/html");
      ex.sendResponseHeaders(200, 0); // chunked: no length to check before reading
      try (OutputStream out = ex.getResponseBody()) {
        for (int i = 0; i < 10; i++) {
          out.write("<p>filler text of an invented page</p>".repeat(20).getBytes(UTF_8));
        }
      }
    });
    server.route("/slow", ex -> {
      sleep(3000);
      LoopbackServer.respond(ex, 200, "text/html", PAGE.getBytes(UTF_8));
    });
    server.route("/slow-body", ex -> {
      ex.getResponseHeaders().set("Content-Type", "text/html");
      ex.sendResponseHeaders(200, 0);
      try (OutputStream out = ex.getResponseBody()) {
        out.write("<html><body><p>Invented: the start".getBytes(UTF_8));
        out.flush();
        sleep(3000);
        out.write(" and the end</p></body></html>".getBytes(UTF_8));
      }
    });
    server.route("/gone", ex -> LoopbackServer.respond(ex, 404, "text/plain", "no such page".getBytes(UTF_8)));
    server.page("/image", "image/png",
        new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0});
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private static void redirect(HttpExchange ex, String to) throws IOException {
    ex.getResponseHeaders().set("Location", to);
    ex.sendResponseHeaders(302, -1);
    ex.close();
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private String url(String path) {
    return server.url(path);
  }

  private Fetched fetch(String path) {
    return new PageFetcher(SETTINGS).fetch(url(path));
  }

  @Test
  void aPageIsFetchedOnceWithAUserAgentNamingTheProgram() {
    Fetched page = fetch("/page");

    assertThat(new String(page.body(), UTF_8)).isEqualTo(PAGE);
    assertThat(page.url()).isEqualTo(url("/page"));
    assertThat(page.charset()).isEqualTo(UTF_8);
    assertThat(page.html()).isTrue();
    assertThat(server.hits("/page")).isEqualTo(1);
    assertThat(server.hits("/robots.txt")).isZero();
    assertThat(server.agents()).containsExactly("Triangulate/test");
  }

  @Test
  void redirectsAreFollowedUpToTheLimitAndTheFinalAddressKept() {
    assertThat(fetch("/moved").url()).isEqualTo(url("/page"));
    assertThatThrownBy(() -> fetch("/far"))
        .isInstanceOf(IngestException.class)
        .hasMessage(url("/far") + ": too many redirects (limit 3)");
  }

  @Test
  void aRedirectLoopIsAnErrorNamingTheAddress() {
    assertThatThrownBy(() -> fetch("/loop-a"))
        .isInstanceOf(IngestException.class)
        .hasMessage(url("/loop-a") + ": redirect loop at " + url("/loop-a"));
  }

  @Test
  void aPageOverTheSizeLimitIsRefusedWithOrWithoutALength() {
    assertThatThrownBy(() -> fetch("/big"))
        .isInstanceOf(IngestException.class)
        .hasMessage(url("/big") + ": too large (5000 bytes, limit 4096)");
    assertThatThrownBy(() -> fetch("/big-chunked"))
        .isInstanceOf(IngestException.class)
        .hasMessage(url("/big-chunked") + ": too large (more than 4096 bytes, limit 4096)");
  }

  @Test
  void aServerThatDoesNotAnswerInTimeIsAnError() {
    assertThatThrownBy(() -> fetch("/slow"))
        .isInstanceOf(IngestException.class)
        .hasMessage(url("/slow") + ": timed out after 700 ms");
    assertThatThrownBy(() -> fetch("/slow-body"))
        .isInstanceOf(IngestException.class)
        .hasMessage(url("/slow-body") + ": timed out after 700 ms");
  }

  @Test
  void anHttpErrorStatusNamesTheAddressAndTheStatus() {
    assertThatThrownBy(() -> fetch("/gone"))
        .isInstanceOf(IngestException.class)
        .hasMessage(url("/gone") + ": HTTP 404");
  }

  @Test
  void aRefusedConnectionIsAnErrorNamingTheAddress() {
    String closed = url("/page");
    server.close();

    assertThatThrownBy(() -> new PageFetcher(SETTINGS).fetch(closed))
        .isInstanceOf(IngestException.class)
        .hasMessageStartingWith(closed + ": cannot connect");
  }

  @Test
  void theCharsetComesFromTheHeaderElseFromTheMetaTag() {
    Ingestor ingestor = new Ingestor(Fixtures.options(), System.in, new PageFetcher(SETTINGS));

    Document latin = only(ingestor, url("/latin"));
    Document meta = only(ingestor, url("/meta"));

    assertThat(latin.custody().charset()).isEqualTo("windows-1252");
    assertThat(latin.texts(Section.BODY)).first().asString().contains("Qal\u00e2t");
    assertThat(meta.custody().charset()).isEqualTo("ISO-8859-1");
    assertThat(meta.texts(Section.BODY)).first().asString().contains("Qal\u00e2t");
  }

  @Test
  void aFetchedPageIsADocumentWithItsAddress() {
    Ingestor ingestor = new Ingestor(Fixtures.options(), System.in, new PageFetcher(SETTINGS));

    Document doc = only(ingestor, url("/moved"));

    assertThat(doc.meta().url()).isEqualTo(url("/page"));
    assertThat(doc.custody().file()).isEqualTo(url("/moved"));
    assertThat(doc.meta().title()).isEqualTo("Invented: attack on Zabul checkpoint");
  }

  @Test
  void aPageThatIsNotTextIsRefusedAsBinary() {
    Ingestor ingestor = new Ingestor(Fixtures.options(), System.in, new PageFetcher(SETTINGS));

    assertThatThrownBy(() -> only(ingestor, url("/image")))
        .isInstanceOf(IngestException.class)
        .hasMessage(url("/image") + ": binary content, not text");
  }

  private static Document only(Ingestor ingestor, String address) {
    List<Entry> entries = new java.util.ArrayList<>();
    ingestor.forEach(Input.of(address), entries::add);
    assertThat(entries).hasSize(1);
    return entries.get(0).document();
  }
}
