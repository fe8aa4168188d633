package org.triangulate.graph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.graph.StoreException;
import org.triangulate.graph.export.ExportFormat;
import org.triangulate.graph.views.Note;

/**
 * {@code backup} and {@code restore} round trip: the export fixture with a merge, a split, a note
 * and a not-extracted document, backed up, restored into a fresh store and compared table by table
 * with a hash computed here, independently of the archive's own.
 */
class BackupIT {
  @TempDir static Path dir;
  static Store original;
  static Path archive;

  @BeforeAll
  static void backUpAFullStore() {
    original = ExportFixture.store(dir.resolve("original"), ExportFixture.reports());
    String islamicState = original.entities(null, "Islamic State").getFirst().id();
    String nds = original.entities(null, "National Directorate").getFirst().id();
    original.merge(islamicState, nds, "invented: to have a correction in the backup", "tester");
    original.write("note", h -> Note.add(h, islamicState, "tester", "invented note",
        Clock.fixed(Instant.parse("2021-03-01T10:00:00Z"), ZoneOffset.UTC)));
    String claim = original.evidence(org.triangulate.graph.links.SourceTable.bundled()).links()
        .stream().filter(l -> l.type().equals("MEMBER_OF")).findFirst().orElseThrow()
        .claims().getFirst();
    original.correct(claim, org.triangulate.graph.correct.FactCorrection.Action.REJECT, null,
        "invented: to have a claim's correction in the backup", "tester");
    // a superseded correction points at a later row of its own table
    original.correct(claim, org.triangulate.graph.correct.FactCorrection.Action.RETYPE, "LEADS",
        "invented: first thought", "tester");
    original.correct(claim, org.triangulate.graph.correct.FactCorrection.Action.RETYPE, "WORKS_FOR",
        "invented: second thought", "tester");
    archive = dir.resolve("store.zip");
    original.backup(archive);
  }

  @AfterAll
  static void close() {
    original.close();
  }

  @Test
  void restoredStoreHasEveryTablesRowsAndContentUnchanged() {
    try (Store restored = Store.open(new StoreLocation.Embedded(dir.resolve("restored")))) {
      StoreArchive.Summary summary = restored.restore(archive);

      Map<String, String> before = tableHashes(original);
      assertThat(before).containsKeys("documents", "corrections", "correction_members", "fact_corrections", "notes",
          "events", "claims");
      assertThat(tableHashes(restored)).isEqualTo(before);
      assertThat(summary.rows()).isEqualTo(rowCount(original));
      assertThat(ExportFixture.export(restored, ExportFormat.JSON))
          .isEqualTo(ExportFixture.export(original, ExportFormat.JSON));
    }
  }

  @Test
  void rawBytesComeBackByteForByte() {
    try (Store restored = Store.open(new StoreLocation.Embedded(dir.resolve("raw")))) {
      restored.restore(archive);

      for (ExportFixture.Saved s : ExportFixture.reports()) {
        assertThat(restored.findDocument(s.doc().id())).isEqualTo(original.findDocument(s.doc().id()));
      }
      assertThat(rawHashes(restored)).isEqualTo(rawHashes(original));
    }
  }

  @Test
  void restoredStoreTakesNewDocumentsAfterTheRestoredOnes() {
    try (Store restored = Store.open(new StoreLocation.Embedded(dir.resolve("grows")))) {
      restored.restore(archive);

      Store.SaveResult saved = restored.save(Articles.article("Invented: market reopens in Herat",
          "Invented report. Shops in Herat opened again on Monday."), null);

      assertThat(saved.status()).isEqualTo(Store.SaveResult.Status.INGESTED);
      assertThat(restored.documents()).last().satisfies(d -> assertThat(d.id()).isEqualTo(saved.id()));
    }
  }

  @Test
  void restoreIntoAStoreWithDocumentsIsRefusedAndChangesNothing() {
    Path full = dir.resolve("full");
    try (Store other = Store.open(new StoreLocation.Embedded(full))) {
      other.save(ExportFixture.unextracted(), null);
      String before = ExportFixture.export(other, ExportFormat.JSON);

      assertThatThrownBy(() -> other.restore(archive))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("store.zip")
          .hasMessageContaining("not empty")
          .hasMessageContaining("documents: 1 row");
      assertThat(ExportFixture.export(other, ExportFormat.JSON)).isEqualTo(before);
    }
  }

  @Test
  void damagedArchiveIsRefusedNamingTheTableAndNothingIsWritten() throws IOException {
    Path damaged = dir.resolve("damaged.zip");
    ArchiveEdits.rewrite(archive, damaged, "tables/notes.copy", "1\tent-x\tnobody\t2021-03-01 10:00:00+00\tforged\n");
    try (Store restored = Store.open(new StoreLocation.Embedded(dir.resolve("damaged")))) {
      assertThatThrownBy(() -> restored.restore(damaged))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("damaged.zip")
          .hasMessageContaining("notes");
      assertThat(restored.documents()).isEmpty();
    }
  }

  @Test
  void archiveThatIsNoBackupIsRefusedNamingIt() throws IOException {
    Path notABackup = dir.resolve("notes.txt");
    Files.writeString(notABackup, "invented: not a backup");
    try (Store restored = Store.open(new StoreLocation.Embedded(dir.resolve("nobackup")))) {
      assertThatThrownBy(() -> restored.restore(notABackup))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("notes.txt")
          .hasMessageContaining("not a Triangulate backup");
    }
  }

  /** Every table's rows as text, sorted, hashed: independent of the archive's COPY format. */
  private static Map<String, String> tableHashes(Store store) {
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

  private static String rawHashes(Store store) {
    return store.read("raw", h -> h.createQuery(
            "SELECT string_agg(encode(sha256(raw), 'hex'), ',' ORDER BY id) FROM documents")
        .mapTo(String.class).one());
  }

  private static long rowCount(Store store) {
    return tableHashes(store).values().stream()
        .mapToLong(v -> Long.parseLong(v.substring(0, v.indexOf(':')))).sum();
  }
}
