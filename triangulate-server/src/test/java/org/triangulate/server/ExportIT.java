package org.triangulate.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.JavalinTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.triangulate.graph.export.ExportFormat;
import org.triangulate.graph.store.Store;
import org.triangulate.graph.store.StoreLocation;

/**
 * {@code GET /api/export?format=…}: each format downloads as a file with its media type and
 * name, holding byte for byte what {@code Store.export} writes for the command line's {@code
 * export --format}; an unknown or missing format is a 400 that lists the formats.
 */
class ExportIT {
  @TempDir static Path dataDir;
  static Store store;

  @BeforeAll
  static void open() {
    store = Store.open(new StoreLocation.Embedded(dataDir));
    Corpus.save(store);
  }

  @AfterAll
  static void close() {
    store.close();
  }

  static io.javalin.Javalin app() {
    return TriangulateServer.create(ServerSettings.local(0), store, () -> {
      throw new AssertionError("these tests upload nothing");
    }, ApiIT.CLOCK);
  }

  @ParameterizedTest
  @EnumSource(ExportFormat.class)
  void eachFormatDownloadsAsAFileHoldingWhatTheCommandLineExports(ExportFormat format) {
    ByteArrayOutputStream cli = new ByteArrayOutputStream();
    store.export(format, cli);
    JavalinTest.test(app(), (server, client) -> {
      HttpResponse<byte[]> r = download(server.port(), "/api/export?format=" + format.label());
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.headers().firstValue("Content-Type")).contains(format.mediaType());
      assertThat(r.headers().firstValue("Content-Disposition"))
          .contains("attachment; filename=\"" + format.fileName() + "\"");
      assertThat(r.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
      assertThat(r.body()).isNotEmpty();
      assertThat(new String(r.body(), java.nio.charset.StandardCharsets.UTF_8))
          .isEqualTo(cli.toString(java.nio.charset.StandardCharsets.UTF_8));
    });
  }

  @Test
  void theFormatIsReadInAnyCase() {
    JavalinTest.test(app(), (server, client) -> {
      HttpResponse<byte[]> r = download(server.port(), "/api/export?format=GraphML");
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.headers().firstValue("Content-Type")).contains("application/graphml+xml");
    });
  }

  @Test
  void anUnknownOrMissingFormatIsABadRequestListingTheFormats() {
    JavalinTest.test(app(), (server, client) -> {
      for (String query : new String[] {"?format=xml", "?format=", ""}) {
        Http.Answer a = Http.get(client, "/api/export" + query);
        assertThat(a.status()).as(query).isEqualTo(400);
        JsonNode body = a.json();
        assertThat(body.get("message").asText()).as(query)
            .startsWith("format must be one of json, stix, gexf, graphml, csv, ftm");
      }
      assertThat(Http.get(client, "/api/export?format=xml").json().get("message").asText())
          .endsWith(": xml");
      assertThat(Http.get(client, "/api/export?format=a%00b").status()).isEqualTo(400);
    });
  }

  private static HttpResponse<byte[]> download(int port, String path) {
    try (HttpClient http = HttpClient.newHttpClient()) {
      return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
          HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
