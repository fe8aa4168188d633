package org.triangulate.graph.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedDatabaseIT {
  @TempDir Path dataDir;

  @Test
  void serverWritesDurablyAndHasTrigramSearch() throws SQLException {
    try (EmbeddedDatabase db = EmbeddedDatabase.start(dataDir);
        Connection c = DriverManager.getConnection(db.jdbcUrl())) {
      assertThat(show(c, "SHOW fsync")).isEqualTo("on");
      assertThat(show(c, "SHOW synchronous_commit")).isEqualTo("on");
      c.createStatement().execute("CREATE EXTENSION IF NOT EXISTS pg_trgm");
      assertThat(show(c, "SELECT similarity('Haqqani', 'Haqani') > 0.3")).isEqualTo("t");
    }
    assertThat(dataDir.resolve("postgres").resolve("PG_VERSION")).exists();
    assertThat(dataDir.resolve("triangulate.lock")).exists();
  }

  private static String show(Connection c, String sql) throws SQLException {
    try (ResultSet rs = c.createStatement().executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }
}
