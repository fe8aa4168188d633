package org.triangulate.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.triangulate.graph.store.Store;
import org.triangulate.graph.store.StoreArchive;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code triangulate backup FILE}: the whole store, every table, in one archive
 * ({@link StoreArchive}'s format), from one consistent snapshot.
 */
@Command(name = "backup", mixinStandardHelpOptions = true,
    description = "Write the whole store to FILE (a zip of COPY-format tables with a manifest).")
final class BackupCommand implements Callable<Integer> {
  @ParentCommand Main main;
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The archive to write; must not exist.")
  Path file;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (Store store = main.store.open()) {
      StoreArchive.Summary s = store.backup(file);
      out.println("backed up " + main.store.describe() + " to " + file + ": " + words(s));
      out.flush();
    }
    return Main.OK;
  }

  static String words(StoreArchive.Summary s) {
    return s.tables() + " tables, " + s.rows() + " rows, schema version " + s.schemaVersion();
  }
}
