package org.triangulate.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.extract.Extractor;
import org.triangulate.graph.store.Store;
import org.triangulate.graph.store.StoreLocation;
import org.triangulate.ingest.IngestOptions;
import org.triangulate.ingest.Ingestor;
import org.triangulate.ingest.Input;
import org.triangulate.ingest.web.FetchSettings;
import org.triangulate.ingest.web.PageFetcher;
import org.triangulate.model.Component;
import org.triangulate.model.Extraction;
import org.triangulate.model.Pipeline;

/**
 * Containers and pages into the store: JSON lines, a page on loopback, a feed read twice. The
 * extraction is left empty (what is tested is reading and storing, not CoreNLP), so this runs
 * in seconds.
 */
class IngestSourcesIT {
  private static final Pipeline NOTHING =
      new Pipeline("test", List.of(new Component("no-extraction", "1", Map.of())));
  private static final Extractor EMPTY = new Extractor() {
    @Override
    public Extraction extract(org.triangulate.model.Document doc) {
      return new Extraction(doc.id(), NOTHING, List.of(), List.of(), List.of(), List.of());
    }

    @Override
    public Pipeline pipeline() {
      return NOTHING;
    }
  };

  private static final String PAGE = "<html><head><title>Invented: raid in Paktia</title></head>"
      + "<body><article><p>GARDEZ -- Invented for Triangulate's tests. Security forces raided a"
      + " house in Gardez on Sunday, the invented spokesman Omar Rasuli said.</p></article></body></html>";

  @TempDir Path tmp;
  private HttpServer server;
  private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
  private final StringWriter out = new StringWriter();

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", ex -> {
      String path = ex.getRequestURI().getPath();
      hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
      byte[] body = switch (path) {
        case "/raid" -> PAGE.getBytes(UTF_8);
        case "/feed" -> feed().getBytes(UTF_8);
        default -> new byte[0];
      };
      ex.getResponseHeaders().set("Content-Type", path.equals("/feed") ? "application/rss+xml" : "text/html");
      ex.sendResponseHeaders(body.length == 0 ? 404 : 200, body.length == 0 ? -1 : body.length);
      try (OutputStream o = ex.getResponseBody()) {
        o.write(body);
      }
    });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  private String feed() {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <!-- Invented for Triangulate's tests: no real person or event. -->
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
        <channel><title>Example Paktia Desk</title><link>https://desk.example.org/</link>
        <description>invented</description>
        <item><title>Raid in Gardez</title><link>%s</link><description>A raid.</description></item>
        <item><title>Market reopens in Khost</title><link>https://desk.example.org/khost</link>
          <content:encoded><![CDATA[<p>KHOST -- The main market reopened on Monday, the invented trader Jamil Sabir said.</p>]]></content:encoded></item>
        <item><title>Missing page</title><link>%s</link><description>Gone.</description></item>
        </channel></rss>
        """.formatted(url("/raid"), url("/gone"));
  }

  private Batch.Summary ingest(Store store, List<Input> inputs) {
    Ingestor ingestor = new Ingestor(new IngestOptions(LocalDate.of(2026, 11, 24), Clock.systemUTC(), 1 << 20),
        System.in, new PageFetcher(FetchSettings.defaults("test", 1 << 20)));
    return new IngestRun(ingestor, EMPTY, store, new PrintWriter(out, true)).run(inputs, () -> {});
  }

  @Test
  void jsonLinesStoreEachGoodLineAndNameEachBadOne() throws IOException {
    Path file = tmp.resolve("news.jsonl");
    Files.writeString(file, """
        {"note": "Invented for Triangulate's tests.", "title": "Checkpoint attacked", "published": "2024-03-05", "text": "GHAZNI -- Police repelled an attack on a checkpoint on Monday, the invented spokesman Farid Qaderi said."}
        not json
        {"note": "Invented for Triangulate's tests.", "title": "Convoy stopped", "text": "HERAT -- Police stopped a convoy on the highway on Tuesday, the invented officer Nadia Karimi said."}
        """);
    try (Store store = Store.open(new StoreLocation.Embedded(tmp.resolve("store")))) {
      Batch.Summary summary = ingest(store, List.of(Input.of(file.toString())));

      assertThat(summary.ingested()).isEqualTo(2);
      assertThat(summary.failures()).singleElement().asString().startsWith(file + ":2: not JSON");
      assertThat(store.documents()).extracting(d -> d.title())
          .containsExactly("Checkpoint attacked", "Convoy stopped");
    }
  }

  @Test
  void aPageIsFetchedAndStoredAndABadAddressNamedWhileTheBatchGoesOn() {
    try (Store store = Store.open(new StoreLocation.Embedded(tmp.resolve("store")))) {
      Batch.Summary summary = ingest(store, List.of(Input.of(url("/gone")), Input.of(url("/raid"))));

      assertThat(summary.ingested()).isEqualTo(1);
      assertThat(summary.failures()).containsExactly(url("/gone") + ": HTTP 404");
      assertThat(store.documents()).singleElement().satisfies(d -> assertThat(d.file()).isEqualTo(url("/raid")));
    }
  }

  @Test
  void reReadingAFeedAddsOnlyWhatIsNewWithoutFetchingStoredPagesAgain() {
    try (Store store = Store.open(new StoreLocation.Embedded(tmp.resolve("store")))) {
      Batch.Summary first = ingest(store, List.of(Input.feed(url("/feed"))));
      Batch.Summary second = ingest(store, List.of(Input.feed(url("/feed"))));

      assertThat(first.ingested()).isEqualTo(2);
      assertThat(first.failures()).containsExactly(url("/gone") + ": HTTP 404");
      assertThat(second.ingested()).isZero();
      assertThat(second.unchanged()).isEqualTo(2);
      assertThat(hits.get("/raid")).hasValue(1);
      assertThat(store.documents()).hasSize(2);
      assertThat(out.toString()).contains(url("/feed") + " item 1: unchanged (");
    }
  }
}
