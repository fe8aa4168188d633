package org.triangulate.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.IntFunction;

/**
 * Times sequential GET requests against a server on loopback, one client, after a warm-up, and
 * prints percentiles in milliseconds. Not thread-safe.
 */
final class Latencies {
  private final HttpClient client = HttpClient.newHttpClient();
  private final String base;

  Latencies(int port) {
    this.base = "http://127.0.0.1:" + port;
  }

  /** Warms up with up to 200 requests (a tenth of {@code n} at least one), then times {@code n}. */
  void run(String what, IntFunction<String> paths, int n) {
    for (int i = 0; i < Math.max(1, Math.min(200, n / 10)); i++) {
      body(paths.apply(i));
    }
    long[] nanos = new long[n];
    long bytes = 0;
    for (int i = 0; i < n; i++) {
      String path = paths.apply(i);
      long t = System.nanoTime();
      bytes += body(path).length;
      nanos[i] = System.nanoTime() - t;
    }
    print(what, nanos, bytes / n);
  }

  static void print(String what, long[] nanos, long meanBytes) {
    Arrays.sort(nanos);
    int n = nanos.length;
    System.out.printf("%-44s n=%d  p50 %.1f ms  p95 %.1f ms  p99 %.1f ms  max %.1f ms%s%n",
        what, n, pct(nanos, 50), pct(nanos, 95), pct(nanos, 99), nanos[n - 1] / 1e6,
        meanBytes < 0 ? "" : "  (mean " + meanBytes + " bytes)");
  }

  private static double pct(long[] sorted, int p) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
  }

  /** The body of {@code path} ({@code /api/…}); anything but 200 is an error naming it. */
  byte[] body(String path) {
    HttpResponse<byte[]> r;
    try {
      r = client.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
          HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new IllegalStateException(path + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(path + ": interrupted", e);
    }
    if (r.statusCode() != 200) {
      throw new IllegalStateException(path + " answered " + r.statusCode() + ": "
          + new String(r.body(), StandardCharsets.UTF_8));
    }
    return r.body();
  }
}
