package org.triangulate.ingest.warc;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.triangulate.ingest.Entry;
import org.triangulate.ingest.Fixtures;
import org.triangulate.ingest.IngestException;
import org.triangulate.ingest.IngestOptions;
import org.triangulate.ingest.Ingestor;
import org.triangulate.ingest.Input;
import org.triangulate.model.Document;
import org.triangulate.model.Section;

/** WARC files: HTML responses become documents with their target address and capture date. */
class WarcFileReaderTest {
  private static final String PAGE = "<html><head><title>Invented: clash in Helmand</title></head>"
      + "<body><article><p>LASHKAR GAH -- Invented for Triangulate's tests. Fighting broke out near"
      + " Lashkar Gah on Wednesday (March 6), the invented official Karim Nazari said.</p>"
      + "</article></body></html>";
  private static final Instant CAPTURED = Instant.parse("2024-03-07T12:00:00Z");

  private static WarcResponse response(String uri, int status, String type, byte[] body)
      throws IOException {
    HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
        .body(MediaType.parse(type), body).build();
    return new WarcResponse.Builder(uri).date(CAPTURED).body(http).build();
  }

  private static Path warc(Path dir, String name, WarcCompression compression) throws IOException {
    Path file = dir.resolve(name);
    try (WarcWriter writer = new WarcWriter(Files.newByteChannel(file,
        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE), compression)) {
      writer.write(response("https://news.example.org/helmand", 200, "text/html; charset=utf-8",
          PAGE.getBytes(UTF_8)));
      writer.write(response("https://news.example.org/logo.png", 200, "image/png", new byte[] {1, 2}));
      writer.write(response("https://news.example.org/missing", 404, "text/html", "<p>gone</p>".getBytes(UTF_8)));
      writer.write(new WarcResource.Builder(java.net.URI.create("urn:example:note")).date(CAPTURED)
          .body(MediaType.PLAIN_TEXT, "Invented: a resource record, not a response.".getBytes(UTF_8)).build());
      writer.write(response("https://news.example.org/latin", 200, "text/html; charset=windows-1252",
          PAGE.replace("Lashkar Gah on", "Lashkar G\u00e2h on").getBytes(Charset.forName("windows-1252"))));
      writer.write(response("https://news.example.org/empty", 200, "text/html", "<html></html>".getBytes(UTF_8)));
    }
    return file;
  }

  private static List<Entry> entries(Ingestor ingestor, Path file) {
    List<Entry> entries = new ArrayList<>();
    ingestor.forEach(Input.of(file.toString()), entries::add);
    return entries;
  }

  @Test
  void htmlResponsesAreDocumentsWithTheirTargetAddressAndTheRestIsLeftOut(@TempDir Path dir)
      throws IOException {
    for (WarcCompression compression : List.of(WarcCompression.NONE, WarcCompression.GZIP)) {
      Path file = warc(dir, "crawl-" + compression + (compression == WarcCompression.GZIP ? ".warc.gz" : ".warc"),
          compression);

      List<Entry> entries = entries(Fixtures.ingestor(), file);

      assertThat(entries).hasSize(3);
      assertThat(entries.get(0).name()).startsWith(file + " at offset 0 (https://news.example.org/helmand");
      Document doc = entries.get(0).document();
      assertThat(doc.meta().url()).isEqualTo("https://news.example.org/helmand");
      assertThat(doc.meta().title()).isEqualTo("Invented: clash in Helmand");
      assertThat(doc.custody().file()).isEqualTo(entries.get(0).name());
      assertThat(doc.texts(Section.BODY)).first().asString().startsWith("LASHKAR GAH");
      Document latin = entries.get(1).document();
      assertThat(latin.custody().charset()).isEqualTo("windows-1252");
      assertThat(latin.text()).contains("Lashkar G\u00e2h on");
      assertThatThrownBy(() -> entries.get(2).document())
          .isInstanceOf(IngestException.class)
          .hasMessageEndingWith("(https://news.example.org/empty): empty after removing page chrome");
    }
  }

  @Test
  void noDateInferredFromTheTextIsAfterTheCapture(@TempDir Path dir) throws IOException {
    Path file = warc(dir, "crawl.warc", WarcCompression.NONE);

    Document doc = entries(Fixtures.ingestor(), file).get(0).document();

    // "Wednesday (March 6)" as of 2026-11-24 would be 2024 or 2030; captured in 2024, it is 2024
    assertThat(doc.meta().published()).isEqualTo(LocalDate.of(2024, 3, 6));
    assertThat(doc.meta().publishedInferred()).isTrue();
  }

  @Test
  void aRecordOverTheSizeLimitFailsAlone(@TempDir Path dir) throws IOException {
    Path file = warc(dir, "crawl.warc", WarcCompression.NONE);
    Ingestor small = new Ingestor(new IngestOptions(Fixtures.AS_OF, Fixtures.CLOCK, 200));

    List<Entry> entries = entries(small, file);

    assertThat(entries).hasSize(3);
    assertThatThrownBy(() -> entries.get(0).document())
        .isInstanceOf(IngestException.class)
        .hasMessageEndingWith("(https://news.example.org/helmand): too large (more than 200 bytes, limit 200)");
    assertThatThrownBy(() -> entries.get(2).document())
        .hasMessageEndingWith("empty after removing page chrome");
  }

  @Test
  void aFileThatIsNotWarcIsOneErrorNamingIt(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("notes.warc");
    Files.writeString(file, "Invented: these are notes, not a web archive.\n");

    List<Entry> entries = entries(Fixtures.ingestor(), file);

    assertThat(entries).singleElement().extracting(Entry::name).isEqualTo(file.toString());
    assertThatThrownBy(() -> entries.get(0).document())
        .isInstanceOf(IngestException.class)
        .hasMessageStartingWith(file + ": not a WARC file: ");
  }

  @Test
  void aTruncatedFileKeepsTheRecordsBeforeTheBreak(@TempDir Path dir) throws IOException {
    Path whole = warc(dir, "crawl.warc", WarcCompression.NONE);
    byte[] bytes = Files.readAllBytes(whole);
    Path cut = dir.resolve("cut.warc");
    Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length - 40));

    List<Entry> entries = entries(Fixtures.ingestor(), cut);

    assertThat(entries.get(0).document().meta().url()).isEqualTo("https://news.example.org/helmand");
    assertThatThrownBy(() -> entries.get(entries.size() - 1).document())
        .isInstanceOf(IngestException.class)
        .hasMessageStartingWith(cut.toString());
  }
}
