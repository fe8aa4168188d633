package org.triangulate.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.triangulate.ingest.Input;
import picocli.CommandLine;

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

  @Test
  void addressesAndContainerFilesAreToldByTheirFormAndOptionsNameTheRest() {
    CommandLine.ParseResult parsed = Main.commandLine().parseArgs("ingest", "page.html", "crawl.warc.gz",
        "news.ndjson", "https://news.example.org/a", "--jsonl", "export.txt", "--feed", "https://news.example.org/rss",
        "--feed", "saved.xml");
    IngestCommand ingest = (IngestCommand) parsed.subcommand().commandSpec().userObject();

    List<Input> inputs = ingest.inputs(new ExtractOptions().ingestor()).accepted();

    assertThat(inputs).extracting(Input::name, Input::kind).containsExactly(
        tuple("page.html", Input.Kind.FILE),
        tuple("crawl.warc.gz", Input.Kind.WARC),
        tuple("news.ndjson", Input.Kind.JSON_LINES),
        tuple("https://news.example.org/a", Input.Kind.URL),
        tuple("export.txt", Input.Kind.JSON_LINES),
        tuple("https://news.example.org/rss", Input.Kind.FEED),
        tuple("saved.xml", Input.Kind.FEED));
  }

  @Test
  void ingestWithoutInputsAndImportWithoutAFileAreUsageErrors() {
    java.io.StringWriter err = new java.io.StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setErr(new java.io.PrintWriter(err, true));

    assertThat(cli.execute("ingest")).isEqualTo(Main.USAGE);
    assertThat(cli.execute("import")).isEqualTo(Main.USAGE);
    assertThat(err.toString()).contains("Missing required parameter: 'PATH|URL' (or --jsonl, --feed)")
        .contains("Missing required option: '--acled FILE' or '--gtd FILE'");
  }
}
