package org.triangulate.graph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.graph.internal.EmbeddedDatabase;
import org.triangulate.graph.links.SourceTable;
import org.triangulate.model.DocumentId;

/**
 * A store made by the previous release opens with this one and migrates: the fixture store is
 * built here by applying the migrations up to {@link #PREVIOUS} only and loading the rows that
 * release wrote ({@code schema-5-store.sql}); then {@link Store#open} migrates it.
 */
class StoreMigrationIT {
  /** The schema version of the previous release; move it (and add a fixture) on each release. */
  static final String PREVIOUS = "5";

  @TempDir static Path dataDir;

  @BeforeAll
  static void storeOfThePreviousRelease() throws IOException, SQLException {
    String rows;
    try (InputStream in = StoreMigrationIT.class.getResourceAsStream("schema-5-store.sql")) {
      rows = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    try (EmbeddedDatabase db = EmbeddedDatabase.start(dataDir)) {
      Flyway.configure().dataSource(db.jdbcUrl(), null, null)
          .locations("classpath:db/migration").target(MigrationVersion.fromVersion(PREVIOUS))
          .load().migrate();
      // one simple-protocol call: the whole file in one implicit transaction
      try (Connection c = DriverManager.getConnection(db.jdbcUrl());
          Statement st = c.createStatement()) {
        st.execute(rows);
      }
    }
  }

  @Test
  void oldStoreOpensMigratedToTheCurrentSchemaWithItsRowsIntact() {
    try (Store store = Store.open(new StoreLocation.Embedded(dataDir))) {
      String version = store.read("version", Tables::schemaVersion);
      assertThat(Integer.parseInt(version)).isGreaterThan(Integer.parseInt(PREVIOUS));

      assertThat(store.documents()).first()
          .satisfies(d -> assertThat(d.id().toString()).isEqualTo("doc-00000000000000a1"));
      // resolved on save before schema 7 marked it
      assertThat(store.unresolved()).isZero();
      assertThat(store.findDocument(new DocumentId("doc-00000000000000a1"))).hasValueSatisfying(
          d -> assertThat(new String(d.custody().raw(), StandardCharsets.UTF_8))
              .startsWith("Invented report."));
      assertThat(store.show("evt-0000000000a1")).isPresent();
      assertThat(store.show("clm-0000000000c1")).isPresent();
      String note = store.read("notes", h -> h.createQuery("SELECT text FROM notes")
          .mapTo(String.class).one());
      assertThat(note).isEqualTo("invented note kept since schema 5");
      assertThat(store.evidence(SourceTable.bundled()).links())
          .anySatisfy(l -> assertThat(l.type()).isEqualTo("PERPETRATOR_OF"));
    }
  }

  @Test
  void migratedStoreResolvesAndTakesNewDocuments() {
    try (Store store = Store.open(new StoreLocation.Embedded(dataDir))) {
      store.resolve();

      Store.SaveResult saved = store.save(Articles.article("Invented: market reopens in Herat",
          "Invented report. Shops in Herat opened again on Monday."), null);

      assertThat(saved.status()).isEqualTo(Store.SaveResult.Status.INGESTED);
      assertThat(store.documents()).hasSizeGreaterThanOrEqualTo(2);
    }
  }
}
