package org.triangulate.cli;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.triangulate.graph.store.Store;
import org.triangulate.graph.store.StoreLocation;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** Where the store is: {@code --data DIR} (embedded PostgreSQL, the default) or {@code --db URL}. */
final class StoreOptions {
  // A mixin so that the options stand before the command: triangulate --data DIR ingest …
  @ArgGroup(exclusive = true)
  @Nullable Where where;

  static final class Where {
    @Option(names = "--data", paramLabel = "DIR",
        description = "Data directory of the embedded PostgreSQL (default: $XDG_DATA_HOME/triangulate or ~/.local/share/triangulate).")
    @Nullable Path data;

    @Option(names = "--db", paramLabel = "URL",
        description = "A PostgreSQL server: jdbc:postgresql://host:port/db; credentials from PGUSER and PGPASSWORD.")
    @Nullable String db;
  }

  /** The store option as typed, to repeat in suggested commands: {@code --data DIR}. */
  String option() {
    if (where != null && where.db != null) {
      return "--db " + new StoreLocation.Server(where.db, null, null).redactedUrl();
    }
    return where != null && where.data != null ? "--data " + where.data : "";
  }

  StoreLocation location() {
    if (where != null && where.db != null) {
      return new StoreLocation.Server(where.db, System.getenv("PGUSER"), System.getenv("PGPASSWORD"));
    }
    Path dir = where != null && where.data != null ? where.data : defaultDataDir();
    return new StoreLocation.Embedded(dir);
  }

  /** The store in words for messages: {@code the embedded store in DIR}. */
  String describe() {
    return switch (location()) {
      case StoreLocation.Embedded e -> "the embedded store in " + e.dataDir();
      case StoreLocation.Server s -> "the PostgreSQL server at " + s.redactedUrl();
    };
  }

  Store open() {
    return Store.open(location());
  }

  static Path defaultDataDir() {
    String xdg = System.getenv("XDG_DATA_HOME");
    Path base = xdg != null && !xdg.isBlank()
        ? Path.of(xdg)
        : Path.of(System.getProperty("user.home"), ".local", "share");
    return base.resolve("triangulate");
  }
}
