package org.triangulate.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.JavalinTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.graph.store.Store;
import org.triangulate.graph.store.StoreLocation;

/** Uploads through ingest, the CoreNLP extractor and the store: the one test that loads CoreNLP. */
class UploadIT {
  static final String REPORT = """
      Police arrest two men over Herat bombing

      HERAT - Police in Herat said on Tuesday they arrested two men suspected of planting a \
      roadside bomb that killed three people on the road to Shindand last week. Provincial \
      spokesman Jamal Nasiri said the men belonged to the Islamic State.
      """;

  @TempDir static Path dataDir;
  static Store store;

  @BeforeAll
  static void open() {
    store = Store.open(new StoreLocation.Embedded(dataDir));
  }

  @AfterAll
  static void close() {
    store.close();
  }

  @Test
  void eachUploadedFileIsIngestedOrFailsNamingIt() {
    var app = TriangulateServer.create(ServerSettings.local(0), store);
    JavalinTest.test(app, (server, client) -> {
      Map<String, byte[]> files = new LinkedHashMap<>();
      files.put("herat.txt", REPORT.getBytes(StandardCharsets.UTF_8));
      files.put("empty.html", "<html><body><nav>Home</nav></body></html>".getBytes(StandardCharsets.UTF_8));
      Http.Answer first = Http.upload(client, files);
      assertThat(first.status()).isEqualTo(200);
      JsonNode results = first.json().get("results");
      assertThat(results.get(0).get("file").asText()).isEqualTo("herat.txt");
      assertThat(results.get(0).get("status").asText()).isEqualTo("INGESTED");
      String id = results.get(0).get("id").asText();
      assertThat(id).startsWith("doc-");
      assertThat(results.get(1).get("status").asText()).isEqualTo("FAILED");
      assertThat(results.get(1).get("message").asText()).startsWith("empty.html");
      assertThat(results.get(1).get("id").isNull()).isTrue();

      JsonNode doc = Http.get(client, "/api/documents/" + id).json();
      assertThat(doc.get("file").asText()).isEqualTo("herat.txt");
      assertThat(doc.get("mentions")).isNotEmpty();
      assertThat(Http.get(client, "/api/search?q=Herat").json()).isNotEmpty();

      Http.Answer again = Http.upload(client, Map.of("copy.txt",
          REPORT.getBytes(StandardCharsets.UTF_8)));
      assertThat(again.json().get("results").get(0).get("status").asText()).isEqualTo("UNCHANGED");
      assertThat(again.json().get("results").get(0).get("id").asText()).isEqualTo(id);
    });
  }

  @Test
  void anUploadMustBeMultipartWithFiles() {
    var app = TriangulateServer.create(ServerSettings.local(0), store);
    JavalinTest.test(app, (server, client) -> {
      assertThat(Http.postJson(client, "/api/ingest", "{}").status()).isEqualTo(415);
      assertThat(Http.upload(client, Map.of()).status()).isEqualTo(400);
    });
  }
}
