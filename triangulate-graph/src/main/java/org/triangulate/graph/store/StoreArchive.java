package org.triangulate.graph.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.jdbi.v3.core.Handle;
import org.triangulate.graph.StoreException;

/**
 * A whole store in one file, the {@code triangulate-backup/1} format: a zip holding
 * {@code manifest.json} and, per table, {@code tables/NAME.copy} with its rows in PostgreSQL's
 * COPY text format (UTF-8, tab-separated, {@code \N} for null, bytea in hex), ordered by primary
 * key. The manifest gives the format, the Flyway schema version, when it was made, and per table
 * its columns, row count and the SHA-256 of its entry; tables are listed referenced first, the
 * order a restore loads them in. The embedded PostgreSQL ships no {@code pg_dump}, and COPY
 * needs nothing but the JDBC driver.
 *
 * <p>Restore loads into an empty store in one transaction, checks each entry's hash as it loads
 * it and each table's rows and hash once loaded, and commits only if all agree. A backup of an
 * older schema version is loaded into the store recreated at that version (Flyway's {@code
 * target}), checked, then migrated to this release's, in the same transaction ({@link
 * TransactionMigrations}); a newer one is refused. Stateless; runs in the caller's transaction.
 */
public final class StoreArchive {
  /** The format this class writes and reads. */
  public static final String FORMAT = "triangulate-backup/1";

  static final String MANIFEST = "manifest.json";
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private StoreArchive() {}

  /**
   * What a backup wrote or a restore loaded.
   *
   * @param schemaVersion the Flyway schema version of the store
   * @param tables how many tables
   * @param rows the rows of all tables together
   */
  public record Summary(String schemaVersion, int tables, long rows) {
    public Summary {
      Objects.requireNonNull(schemaVersion, "schemaVersion");
    }
  }

  /** The manifest: what the archive holds. */
  record Manifest(String format, String schemaVersion, String created, List<TableEntry> tables) {
    Manifest {
      tables = List.copyOf(tables);
    }
  }

  /** One table's entry in the manifest. */
  record TableEntry(String name, String entry, List<String> columns, long rows, String sha256) {
    TableEntry {
      columns = List.copyOf(columns);
    }
  }

  /** Writes every table to {@code file}, through a temporary file so that no half archive stays. */
  static Summary backup(Handle h, Path file, Instant now) {
    if (Files.exists(file)) {
      throw new StoreException(file + ": exists already: name a new file, or remove it first");
    }
    Tables.fixOutputSettings(h);
    Path tmp = file.resolveSibling(file.getFileName() + ".part");
    try {
      List<TableEntry> entries = new ArrayList<>();
      try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(tmp))) {
        for (Tables.Table t : Tables.all(h)) {
          String entry = "tables/" + t.name() + ".copy";
          zip.putNextEntry(new ZipEntry(entry));
          MessageDigest sha = sha256();
          long rows = Tables.copyOut(h, t, new DigestOutputStream(unclosable(zip), sha));
          zip.closeEntry();
          entries.add(new TableEntry(t.name(), entry, t.columns(), rows, hex(sha)));
        }
        Manifest m = new Manifest(FORMAT, Tables.schemaVersion(h), now.toString(), entries);
        zip.putNextEntry(new ZipEntry(MANIFEST));
        JSON.writeValue(unclosable(zip), m);
        zip.closeEntry();
      }
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
      return new Summary(Tables.schemaVersion(h), entries.size(),
          entries.stream().mapToLong(TableEntry::rows).sum());
    } catch (IOException e) {
      throw new StoreException(file + ": cannot write the backup: " + e.getMessage(), e);
    } finally {
      try {
        Files.deleteIfExists(tmp);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * Loads the archive at {@code file} into the store; the caller rolls back on any exception.
   *
   * @return what was restored, with the schema version the backup was made at
   * @throws StoreException naming the file: not a backup, a newer schema version, a store that
   *     is not empty, a table whose rows or hash differ from the manifest, or a migration of
   *     an older backup that fails
   */
  static Summary restore(Handle h, Path file) {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      Manifest m = manifest(zip, file);
      if (m.schemaVersion() == null || !m.schemaVersion().matches("\\d+(\\.\\d+)*")) {
        throw new StoreException(file + ": not a Triangulate backup: schema version '"
            + m.schemaVersion() + "' is not a version number");
      }
      String version = Tables.schemaVersion(h);
      boolean older = !m.schemaVersion().equals(version)
          && TransactionMigrations.older(m.schemaVersion(), version);
      if (!m.schemaVersion().equals(version) && !older) {
        throw new StoreException(file + ": made by schema version " + m.schemaVersion()
            + ", newer than this store's " + version + ": restore it with the Triangulate that"
            + " made it or a later one");
      }
      Tables.fixOutputSettings(h);
      refuseUnlessEmpty(h, Tables.all(h), file);
      if (older) {
        try {
          TransactionMigrations.recreateAt(h, m.schemaVersion());
        } catch (StoreException e) {
          throw new StoreException(file + ": " + e.getMessage(), e);
        }
      }
      List<Tables.Table> tables = Tables.all(h);
      List<Tables.Table> ordered = inManifestOrder(tables, m, file);
      Tables.userTriggers(h, tables, false);
      for (int i = 0; i < ordered.size(); i++) {
        load(h, zip, file, ordered.get(i), m.tables().get(i));
      }
      Tables.userTriggers(h, tables, true);
      Tables.resetIdentities(h);
      for (int i = 0; i < ordered.size(); i++) {
        check(h, file, ordered.get(i), m.tables().get(i));
      }
      if (older) {
        try {
          TransactionMigrations.migrate(h);
        } catch (StoreException e) {
          throw new StoreException(file + ": restored at schema version " + m.schemaVersion()
              + ", then " + e.getMessage() + ": nothing was restored", e);
        }
      }
      return new Summary(m.schemaVersion(), ordered.size(),
          m.tables().stream().mapToLong(TableEntry::rows).sum());
    } catch (ZipException e) {
      throw new StoreException(file + ": not a Triangulate backup (not a zip archive)", e);
    } catch (IOException e) {
      throw new StoreException(file + ": cannot read: " + e.getMessage(), e);
    }
  }

  private static Manifest manifest(ZipFile zip, Path file) throws IOException {
    ZipEntry entry = zip.getEntry(MANIFEST);
    if (entry == null) {
      throw new StoreException(file + ": not a Triangulate backup (no " + MANIFEST + ")");
    }
    Manifest m;
    try (InputStream in = zip.getInputStream(entry)) {
      m = JSON.readValue(in, Manifest.class);
    } catch (com.fasterxml.jackson.core.JacksonException e) {
      throw new StoreException(file + ": not a Triangulate backup (" + MANIFEST + " unreadable: "
          + e.getOriginalMessage() + ")", e);
    }
    if (!FORMAT.equals(m.format())) {
      throw new StoreException(file + ": not a Triangulate backup: format " + m.format()
          + ", expected " + FORMAT);
    }
    return m;
  }

  private static void refuseUnlessEmpty(Handle h, List<Tables.Table> tables, Path file) {
    Map<String, Long> rows = Tables.nonEmpty(h, tables);
    if (!rows.isEmpty()) {
      throw new StoreException(file + ": cannot restore into a store that is not empty ("
          + rows.entrySet().stream()
              .map(e -> e.getKey() + ": " + e.getValue() + (e.getValue() == 1 ? " row" : " rows"))
              .collect(Collectors.joining(", "))
          + "): restore into a new data directory or an empty database");
    }
  }

  /** The store's tables in the manifest's order, which must name exactly the same tables. */
  private static List<Tables.Table> inManifestOrder(List<Tables.Table> tables, Manifest m,
      Path file) {
    Map<String, Tables.Table> byName = tables.stream()
        .collect(Collectors.toMap(Tables.Table::name, t -> t));
    List<Tables.Table> out = new ArrayList<>();
    for (TableEntry e : m.tables()) {
      Tables.Table t = byName.remove(e.name());
      if (t == null || !t.columns().equals(e.columns())) {
        throw new StoreException(file + ": table " + e.name()
            + (t == null ? " is not in this store's schema" : " has other columns here: "
                + t.columns() + ", archive " + e.columns()));
      }
      out.add(t);
    }
    if (!byName.isEmpty()) {
      throw new StoreException(file + ": holds no entry for tables " + byName.keySet());
    }
    return out;
  }

  private static void load(Handle h, ZipFile zip, Path file, Tables.Table t, TableEntry e)
      throws IOException {
    ZipEntry entry = zip.getEntry(e.entry());
    if (entry == null) {
      throw new StoreException(file + ": table " + t.name() + ": entry " + e.entry() + " missing");
    }
    MessageDigest sha = sha256();
    long rows;
    try (InputStream in = new DigestInputStream(zip.getInputStream(entry), sha)) {
      rows = Tables.copyIn(h, t, in);
    } catch (StoreException x) {
      throw new StoreException(file + ": " + x.getMessage(), x);
    }
    if (!hex(sha).equals(e.sha256()) || rows != e.rows()) {
      throw new StoreException(file + ": table " + t.name() + ": archive entry differs from the"
          + " manifest (rows " + rows + ", manifest " + e.rows() + "; sha256 " + hex(sha)
          + ", manifest " + e.sha256() + "): the archive is damaged");
    }
  }

  /** Reads {@code t} back from the store and compares its rows and hash with the manifest's. */
  private static void check(Handle h, Path file, Tables.Table t, TableEntry e) {
    MessageDigest sha = sha256();
    long rows = Tables.copyOut(h, t, new DigestOutputStream(OutputStream.nullOutputStream(), sha));
    if (rows != e.rows() || !hex(sha).equals(e.sha256())) {
      throw new StoreException(file + ": table " + t.name() + " reads back differently after"
          + " loading (rows " + rows + ", manifest " + e.rows() + "): nothing was restored");
    }
  }

  private static OutputStream unclosable(OutputStream out) {
    return new FilterOutputStream(out) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
      }

      @Override
      public void close() throws IOException {
        flush();
      }
    };
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  private static String hex(MessageDigest sha) {
    return HexFormat.of().formatHex(sha.digest());
  }
}
