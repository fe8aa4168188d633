package org.triangulate.graph.store;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationVersion;
import org.jdbi.v3.core.Handle;
import org.jspecify.annotations.Nullable;
import org.triangulate.graph.StoreException;

/**
 * Flyway run inside the caller's transaction, for restoring a backup of an older schema version
 * all or nothing: the empty store is cleaned and migrated to the backup's version, loaded, then
 * migrated to this release's, and a failure anywhere rolls every step back (PostgreSQL's DDL is
 * transactional). Flyway is handed the handle's own connection, with its commits, rollbacks,
 * auto-commit changes and close made no-ops, so that the caller's transaction is the only one.
 * Stateless.
 */
final class TransactionMigrations {
  private TransactionMigrations() {}

  /** Whether {@code version} is older than {@code current} (Flyway's version order). */
  static boolean older(String version, String current) {
    return MigrationVersion.fromVersion(current).isNewerThan(version);
  }

  /** Drops the schema's objects and migrates it to {@code version} only. */
  static void recreateAt(Handle h, String version) {
    run(h, version, true);
  }

  /** Migrates the schema to this release's version. */
  static void migrate(Handle h) {
    run(h, null, false);
  }

  private static void run(Handle h, @Nullable String target, boolean clean) {
    var config = Flyway.configure().dataSource(sameConnection(h.getConnection()))
        .locations("classpath:db/migration").failOnMissingLocations(true).cleanDisabled(!clean);
    if (target != null) {
      config.target(MigrationVersion.fromVersion(target));
    }
    Flyway flyway = config.load();
    try {
      if (clean) {
        flyway.clean();
      }
      flyway.migrate();
    } catch (FlywayException e) {
      throw new StoreException("cannot migrate the schema"
          + (target == null ? "" : " to version " + target) + ": " + e.getMessage(), e);
    }
  }

  /** A data source that hands out {@code c} with its transaction left to the caller. */
  private static DataSource sameConnection(Connection c) {
    Connection shared = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
        new Class<?>[] {Connection.class}, (proxy, m, args) -> switch (m.getName()) {
          case "close", "commit", "setAutoCommit" -> null;
          case "rollback" -> args == null ? null : call(m, c, args);
          case "getAutoCommit", "isClosed" -> false;
          default -> call(m, c, args);
        });
    return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(),
        new Class<?>[] {DataSource.class}, (proxy, m, args) -> switch (m.getName()) {
          case "getConnection" -> shared;
          case "getLoginTimeout" -> 0;
          case "isWrapperFor" -> false;
          case "hashCode" -> System.identityHashCode(proxy);
          case "equals" -> proxy == args[0];
          case "toString" -> "the restore's transaction";
          default -> null;
        });
  }

  private static @Nullable Object call(Method m, Connection c, Object @Nullable [] args) throws Throwable {
    try {
      return m.invoke(c, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
