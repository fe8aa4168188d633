package org.triangulate.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.triangulate.model.Document;

/**
 * The text and HTML readers under Jazzer: whatever the bytes, a reader returns a document with
 * text or throws an {@link IngestException} whose one-line message names the input, never any
 * other exception.
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

  private static final Ingestor INGESTOR = Fixtures.ingestor();

  @FuzzTest(maxDuration = "5m")
  void textReaderReadsOrRefusesNamingTheInput(byte[] bytes) {
    readOrRefuse("fuzz.txt", bytes);
  }

  @FuzzTest(maxDuration = "5m")
  void htmlReaderReadsOrRefusesNamingTheInput(byte[] bytes) {
    readOrRefuse("fuzz.html", bytes);
  }

  @Test
  void seededMutationsReadOrRefuseNamingTheInput() throws IOException {
    Random random = new Random(SEED);
    for (String reader : List.of("text", "html")) {
      List<byte[]> corpus = corpus(reader + "ReaderReadsOrRefusesNamingTheInput");
      assertThat(corpus).as("kept corpus of the " + reader + " reader").isNotEmpty();
      String name = reader.equals("text") ? "fuzz.txt" : "fuzz.html";
      for (int i = 0; i < MUTATIONS; i++) {
        byte[] input = Mutations.mutate(corpus.get(random.nextInt(corpus.size())), corpus, random);
        try {
          readOrRefuse(name, input);
        } catch (RuntimeException | AssertionError e) {
          throw new AssertionError("seed " + SEED + ", " + reader + " mutation " + i + " ("
              + input.length + " bytes) broke the reader: " + e, e);
        }
      }
    }
  }

  static void readOrRefuse(String name, byte[] bytes) {
    Document doc;
    try {
      doc = INGESTOR.read(name, bytes, null);
    } catch (IngestException e) {
      assertThat(e.getMessage()).startsWith(name + ": ").doesNotContain("\n");
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
