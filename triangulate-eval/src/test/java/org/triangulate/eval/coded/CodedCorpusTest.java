package org.triangulate.eval.coded;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.triangulate.eval.coded.CodedRecord.Coding;
import org.triangulate.eval.coded.CodedRecord.Corpus;
import org.triangulate.model.EventType;

class CodedCorpusTest {
  @Test
  void wikipediaCasualtiesCountPerpetratorsTooAndAtLeastIsItsNumber() {
    assertThat(CodedCorpus.count("5 (+1)")).isEqualTo(6);
    assertThat(CodedCorpus.count("10+")).isEqualTo(10);
    assertThat(CodedCorpus.count("12[3]")).isEqualTo(12);
    assertThat(CodedCorpus.count("Unknown")).isNull();
    assertThat(CodedCorpus.count("Hundreds")).isNull();
  }

  @Test
  void attackTypesAdmitOurTypesByTheirWords() {
    assertThat(CodedCorpus.wikipediaType("Suicide bombing")).contains(EventType.BOMBING).doesNotContain(EventType.KIDNAPPING);
    assertThat(CodedCorpus.wikipediaType("Shooting, IED")).contains(EventType.BOMBING, EventType.ARMED_ASSAULT);
    assertThat(CodedCorpus.wikipediaType("Kidnapping")).containsExactly(EventType.KIDNAPPING);
    assertThat(CodedCorpus.isafType("detention")).containsExactly(EventType.ARREST);
    assertThat(CodedCorpus.isafType("civiliancasualty")).isEmpty();
  }

  @Test
  void theSplitIsFixedByTheIdOrTheReleaseNumber() {
    assertThat(Split.key("isafpr-test-0001", "2013-01-S-025\n\nKABUL, Afghanistan (Jan. 25, 2013)")).isEqualTo("2013-01-S-025");
    assertThat(Split.key("wp-til-00001", "2013-01-S-025 text")).isEqualTo("wp-til-00001");
    assertThat(Split.of("isafpr-test-0001", "2013-01-S-025\n…")).isEqualTo(Split.of("isafpr-test-0002", "2013-01-S-025\n…"));
    long test = java.util.stream.IntStream.range(0, 1000).mapToObj(i -> "id-" + i).filter(id -> Split.ofKey(id) == Split.TEST).count();
    assertThat(test).isBetween(150L, 250L);
  }

  @Test
  void aFieldIsScoredOnlyWhereTheTextStatesIt() {
    Coding c = new Coding(LocalDate.of(2018, 7, 16), java.util.Set.of(EventType.BOMBING), List.of("Lal Chowk", "India"),
        List.of("Lashkar-e-Taiba"), 6, null);
    CodedRecord stated = new CodedRecord("wp-1", Corpus.WIKIPEDIA, "On July 16 a bomb in Lal Chowk killed six.", Split.DEV, c);
    CodedRecord silent = new CodedRecord("wp-2", Corpus.WIKIPEDIA, "A bomb went off in a market.", Split.DEV, c);
    assertThat(CodedScoring.dateStated(stated, c.date())).isTrue();
    assertThat(CodedScoring.dateStated(silent, c.date())).isFalse();
    assertThat(CodedScoring.numberStated(stated.text(), 6)).isTrue();
    assertThat(CodedScoring.numberStated("2013-01-S-025 killed", 25)).isFalse();
    assertThat(Loose.within(stated.text(), "Lal Chowk")).isTrue();
    assertThat(Loose.within(silent.text(), "Lal Chowk")).isFalse();
    assertThat(Loose.same("Paktya", "Paktiya")).isTrue();
    assertThat(CodedScoring.withoutDesignator("Balochistan Province")).isEqualTo("Balochistan");
  }
}
