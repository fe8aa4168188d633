package org.triangulate.extract.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.triangulate.model.Span;

class KnowledgeBaseScanTest {
  private final KnowledgeBase kb = KnowledgeBase.bundled();

  private List<String> ids(String text) {
    return kb.scan(text).stream().map(m -> m.group().id()).toList();
  }

  @Test
  void longestNameWinsOverTheNameInsideIt() {
    assertThat(kb.scan("Islamic State Khorasan Province said"))
        .extracting(KbMatch::text, m -> m.group().id())
        .containsExactly(tuple("Islamic State Khorasan Province", "isis-k"));
    assertThat(ids("the Khorasan branch of ISIS struck")).containsExactly("isis-k");
    assertThat(ids("Tehrik-e-Taliban Pakistan fighters")).containsExactly("ttp");
    assertThat(ids("al-Qaeda in the Arabian Peninsula")).containsExactly("aqap");
  }

  @Test
  void adjacentNamesAreTwoMatches() {
    assertThat(kb.scan("the Taliban-linked Haqqani Network"))
        .extracting(KbMatch::text, m -> m.group().id())
        .containsExactly(tuple("Taliban", "taliban"), tuple("Haqqani Network", "haqqani-network"));
  }

  @Test
  void acronymMatchesOnlyAsAWholeTokenInItsCase() {
    assertThat(ids("IS claimed the attack")).containsExactly("isis");
    assertThat(ids("this is what it is")).isEmpty();
    assertThat(kb.scan("ISIS fighters")).extracting(KbMatch::text).containsExactly("ISIS");
    assertThat(kb.scan("ISIS-K claimed it")).extracting(KbMatch::text, m -> m.group().id())
        .containsExactly(tuple("ISIS-K", "isis-k"));
  }

  @Test
  void theKurdishForcesOfSyriaAreKnownByNameAndAcronym() {
    assertThat(ids("The YPG is believed to be behind the attack")).containsExactly("ypg");
    assertThat(ids("fighters of the People's Protection Units and the Syrian Democratic Forces"))
        .containsExactly("ypg", "sdf");
    assertThat(ids("an sdf file")).isEmpty();
  }

  @Test
  void shortAcronymInAllCapsTextIsAWord() {
    assertThat(ids("THIS IS WAR")).isEmpty();
    assertThat(ids("BREAKING: IS claimed the attack")).containsExactly("isis");
  }

  @Test
  void spansPointIntoTheOriginalText() {
    String text = "Yesterday al‑Qa’ida and the ISKP (Islamic State – Khorasan Province) met.";

    List<KbMatch> matches = kb.scan(text);

    assertThat(matches).extracting(m -> m.group().id())
        .containsExactly("al-qaeda", "isis-k", "isis-k");
    for (KbMatch m : matches) {
      assertThat(m.span().of(text)).isEqualTo(m.text());
    }
    assertThat(matches.get(0).span()).isEqualTo(new Span(10, 19));
  }

  @Test
  void namesDoNotMatchAcrossPunctuation() {
    assertThat(ids("the Islamic. State")).isEmpty();
    assertThat(ids("Haqqani, Network")).isEmpty();
  }

  @Test
  void formerNameMatchIsFlagged() {
    KbMatch match = kb.scan("a claim by Ansar Beit al-Maqdis").get(0);

    assertThat(match.group().id()).isEqualTo("is-sinai");
    assertThat(match.former()).isTrue();
    assertThat(kb.scan("ISIS").get(0).former()).isFalse();
  }

  @Test
  void predecessorNameResolvesToThePredecessorNotIsis() {
    assertThat(ids("fighters of al-Qaida in Iraq in 2005")).containsExactly("al-qaeda-in-iraq");
  }

  @Test
  void caseAndAccentsAreIgnoredForNames() {
    assertThat(ids("CÁRTEL DE SINALOA and the cartel de sinaloa"))
        .containsExactly("sinaloa-cartel", "sinaloa-cartel");
  }

  @Test
  void commonWordsGivenAsAliasesAreNotMatched() {
    assertThat(ids("764 people fled to the base at dawn")).isEmpty();
    assertThat(ids("The Base recruited online")).containsExactly("the-base");
  }

  @Test
  void scanningALongTextTakesLittleTime() {
    String text = "Reports say the Taliban and ISKP clashed near the Haqqani Network's base. "
        .repeat(20_000);

    long start = System.nanoTime();
    List<KbMatch> matches = kb.scan(text);
    long millis = (System.nanoTime() - start) / 1_000_000;

    assertThat(matches).hasSize(60_000);
    assertThat(millis).isLessThan(5_000);
  }
}
