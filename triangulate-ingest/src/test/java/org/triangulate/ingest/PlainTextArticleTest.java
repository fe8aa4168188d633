package org.triangulate.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.triangulate.model.Document;
import org.triangulate.model.Part;
import org.triangulate.model.Section;

/** The seed's shape (pasted article with captions, chrome and comments) on an invented text. */
class PlainTextArticleTest {
  private final Document doc = Fixtures.read("article/border-smuggling.txt");

  @Test
  void firstLineIsTheTitleAndTheByLineIsMetadataNotText() {
    assertThat(doc.meta().title())
        .isEqualTo("Border police say smuggling ring moved weapons for two militant groups");
    assertThat(doc.texts(Section.TITLE)).containsExactly(doc.meta().title());
    assertThat(doc.meta().byline()).isEqualTo("Farida Nouri");
    assertThat(doc.text()).doesNotContain("By Farida Nouri");
  }

  @Test
  void datelineIsMetadataAndStaysInTheFirstParagraph() {
    assertThat(doc.meta().dateline()).isEqualTo("JALALABAD");
    assertThat(doc.texts(Section.BODY).get(0)).startsWith("JALALABAD -- Afghan border police");
  }

  @Test
  void repeatedAndCreditedCaptionsAreKeptOnceOutOfTheBody() {
    assertThat(doc.texts(Section.CAPTION))
        .containsExactly(
            "Police officers inspect a seized truck near Torkham in 2019. [File]",
            "A man loads crates onto a truck in Nangarhar province on January 14."
                + " [Rahim Zadran/AFP]");
    assertThat(doc.texts(Section.BODY)).noneMatch(p -> p.endsWith("]"));
  }

  @Test
  void subheadingsWithoutFinalPunctuationStayInTheBody() {
    assertThat(doc.texts(Section.BODY)).contains("A shared supply line").hasSize(7);
  }

  @Test
  void commentsFollowTheCommentChromeOnePerBlock() {
    assertThat(doc.texts(Section.COMMENT))
        .containsExactly(
            "The border must be controlled better, otherwise these groups will keep getting"
                + " weapons.",
            "Good work by the police, but who paid them? Somebody must have known.",
            "Thanks for the report.");
  }

  @Test
  void pageChromeIsNowhereInTheText() {
    assertThat(doc.text())
        .doesNotContain("Do you like this article?")
        .doesNotContain("3 Comment")
        .doesNotContain("Comment Policy")
        .doesNotContain("1500")
        .doesNotContain("invented text for Triangulate");
  }

  @Test
  void wordsAreVerbatimWithWhitespaceCollapsedInsideAParagraph() {
    assertThat(doc.text())
        .contains(
            "\"The weapons were hidden under sacks of onions,\" Karimi said -- adding that the"
                + " drivers \"knew exactly what they carried\".");
  }

  @Test
  void partsAreSeparatedByBlankLinesInSectionOrder() {
    assertThat(doc.parts()).extracting(Part::section).first().isEqualTo(Section.TITLE);
    assertThat(doc.parts()).extracting(Part::section).last().isEqualTo(Section.COMMENT);
    for (int i = 1; i < doc.parts().size(); i++) {
      int gapStart = doc.parts().get(i - 1).span().end();
      int gapEnd = doc.parts().get(i).span().start();
      assertThat(doc.text().substring(gapStart, gapEnd)).isEqualTo("\n\n");
    }
  }

  @Test
  void weekdayWithDateAndLatestMentionedYearGiveAnInferredDate() {
    // Tuesday March 9 after 2018 (the latest year mentioned): 2021
    assertThat(doc.meta().published()).isEqualTo(LocalDate.of(2021, 3, 9));
    assertThat(doc.meta().publishedInferred()).isTrue();
  }

  @Test
  void custodyKeepsTheBytesTheFileAndTheClock() {
    assertThat(doc.custody().raw()).isEqualTo(Fixtures.bytes("article/border-smuggling.txt"));
    assertThat(doc.custody().file()).endsWith("border-smuggling.txt");
    assertThat(doc.custody().mediaType()).isEqualTo("text/plain");
    assertThat(doc.custody().charset()).isEqualTo("UTF-8");
    assertThat(doc.custody().ingestedAt()).isEqualTo(Fixtures.NOW);
  }

  @Test
  void englishArticleIsEnglish() {
    assertThat(doc.language()).isEqualTo("eng");
    assertThat(doc.isEnglish()).isTrue();
  }
}
