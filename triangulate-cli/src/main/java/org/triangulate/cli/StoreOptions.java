package org.triangulate.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.triangulate.graph.store.Store;
import org.triangulate.graph.store.StoreLocation;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * Where the store is: {@code --data DIR} (embedded PostgreSQL, the default) or {@code --db URL}.
 * A mixin of the top command whose options every store command inherits, so that they stand
 * before or after the command ({@code triangulate --data DIR ingest …} or {@code triangulate
 * ingest … --data DIR}); given after it, picocli sets them through this (the top command's)
 * instance, so the two places cannot disagree unnoticed.
 */
final class StoreOptions {
  // Plain setters rather than an exclusive ArgGroup: picocli cannot inherit options of a group.
  @Spec(Spec.Target.MIXEE) @Nullable CommandSpec mixee;

  private @Nullable Path data;
  private @Nullable String db;

  @Option(names = "--data", paramLabel = "DIR", scope = ScopeType.INHERIT,
      description = "Data directory of the embedded PostgreSQL (default: $XDG_DATA_HOME/triangulate or ~/.local/share/triangulate).")
  void data(@Nullable Path dir) {
    if (dir == null) {
      return;
    }
    refuseSecond("--data", data == null ? null : data.toString(), dir.toString());
    data = dir;
  }

  @Option(names = "--db", paramLabel = "URL", scope = ScopeType.INHERIT,
      description = "A PostgreSQL server: jdbc:postgresql://host:port/db; credentials from PGUSER and PGPASSWORD.")
  void db(@Nullable String url) {
    if (url == null) {
      return;
    }
    refuseSecond("--db", db == null ? null : redacted(db), redacted(url));
    db = url;
  }

  private void refuseSecond(String option, @Nullable String earlier, String value) {
    if (earlier != null) {
      throw usage(option + " given twice: " + earlier + " and " + value);
    }
    if (data != null || db != null) {
      throw usage("--data and --db are mutually exclusive: give one store");
    }
  }

  private RuntimeException usage(String message) {
    if (mixee == null) {
      return new IllegalArgumentException(message);
    }
    return new CommandLine.ParameterException(mixee.commandLine(), message);
  }

  private static String redacted(String url) {
    return new StoreLocation.Server(url, null, null).redactedUrl();
  }

  /** The store option as typed, to repeat in suggested commands: {@code --data DIR}. */
  String option() {
    if (db != null) {
      return "--db " + redacted(db);
    }
    return data != null ? "--data " + data : "";
  }

  StoreLocation location() {
    if (db != null) {
      return new StoreLocation.Server(db, System.getenv("PGUSER"), System.getenv("PGPASSWORD"));
    }
    return new StoreLocation.Embedded(data != null ? data : defaultDataDir());
  }

  /** The store in words for messages: {@code the embedded store in DIR}. */
  String describe() {
    return switch (location()) {
      case StoreLocation.Embedded e -> "the embedded store in " + e.dataDir();
      case StoreLocation.Server s -> "the PostgreSQL server at " + s.redactedUrl();
    };
  }

  /**
   * Opens the store and first resolves the documents an interrupted batch left unresolved,
   * saying so on standard error: every command then reads a resolved graph.
   */
  Store open() {
    Store store = Store.open(location());
    try {
      store.resolveInterrupted(n -> {
        PrintWriter err = mixee != null ? mixee.commandLine().getErr()
            : new PrintWriter(System.err, true);
        err.println("resolving " + n + (n == 1 ? " document" : " documents")
            + " saved by an interrupted ingest");
        err.flush();
      });
      return store;
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
  }

  static Path defaultDataDir() {
    String xdg = System.getenv("XDG_DATA_HOME");
    Path base = xdg != null && !xdg.isBlank()
        ? Path.of(xdg)
        : Path.of(System.getProperty("user.home"), ".local", "share");
    return base.resolve("triangulate");
  }
}
