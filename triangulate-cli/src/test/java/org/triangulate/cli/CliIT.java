package org.triangulate.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.triangulate.cli.Cli.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.triangulate.cli.Cli.Run;
import org.triangulate.graph.store.Store;
import org.triangulate.graph.store.StoreLocation;
import org.triangulate.server.ServerSettings;
import org.triangulate.server.TriangulateServer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The command line end to end, in-process: ingest the bundled samples into an embedded store,
 * export, re-ingest, bad inputs in a batch, usage errors. CoreNLP loads once for the class.
 */
class CliIT {
  private static final Path SAMPLES = Path.of("..", "samples");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path data;

  static String[] sampleIngestArgs() {
    List<String> args = new java.util.ArrayList<>();
    args.addAll(List.of("--data", data.toString(), "ingest", "--as-of", "2026-11-25"));
    args.addAll(DemoCommand.sampleFiles(SAMPLES));
    return args.toArray(String[]::new);
  }

  @BeforeAll
  static void ingestSamples() {
    Run r = run(sampleIngestArgs());
    assertThat(r.exit()).as(r.err()).isZero();
  }

  @Test
  void samplesIngestAndExportAsTriangulateJson(@TempDir Path tmp) throws IOException {
    int samples = DemoCommand.sampleFiles(SAMPLES).size();
    assertThat(samples).isGreaterThanOrEqualTo(5);
    Path file = tmp.resolve("out.json");
    assertThat(run("--data", data.toString(), "export", "--format", "json", "-o", file.toString()).exit()).isZero();
    JsonNode export = JSON.readTree(file.toFile());
    assertThat(export.get("format").asText()).isEqualTo("triangulate/1");
    assertThat(export.get("pipeline").get("components")).isNotEmpty();
    assertThat(export.get("documents")).hasSize(samples);
    Map<String, String> texts = new HashMap<>();
    export.get("documents").forEach(d -> texts.put(d.get("id").asText(), d.get("text").asText()));
    assertThat(export.get("entities")).isNotEmpty();
    for (JsonNode e : export.get("entities")) {
      for (JsonNode m : e.get("mentions")) {
        String text = texts.get(m.get("document").asText());
        assertThat(text.substring(m.get("start").asInt(), m.get("end").asInt())).isEqualTo(m.get("text").asText());
      }
    }
    for (String key : List.of("events", "claims", "links", "conflicts")) {
      assertThat(export.get(key).isArray()).as(key).isTrue();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"stix", "gexf", "graphml", "csv", "ftm"})
  void samplesExportInEachFormatToAFile(String format, @TempDir Path tmp) throws IOException {
    Path file = tmp.resolve("out." + format);
    Run r = run("--data", data.toString(), "export", "--format", format, "-o", file.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    String text = Files.readString(file);
    assertThat(text).startsWith(switch (format) {
      case "stix" -> "{";
      case "csv" -> "event_date,";
      case "ftm" -> "{\"id\":";
      default -> "<?xml";
    });
    try (var listing = Files.list(tmp)) {
      assertThat(listing).as("no temporary file left").containsExactly(file);
    }
  }

  /**
   * The workbench's download (the server's {@code GET /api/export}) of the samples' store holds,
   * byte for byte, what {@code export --format} writes to a file, in every format.
   */
  @Test
  void theWorkbenchDownloadsWhatExportWritesInEveryFormat(@TempDir Path tmp) throws Exception {
    Map<String, byte[]> downloaded = new HashMap<>();
    try (Store store = Store.open(new StoreLocation.Embedded(data))) {
      Javalin server = TriangulateServer.create(ServerSettings.local(0), store).start();
      try (HttpClient http = HttpClient.newHttpClient()) {
        for (String format : List.of("json", "stix", "gexf", "graphml", "csv", "ftm")) {
          HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(
              "http://localhost:" + server.port() + "/api/export?format=" + format)).build(),
              HttpResponse.BodyHandlers.ofByteArray());
          assertThat(r.statusCode()).as(format).isEqualTo(200);
          assertThat(r.headers().firstValue("Content-Disposition").orElseThrow()).as(format)
              .startsWith("attachment; filename=\"triangulate.");
          downloaded.put(format, r.body());
        }
      } finally {
        server.stop();
      }
    }
    for (var d : downloaded.entrySet()) {
      Path file = tmp.resolve("cli." + d.getKey());
      Run r = run("--data", data.toString(), "export", "--format", d.getKey(), "-o", file.toString());
      assertThat(r.exit()).as(r.err()).isZero();
      assertThat(d.getValue()).as(d.getKey()).isNotEmpty().isEqualTo(Files.readAllBytes(file));
    }
  }

  @Test
  void anUnknownExportFormatIsAUsageErrorListingTheFormats() {
    Run r = run("--data", data.toString(), "export", "--format", "xml");
    assertThat(r.exit()).isNotZero();
    assertThat(r.err()).contains("the format must be one of json, stix, gexf, graphml, csv, ftm: xml");
  }

  @Test
  void reIngestingTheSameFilesChangesNothing() {
    Run r = run(sampleIngestArgs());
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("0 ingested").contains("unchanged, 0 failed");
  }

  @Test
  void listingsShowTheSamplesEntitiesWithTheStoreNamedBeforeOrAfterTheCommand() {
    Run docs = run("--data", data.toString(), "documents");
    assertThat(docs.out()).contains("Kabul intelligence detains ISIS-K rocket cell");
    Run ents = run("entities", "--type", "ORGANIZATION", "--name", "haqqani", "--data", data.toString());
    assertThat(ents.out()).contains("Haqqani Network");
    String id = ents.out().lines().filter(l -> l.contains("Haqqani Network")).findFirst().orElseThrow().split(" ")[0];
    Run shown = run("--data", data.toString(), "show", id);
    assertThat(shown.exit()).isZero();
    assertThat(shown.out()).contains("mentions:").contains("Haqqani Network");
  }

  @Test
  void eventAndClaimIdsThatListingsPrintCanBeShown() {
    Run timeline = run("--data", data.toString(), "timeline");
    String event = firstId("evt-", timeline.out());
    Run shownEvent = run("--data", data.toString(), "show", event);
    assertThat(shownEvent.exit()).as(shownEvent.err()).isZero();
    assertThat(shownEvent.out()).startsWith(event).contains("time:").contains("place:")
        .contains("casualties:").contains("doc-").contains("claims:");
    String claim = firstId("clm-", shownEvent.out());
    Run shownClaim = run("--data", data.toString(), "show", claim);
    assertThat(shownClaim.exit()).as(shownClaim.err()).isZero();
    assertThat(shownClaim.out()).startsWith(claim).contains("speaker:").contains("modality:")
        .contains("predicate:").contains("evidence:");
  }

  @Test
  void aLinkIdThatLinksExplainPrintsCanBeShown() {
    Run links = run("--data", data.toString(), "links", "--explain");
    String link = links.out().lines().filter(l -> l.strip().startsWith("id: ")).findFirst().orElseThrow()
        .strip().substring(4).split(" ")[0];
    Run shown = run("--data", data.toString(), "show", link);
    assertThat(shown.exit()).as(shown.err()).isZero();
    assertThat(shown.out()).contains(link).contains("origins").contains("claims:").contains("clm-");
    Run unknown = run("--data", data.toString(), "show", "ent-000000000000~ent-000000000001~MEMBER_OF");
    assertThat(unknown.exit()).isEqualTo(Main.USAGE);
    assertThat(unknown.err()).contains("no link with this id");
  }

  @Test
  void emptyResultsSaySoAndUnknownIdsAreNamed() {
    assertThat(run("--data", data.toString(), "entities", "--type", "person", "--name", "Nobody Ever").out())
        .isEqualTo("no entities matched --type PERSON --name Nobody Ever" + System.lineSeparator());
    assertThat(run("--data", data.toString(), "timeline", "--from", "2099-01-01").out())
        .contains("no dated events matched --from 2099-01-01");
    Run unknown = run("--data", data.toString(), "show", "evt-000000000000");
    assertThat(unknown.exit()).isEqualTo(Main.USAGE);
    assertThat(unknown.err()).contains("evt-000000000000: no event with this id is stored");
  }

  @Test
  void correctionsOfAnEventAndALinkShowInShowAndLinksOfARestoredCopy(@TempDir Path tmp) {
    Path archive = tmp.resolve("samples.zip");
    Run backup = run("--data", data.toString(), "backup", archive.toString());
    assertThat(backup.exit()).as(backup.err()).isZero();
    String copy = tmp.resolve("copy").toString();
    Run restore = run("--data", copy, "restore", archive.toString());
    assertThat(restore.exit()).as(restore.err()).isZero();
    String event = firstId("evt-", run("--data", copy, "timeline").out());

    Run retype = run("--data", copy, "retype", event, "kidnapping", "--why", "invented: a test",
        "--by", "tester");
    Run shown = run("--data", copy, "show", event);
    String link = linkId(run("--data", copy, "links", "--explain").out());
    Run reject = run("--data", copy, "reject", link, "--why", "invented: no such tie");
    Run unknown = run("--data", copy, "reject", "evt-000000000000", "--why", "invented");

    assertThat(retype.exit()).as(retype.err()).isZero();
    assertThat(retype.out()).contains("retyped as KIDNAPPING by tester");
    assertThat(shown.out()).startsWith(event + "  KIDNAPPING")
        .contains("CORRECTED: retyped as KIDNAPPING by tester on ");
    assertThat(reject.exit()).as(reject.err()).isZero();
    assertThat(run("--data", copy, "links", "--explain").out()).doesNotContain("id: " + link + " ");
    assertThat(unknown.exit()).isEqualTo(1);
    assertThat(unknown.err()).contains("evt-000000000000: no such event");
  }

  private static String linkId(String text) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("id: (\\S+~\\S+~[A-Z_]+)").matcher(text);
    assertThat(m.find()).as("a link id in:\n" + text).isTrue();
    return m.group(1);
  }

  private static String firstId(String prefix, String text) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile(prefix + "[0-9a-f]{12}").matcher(text);
    assertThat(m.find()).as("an id starting " + prefix + " in:\n" + text).isTrue();
    return m.group();
  }

  @Test
  void badInputsAreReportedByNameAndTheBatchGoesOn(@TempDir Path tmp) throws IOException {
    Path dir = Files.createDirectory(tmp.resolve("batch"));
    Files.writeString(dir.resolve("good.txt"), "[Invented fixture for Triangulate tests.]\n\n"
        + "Police arrest two men in Kabul\n\nKABUL -- Police in Kabul arrested two men on Monday, "
        + "said police spokesman Rahim Daudzai, a veteran officer.\n");
    Files.write(dir.resolve("empty.txt"), new byte[0]);
    Files.write(dir.resolve("binary.txt"), new byte[] {0, 1, 2, 3, 0, 0, 7, 8, 0});
    Files.write(dir.resolve("latin1.txt"), "Caf\u00e9 in Kabul".getBytes(StandardCharsets.ISO_8859_1));
    Files.writeString(dir.resolve("README.md"), "# What this folder holds\n\nTest inputs, invented.\n");
    Path store = tmp.resolve("store");
    Run r = run("--data", store.toString(), "ingest", dir.toString(), tmp.resolve("missing.txt").toString());
    assertThat(r.exit()).isEqualTo(Main.SOME_FAILED);
    assertThat(r.out()).contains("skipped 1 file: " + dir.resolve("README.md") + " (not a report: use --all)")
        .contains("1 ingested, 0 unchanged, 4 failed");
    assertThat(r.err()).contains("empty.txt: empty").contains("binary.txt: binary")
        .contains("latin1.txt: not UTF-8 at byte 3").contains("missing.txt: cannot read");
    assertThat(run("--data", store.toString(), "documents").out().lines()).hasSize(1);
  }

  @Test
  void aDocumentOverTheExtractionLimitIsStoredAndMarkedTooLongToExtract(@TempDir Path tmp) throws IOException {
    Path file = tmp.resolve("long.txt");
    StringBuilder text = new StringBuilder("[Invented fixture for Triangulate tests.]\n\nA long report\n\n");
    for (int i = 0; text.length() <= IngestRun.LONG_DOCUMENT_CHARS; i++) {
      text.append("KABUL -- Police in Kabul arrested ").append(i).append(" men on Monday, said police spokesman Rahim Daudzai.\n\n");
    }
    Files.writeString(file, text);
    Path store = tmp.resolve("store");
    Run r = run("--data", store.toString(), "ingest", "--max-extract-chars", "200", file.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains(file + ": a long document of ")
        .contains(file + ": stored without extraction (doc-")
        .contains(": too long to extract: ").contains(" characters, limit 200; --max-extract-chars overrides)")
        .contains("1 ingested, 0 unchanged, 0 failed (1 stored without extraction)");
    assertThat(run("--data", store.toString(), "documents").out())
        .contains("[not extracted: too long to extract: ").contains("limit 200; --max-extract-chars overrides]");
  }

  @Test
  void standardInputIsADocumentWithoutAFile(@TempDir Path tmp) {
    InputStream saved = System.in;
    try {
      System.setIn(new ByteArrayInputStream(("Invented: Gunmen attack checkpoint in Kandahar\n\n"
          + "KANDAHAR -- Gunmen attacked a police checkpoint in Kandahar on Friday, "
          + "said provincial police chief Wali Jan Barakzai.\n").getBytes(StandardCharsets.UTF_8)));
      Run r = run("--data", tmp.toString(), "ingest", "-");
      assertThat(r.exit()).as(r.err()).isZero();
      assertThat(r.out()).contains("1 ingested");
    } finally {
      System.setIn(saved);
    }
  }

  @Test
  void usageErrorsExitWithTwo() {
    assertThat(run("--data", data.toString(), "ingest").exit()).isEqualTo(Main.USAGE);
    assertThat(run("--data", "a", "--db", "jdbc:postgresql://localhost/x", "documents").exit()).isEqualTo(Main.USAGE);
    assertThat(run("no-such-command").exit()).isEqualTo(Main.USAGE);
    assertThat(run("--data", data.toString(), "entities", "--type", "PLANET").exit()).isEqualTo(Main.USAGE);
  }

  @Test
  void everyCommandHasHelp() {
    for (String command : List.of("ingest", "documents", "entities", "show", "export", "demo")) {
      Run r = run(command, "--help");
      assertThat(r.exit()).as(command).isZero();
      assertThat(r.out()).as(command).contains("Usage:");
    }
    assertThat(run("--help").out()).contains("ingest").contains("export");
  }
}
