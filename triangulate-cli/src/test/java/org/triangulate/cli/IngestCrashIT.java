package org.triangulate.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.triangulate.cli.Cli.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.cli.Cli.Run;
import org.triangulate.graph.store.Shown;
import org.triangulate.graph.store.Store;
import org.triangulate.graph.store.StoreLocation;

/**
 * Crash safety of a batch: {@code ingest} of invented reports in a JVM of its own, killed with
 * SIGKILL at three points drawn from a logged seed ({@code -Dtriangulate.crash.seed=…} replays
 * them), the store checked after each kill, then the batch run to completion and its export
 * compared with that of an uninterrupted run.
 *
 * <p>A kill point is a phase and a moment in it: while saving (once {@code k} documents are
 * committed, watched through the PostgreSQL the ingest started), while resolving what an earlier
 * kill left unresolved on opening, or during the batch's final resolution. After a kill: every
 * document has exactly the rows the uninterrupted run gave it (none half-written, no orphans), the
 * data directory opens again (the lock and the PostgreSQL left running are recovered), and the
 * documents saved since the last resolution are marked unresolved.
 */
class IngestCrashIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int REPORTS = 24;
  private static final String AS_OF = "2021-03-31";
  private static final String INTERRUPTED = "saved by an interrupted ingest";
  private static final String FINAL_RESOLUTION = "resolving entities and events across documents";

  private enum Phase { SAVING, OPENING, FINAL }

  /** Where to kill: a phase, the committed documents to wait for while saving, a delay after. */
  private record KillPoint(Phase phase, int documents, long delayMillis) {}

  @Test
  void anIngestKilledAtSeededPointsLeavesWholeMarkedDocumentsAndCompletesToTheSameExport(
      @TempDir Path tmp) throws Exception {
    long seed = Long.getLong("triangulate.crash.seed", System.nanoTime());
    Random random = new Random(seed);
    System.err.println("IngestCrashIT: seed " + seed + " (-Dtriangulate.crash.seed=" + seed + ")");
    List<String> files = writeReports(tmp.resolve("reports"));

    Path reference = tmp.resolve("reference");
    long start = System.nanoTime();
    Run clean = run(ingestArgs(reference, files));
    log(start, "uninterrupted run in-process");
    assertThat(clean.exit()).as(clean.err()).isZero();
    Map<String, List<Long>> wholeRows = rowsByDocument(reference);
    assertThat(wholeRows).hasSize(REPORTS);

    Path store = tmp.resolve("store");
    int stored = 0;
    int unresolved = 0;
    for (int kill = 1; kill <= 3; kill++) {
      KillPoint point = draw(random, kill, stored, unresolved);
      Path log = tmp.resolve("ingest-" + kill + ".log");
      long started = System.nanoTime();
      boolean killed = ingestKilledAt(point, store, files, log);
      log(started, "kill " + kill + " " + point + (killed ? "" : " came after the ingest finished"));
      started = System.nanoTime();
      stored = checkWholeAndMarked(store, wholeRows, stored, killed, log);
      unresolved = unresolved(store);
      log(started, "checked");
    }
    start = System.nanoTime();

    String any = anyDocument(store);
    Run show = run("--data", store.toString(), "show", any);
    assertThat(show.exit()).as(show.err()).isZero();
    if (unresolved > 0) {
      assertThat(show.err()).contains("resolving " + unresolved + " document");
    }
    assertThat(show.out()).doesNotContain("not yet resolved");
    assertThat(unresolved(store)).isZero();

    Run rerun = run(ingestArgs(store, files));
    assertThat(rerun.exit()).as(rerun.err()).isZero();
    assertThat(rowsByDocument(store)).as("rows after the re-run, seed " + seed).isEqualTo(wholeRows);
    assertThat(export(store, tmp.resolve("recovered.json")))
        .as("export after kill -9 and re-run, seed " + seed)
        .isEqualTo(export(reference, tmp.resolve("reference.json")));
    log(start, "recovered and compared");
  }

  private static void log(long start, String what) {
    System.err.printf(Locale.ROOT, "IngestCrashIT: %s (%.1f s)%n", what,
        (System.nanoTime() - start) / 1e9);
  }

  /**
   * The first kill is while saving (the store is empty); later ones in a phase that can come:
   * opening only with documents left unresolved, saving only with documents left to save.
   */
  private static KillPoint draw(Random random, int kill, int stored, int unresolved) {
    List<Phase> phases = new ArrayList<>(List.of(Phase.values()));
    if (unresolved == 0) {
      phases.remove(Phase.OPENING);
    }
    if (stored >= REPORTS) {
      phases.remove(Phase.SAVING);
    }
    Phase phase = kill == 1 ? Phase.SAVING : phases.get(random.nextInt(phases.size()));
    int documents = phase == Phase.SAVING ? stored + 1 + random.nextInt(REPORTS - stored) : 0;
    // a resolution of two dozen reports takes about a hundred milliseconds
    return new KillPoint(phase, documents, random.nextLong(phase == Phase.SAVING ? 300 : 120));
  }

  /**
   * Starts {@code ingest} in a JVM of its own and kills it at {@code point}.
   *
   * @return false when it finished before the point came
   */
  private static boolean ingestKilledAt(KillPoint point, Path store, List<String> files, Path log)
      throws Exception {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx3g",
        "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(List.of(ingestArgs(store, files)));
    Process ingest = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
    try (Watch watch = new Watch(store)) {
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
      while (ingest.isAlive() && System.nanoTime() < deadline && !reached(point, watch, log)) {
        Thread.sleep(10);
      }
    }
    try {
      Thread.sleep(point.delayMillis());
      return ingest.isAlive();
    } finally {
      ingest.destroyForcibly(); // SIGKILL: no shutdown hooks, PostgreSQL left running
      ingest.waitFor();
    }
  }

  private static boolean reached(KillPoint point, Watch watch, Path log) throws IOException {
    return switch (point.phase()) {
      case SAVING -> watch.committedDocuments() >= point.documents();
      case OPENING -> Files.readString(log).contains(INTERRUPTED);
      case FINAL -> Files.readString(log).contains(FINAL_RESOLUTION);
    };
  }

  /**
   * The documents committed so far, read from the PostgreSQL the ingest runs. Closed before the
   * kill: a connection left open would hold up the next command's stop of the orphaned server.
   */
  static final class Watch implements AutoCloseable {
    private final Path pidFile;
    private @org.jspecify.annotations.Nullable Connection connection;

    Watch(Path store) {
      this.pidFile = store.resolve("postgres").resolve("postmaster.pid");
    }

    /** How many, or -1 before the server is up and the schema migrated. */
    long committedDocuments() {
      try {
        if (connection == null) {
          List<String> lines = Files.readAllLines(pidFile, StandardCharsets.US_ASCII);
          connection = DriverManager.getConnection(
              "jdbc:postgresql://localhost:" + lines.get(3).strip() + "/postgres?user=postgres");
        }
        try (Statement st = connection.createStatement();
            ResultSet rs = st.executeQuery("SELECT count(*) FROM documents")) {
          rs.next();
          return rs.getLong(1);
        }
      } catch (IOException | IndexOutOfBoundsException | SQLException e) {
        close();
        return -1;
      }
    }

    @Override
    public void close() {
      try {
        if (connection != null) {
          connection.close();
        }
      } catch (SQLException e) {
        // the server went away: nothing left to close
      }
      connection = null;
    }
  }

  /**
   * Checks the store a kill left: every document whole, none without its extraction, nothing
   * orphaned, the directory open again, the documents saved since the last resolution marked.
   *
   * @return how many documents are stored now
   */
  private static int checkWholeAndMarked(Path store, Map<String, List<Long>> wholeRows,
      int before, boolean killed, Path log) throws IOException {
    try (Store s = Store.open(new StoreLocation.Embedded(store))) {
      Map<String, List<Long>> rows = StoreChecks.rowsByDocument(s);
      for (Map.Entry<String, List<Long>> doc : rows.entrySet()) {
        assertThat(doc.getValue()).as("rows of " + doc.getKey() + " after a kill")
            .isEqualTo(wholeRows.get(doc.getKey()));
      }
      assertThat(StoreChecks.orphans(s)).as("rows without their document").isZero();
      int unresolved = s.unresolved();
      System.err.println("IngestCrashIT: " + rows.size() + " documents stored, " + unresolved
          + " unresolved");
      if (!killed) {
        assertThat(unresolved).as(Files.readString(log)).isZero();
      } else if (!Files.readString(log).contains(FINAL_RESOLUTION)) {
        // saved by this batch or the one before, whose resolution this one had not reached
        assertThat(unresolved).isGreaterThanOrEqualTo(rows.size() - before);
      }
      List<String> pending = s.read("unresolved", h -> h.createQuery(
          "SELECT id FROM documents WHERE NOT resolved").mapTo(String.class).list());
      for (String id : pending) {
        assertThat(s.show(id)).get().satisfies(shown -> assertThat(
            ((Shown.DocumentView) shown).summary().resolved()).isFalse());
      }
      return rows.size();
    }
  }

  /** Per document, its rows in every table that names it; the store opened without resolving. */
  private static Map<String, List<Long>> rowsByDocument(Path store) {
    try (Store s = Store.open(new StoreLocation.Embedded(store))) {
      return StoreChecks.rowsByDocument(s);
    }
  }

  private static int unresolved(Path store) {
    try (Store s = Store.open(new StoreLocation.Embedded(store))) {
      return s.unresolved();
    }
  }

  private static String anyDocument(Path store) {
    try (Store s = Store.open(new StoreLocation.Embedded(store))) {
      return s.read("documents", h -> h.createQuery(
          "SELECT id FROM documents ORDER BY resolved, ordinal LIMIT 1").mapTo(String.class).one());
    }
  }

  private static JsonNode export(Path store, Path file) throws IOException {
    Run r = run("--data", store.toString(), "export", "--format", "json", "-o", file.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    return JSON.readTree(file.toFile());
  }

  private static String[] ingestArgs(Path store, List<String> files) {
    List<String> args = new ArrayList<>(List.of("--data", store.toString(), "ingest", "--as-of", AS_OF));
    args.addAll(files);
    return args.toArray(String[]::new);
  }

  /**
   * Invented reports, more than a batch resolved once at its end: pairs tell one attack with
   * the spokesman's name spelt two ways, so resolution has names and events to join.
   */
  static List<String> writeReports(Path dir) throws IOException {
    Files.createDirectories(dir);
    String[] places = {"Kandahar", "Herat", "Kunduz", "Jalalabad", "Ghazni", "Lashkar Gah"};
    String[][] spokesmen = {{"Wali Jan Barakzai", "Wali Jan Barakzay"},
        {"Abdul Rahman Haidari", "Abdul Rahman Haydari"}, {"Qari Yousuf Ahmadi", "Qari Yusuf Ahmadi"}};
    String[] attacks = {"Gunmen attacked a police checkpoint", "A roadside bomb struck a police vehicle",
        "Militants stormed a district headquarters", "A suicide bomber attacked an army base"};
    List<String> files = new ArrayList<>();
    for (int i = 0; i < REPORTS; i++) {
      int incident = i / 2;
      String place = places[incident % places.length];
      String spokesman = spokesmen[incident % spokesmen.length][i % 2];
      String attack = attacks[incident % attacks.length];
      int day = 1 + incident;
      String text = "Invented: " + attack.replaceFirst("^(A|An) ", "") + " in " + place + "\n\n"
          + place.toUpperCase(Locale.ROOT) + " -- " + attack + " in " + place + " on " + day
          + " March 2021, killing " + (2 + incident % 5) + " people, provincial police spokesman "
          + spokesman + " said. Zabihullah Mujahid, a Taliban spokesman, claimed responsibility for"
          + " the attack" + (i % 2 == 0 ? "." : " in a statement on " + (day + 1) + " March.")
          + "\n";
      Path file = dir.resolve(String.format(Locale.ROOT, "report-%02d.txt", i));
      Files.writeString(file, text, StandardCharsets.UTF_8);
      files.add(file.toString());
    }
    return files;
  }
}
