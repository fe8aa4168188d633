package org.triangulate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class IngestCommandTest {
  @Test
  void oneSkippedFileIsNamedWithTheWayToTakeIt() {
    assertThat(IngestCommand.skippedLine(List.of("samples/README.md")))
        .isEqualTo("skipped 1 file: samples/README.md (not a report: use --all)");
  }

  @Test
  void manySkippedFilesAreCountedAfterTheFirstFive() {
    List<String> names = IntStream.rangeClosed(1, 7).mapToObj(i -> "f" + i + ".csv").toList();

    assertThat(IngestCommand.skippedLine(names)).isEqualTo(
        "skipped 7 files: f1.csv, f2.csv, f3.csv, f4.csv, f5.csv and 2 more (not a report: use --all)");
  }
}
