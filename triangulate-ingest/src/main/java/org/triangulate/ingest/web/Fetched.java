package org.triangulate.ingest.web;

import java.nio.charset.Charset;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A page as the server sent it. Immutable: the body is copied in and out.
 *
 * @param url the address it came from after redirects
 * @param charset the charset its {@code Content-Type} declares, when Java knows it
 * @param html true for an HTML media type, false for {@code text/plain}, null for anything else
 *     (the bytes decide)
 */
public record Fetched(String url, byte[] body, @Nullable Charset charset, @Nullable Boolean html) {
  public Fetched {
    Objects.requireNonNull(url, "url");
    body = body.clone();
  }

  @Override
  public byte[] body() {
    return body.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Fetched f
        && url.equals(f.url)
        && java.util.Arrays.equals(body, f.body)
        && Objects.equals(charset, f.charset)
        && Objects.equals(html, f.html);
  }

  @Override
  public int hashCode() {
    return Objects.hash(url, java.util.Arrays.hashCode(body), charset, html);
  }

  @Override
  public String toString() {
    return "Fetched[" + url + ", " + body.length + " bytes]";
  }
}
