package org.triangulate.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.triangulate.model.Document;
import org.triangulate.model.Section;

/**
 * The founding example, read from the shared corpus beside the repository (not ours to copy in);
 * skipped where a clone lacks ../shared.
 */
class SeedArticleTest {
  private static final Path SEED = Path.of("../../shared/corpus/seed/000_ef2bba291d2961f0.txt");

  @Test
  void seedArticleHasItsTitleBylineDatelineDateCaptionsAndComments() {
    Path seed = SEED.toAbsolutePath().normalize();
    assumeTrue(Files.isRegularFile(seed), "no shared corpus at " + seed);

    Document doc = Fixtures.ingestor().read(new Input(seed.getFileName().toString(), seed));

    assertThat(doc.meta().title())
        .isEqualTo("Evidence suggests Haqqani Network, ISIS co-ordinating terror attacks");
    assertThat(doc.meta().byline()).isEqualTo("Sulaiman");
    assertThat(doc.meta().dateline()).isEqualTo("KABUL");
    assertThat(doc.meta().published()).isEqualTo(LocalDate.of(2021, 2, 21));
    assertThat(doc.meta().publishedInferred()).isTrue();
    assertThat(doc.texts(Section.CAPTION)).hasSize(2);
    assertThat(doc.texts(Section.COMMENT)).hasSize(3);
    assertThat(doc.texts(Section.BODY).get(0)).startsWith("KABUL -- Afghanistan's");
    assertThat(doc.text()).doesNotContain("Do you like this article?").doesNotContain("1500");
    assertThat(doc.language()).isEqualTo("eng");
  }
}
