package org.triangulate.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.triangulate.model.Document;
import org.triangulate.model.Fingerprints;
import org.triangulate.model.Part;
import org.triangulate.model.Section;

/** An invented article as a web page: metadata, body, captions, comments, chrome dropped. */
class HtmlArticleTest {
  private final Document html = Fixtures.read("article/border-smuggling.html");

  @Test
  void metadataComesFromMetaTags() {
    assertThat(html.meta().title())
        .isEqualTo("Border police say smuggling ring moved weapons for two militant groups");
    assertThat(html.meta().byline()).isEqualTo("Farida Nouri");
    assertThat(html.meta().source()).isEqualTo("Frontier Post Online");
    assertThat(html.meta().url()).isEqualTo("https://example.org/2021/03/border-smuggling");
    assertThat(html.meta().dateline()).isEqualTo("JALALABAD");
    assertThat(html.custody().mediaType()).isEqualTo("text/html");
  }

  @Test
  void statedPublicationDateWinsOverInference() {
    assertThat(html.meta().published()).isEqualTo(LocalDate.of(2021, 3, 10));
    assertThat(html.meta().publishedInferred()).isFalse();
  }

  @Test
  void bodyIsTheArticlesParagraphsAndSubheadings() {
    assertThat(html.texts(Section.BODY))
        .hasSize(7)
        .contains("A shared supply line")
        .first()
        .asString()
        .startsWith("JALALABAD -- Afghan border police on Tuesday (March 9)");
  }

  @Test
  void figcaptionsAreCaptions() {
    assertThat(html.texts(Section.CAPTION))
        .containsExactly(
            "Police officers inspect a seized truck near Torkham in 2019. [File]",
            "A man loads crates onto a truck in Nangarhar province on January 14."
                + " [Rahim Zadran/AFP]");
  }

  @Test
  void commentsCarryTheirAuthorsAndDates() {
    assertThat(html.parts().stream().filter(p -> p.section() == Section.COMMENT))
        .extracting(Part::author, Part::date)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Haroon", LocalDate.of(2021, 3, 11)),
            org.assertj.core.groups.Tuple.tuple("Shabnam K.", LocalDate.of(2021, 3, 12)));
    assertThat(html.texts(Section.COMMENT))
        .containsExactly(
            "The border must be controlled much better.",
            "Who paid them? Somebody must have known.");
  }

  @Test
  void scriptsNavigationSharingAndRelatedLinksAreDropped() {
    assertThat(html.text())
        .doesNotContain("dataLayer")
        .doesNotContain("Home")
        .doesNotContain("Share on Facebook")
        .doesNotContain("Militia leader detained")
        .doesNotContain("Do you like this article?")
        .doesNotContain("Comment Policy")
        .doesNotContain("Post Comment")
        .doesNotContain("Reply")
        .doesNotContain("Most read")
        .doesNotContain("Copyright");
  }

  @Test
  void sameArticleAsTextAndAsPageWithOtherChromeIsANearDuplicate() {
    Document text = Fixtures.read("article/border-smuggling.txt");
    assertThat(Fingerprints.nearDuplicate(text.fingerprint(), html.fingerprint())).isTrue();
    assertThat(text.id()).isNotEqualTo(html.id()); // different comments: different texts
  }

  @Test
  void differentArticlesAreNotNearDuplicates() {
    Document other = Fixtures.read("article/flood-convoy.txt");
    assertThat(Fingerprints.nearDuplicate(other.fingerprint(), html.fingerprint())).isFalse();
  }
}
