package org.triangulate.ingest.decode;

import java.nio.charset.Charset;
import java.util.Objects;

/**
 * Text decoded from an input's bytes.
 *
 * @param text the characters, without a byte-order mark, line ends as they were
 * @param charset the charset the bytes were decoded with
 * @param html true when the input is HTML (by its name or by its first characters)
 */
public record Decoded(String text, Charset charset, boolean html) {
  public Decoded {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(charset, "charset");
  }

  /** {@code text/html} or {@code text/plain}. */
  public String mediaType() {
    return html ? "text/html" : "text/plain";
  }
}
