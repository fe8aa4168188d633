package org.triangulate.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.triangulate.cli.Cli.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jspecify.annotations.Nullable;
import org.triangulate.cli.Cli.Run;
import org.triangulate.graph.store.Store;
import org.triangulate.graph.store.StoreLocation;

/**
 * Crash safety while the server answers queries. With the embedded store one process owns the
 * data directory, so a batch and {@code serve} share a store only on a PostgreSQL server
 * ({@code --db}): here one the test starts, {@code serve} in a JVM of its own, three client
 * threads issuing GETs to it on loopback, and {@code ingest} of invented reports into the same
 * database in another JVM, killed with SIGKILL at a point drawn from a logged seed
 * ({@code -Dtriangulate.crash.seed=…} replays it): once {@code k} documents are committed, or
 * during the batch's final resolution.
 *
 * <p>Checked: every GET before, during and after the kill is answered 200, and GETs go on being
 * answered after it; the store holds whole documents (the rows an uninterrupted run gives, into
 * a second database) and nothing orphaned; the documents the killed batch saved and did not
 * resolve are exactly those the API gives {@code "resolved": false}; the batch re-run while the
 * server answers completes, resolves them, and exports what the uninterrupted run exports.
 *
 * <p>On the embedded store the server is itself the writer (uploads): the second case kills it.
 * Each case takes a PostgreSQL and two or three JVMs, one loading CoreNLP: about a minute each
 * when this JVM has CoreNLP loaded already, as in {@code verify}.
 */
class ServeCrashIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String AS_OF = "2021-03-31";
  private static final String FINAL_RESOLUTION = "resolving entities and events across documents";
  private static final Pattern SERVING = Pattern.compile("serving .* on http://127\\.0\\.0\\.1:(\\d+)/");
  private static final int CLIENTS = 3;

  @Test
  void anIngestKilledWhileTheServerAnswersLeavesItAnsweringAndTheStoreWhole(@TempDir Path tmp)
      throws Exception {
    long seed = Long.getLong("triangulate.crash.seed", System.nanoTime());
    Random random = new Random(seed);
    System.err.println("ServeCrashIT: seed " + seed + " (-Dtriangulate.crash.seed=" + seed + ")");
    List<String> files = IngestCrashIT.writeReports(tmp.resolve("reports"));
    int reports = files.size();
    boolean duringFinal = random.nextInt(3) == 0;
    int killAfter = 1 + random.nextInt(reports);
    long delayMillis = random.nextLong(duringFinal ? 120 : 300);

    try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
      try (Connection c = pg.getPostgresDatabase().getConnection();
          Statement st = c.createStatement()) {
        st.execute("CREATE DATABASE reference");
      }
      String storeUrl = url(pg, "postgres");
      // the server starts while the uninterrupted run goes on
      Process server = child(tmp.resolve("serve.log"), "-Xmx1g", "--db", storeUrl, "serve",
          "--port", "0");
      try {
        long start = System.nanoTime();
        // in-process: in verify, CoreNLP is already loaded in this JVM by the tests before
        Run clean = run(ingestArgs(url(pg, "reference"), files));
        assertThat(clean.exit()).as(clean.err()).isZero();
        Map<String, List<Long>> wholeRows = rows(url(pg, "reference"));
        assertThat(wholeRows).hasSize(reports);
        log(start, "uninterrupted run in-process");
        try (Load load = new Load(port(server, tmp.resolve("serve.log")))) {
          load.start();
          start = System.nanoTime();
          Path log = tmp.resolve("ingest.log");
          boolean killed = ingestKilled(storeUrl, files, log, duringFinal, killAfter, delayMillis);
          log(start, "ingest killed " + (duringFinal ? "during its final resolution"
              : "after " + killAfter + " documents") + " + " + delayMillis + " ms"
              + (killed ? "" : " came after it finished"));
          long answeredAtKill = load.answered();
          Thread.sleep(1_500);
          assertThat(load.answered()).as("GETs answered after the kill")
              .isGreaterThan(answeredAtKill + CLIENTS);

          start = System.nanoTime();
          List<String> unresolved = checkWhole(storeUrl, wholeRows, killed, log);
          assertThat(load.unresolvedDocuments()).as("documents the API says are not yet resolved")
              .isEqualTo(unresolved);

          rerunWhileServing(load, new Stores(storeUrl, url(pg, "reference"), wholeRows), files,
              unresolved, tmp);
          log(start, "checked, re-ran and compared while serving");

          load.stop();
          assertThat(server.isAlive()).as(Files.readString(tmp.resolve("serve.log"))).isTrue();
          assertThat(load.failures()).as("GETs not answered 200").isEmpty();
          System.err.printf(Locale.ROOT, "ServeCrashIT: %d GETs answered by %d clients, slowest %d ms%n",
              load.answered(), CLIENTS, load.slowestMillis());
        }
      } finally {
        server.destroy(); // SIGTERM: the server closes its store and stops
        if (!server.waitFor(30, TimeUnit.SECONDS)) {
          server.destroyForcibly();
        }
      }
    }
  }

  /**
   * With the embedded store the server is the only process writing: uploads are saved by it
   * ({@code Uploads}, one transaction each, resolved as saved). Killed with SIGKILL once {@code k}
   * uploaded documents are committed (seeded), it must have answered every GET until then; the
   * data directory then opens (its lock and the PostgreSQL left running recovered) with whole
   * documents only, none unresolved, and a server started again on it answers with them.
   */
  @Test
  void aServerKilledWhileSavingUploadsLeavesWholeDocumentsAndStartsAgainOnItsStore(
      @TempDir Path tmp) throws Exception {
    long seed = Long.getLong("triangulate.crash.seed", System.nanoTime());
    Random random = new Random(seed);
    System.err.println("ServeCrashIT: seed " + seed + " (-Dtriangulate.crash.seed=" + seed + ")");
    List<String> files = IngestCrashIT.writeReports(tmp.resolve("reports"));
    int killAfter = 1 + random.nextInt(files.size() - 1);
    long delayMillis = random.nextLong(300);
    Path store = tmp.resolve("store");
    Process server = child(tmp.resolve("serve.log"), "-Xmx3g", "--data", store.toString(),
        "serve", "--port", "0");
    Map<String, List<Long>> wholeRows;
    try {
      long start = System.nanoTime();
      // uploads infer dates against the server's today: so does the reference
      List<String> args = new ArrayList<>(List.of("--data", tmp.resolve("reference").toString(),
          "ingest", "--as-of", LocalDate.now().toString()));
      args.addAll(files);
      Run clean = run(args.toArray(String[]::new));
      assertThat(clean.exit()).as(clean.err()).isZero();
      try (Store s = Store.open(new StoreLocation.Embedded(tmp.resolve("reference")))) {
        wholeRows = StoreChecks.rowsByDocument(s);
      }
      log(start, "uninterrupted run in-process");
      start = System.nanoTime();
      int port = port(server, tmp.resolve("serve.log"));
      try (Load load = new Load(port)) {
        load.start();
        Thread uploader = Thread.ofPlatform().name("serve-crash-uploader")
            .start(() -> load.uploadEach(files));
        long killedAt;
        try (IngestCrashIT.Watch watch = new IngestCrashIT.Watch(store)) {
          long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
          while (server.isAlive() && System.nanoTime() < deadline
              && watch.committedDocuments() < killAfter) {
            Thread.sleep(10);
          }
        }
        Thread.sleep(delayMillis);
        killedAt = System.nanoTime();
        server.destroyForcibly(); // SIGKILL: no shutdown hooks, PostgreSQL left running
        server.waitFor();
        uploader.join();
        load.stop();
        log(start, "server killed after " + killAfter + " uploads + " + delayMillis + " ms");
        assertThat(load.failuresBefore(killedAt)).as("GETs not answered 200 before the kill")
            .isEmpty();
        assertThat(load.answered()).isPositive();
      }
    } finally {
      server.destroyForcibly();
      server.waitFor();
    }

    int stored;
    try (Store s = Store.open(new StoreLocation.Embedded(store))) {
      Map<String, List<Long>> rows = StoreChecks.rowsByDocument(s);
      for (Map.Entry<String, List<Long>> doc : rows.entrySet()) {
        assertThat(doc.getValue()).as("rows of " + doc.getKey() + " after the kill, seed " + seed)
            .isEqualTo(wholeRows.get(doc.getKey()));
      }
      assertThat(StoreChecks.orphans(s)).as("rows without their document").isZero();
      assertThat(StoreChecks.unresolved(s)).as("uploads resolve as they save").isEmpty();
      stored = rows.size();
      assertThat(stored).isGreaterThanOrEqualTo(killAfter);
    }
    Process again = child(tmp.resolve("serve-again.log"), "-Xmx1g", "--data", store.toString(),
        "serve", "--port", "0");
    try (Load check = new Load(port(again, tmp.resolve("serve-again.log")))) {
      assertThat(check.documentIds()).hasSize(stored);
      assertThat(check.unresolvedDocuments()).isEmpty();
      assertThat(check.failures()).isEmpty();
    } finally {
      again.destroy();
      if (!again.waitFor(30, TimeUnit.SECONDS)) {
        again.destroyForcibly();
      }
    }
  }

  /** The store under test and the reference an uninterrupted run made, with its rows. */
  private record Stores(String url, String referenceUrl, Map<String, List<Long>> wholeRows) {}

  /**
   * Re-runs the killed batch in-process while the server answers: it resolves what the kill
   * left unresolved, saves the rest, and ends with the rows and export of the uninterrupted run,
   * every document resolved as the API tells.
   */
  private static void rerunWhileServing(Load load, Stores stores, List<String> files,
      List<String> unresolved, Path tmp) throws IOException {
    Run rerun = run(ingestArgs(stores.url(), files));
    assertThat(rerun.exit()).as(rerun.err()).isZero();
    if (!unresolved.isEmpty()) {
      assertThat(rerun.err()).contains("resolving " + unresolved.size() + " document");
    }
    assertThat(rows(stores.url())).as("rows after the re-run").isEqualTo(stores.wholeRows());
    assertThat(load.unresolvedDocuments()).isEmpty();
    assertThat(export(stores.url(), tmp.resolve("recovered.json")))
        .as("export after kill -9 and re-run")
        .isEqualTo(export(stores.referenceUrl(), tmp.resolve("reference.json")));
  }

  private static void log(long start, String what) {
    System.err.printf(Locale.ROOT, "ServeCrashIT: %s (%.1f s)%n", what,
        (System.nanoTime() - start) / 1e9);
  }

  private static String url(EmbeddedPostgres pg, String database) {
    return "jdbc:postgresql://localhost:" + pg.getPort() + "/" + database + "?user=postgres";
  }

  private static String[] ingestArgs(String url, List<String> files) {
    List<String> args = new ArrayList<>(List.of("--db", url, "ingest", "--as-of", AS_OF));
    args.addAll(files);
    return args.toArray(String[]::new);
  }

  /** {@code triangulate ARGS} in a JVM of its own, its output to {@code log}. */
  private static Process child(Path log, String heap, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), heap,
        "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
        .start();
  }

  /** The port {@code serve} says it listens on. */
  private static int port(Process server, Path log) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline && server.isAlive()) {
      Matcher m = SERVING.matcher(Files.readString(log));
      if (m.find()) {
        return Integer.parseInt(m.group(1));
      }
      Thread.sleep(50);
    }
    throw new AssertionError("serve did not start: " + Files.readString(log));
  }

  /**
   * Runs {@code ingest} in a JVM of its own and kills it with SIGKILL once {@code after}
   * documents are committed, or once its final resolution has begun, then {@code delayMillis}.
   *
   * @return false when it finished before the point came
   */
  private static boolean ingestKilled(String url, List<String> files, Path log,
      boolean duringFinal, int after, long delayMillis) throws Exception {
    Process ingest = child(log, "-Xmx3g", ingestArgs(url, files));
    try (Connection watch = DriverManager.getConnection(url)) {
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
      while (ingest.isAlive() && System.nanoTime() < deadline
          && !(duringFinal ? Files.readString(log).contains(FINAL_RESOLUTION)
              : committedDocuments(watch) >= after)) {
        Thread.sleep(10);
      }
    }
    try {
      Thread.sleep(delayMillis);
      return ingest.isAlive();
    } finally {
      ingest.destroyForcibly(); // SIGKILL: no shutdown hooks, its connections cut
      ingest.waitFor();
    }
  }

  private static long committedDocuments(Connection c) throws SQLException {
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = 'documents'")) {
      rs.next();
      if (rs.getLong(1) == 0) {
        return -1; // not migrated yet
      }
    }
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT count(*) FROM documents")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /**
   * Checks the store the kill left: every document whole, nothing orphaned, and, when the batch
   * died before its final resolution committed, every document it saved unresolved.
   *
   * @return the ids of the unresolved documents
   */
  private static List<String> checkWhole(String url, Map<String, List<Long>> wholeRows,
      boolean killed, Path log) throws IOException {
    try (Store s = Store.open(new StoreLocation.Server(url, null, null))) {
      Map<String, List<Long>> rows = StoreChecks.rowsByDocument(s);
      for (Map.Entry<String, List<Long>> doc : rows.entrySet()) {
        assertThat(doc.getValue()).as("rows of " + doc.getKey() + " after the kill")
            .isEqualTo(wholeRows.get(doc.getKey()));
      }
      assertThat(StoreChecks.orphans(s)).as("rows without their document").isZero();
      List<String> unresolved = StoreChecks.unresolved(s);
      System.err.println("ServeCrashIT: " + rows.size() + " documents stored, "
          + unresolved.size() + " unresolved");
      if (!killed) {
        assertThat(unresolved).as(Files.readString(log)).isEmpty();
      } else {
        // one batch on an empty store: its final resolution marks all of them or none
        assertThat(unresolved.size()).isIn(rows.size(),
            Files.readString(log).contains(FINAL_RESOLUTION) ? 0 : rows.size());
      }
      return unresolved;
    }
  }

  private static Map<String, List<Long>> rows(String url) {
    try (Store s = Store.open(new StoreLocation.Server(url, null, null))) {
      return StoreChecks.rowsByDocument(s);
    }
  }

  private static JsonNode export(String url, Path file) throws IOException {
    Run r = run("--db", url, "export", "--format", "json", "-o", file.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    return JSON.readTree(file.toFile());
  }

  /**
   * A few client threads issuing GETs to the server in turn over the pages the workbench reads,
   * each after a short pause: bounded load. Counts what was answered 200 and records the rest.
   */
  private static final class Load implements AutoCloseable {
    private record Failed(long at, String what) {}

    private static final List<String> PATHS = List.of("/api/documents", "/api/entities?limit=30",
        "/api/search?q=Barakzai", "/api/events", "/api/links", "/api/conflicts");

    private final String base;
    private final HttpClient http = HttpClient.newBuilder()
        .connectTimeout(Duration.ofSeconds(5)).build();
    private final List<Thread> threads = new ArrayList<>();
    private final List<Failed> failures = Collections.synchronizedList(new ArrayList<>());
    private final AtomicLong answered = new AtomicLong();
    private final AtomicLong slowest = new AtomicLong();
    private volatile boolean running = true;

    Load(int port) {
      this.base = "http://127.0.0.1:" + port;
    }

    void start() {
      for (int i = 0; i < CLIENTS; i++) {
        int first = i;
        threads.add(Thread.ofPlatform().name("serve-crash-client-" + i).start(() -> {
          for (int n = first; running; n++) {
            get(PATHS.get(n % PATHS.size()));
            pause();
          }
        }));
      }
    }

    private @Nullable JsonNode get(String path) {
      long started = System.nanoTime();
      try {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(20)).GET().build(), HttpResponse.BodyHandlers.ofString());
        slowest.accumulateAndGet((System.nanoTime() - started) / 1_000_000, Math::max);
        if (r.statusCode() != 200) {
          failures.add(new Failed(System.nanoTime(), r.statusCode() + " GET " + path + ": " + r.body()));
          return null;
        }
        answered.incrementAndGet();
        return JSON.readTree(r.body());
      } catch (IOException e) {
        failures.add(new Failed(System.nanoTime(), "GET " + path + ": " + e));
        return null;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return null;
      }
    }

    private void pause() {
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        running = false;
      }
    }

    /** The ids of the documents the API lists, in the order stored. */
    List<String> documentIds() {
      JsonNode documents = get("/api/documents");
      assertThat(documents).as("GET /api/documents: " + failures).isNotNull();
      List<String> ids = new ArrayList<>();
      documents.forEach(d -> ids.add(d.get("id").asText()));
      return ids;
    }

    /** Uploads each file in a request of its own, in order, until one is not answered. */
    void uploadEach(List<String> files) {
      String boundary = "serve-crash-boundary";
      for (String file : files) {
        try {
          byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; "
              + "filename=\"" + Path.of(file).getFileName() + "\"\r\nContent-Type: text/plain\r\n\r\n")
              .getBytes(StandardCharsets.UTF_8);
          byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
          HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/ingest"))
              .timeout(Duration.ofMinutes(3))
              .header("Content-Type", "multipart/form-data; boundary=" + boundary)
              .POST(HttpRequest.BodyPublishers.ofByteArrays(
                  List.of(head, Files.readAllBytes(Path.of(file)), tail)))
              .build(), HttpResponse.BodyHandlers.ofString());
          if (r.statusCode() != 200) {
            return;
          }
        } catch (IOException e) {
          return; // the server was killed
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }

    /** The ids of the documents the API lists as not yet resolved, in id order. */
    List<String> unresolvedDocuments() {
      JsonNode documents = get("/api/documents");
      assertThat(documents).as("GET /api/documents: " + failures).isNotNull();
      Map<String, Boolean> resolved = new TreeMap<>();
      documents.forEach(d -> resolved.put(d.get("id").asText(), d.get("resolved").asBoolean()));
      return resolved.entrySet().stream().filter(e -> !e.getValue()).map(Map.Entry::getKey)
          .toList();
    }

    long answered() {
      return answered.get();
    }

    long slowestMillis() {
      return slowest.get();
    }

    List<String> failures() {
      return failuresBefore(Long.MAX_VALUE);
    }

    /**
     * The GETs that failed before {@code nanos} ({@link System#nanoTime}): answered other than
     * 200, or not at all (one in flight when the server is killed fails after it).
     */
    List<String> failuresBefore(long nanos) {
      synchronized (failures) {
        return failures.stream().filter(f -> f.at() < nanos).map(Failed::what).toList();
      }
    }

    void stop() throws InterruptedException {
      running = false;
      for (Thread t : threads) {
        t.join();
      }
    }

    @Override
    public void close() throws InterruptedException {
      stop();
      http.close();
    }
  }
}
