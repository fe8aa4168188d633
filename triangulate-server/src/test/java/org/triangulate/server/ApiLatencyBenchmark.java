package org.triangulate.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.triangulate.graph.store.Store;
import org.triangulate.graph.store.StoreLocation;
import org.triangulate.model.Document;
import org.triangulate.model.Extraction;

/**
 * The workbench's API over a store of synthetic reports: load, resolution, memory and disk,
 * then the latency of each kind of request the workbench makes, against the running server on
 * loopback, and of saving one more report into the filled store; not part of {@code verify}.
 * Run from the repository:
 *
 * <pre>
 * ./mvnw -q -o -pl triangulate-server -am test-compile
 * ./mvnw -q -o -pl triangulate-server dependency:build-classpath \
 *     -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
 * java -Xmx8g -cp triangulate-server/target/test-classes:triangulate-server/target/classes:$(cat triangulate-server/target/bench.cp) \
 *     org.triangulate.server.ApiLatencyBenchmark [--docs 10000] [--requests 1000] \
 *     [--whole-requests 20] [--ingests 30] [--batch 500] [--seed N] [--data DIR]
 * </pre>
 *
 * Generates {@code --docs} reports from the seed (printed, so a run can be repeated) and saves
 * them with COPY, {@code --batch} a transaction ({@link SyntheticFill}; a killed fill is
 * continued by running again with the same {@code --data} and seed), resolves once, then times
 * {@code --requests} sequential requests of each kind after a warm-up ({@code --whole-requests}
 * of the kinds that answer with the whole store: the graph, the unfiltered timeline), and prints
 * p50/p95/p99 in milliseconds. Last, saves {@code --ingests} new reports one at a time with
 * {@link Store#save} (which resolves what each touches), timing each. Each run adds those
 * reports to the store, numbered after the ones it holds.
 */
public final class ApiLatencyBenchmark {
  private final Latencies http;
  private final SyntheticCorpus corpus;
  private final Random random;
  private final ObjectMapper json = new ObjectMapper();

  private ApiLatencyBenchmark(Latencies http, SyntheticCorpus corpus, Random random) {
    this.http = http;
    this.corpus = corpus;
    this.random = random;
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> opts = options(args);
    int docs = Integer.parseInt(opts.getOrDefault("--docs", "10000"));
    int requests = Integer.parseInt(opts.getOrDefault("--requests", "1000"));
    int whole = Integer.parseInt(opts.getOrDefault("--whole-requests", "20"));
    int ingests = Integer.parseInt(opts.getOrDefault("--ingests", "30"));
    int batch = Integer.parseInt(opts.getOrDefault("--batch", "500"));
    long seed = Long.parseLong(opts.getOrDefault("--seed",
        Long.toString(ThreadLocalRandom.current().nextLong())));
    Path data = opts.containsKey("--data") ? Path.of(opts.get("--data"))
        : Files.createTempDirectory("triangulate-bench");
    System.out.printf("seed %d, %d documents, %d requests per kind (%d of the whole store), "
        + "data %s, %d processors, max heap %d MiB%n", seed, docs, requests, whole, data,
        Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
    SyntheticFill.claim(data, seed);
    SyntheticCorpus corpus = new SyntheticCorpus(seed, 20_000, 3_000, 1_500);
    try (HeapPeak heap = new HeapPeak();
        Store store = Store.open(new StoreLocation.Embedded(data))) {
      heap.resetMiB();
      SyntheticFill.Result filled = new SyntheticFill(store, corpus, batch).fill(docs);
      System.out.printf("fill: %d saved now, load %.1f s, resolve %.1f s, peak heap %d MiB%n",
          filled.saved(), filled.loadSeconds(), filled.resolveSeconds(), heap.resetMiB());
      printSize(store, data);
      Javalin app = TriangulateServer.create(ServerSettings.local(0), store, () -> {
        throw new IllegalStateException("the benchmark uploads nothing");
      }, Clock.systemUTC()).start();
      try {
        new ApiLatencyBenchmark(new Latencies(app.port()), corpus, new Random(seed))
            .measure(store, requests, whole);
      } finally {
        app.stop();
      }
      System.out.printf("serving: peak heap %d MiB%n", heap.resetMiB());
      ingest(store, corpus, ingests);
      System.out.printf("ingest: peak heap %d MiB%n", heap.resetMiB());
      printSize(store, data);
    }
  }

  private void measure(Store store, int requests, int whole) throws IOException {
    List<String> entities = store.read("ids", h -> h.createQuery(
            "SELECT entity FROM entity_summaries ORDER BY mentions DESC, entity")
        .mapTo(String.class).list());
    System.out.printf("%d store entities%n", entities.size());
    long first = System.nanoTime();
    http.body("/api/entities/" + entities.get(0));
    System.out.printf("first entity page (loads the evidence snapshot): %.0f ms%n",
        (System.nanoTime() - first) / 1e6);
    SyntheticCorpus.Zipf popularity = new SyntheticCorpus.Zipf(entities.size(), 1.07);
    IntFunction<String> popular = i -> entities.get(popularity.next(random));
    IntFunction<String> any = i -> entities.get(random.nextInt(entities.size()));

    http.run("search", i -> "/api/search?q="
        + URLEncoder.encode(typo(corpus.popularName(), random), StandardCharsets.UTF_8), requests);
    http.run("entity page (Zipf-popular)", i -> "/api/entities/" + popular.apply(i), requests);
    http.run("entity page (uniform)", i -> "/api/entities/" + any.apply(i), requests);
    String deepest = lastPages("/api/entities/" + entities.get(0));
    http.run("entity page (last page, largest entity)", i -> deepest, requests);
    http.run("entity's links (Zipf-popular)", i -> "/api/links?entity=" + popular.apply(i),
        requests);
    http.run("timeline of an entity (Zipf-popular)", i -> "/api/events?entity=" + popular.apply(i),
        requests);
    http.run("timeline of an entity (uniform)", i -> "/api/events?entity=" + any.apply(i),
        requests);
    http.run("timeline, whole store", i -> "/api/events", whole);
    http.run("graph, whole store", i -> "/api/graph", whole);
    List<String> links = new ArrayList<>();
    json.readTree(http.body("/api/graph")).get("edges").forEach(e -> links.add(e.get("id").asText()));
    System.out.printf("%d entity-entity links%n", links.size());
    if (!links.isEmpty()) { // most independent origins first
      SyntheticCorpus.Zipf support = new SyntheticCorpus.Zipf(links.size(), 1.07);
      http.run("link page (Zipf over most-supported)",
          i -> "/api/links/" + encode(links.get(support.next(random))), requests);
      http.run("link page (uniform)",
          i -> "/api/links/" + encode(links.get(random.nextInt(links.size()))), requests);
    }
  }

  /**
   * Saves {@code n} new reports one at a time, each resolved around itself as a single save
   * is, after three unmeasured ones; the reports continue the corpus, numbered after the stored.
   */
  private static void ingest(Store store, SyntheticCorpus corpus, int n) {
    if (n == 0) {
      return;
    }
    int next = store.read("count", h -> h.createQuery("SELECT count(*) FROM documents")
        .mapTo(Integer.class).one());
    long[] nanos = new long[n];
    for (int i = -3; i < n; i++) {
      Map.Entry<Document, Extraction> r = corpus.report(next++);
      long t = System.nanoTime();
      Store.SaveResult saved = store.save(r.getKey(), r.getValue());
      long took = System.nanoTime() - t;
      if (saved.status() != Store.SaveResult.Status.INGESTED) {
        throw new IllegalStateException("report " + (next - 1) + " was stored already: "
            + saved.id());
      }
      if (i >= 0) {
        nanos[i] = took;
      }
    }
    Latencies.print("ingest of one report (save + its resolution)", nanos, -1);
  }

  /**
   * The entity page's address with each list's last page: its cursors are found by following
   * next from the first page.
   */
  private String lastPages(String page) throws IOException {
    Map<String, String> after = new TreeMap<>();
    int pages = 1;
    for (String url = page; ; pages++) {
      JsonNode next = json.readTree(http.body(url)).get("next");
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
      url = withCursors(page, after);
    }
    JsonNode totals = json.readTree(http.body(page)).get("totals");
    System.out.printf("largest entity: %d mentions, %d event rows, %d claims; page %d of the "
        + "longest list%n", totals.get("mentions").asInt(), totals.get("events").asInt(),
        totals.get("claims").asInt(), pages);
    return withCursors(page, after);
  }

  private static String withCursors(String page, Map<String, String> after) {
    return page + "?" + String.join("&", after.entrySet().stream()
        .map(e -> e.getKey() + "=" + e.getValue()).toList());
  }

  /** A search as typed: sometimes a prefix, sometimes one letter dropped. */
  private static String typo(String name, Random random) {
    return switch (random.nextInt(3)) {
      case 0 -> name.substring(0, Math.max(4, name.length() * 2 / 3));
      case 1 -> {
        int at = 1 + random.nextInt(Math.max(1, name.length() - 2));
        yield name.substring(0, at) + name.substring(at + 1);
      }
      default -> name.toLowerCase(Locale.ROOT);
    };
  }

  /** The database's size as PostgreSQL counts it, and its data directory's on disk. */
  private static void printSize(Store store, Path data) {
    long database = store.read("size", h -> h.createQuery(
        "SELECT pg_database_size(current_database())").mapTo(Long.class).one());
    System.out.printf("disk: database %d MiB, data directory %d MiB%n", database >> 20,
        directorySize(data) >> 20);
  }

  private static long directorySize(Path dir) {
    try {
      return walk(dir);
    } catch (UncheckedIOException e) { // a file removed under the walk: once more
      return walk(dir);
    }
  }

  private static long walk(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(f -> {
        try {
          return Files.size(f);
        } catch (IOException e) { // a WAL segment recycled while walking
          return 0;
        }
      }).sum();
    } catch (IOException e) {
      throw new UncheckedIOException(dir.toString(), e);
    }
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> out = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      out.put(args[i], args[i + 1]);
    }
    return out;
  }
}
