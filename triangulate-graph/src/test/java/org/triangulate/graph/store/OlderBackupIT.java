package org.triangulate.graph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipFile;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.graph.StoreException;
import org.triangulate.graph.internal.EmbeddedDatabase;

/**
 * A backup made by an older schema version restores: into an empty store it loads at that
 * version, is checked, then migrated, and the store equals what opening the old store with this
 * release (which migrates it) gives. The old store is built here as {@link StoreMigrationIT}
 * builds it (migrations up to {@link StoreMigrationIT#PREVIOUS} and that release's rows), and
 * backed up before it is opened.
 */
class OlderBackupIT {
  @TempDir static Path dir;
  static Path oldBackup;
  static Map<String, String> migrated;

  @BeforeAll
  static void backUpAStoreOfThePreviousReleaseThenMigrateIt() throws IOException, SQLException {
    Path old = dir.resolve("old");
    String rows;
    try (InputStream in = StoreMigrationIT.class.getResourceAsStream("schema-5-store.sql")) {
      rows = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    oldBackup = dir.resolve("old.zip");
    try (EmbeddedDatabase db = EmbeddedDatabase.start(old)) {
      Flyway.configure().dataSource(db.jdbcUrl(), null, null).locations("classpath:db/migration")
          .target(MigrationVersion.fromVersion(StoreMigrationIT.PREVIOUS)).load().migrate();
      try (Connection c = DriverManager.getConnection(db.jdbcUrl());
          Statement st = c.createStatement()) {
        st.execute(rows);
      }
      Jdbi.create(db.jdbcUrl()).useTransaction(TransactionIsolationLevel.REPEATABLE_READ,
          h -> StoreArchive.backup(h, oldBackup, Instant.parse("2021-03-01T10:00:00Z")));
    }
    try (Store opened = Store.open(new StoreLocation.Embedded(old))) {
      migrated = tableHashes(opened);
    }
  }

  @Test
  void olderBackupRestoresAsTheOldStoreMigratedWouldBe() {
    try (Store restored = Store.open(new StoreLocation.Embedded(dir.resolve("restored")))) {
      String current = restored.schemaVersion();

      StoreArchive.Summary summary = restored.restore(oldBackup);

      assertThat(summary.schemaVersion()).isEqualTo(StoreMigrationIT.PREVIOUS);
      assertThat(restored.schemaVersion()).isEqualTo(current);
      assertThat(migrated).containsKeys("documents", "entities", "notes", "corrections");
      assertThat(tableHashes(restored)).isEqualTo(migrated);
      assertThat(restored.show("evt-0000000000a1")).isPresent();
    }
  }

  @Test
  void damagedOlderBackupIsRefusedAndLeavesTheStoreEmptyAtTheCurrentVersion() throws IOException {
    Path damaged = dir.resolve("damaged-old.zip");
    ArchiveEdits.rewrite(oldBackup, damaged, "tables/notes.copy", "1\tent-x\tnobody\t2021-03-01 10:00:00+00\tforged\n");
    try (Store restored = Store.open(new StoreLocation.Embedded(dir.resolve("damaged")))) {
      String current = restored.read("version", Tables::schemaVersion);
      Map<String, String> empty = tableHashes(restored);

      assertThatThrownBy(() -> restored.restore(damaged))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("damaged-old.zip")
          .hasMessageContaining("notes");

      assertThat(restored.read("version", Tables::schemaVersion)).isEqualTo(current);
      assertThat(tableHashes(restored)).isEqualTo(empty);
      assertThat(restored.documents()).isEmpty();
    }
  }

  @Test
  void backupOfANewerSchemaIsRefusedNamingBothVersions() throws IOException {
    Path newer = dir.resolve("newer.zip");
    rewriteManifestVersion(oldBackup, newer, "999");
    try (Store restored = Store.open(new StoreLocation.Embedded(dir.resolve("newer")))) {
      assertThatThrownBy(() -> restored.restore(newer))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("newer.zip")
          .hasMessageContaining("schema version 999");
      assertThat(restored.documents()).isEmpty();
    }
  }

  @Test
  void backupWhoseSchemaVersionIsNoVersionIsRefusedNamingIt() throws IOException {
    Path bogus = dir.resolve("bogus.zip");
    rewriteManifestVersion(oldBackup, bogus, "five");
    try (Store restored = Store.open(new StoreLocation.Embedded(dir.resolve("bogus")))) {
      assertThatThrownBy(() -> restored.restore(bogus))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("bogus.zip: not a Triangulate backup: schema version 'five'");
      assertThat(restored.documents()).isEmpty();
    }
  }

  /** Every table's rows as text, sorted, hashed (as {@code BackupIT} does). */
  static Map<String, String> tableHashes(Store store) {
    return store.read("hashes", h -> {
      Map<String, String> out = new LinkedHashMap<>();
      for (String table : h.createQuery("""
              SELECT tablename FROM pg_tables WHERE schemaname = current_schema()
                AND tablename <> 'flyway_schema_history' ORDER BY tablename""")
          .mapTo(String.class).list()) {
        out.put(table, h.createQuery("SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, "
                + "E'\\n' ORDER BY t::text)), '') FROM " + table + " t")
            .mapTo(String.class).one());
      }
      return out;
    });
  }

  private static void rewriteManifestVersion(Path from, Path to, String version) throws IOException {
    String manifest;
    try (ZipFile in = new ZipFile(from.toFile())) {
      manifest = new String(in.getInputStream(in.getEntry(StoreArchive.MANIFEST)).readAllBytes(),
          StandardCharsets.UTF_8);
    }
    ArchiveEdits.rewrite(from, to, StoreArchive.MANIFEST, manifest.replaceFirst(
        "\"schemaVersion\" : \"[^\"]*\"", "\"schemaVersion\" : \"" + version + "\""));
  }
}
