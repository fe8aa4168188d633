package org.triangulate.ingest.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.Charset;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.triangulate.ingest.IngestException;

/**
 * Fetches one page with {@code java.net.http}. Redirects are followed here, not by the client,
 * so that a loop and the limit can be named. The whole response must arrive within the read
 * timeout; a body over the size limit is refused (before reading it when the server says its
 * length). Every failure is an {@link IngestException} naming the address the caller gave.
 *
 * <p>Thread-safe: the client is made once, on the first fetch, and shared; every fetch is
 * independent.
 */
public final class PageFetcher {
  private static final Pattern CHARSET =
      Pattern.compile(";\\s*charset\\s*=\\s*\"?([^\";\\s]+)", Pattern.CASE_INSENSITIVE);

  private final FetchSettings settings;
  private @Nullable HttpClient client;

  public PageFetcher(FetchSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /** The client, made on the first fetch: an ingestor that fetches nothing starts no threads. */
  private synchronized HttpClient client() {
    if (client == null) {
      client = HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(settings.connectTimeout())
          .build();
    }
    return client;
  }

  /**
   * The page at {@code url}, after redirects.
   *
   * @throws IngestException naming {@code url} when the address is bad, the server cannot be
   *     reached or answers with an error, a redirect loops or there are too many, the response is
   *     late or the body too large
   */
  public Fetched fetch(String url) {
    URI uri = uri(url, url);
    Set<URI> seen = new HashSet<>();
    for (int redirects = 0; ; redirects++) {
      seen.add(uri);
      HttpResponse<InputStream> response = send(url, uri);
      int status = response.statusCode();
      if (status >= 300 && status < 400 && status != 304) {
        close(response);
        URI next = redirect(url, uri, response);
        if (seen.contains(next)) {
          throw IngestException.of(url, "redirect loop at " + next);
        }
        if (redirects == settings.maxRedirects()) {
          throw IngestException.of(
              url, "too many redirects (limit " + settings.maxRedirects() + ")");
        }
        uri = next;
        continue;
      }
      if (status != 200) {
        close(response);
        throw IngestException.of(url, "HTTP " + status);
      }
      String type = response.headers().firstValue("Content-Type").orElse("");
      return new Fetched(uri.toString(), body(url, response), charset(type), html(type));
    }
  }

  private HttpResponse<InputStream> send(String url, URI uri) {
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(settings.readTimeout())
            .header("User-Agent", settings.userAgent())
            .header("Accept", "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5")
            .GET()
            .build();
    try {
      return client().send(request, HttpResponse.BodyHandlers.ofInputStream());
    } catch (HttpConnectTimeoutException e) {
      throw IngestException.of(url, "cannot connect: timed out after " + millis(settings.connectTimeout().toMillis()));
    } catch (HttpTimeoutException e) {
      throw timedOut(url);
    } catch (ConnectException e) {
      throw IngestException.of(url, "cannot connect: " + reason(e, "connection refused"));
    } catch (IOException e) {
      throw IngestException.of(url, "cannot fetch: " + reason(e, e.getClass().getSimpleName()));
    } catch (IllegalArgumentException e) {
      throw IngestException.of(url, "not a fetchable address: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw IngestException.of(url, "interrupted");
    }
  }

  /** The body within the size limit and what is left of the read timeout. */
  private byte[] body(String url, HttpResponse<InputStream> response) {
    long max = settings.maxBytes();
    OptionalLong length = response.headers().firstValueAsLong("Content-Length");
    if (length.isPresent() && length.getAsLong() > max) {
      close(response);
      throw IngestException.of(url, tooLarge(Long.toString(length.getAsLong())));
    }
    // the client's timeout covers the headers only: the body gets its own deadline
    try (ExecutorService reader = Executors.newVirtualThreadPerTaskExecutor()) {
      Future<byte[]> body = reader.submit(() -> response.body().readNBytes((int) max + 1));
      try {
        byte[] bytes = body.get(settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
        if (bytes.length > max) {
          throw IngestException.of(url, tooLarge("more than " + max));
        }
        return bytes;
      } catch (TimeoutException e) {
        body.cancel(true);
        throw timedOut(url);
      } catch (ExecutionException e) {
        Throwable cause = e.getCause();
        throw IngestException.of(url, "cannot read the page: " + (cause == null ? e : cause.getMessage()));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw IngestException.of(url, "interrupted");
      } finally {
        close(response); // unblocks a read still waiting, so the executor can close
      }
    }
  }

  private URI redirect(String url, URI from, HttpResponse<InputStream> response) {
    Optional<String> location = response.headers().firstValue("Location");
    if (location.isEmpty()) {
      throw IngestException.of(url, "HTTP " + response.statusCode() + " without a Location");
    }
    return from.resolve(uri(url, location.get()));
  }

  private static URI uri(String url, String value) {
    try {
      URI uri = new URI(value.strip());
      String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
      if (scheme != null && !scheme.equals("http") && !scheme.equals("https")) {
        throw IngestException.of(url, "not an http or https address: " + value);
      }
      return uri;
    } catch (URISyntaxException e) {
      throw IngestException.of(url, "not an address: " + e.getMessage());
    }
  }

  private static @Nullable Charset charset(String contentType) {
    Matcher m = CHARSET.matcher(contentType);
    if (!m.find()) {
      return null;
    }
    try {
      return Charset.forName(m.group(1));
    } catch (IllegalArgumentException e) {
      return null; // an unknown name: the page's own meta tag or UTF-8 decides
    }
  }

  private static @Nullable Boolean html(String contentType) {
    String type = contentType.toLowerCase(Locale.ROOT);
    if (type.startsWith("text/html") || type.startsWith("application/xhtml+xml")) {
      return true;
    }
    return type.startsWith("text/plain") ? false : null;
  }

  private IngestException timedOut(String url) {
    return IngestException.of(url, "timed out after " + millis(settings.readTimeout().toMillis()));
  }

  private static String millis(long ms) {
    return ms % 1000 == 0 ? ms / 1000 + " s" : ms + " ms";
  }

  private String tooLarge(String size) {
    return "too large (" + size + " bytes, limit " + settings.maxBytes() + ")";
  }

  private static String reason(IOException e, String fallback) {
    return e.getMessage() != null && !e.getMessage().isBlank() ? e.getMessage() : fallback;
  }

  private static void close(HttpResponse<InputStream> response) {
    try {
      response.body().close();
    } catch (IOException e) {
      // closing a body we no longer want: nothing is lost when that fails
    }
  }
}
