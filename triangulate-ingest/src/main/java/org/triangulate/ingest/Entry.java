package org.triangulate.ingest;

import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.triangulate.model.Document;

/**
 * One document an input holds, read when {@link #document()} is called, so that a container of
 * many (a JSON-lines file, a feed, a WARC file) can fail one document at a time and the batch go
 * on. An input that cannot be opened at all is one entry whose {@code document()} throws.
 *
 * @param name the document's name for messages: the input's name, or the input's and the
 *     document's place in it ({@code news.jsonl:12})
 * @param address the address a feed item names before it is fetched, so that a caller holding
 *     the store can skip what it has already; null otherwise
 * @param reader reads the document, throwing only {@link IngestException}
 */
public record Entry(String name, @Nullable String address, Supplier<Document> reader) {
  public Entry {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(reader, "reader");
  }

  /** An entry with no address known before reading. */
  public Entry(String name, Supplier<Document> reader) {
    this(name, null, reader);
  }

  /** An entry that reports {@code failure} when read. */
  public static Entry failed(String name, IngestException failure) {
    return new Entry(name, () -> {
      throw failure;
    });
  }

  /**
   * Reads the document.
   *
   * @throws IngestException naming the entry and the reason
   */
  public Document document() {
    return reader.get();
  }
}
