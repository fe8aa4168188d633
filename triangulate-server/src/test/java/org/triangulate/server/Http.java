package org.triangulate.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.HttpClient;
import io.javalin.testtools.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** Requests and JSON for the API tests. */
final class Http {
  static final ObjectMapper JSON = new ObjectMapper();

  /** A response: status, content type, raw body, and the body parsed when it is JSON. */
  record Answer(int status, String contentType, String raw, Map<String, List<String>> headers) {
    JsonNode json() {
      try {
        return JSON.readTree(raw);
      } catch (IOException e) {
        throw new UncheckedIOException("not JSON: " + raw, e);
      }
    }

    String header(String name) {
      List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
      return values == null || values.isEmpty() ? null : values.getFirst();
    }
  }

  private Http() {}

  static Answer get(HttpClient client, String path) {
    return answer(client.get(path));
  }

  static Answer postJson(HttpClient client, String path, String body, String... headers) {
    return answer(client.request(path, b -> {
      b.post(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json");
      for (int i = 0; i < headers.length; i += 2) {
        b.header(headers[i], headers[i + 1]);
      }
    }));
  }

  /** A multipart/form-data upload of {@code files} (name → bytes) in the field "files". */
  static Answer upload(HttpClient client, Map<String, byte[]> files, String... headers) {
    String boundary = "triangulate-test-boundary";
    java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
    files.forEach((name, bytes) -> {
      body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; "
          + "filename=\"" + name + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
          .getBytes(StandardCharsets.UTF_8));
      body.writeBytes(bytes);
      body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    });
    body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return answer(client.request("/api/ingest", b -> {
      b.post(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
          .header("Content-Type", "multipart/form-data; boundary=" + boundary);
      for (int i = 0; i < headers.length; i += 2) {
        b.header(headers[i], headers[i + 1]);
      }
    }));
  }

  static Answer answer(Response r) {
    List<String> type = r.headers().get("Content-Type");
    Map<String, List<String>> headers = new java.util.HashMap<>();
    for (String name : List.of("Content-Type", "Content-Security-Policy",
        "X-Content-Type-Options", "X-Frame-Options", "Cache-Control")) {
      headers.put(name.toLowerCase(java.util.Locale.ROOT), r.headers().get(name));
    }
    return new Answer(r.code(), type == null || type.isEmpty() ? "" : type.getFirst(),
        r.body().string(), headers);
  }

  /**
   * The status line of a raw HTTP/1.1 request: Java's HTTP client will not send a Host header
   * of our choosing.
   */
  static String rawStatusLine(int port, String request) {
    try (Socket s = new Socket("127.0.0.1", port)) {
      OutputStream out = s.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = s.getInputStream();
      String response = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
      return response.lines().findFirst().orElse("");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
