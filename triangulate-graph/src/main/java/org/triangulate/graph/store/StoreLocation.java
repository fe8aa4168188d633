package org.triangulate.graph.store;

import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Where a {@link Store} keeps its data: an embedded PostgreSQL or a PostgreSQL server. */
public sealed interface StoreLocation permits StoreLocation.Embedded, StoreLocation.Server {

  /**
   * A PostgreSQL started by Triangulate on a data directory it owns while open; the data stays
   * there between runs.
   *
   * @param dataDir the directory: it holds a lock file and PostgreSQL's own directory
   */
  record Embedded(Path dataDir) implements StoreLocation {
    public Embedded {
      Objects.requireNonNull(dataDir, "dataDir");
    }
  }

  /**
   * A PostgreSQL server (14 or newer) reached by JDBC; the schema is created or migrated on
   * open.
   *
   * @param jdbcUrl {@code jdbc:postgresql://host:port/database}
   * @param user login role, or null to take it from the URL or the driver's defaults
   * @param password its password, or null
   */
  record Server(String jdbcUrl, @Nullable String user, @Nullable String password)
      implements StoreLocation {
    public Server {
      if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
        throw new IllegalArgumentException(
            "a server location must be a jdbc:postgresql: URL: " + redacted(jdbcUrl));
      }
    }

    /** The URL without its query string, which may carry a password. */
    public String redactedUrl() {
      return redacted(jdbcUrl);
    }

    @Override
    public String toString() {
      return "Server[" + redactedUrl() + ", user=" + user + "]";
    }

    private static String redacted(String url) {
      int query = url.indexOf('?');
      return query < 0 ? url : url.substring(0, query) + "?…";
    }
  }
}
