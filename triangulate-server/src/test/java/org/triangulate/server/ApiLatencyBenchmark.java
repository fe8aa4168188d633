package org.triangulate.server;

import io.javalin.Javalin;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.IntFunction;
import org.triangulate.graph.store.Store;
import org.triangulate.graph.store.StoreLocation;
import org.triangulate.model.Document;
import org.triangulate.model.Extraction;

/**
 * Latency of the API's search and entity page over a store of synthetic reports, measured
 * against the running server on loopback; not part of {@code verify}. Run from the repository:
 *
 * <pre>
 * ./mvnw -q -o -pl triangulate-server test-compile dependency:build-classpath \
 *     -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
 * java -cp triangulate-server/target/test-classes:triangulate-server/target/classes:$(cat triangulate-server/target/bench.cp) \
 *     org.triangulate.server.ApiLatencyBenchmark [--docs 10000] [--requests 3000] [--seed N] [--data DIR]
 * </pre>
 *
 * Generates {@code --docs} reports from the seed (printed, so a run can be repeated) and saves
 * them with {@link Store#save} on 4 threads into a fresh embedded store (or reuses {@code
 * --data DIR} when it already holds them), then times {@code --requests} sequential requests
 * of each kind after a warm-up, and prints p50/p95/p99 in milliseconds.
 */
public final class ApiLatencyBenchmark {
  private ApiLatencyBenchmark() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> opts = options(args);
    int docs = Integer.parseInt(opts.getOrDefault("--docs", "10000"));
    int requests = Integer.parseInt(opts.getOrDefault("--requests", "3000"));
    long seed = Long.parseLong(opts.getOrDefault("--seed",
        Long.toString(ThreadLocalRandom.current().nextLong())));
    Path data = opts.containsKey("--data") ? Path.of(opts.get("--data"))
        : Files.createTempDirectory("triangulate-bench");
    System.out.printf("seed %d, %d documents, %d requests per kind, data %s%n", seed, docs,
        requests, data);
    SyntheticCorpus corpus = new SyntheticCorpus(seed, 20_000, 3_000, 1_500);
    try (Store store = Store.open(new StoreLocation.Embedded(data))) {
      fill(store, corpus, docs);
      Javalin app = TriangulateServer.create(ServerSettings.local(0), store, () -> {
        throw new IllegalStateException("the benchmark uploads nothing");
      }, java.time.Clock.systemUTC()).start();
      try {
        measure(app.port(), store, corpus, requests, new Random(seed));
      } finally {
        app.stop();
      }
    }
  }

  private static void fill(Store store, SyntheticCorpus corpus, int docs) throws Exception {
    int stored = store.read("count", h -> h.createQuery("SELECT count(*) FROM documents")
        .mapTo(Integer.class).one());
    List<Map.Entry<Document, Extraction>> reports = new ArrayList<>();
    for (int i = 0; i < docs; i++) {
      reports.add(corpus.report(i)); // always generated, so the Random is where it would be
    }
    if (stored >= docs) {
      System.out.printf("store holds %d documents already%n", stored);
      if (store.unresolved() > 0) { // a fill stopped before its resolution
        store.resolve();
      }
      return;
    }
    long start = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      int first = t;
      done.add(pool.submit(() -> {
        for (int i = first; i < reports.size(); i += 4) {
          store.saveDeferringResolution(reports.get(i).getKey(), reports.get(i).getValue());
          if (first == 0 && i % 1000 == 0) {
            System.out.printf("  saved ~%d documents, %.0f s%n", i, (System.nanoTime() - start) / 1e9);
          }
        }
      }));
    }
    for (Future<?> f : done) {
      f.get();
    }
    pool.shutdown();
    System.out.printf("saved %d documents in %.1f s%n", reports.size(), (System.nanoTime() - start) / 1e9);
    long resolving = System.nanoTime();
    store.resolve(); // once for the batch, as bulk ingest does
    System.out.printf("resolved across documents in %.1f s%n", (System.nanoTime() - resolving) / 1e9);
  }

  private static void measure(int port, Store store, SyntheticCorpus corpus, int requests,
      Random random) throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    String base = "http://127.0.0.1:" + port;
    List<String> entities = store.read("ids", h -> h.createQuery("""
            SELECT entity FROM entities GROUP BY entity ORDER BY count(*) DESC, entity""")
        .mapTo(String.class).list());
    System.out.printf("%d store entities%n", entities.size());
    long first = System.nanoTime();
    get(client, base + "/api/entities/" + entities.get(0));
    System.out.printf("first entity page (loads the links snapshot): %.0f ms%n",
        (System.nanoTime() - first) / 1e6);
    SyntheticCorpus.Zipf popularity = new SyntheticCorpus.Zipf(entities.size(), 1.07);
    IntFunction<String> search = i -> base + "/api/search?q="
        + URLEncoder.encode(typo(corpus.popularName(), random), StandardCharsets.UTF_8);
    IntFunction<String> popular = i -> base + "/api/entities/" + entities.get(popularity.next(random));
    IntFunction<String> any = i -> base + "/api/entities/" + entities.get(random.nextInt(entities.size()));
    run("search", client, search, requests);
    run("entity page (Zipf-popular entities)", client, popular, requests);
    run("entity page (uniform over entities)", client, any, requests);
    String deepest = lastPages(client, base + "/api/entities/" + entities.get(0));
    run("entity page (last page, largest entity)", client, i -> deepest, requests);
  }

  /**
   * The entity page's address with each list's last page: its cursors are found by following
   * next from the first page (an offset API would take totals / page size instead).
   */
  private static String lastPages(HttpClient client, String page) throws Exception {
    com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
    Map<String, String> after = new java.util.TreeMap<>();
    int pages = 1;
    for (String url = page; ; pages++) {
      var next = json.readTree(body(client, url)).get("next");
      boolean more = false;
      for (String list : List.of("mentions", "events", "claims")) {
        if (!next.get(list).isNull()) {
          after.put(list + "After", next.get(list).asText());
          more = true;
        }
      }
      if (!more) {
        break;
      }
      url = page + "?" + String.join("&", after.entrySet().stream()
          .map(e -> e.getKey() + "=" + e.getValue()).toList());
    }
    String url = page + "?" + String.join("&", after.entrySet().stream()
        .map(e -> e.getKey() + "=" + e.getValue()).toList());
    var totals = json.readTree(body(client, page)).get("totals");
    System.out.printf("largest entity: %d mentions, %d event rows, %d claims; page %d of the longest list%n",
        totals.get("mentions").asInt(), totals.get("events").asInt(), totals.get("claims").asInt(), pages);
    return url;
  }

  /** A search as typed: sometimes a prefix, sometimes one letter dropped. */
  private static String typo(String name, Random random) {
    return switch (random.nextInt(3)) {
      case 0 -> name.substring(0, Math.max(4, name.length() * 2 / 3));
      case 1 -> {
        int at = 1 + random.nextInt(Math.max(1, name.length() - 2));
        yield name.substring(0, at) + name.substring(at + 1);
      }
      default -> name.toLowerCase(java.util.Locale.ROOT);
    };
  }

  private static void run(String what, HttpClient client, IntFunction<String> urls, int n)
      throws Exception {
    for (int i = 0; i < Math.min(200, n); i++) {
      get(client, urls.apply(i));
    }
    long[] nanos = new long[n];
    long bytes = 0;
    for (int i = 0; i < n; i++) {
      String url = urls.apply(i);
      long t = System.nanoTime();
      bytes += get(client, url);
      nanos[i] = System.nanoTime() - t;
    }
    Arrays.sort(nanos);
    System.out.printf("%-40s n=%d  p50 %.1f ms  p95 %.1f ms  p99 %.1f ms  max %.1f ms  (mean %d bytes)%n",
        what, n, pct(nanos, 50), pct(nanos, 95), pct(nanos, 99), nanos[n - 1] / 1e6, bytes / n);
  }

  private static double pct(long[] sorted, int p) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
  }

  private static long get(HttpClient client, String url) throws Exception {
    return body(client, url).length;
  }

  private static byte[] body(HttpClient client, String url) throws Exception {
    HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(URI.create(url)).build(),
        HttpResponse.BodyHandlers.ofByteArray());
    if (r.statusCode() != 200) {
      throw new IllegalStateException(url + " answered " + r.statusCode() + ": "
          + new String(r.body(), StandardCharsets.UTF_8));
    }
    return r.body();
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> out = new java.util.HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      out.put(args[i], args[i + 1]);
    }
    return out;
  }
}
