package org.triangulate.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.triangulate.cli.Cli.run;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.cli.Cli.Run;

/**
 * {@code backup} and {@code restore} as a user types them, on embedded stores (no models: the
 * round trip of a full store is the graph module's {@code BackupIT}).
 */
class BackupCommandIT {
  @TempDir Path dir;

  @Test
  void backupThenRestoreIntoANewDataDirectorySaysWhatMoved() {
    Path archive = dir.resolve("store.zip");

    Run backup = run("--data", dir.resolve("a").toString(), "backup", archive.toString());
    Run restore = run("--data", dir.resolve("b").toString(), "restore", archive.toString());

    assertThat(backup.exit()).as(backup.err()).isZero();
    assertThat(backup.out()).contains("backed up the embedded store in").contains("store.zip")
        .contains("rows, schema version");
    assertThat(restore.exit()).as(restore.err()).isZero();
    assertThat(restore.out()).contains("restored").contains("every table's rows and hash checked");
  }

  @Test
  void backupOntoAnExistingFileIsRefusedAndLeavesItAlone() throws Exception {
    Path archive = Files.writeString(dir.resolve("keep.zip"), "invented: precious");

    Run backup = run("--data", dir.resolve("a").toString(), "backup", archive.toString());

    assertThat(backup.exit()).isEqualTo(1);
    assertThat(backup.err()).contains("keep.zip: exists already");
    assertThat(Files.readString(archive)).isEqualTo("invented: precious");
  }

  @Test
  void restoreOfAMissingFileIsAUsageErrorNamingIt() {
    Run restore = run("--data", dir.resolve("b").toString(), "restore", "no-such.zip");

    assertThat(restore.exit()).isEqualTo(2);
    assertThat(restore.err()).contains("no-such.zip: no such file");
  }
}
