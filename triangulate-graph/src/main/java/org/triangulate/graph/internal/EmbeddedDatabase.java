package org.triangulate.graph.internal;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.triangulate.graph.StoreException;

/**
 * A PostgreSQL server run by this process on a persistent data directory (zonky's embedded
 * binaries). Layout: {@code <dataDir>/triangulate.lock} and PostgreSQL's own directory {@code
 * <dataDir>/postgres}, which initdb needs empty the first time.
 *
 * <p>As root, zonky runs initdb and pg_ctl under {@code unshare -U}, where the process is not
 * uid 0, so PostgreSQL's refusal to run as root does not apply.
 *
 * <p>A shutdown hook stops the server when the JVM exits without {@link #close} (Ctrl-C); a
 * server left running by a killed process is stopped by the next {@link #start} on the
 * directory, which then holds the lock.
 *
 * <p>Thread-safe: stopping is synchronized and happens once.
 */
public final class EmbeddedDatabase implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);
  private static final Duration STARTUP = Duration.ofSeconds(60);

  private final DataDirectoryLock lock;
  private final EmbeddedPostgres postgres;
  // Ctrl-C or SIGTERM: stop the server rather than leave it running without an owner
  private final Thread onExit;
  private boolean stopped;

  private EmbeddedDatabase(DataDirectoryLock lock, EmbeddedPostgres postgres) {
    this.lock = lock;
    this.postgres = postgres;
    this.onExit = new Thread(this::stop, "triangulate-postgres-stop");
  }

  /** Locks {@code dataDir}, then starts (and the first time initialises) PostgreSQL in it. */
  public static EmbeddedDatabase start(Path dataDir) {
    DataDirectoryLock lock = DataDirectoryLock.acquire(dataDir);
    try {
      Path pgdata = lock.dir().resolve("postgres");
      stopOrphan(pgdata);
      EmbeddedPostgres postgres = EmbeddedPostgres.builder()
          .setDataDirectory(pgdata)
          .setCleanDataDirectory(false)
          .setPGStartupWait(STARTUP)
          .setServerConfig("listen_addresses", "localhost")
          // zonky starts PostgreSQL with -F (fsync off) for tests; a user's store must survive
          // a crash, and a later -c wins over -F
          .setServerConfig("fsync", "on")
          .setServerConfig("synchronous_commit", "on")
          .start();
      EmbeddedDatabase db = new EmbeddedDatabase(lock, postgres);
      Runtime.getRuntime().addShutdownHook(db.onExit);
      return db;
    } catch (IOException | RuntimeException e) {
      lock.close();
      if (e instanceof StoreException se) {
        throw se;
      }
      throw new StoreException(
          "data directory " + lock.dir() + ": cannot start PostgreSQL: " + e.getMessage(), e);
    }
  }

  /**
   * A server left running by a process that died without closing (kill -9) holds the data
   * directory: we own the lock, so it is ours to stop.
   */
  private static void stopOrphan(Path pgdata) throws IOException {
    Path pidFile = pgdata.resolve("postmaster.pid");
    if (!Files.exists(pidFile)) {
      return;
    }
    String first = Files.readAllLines(pidFile, StandardCharsets.US_ASCII).stream()
        .findFirst().orElse("").strip();
    Optional<ProcessHandle> orphan = parsePid(first).flatMap(ProcessHandle::of)
        .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
    if (orphan.isPresent()) {
      LOG.warn("stopping PostgreSQL (pid {}) left running on {}", first, pgdata);
      orphan.get().destroy(); // SIGTERM: smart shutdown, then wait for it
      orphan.get().onExit().orTimeout(STARTUP.toSeconds(), java.util.concurrent.TimeUnit.SECONDS)
          .join();
    }
  }

  private static Optional<Long> parsePid(String text) {
    try {
      return Optional.of(Long.parseLong(text));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** The URL of the {@code postgres} database as the {@code postgres} superuser. */
  public String jdbcUrl() {
    return postgres.getJdbcUrl("postgres", "postgres");
  }

  /** Stops PostgreSQL (fast shutdown), then releases the lock. */
  @Override
  public void close() {
    try {
      Runtime.getRuntime().removeShutdownHook(onExit);
    } catch (IllegalStateException exiting) {
      // the JVM is shutting down and the hook stops the server
    }
    stop();
  }

  private synchronized void stop() {
    if (stopped) {
      return;
    }
    stopped = true;
    try {
      postgres.close();
    } catch (IOException e) {
      throw new StoreException(
          "data directory " + lock.dir() + ": cannot stop PostgreSQL: " + e.getMessage(), e);
    } finally {
      lock.close();
    }
  }
}
