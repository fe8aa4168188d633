package org.triangulate.ingest;

import java.nio.charset.Charset;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What a container says about a document beside the document's own bytes: a JSON line's fields,
 * a feed item's, a WARC record's headers, an HTTP response's. The document's own word wins
 * (a page's canonical address, its dates, its site name) and the envelope fills what it lacks,
 * except the title: a feed or an extraction names the headline, where a page's {@code <title>}
 * often carries the site's name too.
 *
 * @param url the address the document came from
 * @param title the headline
 * @param source the publisher or site
 * @param published the publication date
 * @param capturedOn the day the bytes were fetched or archived: no date inferred from the text
 *     is later
 * @param charset the charset a header declares; a byte-order mark still outranks it
 * @param html true when the container says the bytes are HTML, false when it says plain text,
 *     null when it says nothing (the name and the first bytes decide)
 */
public record Envelope(
    @Nullable String url,
    @Nullable String title,
    @Nullable String source,
    @Nullable LocalDate published,
    @Nullable LocalDate capturedOn,
    @Nullable Charset charset,
    @Nullable Boolean html) {
  /** An envelope that says nothing. */
  public static final Envelope NONE = new Envelope(null, null, null, null, null, null, null);

  /** A copy with the address the bytes came from and the charset and kind they came in. */
  public Envelope delivered(@Nullable String url, @Nullable Charset charset, @Nullable Boolean html) {
    return new Envelope(url, title, source, published, capturedOn, charset, html);
  }
}
