package org.triangulate.extract;

import java.util.Locale;
import java.util.Objects;
import org.triangulate.extract.nlp.PieceListener;
import org.triangulate.model.Document;
import org.triangulate.model.Extraction;
import org.triangulate.model.Pipeline;

/**
 * An {@link Extractor} that refuses documents longer than a limit before they reach the one it
 * wraps: above it extraction time and memory are more than a batch should spend on one
 * document unasked (a 30 MB text ran for 27 minutes at 4.3 GB). The refusal is an {@link
 * ExtractException}, so the document is stored, marked as not extracted and why, and the batch
 * goes on.
 *
 * <p>Thread-safe when the wrapped extractor is.
 */
public final class LengthLimitedExtractor implements Extractor {
  /**
   * The default limit, in characters: on one core of the benchmark machine such a document takes
   * about six CPU-minutes and 2 GB of heap (README, "Long documents").
   */
  public static final long DEFAULT_MAX_CHARS = 2_000_000;

  private final Extractor extractor;
  private final long maxChars;
  private final String override;

  /**
   * @param extractor what extracts documents within the limit
   * @param maxChars the longest text extracted, in characters; 0 for no limit
   * @param override how a user lifts the limit, for the message ({@code "--max-extract-chars
   *     overrides"}), or empty
   */
  public LengthLimitedExtractor(Extractor extractor, long maxChars, String override) {
    this.extractor = Objects.requireNonNull(extractor, "extractor");
    this.override = Objects.requireNonNull(override, "override");
    if (maxChars < 0) {
      throw new IllegalArgumentException("maxChars must not be negative: maxChars=" + maxChars);
    }
    this.maxChars = maxChars;
  }

  @Override
  public Extraction extract(Document document) {
    return extract(document, PieceListener.NONE);
  }

  @Override
  public Extraction extract(Document document, PieceListener listener) {
    int length = document.text().length();
    if (maxChars > 0 && length > maxChars) {
      throw new ExtractException(String.format(Locale.ROOT,
          "%s: too long to extract: %,d characters, limit %,d%s", document.id(), length, maxChars,
          override.isEmpty() ? "" : "; " + override));
    }
    return extractor.extract(document, listener);
  }

  @Override
  public Pipeline pipeline() {
    return extractor.pipeline();
  }
}
