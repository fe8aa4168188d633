package org.triangulate.ingest.jsonl;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.triangulate.ingest.DocumentReader;
import org.triangulate.ingest.Entry;
import org.triangulate.ingest.Envelope;
import org.triangulate.ingest.IngestException;
import org.triangulate.ingest.dates.IsoDates;
import org.triangulate.model.Document;

/**
 * Reads JSON lines, one document a line, in the shape news-please and news-crawl extractions
 * write: {@code text} (or news-please's {@code maintext}) or {@code html}, and optionally {@code
 * url}, {@code title}, {@code published} (or {@code date_publish}), {@code source} (or {@code
 * source_domain}). With both text and html, the text is taken: the extractor has already
 * cleaned it. Blank lines are skipped. A bad line is an entry that fails naming the file and line
 * ({@code news.jsonl:12: not JSON: …}); the lines after it are read as usual.
 *
 * <p>The file is streamed: memory holds one line (at most {@code maxLineBytes}) at a time.
 * Stateless and thread-safe.
 */
public final class JsonLinesReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonLinesReader() {}

  /**
   * Gives {@code action} one entry per non-blank line of {@code in}, in order.
   *
   * @param name the file's name, which every entry's name starts with
   * @throws IOException when the stream itself fails; entries given before stay given
   */
  public static void forEach(
      String name,
      InputStream in,
      long maxLineBytes,
      DocumentReader reader,
      Consumer<Entry> action)
      throws IOException {
    Lines lines = new Lines(in, maxLineBytes);
    for (byte[] line = lines.next(); line != null; line = lines.next()) {
      String lineName = name + ":" + lines.number();
      if (lines.tooLong()) {
        String reason = "line too long (more than " + maxLineBytes + " bytes)";
        action.accept(Entry.failed(lineName, IngestException.of(lineName, reason)));
      } else if (!isBlank(line)) {
        byte[] bytes = line;
        action.accept(new Entry(lineName, () -> document(lineName, bytes, reader)));
      }
    }
  }

  private static Document document(String name, byte[] line, DocumentReader reader) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      throw IngestException.of(name, "not JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw IngestException.of(name, "not JSON: " + e.getMessage());
    }
    if (node == null || !node.isObject()) {
      throw IngestException.of(name, "not a JSON object");
    }
    String text = text(name, node, "text", "maintext");
    String html = text(name, node, "html");
    if (text == null && html == null) {
      throw IngestException.of(name, "has neither text nor html");
    }
    Envelope envelope =
        new Envelope(
            text(name, node, "url"),
            text(name, node, "title"),
            text(name, node, "source", "source_domain"),
            date(name, node),
            null,
            StandardCharsets.UTF_8,
            text == null);
    String content = text != null ? text : html;
    return reader.read(name, content.getBytes(StandardCharsets.UTF_8), name, envelope);
  }

  /** The first of {@code fields} that is present and not blank; a value not a string is an error. */
  private static @Nullable String text(String name, JsonNode node, String... fields) {
    for (String field : fields) {
      JsonNode value = node.get(field);
      if (value == null || value.isNull()) {
        continue;
      }
      if (!value.isTextual()) {
        throw IngestException.of(name, field + " must be a string: " + value.getNodeType());
      }
      if (!value.asText().isBlank()) {
        return value.asText();
      }
    }
    return null;
  }

  private static @Nullable LocalDate date(String name, JsonNode node) {
    String value = text(name, node, "published", "date_publish");
    if (value == null) {
      return null;
    }
    return IsoDates.parse(value)
        .orElseThrow(() -> IngestException.of(name, "published is not an ISO date: " + quote(value)));
  }

  private static String quote(String value) {
    return "\"" + (value.length() > 40 ? value.substring(0, 40) + "…" : value) + "\"";
  }

  private static boolean isBlank(byte[] line) {
    for (byte b : line) {
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  /** Lines of bytes, split at {@code \n}; a line over the limit is skipped to its end. */
  private static final class Lines {
    private final InputStream in;
    private final long max;
    private int number;
    private boolean tooLong;

    Lines(InputStream in, long max) {
      this.in = in;
      this.max = max;
    }

    byte @Nullable [] next() throws IOException {
      ByteArrayOutputStream line = new ByteArrayOutputStream();
      tooLong = false;
      int b = in.read();
      if (b < 0) {
        return null;
      }
      number++;
      for (; b >= 0 && b != '\n'; b = in.read()) {
        if (line.size() < max) {
          line.write(b);
        } else {
          tooLong = true;
        }
      }
      return line.toByteArray();
    }

    int number() {
      return number;
    }

    boolean tooLong() {
      return tooLong;
    }
  }
}
