package org.triangulate.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.cli.Main;
import org.triangulate.graph.export.ExportFormat;
import org.triangulate.graph.store.Store;
import org.triangulate.graph.store.StoreLocation;
import org.triangulate.pipeline.IngestPipeline;
import picocli.CommandLine;

/**
 * The Spark path against the command line's on the same invented corpus: the job in local[2]
 * mode, its records loaded into one store, {@code triangulate ingest} into another; the two JSON
 * exports must be the same, and loading the records again must add nothing. CoreNLP loads once
 * for the JVM and serves both paths.
 */
class SparkJobIT {
  private static final LocalDate AS_OF = LocalDate.of(2024, 3, 10);
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path tmp;
  private static SparkSession spark;
  private static Path corpus;

  @BeforeAll
  static void start() throws IOException, URISyntaxException {
    // the same absolute path on both sides: a document keeps the file it was read from
    corpus = tmp.resolve("corpus");
    Path fixtures = Path.of(SparkJobIT.class.getResource("corpus").toURI());
    Files.createDirectories(corpus);
    try (Stream<Path> files = Files.list(fixtures)) {
      for (Path f : files.toList()) {
        Files.copy(f, corpus.resolve(f.getFileName()));
      }
    }
    spark = SparkSession.builder().master("local[2]").appName("SparkJobIT")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .getOrCreate();
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  @Test
  void theSparkPathAndTheCommandLineGiveTheSameExportAndAReloadAddsNothing() throws IOException {
    Path out = tmp.resolve("records");
    ExtractJob.run(spark, new ExtractJob.Settings(List.of(corpus.toString()), out, AS_OF, 2));
    assertThat(out.resolve("_SUCCESS")).exists();

    JsonNode viaSpark;
    try (Store store = Store.open(new StoreLocation.Embedded(tmp.resolve("spark-store")))) {
      IngestPipeline.Summary first = ExtractionLoader.load(store, out, new IngestPipeline.Listener() {});
      assertThat(first.ingested()).isEqualTo(4);
      assertThat(first.failures()).isEmpty();
      viaSpark = export(store);
      IngestPipeline.Summary again = ExtractionLoader.load(store, out, new IngestPipeline.Listener() {});
      assertThat(again.ingested()).isZero();
      assertThat(again.unchanged()).isEqualTo(4);
      assertThat(export(store)).isEqualTo(viaSpark);
    }

    Path cliStore = tmp.resolve("cli-store");
    assertThat(cli("--data", cliStore.toString(), "ingest", "--as-of", AS_OF.toString(), corpus.toString())).isZero();
    JsonNode viaCli;
    try (Store store = Store.open(new StoreLocation.Embedded(cliStore))) {
      viaCli = export(store);
    }
    assertThat(viaSpark.get("documents")).hasSize(4);
    assertThat(viaSpark.get("events")).isNotEmpty();
    assertThat(normalised(viaSpark)).isEqualTo(normalised(viaCli));
  }

  private static int cli(String... args) {
    CommandLine cli = Main.commandLine();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(new StringWriter(), true));
    cli.setErr(new PrintWriter(err, true));
    int exit = cli.execute(args);
    assertThat(err.toString()).as("the command line's errors").doesNotContain("failed");
    return exit;
  }

  private static JsonNode export(Store store) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    store.export(ExportFormat.JSON, bytes);
    return JSON.readTree(bytes.toByteArray());
  }

  /** The export without what differs by the clock alone: when it was made and ingested. */
  private static String normalised(JsonNode export) {
    return JSON.valueToTree(export).toPrettyString()
        .replaceAll("\"(exported|exportedAt|ingestedAt|ingested|extractedAt|extracted_at)\" : \"[^\"]*\"", "\"$1\" : \"…\"");
  }
}
