package org.triangulate.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
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
 * {@code triangulate restore FILE}: loads a backup into an empty store, all of it or nothing,
 * checking every table's rows and content hash against the archive's manifest; a backup of an
 * older schema version is then migrated to this one.
 */
@Command(name = "restore", mixinStandardHelpOptions = true,
    description = "Load a backup into an empty store (a new --data directory or an empty database).")
final class RestoreCommand implements Callable<Integer> {
  @ParentCommand Main main;
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "An archive written by backup.")
  Path file;

  @Override
  public Integer call() {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException(file + ": no such file");
    }
    PrintWriter out = spec.commandLine().getOut();
    try (Store store = main.store.open()) {
      StoreArchive.Summary s = store.restore(file);
      String now = store.schemaVersion();
      out.println("restored " + file + " into " + main.store.describe() + ": "
          + BackupCommand.words(s) + "; every table's rows and hash checked"
          + (now.equals(s.schemaVersion()) ? "" : "; then migrated to schema version " + now));
      out.flush();
    }
    return Main.OK;
  }
}
