package org.triangulate.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.model.Document;
import org.triangulate.model.Section;

/** Inputs, standard input, headers, ids: the Ingestor's contract with the CLI. */
class IngestorTest {
  private static final String ARTICLE =
      "Invented headline about a checkpoint\n\nBy Test Writer\n\n"
          + "GHAZNI -- Police said an invented checkpoint was attacked on Monday 3 May.\n";

  @Test
  void aTitleLineOverHeaderLinesIsTheTitleAndTheHeaderLinesStayInTheBody() {
    String text = "Invented: Joint Force Detains Courier in Ghazni\n"
        + "\u2028Invented Command - Afghanistan\u20282011-04-CA-017 \u2028For Immediate Release\n\n"
        + "KABUL, Afghanistan (April 9) - A joint force detained an invented courier in Ghazni province last night.\n";

    Document doc = pasted(text);

    assertThat(doc.meta().title()).isEqualTo("Invented: Joint Force Detains Courier in Ghazni");
    assertThat(doc.texts(Section.BODY).get(0)).contains("2011-04-CA-017").contains("For Immediate Release");
    assertThat(doc.meta().published()).isEqualTo(LocalDate.of(2011, 4, 9));
  }

  @Test
  void aTitleLineOverHeaderLinesIsTheTitleWhenTheLeadFollowsInTheSameBlock() {
    String text = "Invented Force Detains Several Suspected Insurgents in Khost\n"
        + "Invented Command - Afghanistan\u20282010-08-CA-055 \u2028For Immediate Release\u2028Download PDF\n"
        + "KABUL, Afghanistan (August 7) - An invented force detained several men in Khost province last night.\n\n"
        + "The men were questioned.\n";

    Document doc = pasted(text);

    assertThat(doc.meta().title()).isEqualTo("Invented Force Detains Several Suspected Insurgents in Khost");
    assertThat(doc.texts(Section.BODY).get(0)).startsWith("Invented Command - Afghanistan").endsWith("Download PDF");
    assertThat(doc.texts(Section.BODY).get(1)).startsWith("KABUL, Afghanistan (August 7)");
    assertThat(doc.meta().dateline()).isEqualTo("KABUL, Afghanistan");
  }

  @Test
  void unicodeLineSeparatorsBreakLinesAndTwoInARowBreakParagraphs() {
    String text = "Invented Courier Detained in Khost\n"
        + "\u2028Invented Command - Afghanistan\u20282010-10-CA-087 \u2028For Immediate Release\u2028Download PDF \u2028\u2028"
        + "KABUL, Afghanistan (Oct. 8) - An invented force detained a courier in Khost province overnight. \u2028\u2028"
        + "The courier was questioned.\n";

    Document doc = pasted(text);

    assertThat(doc.meta().title()).isEqualTo("Invented Courier Detained in Khost");
    assertThat(doc.meta().dateline()).isEqualTo("KABUL, Afghanistan");
    assertThat(doc.meta().published()).isEqualTo(LocalDate.of(2010, 10, 8));
    assertThat(doc.texts(Section.BODY)).contains("The courier was questioned.");
  }

  @Test
  void aReleaseWithoutBlankLinesFindsItsDatelinePastTheHeaderLines() {
    String text = "Invented Command Operational Update April 28, 2011\n"
        + "Invented Command - Afghanistan\u20282011-04-S-086\u2028For Immediate Release\u2028\u00a0\u2028"
        + "KABUL, Afghanistan (April 28, 2011) – A combined force detained two men in Ghazni province yesterday.\n"
        + "The men were questioned.\n";

    Document doc = pasted(text);

    assertThat(doc.meta().dateline()).isEqualTo("KABUL, Afghanistan");
    assertThat(doc.meta().published()).isEqualTo(LocalDate.of(2011, 4, 28));
  }

  @Test
  void aFirstBlockOfProseLinesHasNoTitleTakenFromIt() {
    String text = "Invented report on a checkpoint attack in Ghazni\n"
        + "Police said gunmen attacked an invented checkpoint on the highway and fled.\n\n"
        + "A second paragraph follows here.\n";

    Document doc = pasted(text);

    assertThat(doc.meta().title()).isNull();
    assertThat(doc.texts(Section.BODY).get(0)).startsWith("Invented report on a checkpoint attack in Ghazni Police said");
  }

  @Test
  void aBulletinDateOpeningTheFirstLineDatesTheReportWithTheReleaseYear() {
    String text = "May 11: Invented Operations in Southern Afghanistan\n"
        + "\u2028Invented Command - Afghanistan\u2028\u20282010-05-CA-039 \u2028For Immediate Release\n\n"
        + "In Kandahar last night, an invented force captured a suspected courier.\n";

    Document doc = pasted(text);

    assertThat(doc.meta().title()).isEqualTo("May 11: Invented Operations in Southern Afghanistan");
    assertThat(doc.meta().published()).isEqualTo(LocalDate.of(2010, 5, 11));
  }

  /** A text pasted into a .txt file and ingested. */
  private static Document pasted(String text) {
    return Fixtures.ingestor().read("pasted.txt", text.getBytes(UTF_8), null);
  }

  @Test
  void directoriesExpandSortedWithoutHiddenFilesAndMissingPathsAreKept(@TempDir Path dir)
      throws IOException {
    Files.createDirectories(dir.resolve("b"));
    Files.createDirectories(dir.resolve(".git"));
    Files.writeString(dir.resolve("b/2.txt"), ARTICLE);
    Files.writeString(dir.resolve("a.txt"), ARTICLE);
    Files.writeString(dir.resolve(".hidden.txt"), ARTICLE);
    Files.writeString(dir.resolve(".git/config"), ARTICLE);
    String missing = dir.resolve("missing.txt").toString();

    List<Input> inputs = Fixtures.ingestor().inputs(List.of(dir.toString(), "-", missing));

    assertThat(inputs)
        .extracting(Input::name)
        .containsExactly(
            dir.resolve("a.txt").toString(), dir.resolve("b/2.txt").toString(), "-", missing);
    assertThat(inputs.get(2).path()).isNull();
    assertThatThrownBy(() -> Fixtures.ingestor().read(inputs.get(3)))
        .isInstanceOf(IngestException.class)
        .hasMessage(missing + ": cannot read: no such file");
  }

  @Test
  void directoriesYieldReportsOnlyAndNameWhatTheyLeftOut(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("sub"));
    for (String name : List.of("a.txt", "b.HTML", "sub/c.htm", "README.md", "README.txt",
        "LICENSE", "notes.csv", "sub/licence.txt")) {
      Files.writeString(dir.resolve(name), ARTICLE);
    }
    Ingestor ingestor = Fixtures.ingestor();

    Inputs reports = ingestor.inputs(List.of(dir.toString()), false);

    assertThat(reports.accepted())
        .extracting(Input::name)
        .containsExactly(dir.resolve("a.txt").toString(), dir.resolve("b.HTML").toString(),
            dir.resolve("sub/c.htm").toString());
    assertThat(reports.skipped())
        .containsExactly(dir.resolve("LICENSE").toString(), dir.resolve("README.md").toString(),
            dir.resolve("README.txt").toString(), dir.resolve("notes.csv").toString(),
            dir.resolve("sub/licence.txt").toString());
  }

  @Test
  void allTakesEveryFileAndAFileNamedOnTheCommandLineIsAlwaysTaken(@TempDir Path dir)
      throws IOException {
    Files.writeString(dir.resolve("a.txt"), ARTICLE);
    Files.writeString(dir.resolve("README.md"), ARTICLE);
    Ingestor ingestor = Fixtures.ingestor();

    Inputs all = ingestor.inputs(List.of(dir.toString()), true);
    Inputs named = ingestor.inputs(List.of(dir.resolve("README.md").toString()), false);

    assertThat(all.accepted()).hasSize(2);
    assertThat(all.skipped()).isEmpty();
    assertThat(named.accepted()).extracting(Input::name)
        .containsExactly(dir.resolve("README.md").toString());
  }

  @Test
  void standardInputIsReadOnceAndHasNoFile() {
    Ingestor ingestor =
        new Ingestor(Fixtures.options(), new ByteArrayInputStream(ARTICLE.getBytes(UTF_8)));

    Document doc = ingestor.read(Input.stdin());

    assertThat(doc.custody().file()).isNull();
    assertThat(doc.meta().byline()).isEqualTo("Test Writer");
    assertThatThrownBy(() -> ingestor.read(Input.stdin()))
        .isInstanceOf(IngestException.class)
        .hasMessage("-: standard input was already read");
  }

  @Test
  void sameTextGetsTheSameIdWhateverItsWrapping() {
    Ingestor ingestor = Fixtures.ingestor();
    Document a = ingestor.read("a.txt", ARTICLE.getBytes(UTF_8), null);
    Document b = ingestor.read("b.txt", ARTICLE.replace("\n", "\r\n").getBytes(UTF_8), null);

    assertThat(a.id()).isEqualTo(b.id());
    assertThat(a.id().value()).matches("doc-[0-9a-f]{16}");
    assertThat(a.fingerprint()).isEqualTo(b.fingerprint());
  }

  @Test
  void headerBlockGivesMetadataAndStaysOutOfTheText() {
    Document doc = Fixtures.read("article/header-block.txt");

    assertThat(doc.meta().title())
        .isEqualTo("Ministry designates invented charity as militant front");
    assertThat(doc.meta().url()).isEqualTo("https://example.org/press/2019/invented-designation");
    assertThat(doc.meta().source()).isEqualTo("Example Ministry of Finance");
    assertThat(doc.meta().published()).isEqualTo(LocalDate.of(2019, 6, 4));
    assertThat(doc.meta().publishedInferred()).isFalse();
    assertThat(doc.meta().dateline()).isEqualTo("WASHINGTON");
    assertThat(doc.text()).doesNotContain("Publisher:").doesNotContain("License:");
    assertThat(doc.texts(Section.TITLE)).hasSize(1); // the repeated title line is folded
    assertThat(doc.texts(Section.BODY)).hasSize(2);
  }

  @Test
  void unknownPublishedDateAndNoWeekdayGiveNoDateNeverToday() {
    Document doc = Fixtures.read("article/header-unknown-date.txt");

    assertThat(doc.meta().published()).isNull();
    assertThat(doc.meta().publishedInferred()).isFalse();
    assertThat(doc.texts(Section.BODY)).first().isEqualTo("Invented Militia (IM)");
  }

  @Test
  void withoutAYearInTheTextTheLatestFittingYearIsTaken() {
    IngestOptions early = new IngestOptions(LocalDate.of(2021, 5, 1), Fixtures.CLOCK, 1 << 20);
    Document doc = new Ingestor(early).read("a.txt", ARTICLE.getBytes(UTF_8), null);

    // 2021-05-03 is a Monday but after asOf; the Monday 3 May before it is in 2010
    assertThat(doc.meta().published()).isEqualTo(LocalDate.of(2010, 5, 3));
    assertThat(doc.meta().publishedInferred()).isTrue();
  }

  @Test
  void aBracketedFirstLineIsAnEditorsNoteNotTheTitleOrHeader() {
    String header = "[Invented fixture: every person here is fictional.]\n"
        + "Source: https://example.org/a\nPublisher: Invented Wire\nPublished: 2021-06-14\n"
        + "Title: Invented bombing in Jalalabad\n\nJALALABAD -- A bomb exploded on Sunday.\n";
    Document withHeader = new Ingestor(Fixtures.options()).read("h.txt", header.getBytes(UTF_8), null);
    assertThat(withHeader.meta().title()).isEqualTo("Invented bombing in Jalalabad");
    assertThat(withHeader.meta().published()).isEqualTo(LocalDate.of(2021, 6, 14));
    assertThat(withHeader.texts(Section.BODY)).first().asString().startsWith("[Invented fixture");

    String plain = "[Invented fixture: every person here is fictional.]\n\n" + ARTICLE;
    Document seedShaped = new Ingestor(Fixtures.options()).read("p.txt", plain.getBytes(UTF_8), null);
    assertThat(seedShaped.meta().title()).isEqualTo("Invented headline about a checkpoint");
    assertThat(seedShaped.meta().byline()).isEqualTo("Test Writer");
  }
}
