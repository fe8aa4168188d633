package org.triangulate.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.triangulate.ingest.coded.CodedDocuments;
import org.triangulate.ingest.coded.CodedRows;
import org.triangulate.ingest.feed.FeedItem;
import org.triangulate.ingest.feed.FeedReader;

/**
 * Reads fuzzed bytes as a container the way the ingest does — every entry's document read, each
 * either a document with text or an {@link IngestException} naming the file (and the entry) in
 * one line — for {@link ReaderFuzzTest}. Feed items are read from the content they carry only:
 * a fuzzed link is never fetched. Not thread-safe: one scratch file a JVM.
 */
final class ContainerHarness {
  private static final Path SCRATCH = scratch();

  private ContainerHarness() {}

  /** JSON lines through {@link Ingestor#forEach}, from a file of that name. */
  static void jsonLines(String name, byte[] bytes) {
    forEachEntry(Input.jsonLines(written(name, bytes).toString()), name);
  }

  /** WARC through {@link Ingestor#forEach}, from a file of that name. */
  static void warc(String name, byte[] bytes) {
    forEachEntry(Input.of(written(name, bytes).toString()), name);
  }

  /** An RSS or Atom feed: its items, and those with content read as documents. */
  static void feed(String name, byte[] bytes) {
    List<FeedItem> items;
    try {
      items = FeedReader.items(name, bytes);
    } catch (IngestException e) {
      assertNamed(e, name);
      return;
    }
    for (FeedItem item : items) {
      assertThat(item.name()).startsWith(name);
      if (item.content() != null) {
        byte[] content = item.content().getBytes(StandardCharsets.UTF_8);
        Envelope envelope = item.envelope().delivered(item.link(), StandardCharsets.UTF_8, item.envelope().html());
        ReaderFuzzTest.readOrRefuse(item.name(), () -> ReaderFuzzTest.INGESTOR.read(item.name(), content, name, envelope));
      }
    }
  }

  /** ACLED or GTD rows, each made into the document and extraction {@code import} stores. */
  static void coded(CodedRows.Dataset dataset, String name, byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    try {
      CodedRows.forEach(dataset, name, new StringReader(text), row -> {
        try {
          CodedDocuments.of(row.event(), row.name(), row.raw(), Fixtures.NOW);
        } catch (IngestException e) {
          assertNamed(e, name);
        }
      });
    } catch (IngestException e) {
      assertNamed(e, name);
    }
  }

  private static void forEachEntry(Input input, String name) {
    ReaderFuzzTest.INGESTOR.forEach(input, entry -> {
      assertThat(entry.name()).startsWith(SCRATCH.resolve(name).toString());
      ReaderFuzzTest.readOrRefuse(entry.name(), entry::document);
    });
  }

  static void assertNamed(IngestException e, String name) {
    assertThat(e.getMessage()).startsWith(name).doesNotContain("\n");
  }

  private static Path written(String name, byte[] bytes) {
    try {
      return Files.write(SCRATCH.resolve(name), bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path scratch() {
    try {
      Path dir = Files.createTempDirectory("triangulate-fuzz");
      dir.toFile().deleteOnExit();
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
