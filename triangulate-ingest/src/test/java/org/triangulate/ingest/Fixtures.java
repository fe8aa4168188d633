package org.triangulate.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Test fixtures: invented texts under src/test/resources/org/triangulate/ingest, a fixed clock. */
public final class Fixtures {
  public static final Instant NOW = Instant.parse("2026-11-24T09:00:00Z");
  public static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  public static final LocalDate AS_OF = LocalDate.of(2026, 11, 24);

  private Fixtures() {}

  public static IngestOptions options() {
    return new IngestOptions(AS_OF, CLOCK, IngestOptions.DEFAULT_MAX_BYTES);
  }

  public static Ingestor ingestor() {
    return new Ingestor(options());
  }

  /** The bytes of a resource relative to org/triangulate/ingest, e.g. "article/x.txt". */
  public static byte[] bytes(String resource) {
    try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no such fixture: " + resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The file of a resource folder or file relative to org/triangulate/ingest. */
  public static Path path(String resource) {
    URL url = Fixtures.class.getResource(resource);
    if (url == null) {
      throw new IllegalArgumentException("no such fixture: " + resource);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(e);
    }
  }

  /** Ingests a fixture under its file name. */
  public static org.triangulate.model.Document read(String resource) {
    Path p = path(resource);
    return ingestor().read(new Input(p.getFileName().toString(), p));
  }
}
