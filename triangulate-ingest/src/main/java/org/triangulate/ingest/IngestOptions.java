package org.triangulate.ingest;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Settings for an {@link Ingestor}.
 *
 * @param asOf the reference date for inferring a publication date from the text: no inferred
 *     date is after it (today unless the CLI's {@code --as-of} says otherwise)
 * @param clock the clock that stamps {@link org.triangulate.model.Custody#ingestedAt()}
 * @param maxBytes inputs larger than this are refused before they are read
 */
public record IngestOptions(LocalDate asOf, Clock clock, long maxBytes) {
  /** 64 MiB. */
  public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;

  public IngestOptions {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(clock, "clock");
    if (maxBytes <= 0 || maxBytes > Integer.MAX_VALUE - 16) {
      throw new IllegalArgumentException(
          "maxBytes must be positive and below 2 GiB: maxBytes=" + maxBytes);
    }
  }

  /** Today by {@code clock}, and the default size limit. */
  public static IngestOptions defaults(Clock clock) {
    return new IngestOptions(LocalDate.now(clock), clock, DEFAULT_MAX_BYTES);
  }
}
