package org.triangulate.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.triangulate.ingest.coded.CodedRows;
import org.triangulate.model.Document;

/**
 * Every reader under Jazzer — text, HTML, PDF, and the containers: JSON lines, WARC, RSS/Atom
 * feeds, ACLED and GTD CSV — whatever the bytes, a reader returns documents with text (coded
 * rows: events) or throws an {@link IngestException} whose one-line message names the input,
 * never any other exception. A container's documents are each read as the ingest reads them.
 *
 * <p>In {@code verify} the fuzz tests replay the kept corpus ({@code ReaderFuzzTestInputs/}, one
 * folder per test; Jazzer's regression mode), and {@link #seededMutationsReadOrRefuseNamingTheInput}
 * adds a fixed-seed, fixed-count pass of mutations of that corpus. {@code -Pfuzz} with {@code
 * JAZZER_FUZZ=1} fuzzes one test, coverage-guided, for its {@code maxDuration}.
 */
class ReaderFuzzTest {
  /** Seed and count of the mutation pass in {@code verify}: fixed, so a failure reproduces. */
  static final long SEED = 20261206L;

  static final int MUTATIONS = 200;

  static final Ingestor INGESTOR = Fixtures.ingestor();

  @FuzzTest(maxDuration = "5m")
  void textReaderReadsOrRefusesNamingTheInput(byte[] bytes) {
    readOrRefuse("fuzz.txt", bytes);
  }

  @FuzzTest(maxDuration = "5m")
  void htmlReaderReadsOrRefusesNamingTheInput(byte[] bytes) {
    readOrRefuse("fuzz.html", bytes);
  }

  @FuzzTest(maxDuration = "5m")
  void pdfReaderReadsOrRefusesNamingTheInput(byte[] bytes) {
    readOrRefuse("fuzz.pdf", bytes);
  }

  @FuzzTest(maxDuration = "5m")
  void jsonLinesReaderReadsOrRefusesNamingTheInput(byte[] bytes) {
    ContainerHarness.jsonLines("fuzz.jsonl", bytes);
  }

  @FuzzTest(maxDuration = "5m")
  void warcReaderReadsOrRefusesNamingTheInput(byte[] bytes) {
    ContainerHarness.warc("fuzz.warc", bytes);
  }

  @FuzzTest(maxDuration = "5m")
  void feedReaderReadsOrRefusesNamingTheInput(byte[] bytes) {
    ContainerHarness.feed("fuzz.xml", bytes);
  }

  @FuzzTest(maxDuration = "5m")
  void acledReaderReadsOrRefusesNamingTheInput(byte[] bytes) {
    ContainerHarness.coded(CodedRows.Dataset.ACLED, "fuzz-acled.csv", bytes);
  }

  @FuzzTest(maxDuration = "5m")
  void gtdReaderReadsOrRefusesNamingTheInput(byte[] bytes) {
    ContainerHarness.coded(CodedRows.Dataset.GTD, "fuzz-gtd.csv", bytes);
  }

  /** Each reader's fuzz test by the name of its corpus folder's prefix. */
  private static final Map<String, Consumer<byte[]>> READERS = readers();

  private static Map<String, Consumer<byte[]>> readers() {
    Map<String, Consumer<byte[]>> readers = new LinkedHashMap<>();
    readers.put("text", b -> readOrRefuse("fuzz.txt", b));
    readers.put("html", b -> readOrRefuse("fuzz.html", b));
    readers.put("pdf", b -> readOrRefuse("fuzz.pdf", b));
    readers.put("jsonLines", b -> ContainerHarness.jsonLines("fuzz.jsonl", b));
    readers.put("warc", b -> ContainerHarness.warc("fuzz.warc", b));
    readers.put("feed", b -> ContainerHarness.feed("fuzz.xml", b));
    readers.put("acled", b -> ContainerHarness.coded(CodedRows.Dataset.ACLED, "fuzz-acled.csv", b));
    readers.put("gtd", b -> ContainerHarness.coded(CodedRows.Dataset.GTD, "fuzz-gtd.csv", b));
    return readers;
  }

  @Test
  void seededMutationsReadOrRefuseNamingTheInput() throws IOException {
    Random random = new Random(SEED);
    for (Map.Entry<String, Consumer<byte[]>> each : READERS.entrySet()) {
      String reader = each.getKey();
      List<byte[]> corpus = corpus(reader + "ReaderReadsOrRefusesNamingTheInput");
      assertThat(corpus).as("kept corpus of the " + reader + " reader").isNotEmpty();
      for (int i = 0; i < MUTATIONS; i++) {
        byte[] input = Mutations.mutate(corpus.get(random.nextInt(corpus.size())), corpus, random);
        try {
          each.getValue().accept(input);
        } catch (RuntimeException | AssertionError e) {
          throw new AssertionError("seed " + SEED + ", " + reader + " mutation " + i + " ("
              + input.length + " bytes) broke the reader: " + e, e);
        }
      }
    }
  }

  static void readOrRefuse(String name, byte[] bytes) {
    readOrRefuse(name, () -> INGESTOR.read(name, bytes, null));
  }

  /** Reads one document: it has text, or the reader refused it naming {@code name} in one line. */
  static void readOrRefuse(String name, Supplier<Document> read) {
    Document doc;
    try {
      doc = read.get();
    } catch (IngestException e) {
      assertThat(e.getMessage()).startsWith(name).doesNotContain("\n");
      return;
    }
    assertThat(doc.text()).isNotBlank();
  }

  private static List<byte[]> corpus(String test) throws IOException {
    try (Stream<Path> files = Files.list(Fixtures.path("ReaderFuzzTestInputs/" + test))) {
      return files.sorted().map(ReaderFuzzTest::bytes).toList();
    }
  }

  private static byte[] bytes(Path p) {
    try {
      return Files.readAllBytes(p);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
