package org.triangulate.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.triangulate.server.Http.get;
import static org.triangulate.server.Http.postJson;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.graph.links.SourceTable;
import org.triangulate.graph.store.Store;
import org.triangulate.graph.store.StoreLocation;

/**
 * DNS rebinding, CSRF, the token off loopback, size limits, security headers, markup in
 * document text, and the UI's static files (a stand-in index.html on the test classpath).
 */
class SecurityIT {
  static final String NOTE = "{\"target\":\"ent-000000000001\",\"text\":\"a note\"}";

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

  static Javalin app(ServerSettings settings) {
    return TriangulateServer.create(settings, store, () -> {
      throw new AssertionError("these tests extract nothing");
    }, ApiIT.CLOCK);
  }

  static Javalin local() {
    return app(ServerSettings.local(0));
  }

  @Test
  void aHostHeaderNamingAnotherServerIsForbidden() {
    JavalinTest.test(local(), (server, client) -> {
      int port = server.port();
      String evil = Http.rawStatusLine(port, "GET /api/documents HTTP/1.1\r\nHost: evil.example:"
          + port + "\r\nConnection: close\r\n\r\n");
      assertThat(evil).contains(" 403 ");
      String otherPort = Http.rawStatusLine(port, "GET /api/documents HTTP/1.1\r\nHost: "
          + "localhost:1\r\nConnection: close\r\n\r\n");
      assertThat(otherPort).contains(" 403 ");
      for (String host : new String[] {"localhost", "127.0.0.1", "LOCALHOST"}) {
        String ok = Http.rawStatusLine(port, "GET /api/documents HTTP/1.1\r\nHost: " + host + ":"
            + port + "\r\nConnection: close\r\n\r\n");
        assertThat(ok).contains(" 200 ");
      }
    });
  }

  @Test
  void aWriteFromAnotherSiteIsForbidden() {
    JavalinTest.test(local(), (server, client) -> {
      Http.Answer cross = postJson(client, "/api/notes", NOTE, "Origin", "https://evil.example");
      assertThat(cross.status()).isEqualTo(403);
      assertThat(cross.json().get("message").asText()).contains("Origin https://evil.example");
      assertThat(postJson(client, "/api/notes", NOTE, "Origin", "null").status()).isEqualTo(403);
      assertThat(postJson(client, "/api/notes", NOTE, "Origin", "http://localhost:1").status())
          .isEqualTo(403);
      assertThat(postJson(client, "/api/notes", NOTE, "Referer", "http://evil.example/page")
          .status()).isEqualTo(403);
      Http.Answer same = postJson(client, "/api/notes", NOTE, "Origin",
          "http://localhost:" + server.port());
      assertThat(same.status()).as(same.raw()).isEqualTo(201);
      assertThat(postJson(client, "/api/notes", NOTE, "Referer",
          "http://localhost:" + server.port() + "/entities/x").status()).isEqualTo(201);
      assertThat(Http.upload(client, Map.of("a.txt", new byte[] {'a'}), "Origin",
          "https://evil.example").status()).isEqualTo(403);
      // reads from another site are not refused: without CORS headers the browser hides them
      assertThat(get(client, "/api/documents").status()).isEqualTo(200);
    });
  }

  @Test
  void aWriteFromABrowserWithNeitherOriginNorRefererIsForbidden() {
    JavalinTest.test(local(), (server, client) -> {
      Http.Answer browser = postJson(client, "/api/notes", NOTE, "Sec-Fetch-Site", "same-origin");
      assertThat(browser.status()).isEqualTo(403);
      assertThat(browser.json().get("message").asText()).contains("Origin or Referer");
      assertThat(postJson(client, "/api/notes", NOTE, "Sec-Fetch-Mode", "cors").status())
          .isEqualTo(403);
      assertThat(postJson(client, "/api/notes", NOTE, "Sec-Fetch-Site", "same-origin", "Origin",
          "http://localhost:" + server.port()).status()).isEqualTo(201);
      assertThat(postJson(client, "/api/notes", NOTE).status())
          .as("curl sends none of the four headers").isEqualTo(201);
    });
  }

  @Test
  void textWithNulOrBytesNotUtf8IsA400NamingTheParameter() {
    JavalinTest.test(local(), (server, client) -> {
      for (String query : new String[] {"%00", "a%00b"}) {
        Http.Answer nul = get(client, "/api/search?q=" + query);
        assertThat(nul.status()).as(query).isEqualTo(400);
        assertThat(nul.json().get("message").asText()).contains("q must not contain NUL");
      }
      Http.Answer latin1 = get(client, "/api/search?q=caf%E9");
      assertThat(latin1.status()).isEqualTo(400);
      assertThat(latin1.json().get("message").asText()).contains("q must be UTF-8");
      assertThat(get(client, "/api/entities?q=%00").status()).isEqualTo(400);
      // Jetty refuses NUL in a path before the API sees it (an HTML page, not our JSON)
      assertThat(get(client, "/api/entities/ent-%00").status()).isEqualTo(400);
      assertThat(get(client, "/api/search?q=%EF%BF%BD").status())
          .as("U+FFFD sent as UTF-8 is text").isEqualTo(200);
      assertThat(postJson(client, "/api/notes",
          "{\"target\":\"ent-000000000001\",\"text\":\"a\\u0000b\"}").status())
          .isEqualTo(400);
    });
  }

  @Test
  void offLoopbackWritesNeedTheToken() {
    assertThatThrownBy(() -> new ServerSettings("0.0.0.0", 0, null, 1, 1, SourceTable.bundled()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("TRIANGULATE_TOKEN");
    ServerSettings open = new ServerSettings("0.0.0.0", 0, "s3cret-token",
        ServerSettings.MAX_UPLOAD_BYTES, ServerSettings.MAX_BODY_BYTES, SourceTable.bundled());
    JavalinTest.test(app(open), (server, client) -> {
      assertThat(postJson(client, "/api/notes", NOTE).status()).isEqualTo(403);
      assertThat(postJson(client, "/api/notes", NOTE, "Authorization", "Bearer wrong").status())
          .isEqualTo(403);
      assertThat(Http.upload(client, Map.of("a.txt", new byte[] {'a'})).status()).isEqualTo(403);
      assertThat(postJson(client, "/api/notes", NOTE, "Authorization", "Bearer s3cret-token")
          .status()).isEqualTo(201);
      assertThat(get(client, "/api/documents").status()).isEqualTo(200);
    });
    // on loopback no token is asked for
    JavalinTest.test(local(), (server, client) ->
        assertThat(postJson(client, "/api/notes", NOTE).status()).isEqualTo(201));
  }

  @Test
  void requestsOverTheSizeLimitsAre413() {
    JavalinTest.test(app(ServerSettings.local(0).withLimits(1024, 256)), (server, client) -> {
      Http.Answer big = Http.upload(client, Map.of("big.txt", new byte[2048]));
      assertThat(big.status()).isEqualTo(413);
      assertThat(big.json().get("message").asText()).contains("at most 1024 bytes");
      String longNote = "{\"target\":\"x\",\"text\":\"" + "y".repeat(300) + "\"}";
      assertThat(postJson(client, "/api/notes", longNote).status()).isEqualTo(413);
    });
  }

  @Test
  void markupInDocumentTextComesBackEscapedInJson() {
    JavalinTest.test(local(), (server, client) -> {
      Http.Answer a = get(client, "/api/documents/" + Corpus.HOSTILE.id().value());
      assertThat(a.status()).isEqualTo(200);
      assertThat(a.contentType()).startsWith("application/json");
      assertThat(a.raw()).doesNotContain("<script>").doesNotContain("<img").contains("\\u003Cscript");
      JsonNode doc = a.json();
      assertThat(doc.get("title").asText()).isEqualTo("<script>alert('x')</script> Checkpoint attack");
      assertThat(doc.get("text").asText()).isEqualTo(Corpus.HOSTILE.text());
      assertThat(get(client, "/api/documents").raw()).doesNotContain("<script>");
    });
  }

  @Test
  void everyResponseCarriesTheSecurityHeaders() {
    JavalinTest.test(local(), (server, client) -> {
      for (Http.Answer a : new Http.Answer[] {get(client, "/api/documents"),
          get(client, "/api/documents/nonsense"), get(client, "/"),
          postJson(client, "/api/notes", NOTE, "Origin", "https://evil.example")}) {
        assertThat(a.header("Content-Security-Policy")).contains("default-src 'self'")
            .contains("frame-ancestors 'none'").contains("img-src 'self' data:")
            .contains("style-src 'self'").doesNotContain("unsafe-inline");
        assertThat(a.header("X-Content-Type-Options")).isEqualTo("nosniff");
      }
    });
  }

  @Test
  void theUiIsServedWithIndexHtmlForClientRoutes() {
    JavalinTest.test(local(), (server, client) -> {
      Http.Answer root = get(client, "/");
      assertThat(root.status()).isEqualTo(200);
      assertThat(root.contentType()).startsWith("text/html");
      assertThat(root.raw()).contains("Triangulate test UI");
      Http.Answer script = get(client, "/app.js");
      assertThat(script.status()).isEqualTo(200);
      assertThat(script.contentType()).contains("javascript");
      Http.Answer route = Http.answer(client.get("/entities/ent-123", b -> b.header("Accept",
          "text/html,application/xhtml+xml")));
      assertThat(route.status()).isEqualTo(200);
      assertThat(route.raw()).contains("Triangulate test UI");
      Http.Answer api = get(client, "/api/nope");
      assertThat(api.status()).isEqualTo(404);
      assertThat(api.contentType()).startsWith("application/json");
    });
  }
}
