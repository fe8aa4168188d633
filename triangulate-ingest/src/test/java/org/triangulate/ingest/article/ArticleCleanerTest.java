package org.triangulate.ingest.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleCleanerTest {
  private static Article body(String... paragraphs) {
    return new Article("Title", null, null, null, null, List.of(paragraphs), List.of(), List.of());
  }

  @Test
  void bracketedCreditsMakeCaptions() {
    assertThat(ArticleCleaner.endsInCredit("A man walks in Herat. [File]")).isTrue();
    assertThat(ArticleCleaner.endsInCredit("Smoke rises. [Jane Roe/Reuters]")).isTrue();
    assertThat(ArticleCleaner.endsInCredit("Smoke rises over Kabul. [AFP]")).isTrue();
    assertThat(ArticleCleaner.endsInCredit("Smoke rises. (Photo: Interior Ministry)")).isTrue();
    assertThat(ArticleCleaner.endsInCredit("\"We fight for ISIS [ISIS-K],\" he said.")).isFalse();
    assertThat(ArticleCleaner.endsInCredit("He named the group [the Haqqani Network]")).isFalse();
  }

  @Test
  void aParagraphSeenTwiceIsOneCaption() {
    Article clean =
        ArticleCleaner.clean(body("Smoke over a market", "Text.", "Smoke over a market"));
    assertThat(clean.captions()).containsExactly("Smoke over a market");
    assertThat(clean.body()).containsExactly("Text.");
  }

  @Test
  void byLineNearTheTopBecomesTheByline() {
    Article clean = ArticleCleaner.clean(body("By Jane  Roe", "Text."));
    assertThat(clean.byline()).isEqualTo("Jane Roe");
    assertThat(clean.body()).containsExactly("Text.");
  }

  @Test
  void sentenceStartingWithByStaysInTheBody() {
    Article clean = ArticleCleaner.clean(body("By Monday the road was open.", "Text."));
    assertThat(clean.byline()).isNull();
    assertThat(clean.body()).hasSize(2);
  }

  @Test
  void chromeParagraphsAndCommentsAreDropped() {
    Article raw =
        new Article(
            null,
            null,
            null,
            null,
            null,
            List.of("Text.", "Share this article", "Do you like this article?", "Related"),
            List.of(),
            List.of(new Comment("Reply"), new Comment("A real comment.")));
    Article clean = ArticleCleaner.clean(raw);
    assertThat(clean.body()).containsExactly("Text.");
    assertThat(clean.comments()).extracting(Comment::text).containsExactly("A real comment.");
  }

  @Test
  void sentencesMentioningCommentsAreNotChrome() {
    assertThat(Boilerplate.isChrome("The ministry did not reply to requests for comment."))
        .isFalse();
    assertThat(Boilerplate.startsComments("12 Comments")).isTrue();
    assertThat(Boilerplate.startsComments("Leave a Reply")).isTrue();
  }

  @Test
  void datelinesOfSeveralShapesAreFound() {
    assertThat(Datelines.find(List.of("KABUL -- Afghanistan's agency said."))).hasValue("KABUL");
    assertThat(Datelines.find(List.of("Release 1", "TAMPA, Fla. – On July 7")))
        .hasValue("TAMPA, Fla.");
    assertThat(Datelines.find(List.of("ISLAMABAD (Reuters) - Police said"))).hasValue("ISLAMABAD");
    assertThat(Datelines.find(List.of("Washington– Today, the agency"))).hasValue("Washington");
    assertThat(Datelines.find(List.of("Police said on Monday - briefly."))).isEmpty();
  }
}
