package org.triangulate.ingest;

import org.jspecify.annotations.Nullable;
import org.triangulate.model.Document;

/**
 * Reads one document's bytes, with what its container says about them, into a {@link Document}:
 * {@link Ingestor#read(String, byte[], String, Envelope)}. The containers' readers (JSON lines,
 * feeds, WARC) take one so that they only take the container apart.
 */
@FunctionalInterface
public interface DocumentReader {
  /**
   * @param name the document's name for messages
   * @param bytes its raw bytes
   * @param file where they came from, for the chain of custody: a path, an address, a line
   * @param envelope what the container says about them
   * @throws IngestException naming {@code name} and the reason
   */
  Document read(String name, byte[] bytes, @Nullable String file, Envelope envelope);
}
