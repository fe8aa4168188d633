package org.triangulate.graph.links;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.graph.StoreException;

class SourceTableTest {
  @Test
  void anOfficeBelongsToItsTopMostParentAndAParentToItself(@TempDir Path dir) throws IOException {
    Path mine = dir.resolve("mine.tsv");
    Files.writeString(mine, "# invented offices\n"
        + "Sanctions Desk\tB\tgovernment\tno\tOffice of Foreign Assets Control\n"
        + "Loop A\tC\tgovernment\tno\tLoop B\nLoop B\tC\tgovernment\tno\tLoop A\n");
    SourceTable table = SourceTable.load(List.of(mine));

    assertThat(table.family("Sanctions Desk")).contains("U.S. Department of the Treasury");
    assertThat(table.family("OFAC")).contains("U.S. Department of the Treasury");
    assertThat(table.family("U.S. Department of the Treasury")).contains("U.S. Department of the Treasury");
    assertThat(table.family("Ministry of Defence")).isEmpty();
    assertThat(table.family("Loop A")).isPresent(); // a cycle in a user's table ends, somewhere
  }

  @Test
  void aLineWithAnEmptyParentIsRefusedByFileAndLine(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("bad.tsv");
    Files.writeString(bad, "Desk\tB\tgovernment\tno\t \n");

    assertThatThrownBy(() -> SourceTable.load(List.of(bad)))
        .isInstanceOf(StoreException.class)
        .hasMessageStartingWith(bad + ":1: expected 'pattern<TAB>A-F<TAB>category<TAB>yes|no[<TAB>parent]'");
  }
}
