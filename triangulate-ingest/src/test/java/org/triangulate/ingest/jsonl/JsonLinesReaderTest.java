package org.triangulate.ingest.jsonl;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.ingest.Entry;
import org.triangulate.ingest.Fixtures;
import org.triangulate.ingest.IngestException;
import org.triangulate.ingest.Input;
import org.triangulate.model.Document;
import org.triangulate.model.Section;

/** JSON lines through the Ingestor: one document a line, a bad line failing alone. */
class JsonLinesReaderTest {
  private static List<Entry> entries(Input input) {
    List<Entry> entries = new ArrayList<>();
    Fixtures.ingestor().forEach(input, entries::add);
    return entries;
  }

  private static List<Entry> news() {
    Path file = Fixtures.path("jsonl/news.jsonl");
    return entries(Input.jsonLines(file.toString()));
  }

  @Test
  void eachNonBlankLineIsOneEntryNamedByFileAndLine() {
    List<Entry> entries = news();

    assertThat(entries).extracting(e -> e.name().substring(e.name().lastIndexOf('/') + 1))
        .containsExactly("news.jsonl:1", "news.jsonl:2", "news.jsonl:4", "news.jsonl:5",
            "news.jsonl:6", "news.jsonl:7");
  }

  @Test
  void aTextLineKeepsItsFieldsAsMetadata() {
    Document doc = news().get(0).document();

    assertThat(doc.meta().title()).isEqualTo("Police repel attack on Ghazni checkpoint");
    assertThat(doc.meta().url()).isEqualTo("https://news.example.org/2024/03/checkpoint");
    assertThat(doc.meta().source()).isEqualTo("Example News");
    assertThat(doc.meta().published()).isEqualTo(LocalDate.of(2024, 3, 5));
    assertThat(doc.meta().publishedInferred()).isFalse();
    assertThat(doc.texts(Section.TITLE)).containsExactly("Police repel attack on Ghazni checkpoint");
    assertThat(doc.texts(Section.BODY)).hasSize(2).first().asString().startsWith("GHAZNI");
    assertThat(doc.custody().file()).endsWith("news.jsonl:1");
    assertThat(doc.custody().mediaType()).isEqualTo("text/plain");
  }

  @Test
  void anHtmlLineIsReadAsAPageWithTheLinesAddress() {
    Document doc = news().get(1).document();

    assertThat(doc.custody().mediaType()).isEqualTo("text/html");
    assertThat(doc.meta().url()).isEqualTo("https://pages.example.net/kunduz-market");
    assertThat(doc.meta().source()).isEqualTo("Example Wire");
    assertThat(doc.texts(Section.BODY)).anyMatch(p -> p.startsWith("A bomb exploded"));
  }

  @Test
  void newsPleaseFieldNamesAreRead() {
    Document doc = news().get(5).document();

    assertThat(doc.meta().title()).isEqualTo("Raid near Khost");
    assertThat(doc.meta().published()).isEqualTo(LocalDate.of(2024, 4, 2));
    assertThat(doc.meta().source()).isEqualTo("wire.example.com");
    assertThat(doc.texts(Section.BODY)).first().asString().startsWith("KHOST");
  }

  @Test
  void aBadLineFailsNamingFileAndLineAndTheNextLinesStillRead() {
    List<Entry> entries = news();

    assertThatThrownBy(() -> entries.get(2).document())
        .isInstanceOf(IngestException.class)
        .hasMessageEndingWith("news.jsonl:4: not JSON: Unrecognized token 'this': was expecting"
            + " (JSON String, Number, Array, Object or token 'null', 'true' or 'false')");
    assertThatThrownBy(() -> entries.get(3).document())
        .isInstanceOf(IngestException.class)
        .hasMessageEndingWith("news.jsonl:5: has neither text nor html");
    assertThatThrownBy(() -> entries.get(4).document())
        .isInstanceOf(IngestException.class)
        .hasMessageEndingWith("news.jsonl:6: published is not an ISO date: \"last Tuesday\"");
    assertThat(entries.get(5).document().meta().title()).isEqualTo("Raid near Khost");
  }

  @Test
  void aFieldOfTheWrongTypeOrALineNotAnObjectIsAnError(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("odd.jsonl");
    Files.writeString(file, "{\"text\": 12}\n[1, 2]\n{\"text\": \"Invented: police said a"
        + " convoy was stopped.\", \"title\": [\"a\"]}\n", UTF_8);

    List<Entry> entries = entries(Input.of(file.toString()));

    assertThat(entries).hasSize(3);
    assertThatThrownBy(() -> entries.get(0).document())
        .hasMessage(file + ":1: text must be a string: NUMBER");
    assertThatThrownBy(() -> entries.get(1).document())
        .hasMessage(file + ":2: not a JSON object");
    assertThatThrownBy(() -> entries.get(2).document())
        .hasMessage(file + ":3: title must be a string: ARRAY");
  }

  @Test
  void aLineOverTheSizeLimitFailsAloneAndInvalidUtf8IsAnError(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("big.jsonl");
    byte[] good = "{\"text\": \"Invented: police said a convoy was stopped.\"}\n".getBytes(UTF_8);
    byte[] bad = {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC3, '"', '}', '\n'};
    String big = "{\"text\": \"" + "x".repeat(200) + "\"}\n";
    Files.write(file, concat(good, big.getBytes(UTF_8), bad, good));
    var ingestor = new org.triangulate.ingest.Ingestor(
        new org.triangulate.ingest.IngestOptions(Fixtures.AS_OF, Fixtures.CLOCK, 100));
    List<Entry> entries = new ArrayList<>();

    ingestor.forEach(Input.of(file.toString()), entries::add);

    assertThat(entries).hasSize(4);
    assertThat(entries.get(0).document().text()).contains("convoy");
    assertThatThrownBy(() -> entries.get(1).document())
        .hasMessage(file + ":2: line too long (more than 100 bytes)");
    assertThatThrownBy(() -> entries.get(2).document())
        .isInstanceOf(IngestException.class)
        .hasMessageStartingWith(file + ":3: not JSON: Invalid UTF-8");
    assertThat(entries.get(3).document().text()).contains("convoy");
  }

  @Test
  void aMissingFileIsOneFailedEntry(@TempDir Path dir) {
    String missing = dir.resolve("gone.jsonl").toString();

    List<Entry> entries = entries(Input.of(missing));

    assertThat(entries).singleElement().extracting(Entry::name).isEqualTo(missing);
    assertThatThrownBy(() -> entries.get(0).document())
        .hasMessage(missing + ": cannot read: no such file");
  }

  private static byte[] concat(byte[]... parts) {
    var out = new java.io.ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }
}
