package org.triangulate.pipeline;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.triangulate.model.DocumentId;

/**
 * What happened to one document of a batch, reported in input order once its transaction is
 * over.
 *
 * @param name the entry's name
 * @param status what happened
 * @param id the document, null when it failed
 * @param copyOf the earlier stored document it is a near-copy of, or null
 * @param notExtracted why it was stored without extraction, or null
 * @param address for {@link Status#KNOWN}, the address the stored document came from
 * @param failure for {@link Status#FAILED}, why
 */
public record Outcome(
    String name,
    Status status,
    @Nullable DocumentId id,
    @Nullable DocumentId copyOf,
    @Nullable String notExtracted,
    @Nullable String address,
    @Nullable Failure failure) {
  public Outcome {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(status, "status");
    if ((status == Status.FAILED) != (failure != null)) {
      throw new IllegalArgumentException("a failure goes with FAILED and only with it: " + name + ", " + status);
    }
  }

  /** What happened to a document. */
  public enum Status {
    /** Stored now. */
    INGESTED,
    /** A document with its id was stored already: nothing written. */
    UNCHANGED,
    /** Not read: a document from its address is stored already (a feed item seen before). */
    KNOWN,
    /** Not stored; {@link #failure()} says why. */
    FAILED
  }

  static Outcome failed(String name, Failure failure) {
    return new Outcome(name, Status.FAILED, null, null, null, null, failure);
  }

  static Outcome known(String name, DocumentId stored, String address) {
    return new Outcome(name, Status.KNOWN, stored, null, null, address, null);
  }
}
