package org.triangulate.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.triangulate.model.Document;
import org.triangulate.model.Section;

/**
 * Every file in resources/org/triangulate/ingest/hostile either ingests or fails with an
 * IngestException naming the file and the reason, never another exception (jsoup's FuzzFixesTest
 * pattern); plus the cases that cannot be committed: a huge file, a directory, a missing path.
 */
class HostileInputsTest {
  /** The expected outcome per file: "ok", or the reason after "name: ". */
  private static final Map<String, String> EXPECTED =
      Map.ofEntries(
          Map.entry("empty.txt", "empty"),
          Map.entry("whitespace-only.txt", "empty"),
          Map.entry("nul-bytes.bin", "binary content, not text"),
          Map.entry("png-header.png", "binary content, not text"),
          Map.entry("pdf-header.pdf", "not a readable PDF: Page tree root must be a dictionary"),
          Map.entry("control-chars.txt", "binary content, not text"),
          Map.entry("invalid-utf8.txt", "not UTF-8 at byte 135"),
          Map.entry("truncated-utf8.txt", "not UTF-8 at byte 118"),
          Map.entry("only-chrome.txt", "empty after removing page chrome"),
          Map.entry("only-chrome.html", "empty after removing page chrome"),
          Map.entry("utf8-bom.txt", "ok"),
          Map.entry("utf16le-bom.txt", "ok"),
          Map.entry("utf16be-bom.txt", "ok"),
          Map.entry("unclosed-tags.html", "ok"),
          Map.entry("script-payload.html", "ok"),
          Map.entry("bad-meta-charset.html", "ok"),
          Map.entry("windows-1252.html", "ok"),
          Map.entry("deep-nesting.html", "ok"),
          Map.entry("not-html-but-html-name.html", "ok"));

  static Stream<Path> hostileFiles() throws IOException {
    return Files.list(Fixtures.path("hostile")).sorted();
  }

  @ParameterizedTest
  @MethodSource("hostileFiles")
  void eachHostileFileIngestsOrFailsNamingItselfAndTheReason(Path file) {
    String name = file.getFileName().toString();
    String expected = EXPECTED.getOrDefault(name, "?");
    Document doc;
    try {
      doc = Fixtures.ingestor().read(new Input(name, file));
    } catch (IngestException e) {
      assertThat(e.getMessage()).startsWith(name + ": ").doesNotContain("\n");
      String reason = e.getMessage().substring(name.length() + 2);
      assertThat(expected).as("expected outcome for " + name).isIn("?", reason);
      return;
    }
    assertThat(expected).as("expected outcome for " + name).isIn("?", "ok");
    assertThat(doc.text()).isNotBlank();
  }

  @Test
  void everyHostileFileHasAnExpectedOutcome() throws IOException {
    assertThat(hostileFiles().map(p -> p.getFileName().toString()))
        .containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());
  }

  @Test
  void utf16WithByteOrderMarkDecodes() {
    Document doc = Fixtures.read("hostile/utf16le-bom.txt");
    assertThat(doc.custody().charset()).isEqualTo("UTF-16LE");
    assertThat(doc.text()).contains("The governor’s office confirmed it.");
    assertThat(Fixtures.read("hostile/utf16be-bom.txt").text()).contains("repaired – and opened");
  }

  @Test
  void metaCharsetDecodesALegacyPage() {
    Document doc = Fixtures.read("hostile/windows-1252.html");
    assertThat(doc.custody().charset()).isEqualTo("windows-1252");
    assertThat(doc.texts(Section.BODY))
        .containsExactly("“We will rebuild,” the mayor of Herat said – twice.");
  }

  @Test
  void scriptsAreDroppedAndEscapedMarkupStaysText() {
    Document doc = Fixtures.read("hostile/script-payload.html");
    assertThat(doc.texts(Section.BODY))
        .containsExactly(
            "Officials said messages containing <script>alert(1)</script> were sent to journalists"
                + " in Kabul.",
            "Nobody was hurt, the officials said.");
    assertThat(doc.text())
        .doesNotContain("injected")
        .doesNotContain("evil")
        .doesNotContain("alert(3)");
  }

  @Test
  void unclosedTagsStillParse() {
    Document doc = Fixtures.read("hostile/unclosed-tags.html");
    assertThat(doc.text())
        .contains("Police in Ghazni said the checkpoint was attacked at night.")
        .contains("Two guards were wounded, officials said.");
  }

  @Test
  void fiftyMegabyteFileIsRefusedAsTooLargeBeforeItIsRead(@TempDir Path dir) throws IOException {
    Path big = dir.resolve("big.txt");
    try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
      f.setLength(50L * 1024 * 1024); // sparse NULs: reading it would say "binary" instead
    }
    IngestOptions options = new IngestOptions(Fixtures.AS_OF, Fixtures.CLOCK, 32L * 1024 * 1024);

    assertThatThrownBy(() -> new Ingestor(options).read(new Input("big.txt", big)))
        .isInstanceOf(IngestException.class)
        .hasMessage("big.txt: too large (52428800 bytes, limit 33554432)");
  }

  @Test
  void bytesInHandOverTheLimitAreRefused() {
    IngestOptions options = new IngestOptions(Fixtures.AS_OF, Fixtures.CLOCK, 10);
    assertThatThrownBy(() -> new Ingestor(options).read("x.txt", new byte[11], null))
        .hasMessage("x.txt: too large (11 bytes, limit 10)");
  }

  @Test
  void directoryGivenAsAFileCannotBeRead(@TempDir Path dir) {
    assertThatThrownBy(() -> Fixtures.ingestor().read(new Input("dir", dir)))
        .isInstanceOf(IngestException.class)
        .hasMessage("dir: cannot read: is a directory");
  }

  @Test
  void missingFileCannotBeRead(@TempDir Path dir) {
    assertThatThrownBy(() -> Fixtures.ingestor().read(new Input("gone.txt", dir.resolve("gone"))))
        .isInstanceOf(IngestException.class)
        .hasMessage("gone.txt: cannot read: no such file");
  }

  @Test
  void fileWithoutReadPermissionCannotBeRead(@TempDir Path dir) throws IOException {
    Path locked = dir.resolve("locked.txt");
    Files.writeString(locked, "Invented text.");
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    assumeThat(Files.isReadable(locked)).as("root reads files whatever their mode").isFalse();

    assertThatThrownBy(() -> Fixtures.ingestor().read(new Input("locked.txt", locked)))
        .isInstanceOf(IngestException.class)
        .hasMessage("locked.txt: cannot read: permission denied");
  }
}
