package org.triangulate.pipeline;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.triangulate.model.Document;
import org.triangulate.model.Extraction;

/**
 * What reading and extracting one entry gave, before it is saved: a document with its
 * extraction; a document stored without one and why (not English, too long); or a failure.
 * This is the record the Spark job writes and its loader saves.
 *
 * @param name the entry's name for messages ({@code news.jsonl:12})
 * @param document the document read, null when reading failed
 * @param extraction what was extracted, null when not extracted or failed
 * @param notExtracted why the document is stored without extraction, or null
 * @param failure why nothing is stored, or null
 */
public record Extracted(
    String name,
    @Nullable Document document,
    @Nullable Extraction extraction,
    @Nullable String notExtracted,
    @Nullable Failure failure) {
  public Extracted {
    Objects.requireNonNull(name, "name");
    if ((document == null) == (failure == null)) {
      throw new IllegalArgumentException("exactly one of document and failure must be given: " + name);
    }
  }

  /** A document and what was extracted from it. */
  public static Extracted of(String name, Document document, @Nullable Extraction extraction) {
    return new Extracted(name, document, extraction, null, null);
  }

  /** A document stored without extraction, for {@code reason}. */
  public static Extracted unextracted(String name, Document document, String reason) {
    return new Extracted(name, document, null, reason, null);
  }

  /** Nothing to store. */
  public static Extracted failed(String name, Failure failure) {
    return new Extracted(name, null, null, null, failure);
  }
}
