package org.triangulate.graph.store;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.triangulate.model.DocumentId;

/**
 * One stored document as a listing shows it.
 *
 * @param id its id
 * @param title headline, or null
 * @param published publication date, or null
 * @param language ISO 639-3 code
 * @param source publisher, or null
 * @param file path it was ingested from, or null for standard input
 * @param entities how many document-local entities extraction found in it
 * @param extracted whether it was extracted
 * @param notExtractedReason why not, when it was not
 * @param copyOf the earlier document it is a near-copy of, or null
 * @param resolved false while its entities and events await resolution across documents (a
 *     batch saves first and resolves at its end)
 */
public record DocumentSummary(
    DocumentId id,
    @Nullable String title,
    @Nullable LocalDate published,
    String language,
    @Nullable String source,
    @Nullable String file,
    int entities,
    boolean extracted,
    @Nullable String notExtractedReason,
    @Nullable DocumentId copyOf,
    boolean resolved) {
  public DocumentSummary {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(language, "language");
  }
}
