package org.triangulate.ingest.warc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.triangulate.ingest.DocumentReader;
import org.triangulate.ingest.Entry;
import org.triangulate.ingest.Envelope;
import org.triangulate.ingest.IngestException;

/**
 * Reads a WARC file (plain or gzipped, which jwarc tells apart) with jwarc. Each {@code
 * response} record of an HTTP 200 with an HTML media type is one document: its target URI is the
 * document's address, its {@code WARC-Date} the day it was captured (no date inferred from the
 * text is later), the HTTP {@code Content-Type} its charset. Other records (requests, metadata,
 * images, redirects, errors) are not reports and are passed over. An entry is named by the file,
 * the record's offset and its address: {@code crawl.warc.gz at offset 1234 (https://…)}.
 *
 * <p>The file is streamed: memory holds one record's body (at most {@code maxBytes}) at a time.
 * Stateless and thread-safe.
 */
public final class WarcFileReader {
  private WarcFileReader() {}

  /**
   * Gives {@code action} one entry per HTML response in {@code in}, in order.
   *
   * @throws IngestException naming the file when it is not WARC at all
   * @throws IOException when the stream fails or breaks off; entries given before stay given
   */
  public static void forEach(
      String name, InputStream in, long maxBytes, DocumentReader reader, Consumer<Entry> action)
      throws IOException {
    try (WarcReader warc = new WarcReader(in)) {
      boolean first = true;
      for (Optional<WarcRecord> next = next(name, warc, first); next.isPresent();
          next = next(name, warc, first)) {
        first = false;
        if (next.get() instanceof WarcResponse response) {
          entry(name, response, maxBytes, reader).ifPresent(action);
        }
      }
    }
  }

  /** The next record; a first record that does not parse means the file is not WARC at all. */
  private static Optional<WarcRecord> next(String name, WarcReader warc, boolean first)
      throws IOException {
    try {
      return warc.next();
    } catch (ParsingException e) {
      if (first) {
        throw IngestException.of(name, "not a WARC file: " + e.getBaseMessage());
      }
      throw e;
    } catch (IllegalArgumentException e) {
      // jwarc's check of a header that must stand once ("record has 2 Content-Length headers")
      if (first) {
        throw IngestException.of(name, "not a WARC file: " + e.getMessage());
      }
      throw new IOException("a broken WARC record: " + e.getMessage(), e);
    }
  }

  private static Optional<Entry> entry(
      String name, WarcResponse response, long maxBytes, DocumentReader reader) throws IOException {
    HttpResponse http;
    try {
      http = response.http();
    } catch (ParsingException e) {
      return Optional.empty(); // not an HTTP response (gemini, dns): not a page
    }
    String entryName;
    LocalDate captured;
    Optional<Boolean> html;
    MediaType type;
    try {
      type = http.contentType();
      html = html(type);
      if (http.status() != 200 || html.isEmpty()) {
        return Optional.empty();
      }
      entryName = name + " at offset " + response.position() + " (" + response.target() + ")";
      captured = LocalDate.ofInstant(response.date(), ZoneOffset.UTC);
    } catch (DateTimeException | IllegalArgumentException e) {
      // jwarc parses Content-Type and WARC-Date when asked, and refuses a malformed one
      return Optional.of(badRecord(name, response, "a bad header: " + e.getMessage()));
    } catch (NoSuchElementException e) {
      return Optional.of(badRecord(name, response, "no WARC-Date or no WARC-Target-URI"));
    }
    byte[] body = http.bodyDecoded().stream().readNBytes((int) maxBytes + 1);
    if (body.length > maxBytes) {
      String reason = "too large (more than " + maxBytes + " bytes, limit " + maxBytes + ")";
      return Optional.of(Entry.failed(entryName, IngestException.of(entryName, reason)));
    }
    Envelope envelope = new Envelope(response.target(), null, null, null,
        captured, charset(type), html.get());
    return Optional.of(new Entry(entryName, () -> reader.read(entryName, body, entryName, envelope)));
  }

  private static Entry badRecord(String name, WarcResponse response, String reason) {
    String at = name + " at offset " + response.position();
    return Entry.failed(at, IngestException.of(at, reason));
  }

  /** True for HTML, false for plain text, empty for anything that is no report. */
  private static Optional<Boolean> html(MediaType type) {
    String base = type.base().toString().toLowerCase(Locale.ROOT);
    if (base.equals("text/html") || base.equals("application/xhtml+xml")) {
      return Optional.of(true);
    }
    return base.equals("text/plain") ? Optional.of(false) : Optional.empty();
  }

  private static @Nullable Charset charset(MediaType type) {
    String name = type.parameters().get("charset");
    try {
      return name == null ? null : Charset.forName(name);
    } catch (IllegalArgumentException e) {
      return null; // an unknown name: the page's own meta tag or UTF-8 decides
    }
  }
}
