package org.triangulate.eval.coded;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.triangulate.eval.coded.CodedRecord.Coding;
import org.triangulate.eval.coded.CodedRecord.Corpus;
import org.triangulate.model.DocumentId;
import org.triangulate.model.EntityType;
import org.triangulate.model.Event;
import org.triangulate.model.EventType;
import org.triangulate.model.Evidence;
import org.triangulate.model.Extraction;
import org.triangulate.model.LocalEntity;
import org.triangulate.model.Mention;
import org.triangulate.model.MentionKind;
import org.triangulate.model.Participant;
import org.triangulate.model.Pipeline;
import org.triangulate.model.Role;
import org.triangulate.model.Section;
import org.triangulate.model.Span;
import org.triangulate.model.TimeSpec;

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

  @Test
  void anActorAgreesByTheWordsTheTextCallsItNotOnlyByItsName() {
    String text = "Bombs killed six in Baghdad. ISIL is suspected.";
    Coding c = new Coding(null, java.util.Set.of(EventType.BOMBING), List.of("Baghdad"), List.of("ISIL"), 6, null);
    CodedRecord record = new CodedRecord("wp-3", Corpus.WIKIPEDIA, text, Split.DEV, c);
    assertThat(CodedScoring.score(record, perpetratorMentioned(text, "Islamic State", "ISIL")).outcomes().get(Field.ACTOR))
        .isEqualTo(CodedScoring.Outcome.RIGHT);
    assertThat(CodedScoring.score(record, perpetratorMentioned(text, "Taliban", "Baghdad")).outcomes().get(Field.ACTOR))
        .isEqualTo(CodedScoring.Outcome.WRONG);
  }

  /** One bombing whose perpetrator is an entity named {@code name}, mentioned in the text by {@code words}. */
  private static Extraction perpetratorMentioned(String text, String name, String words) {
    DocumentId doc = new DocumentId("doc-0123456789abcdef");
    int at = text.indexOf(words);
    Evidence mention = new Evidence(doc, Section.BODY, new Span(at, at + words.length()), words);
    LocalEntity group = new LocalEntity("e1", EntityType.ORGANIZATION, name, List.of(), List.of(),
        List.of(new Mention(mention, MentionKind.NAME)), null, null);
    Evidence sentence = new Evidence(doc, Section.BODY, new Span(0, 27), text.substring(0, 27));
    Event bombing = new Event("v1", EventType.BOMBING, TimeSpec.unknown(), 6, null, null,
        List.of(new Participant("e1", Role.PERPETRATOR, "militants")), List.of(sentence));
    return new Extraction(doc, new Pipeline("test", List.of()), List.of(group), List.of(bombing), List.of(), List.of());
  }
}
