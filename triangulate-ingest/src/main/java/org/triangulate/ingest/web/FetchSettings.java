package org.triangulate.ingest.web;

import java.time.Duration;
import java.util.Objects;

/**
 * How pages are fetched.
 *
 * @param connectTimeout the longest wait for a connection
 * @param readTimeout the longest wait for the whole response, headers and body
 * @param maxRedirects the most redirects followed from one address
 * @param maxBytes the largest body taken; a larger one is refused
 * @param userAgent the {@code User-Agent} header: the program and its version
 */
public record FetchSettings(
    Duration connectTimeout, Duration readTimeout, int maxRedirects, long maxBytes, String userAgent) {
  public FetchSettings {
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(readTimeout, "readTimeout");
    Objects.requireNonNull(userAgent, "userAgent");
    if (maxRedirects < 0 || maxBytes <= 0 || maxBytes > Integer.MAX_VALUE - 16) {
      throw new IllegalArgumentException(
          "maxRedirects must not be negative and maxBytes must be positive and below 2 GiB:"
              + " maxRedirects=" + maxRedirects + ", maxBytes=" + maxBytes);
    }
  }

  /**
   * 10 s to connect, 30 s for the response, 5 redirects, {@code maxBytes}, and the user agent
   * {@code Triangulate/VERSION}.
   */
  public static FetchSettings defaults(String version, long maxBytes) {
    return new FetchSettings(
        Duration.ofSeconds(10), Duration.ofSeconds(30), 5, maxBytes, "Triangulate/" + version);
  }
}
