package org.triangulate.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.triangulate.extract.RuleExtractor;
import org.triangulate.extract.kb.KnowledgeBase;
import org.triangulate.model.Claim;
import org.triangulate.model.Document;
import org.triangulate.model.Event;
import org.triangulate.model.EventType;
import org.triangulate.model.Evidence;
import org.triangulate.model.Extraction;
import org.triangulate.model.LocalEntity;
import org.triangulate.model.Modality;
import org.triangulate.model.Participant;

import org.triangulate.model.Role;
import org.triangulate.model.TimeSpec.Basis;
import org.triangulate.model.TimeSpec.Precision;

/** Events and claims from an invented report, through the real CoreNLP models and parser. */
class EventClaimExtractionIT {
  private static Document doc;
  private static Extraction x;

  @BeforeAll
  static void extract() {
    doc = Fixtures.document(Fixtures.text("events-claims.txt"), LocalDate.of(2021, 3, 10));
    x = new RuleExtractor(new CoreNlpAnalyzer(), KnowledgeBase.bundled(), "bundled").extract(doc);
  }

  private static String key(String name) {
    return x.entities().stream().filter(e -> e.name().equals(name) || e.aliases().stream().anyMatch(a -> a.name().equals(name)))
        .map(LocalEntity::key).findFirst().orElseThrow(() -> new AssertionError("no entity " + name));
  }

  private static List<Event> events(EventType type) {
    return x.events().stream().filter(e -> e.type() == type).toList();
  }

  private static List<Claim> claims(Predicate<Claim> p) {
    return x.claims().stream().filter(p).toList();
  }

  private static boolean has(Event e, Role role, String entityKey) {
    return e.participants().stream().anyMatch(p -> p.role() == role && Objects.equals(p.entity(), entityKey));
  }

  @Test
  void anAnnouncedArrestIsDatedByItsAnnouncementWithTheAgencyAsAgent() {
    assertThat(events(EventType.ARREST)).anySatisfy(e -> {
      assertThat(e.time().value()).isEqualTo("../2021-03-09");
      assertThat(e.time().basis()).isEqualTo(Basis.REPORTED);
      assertThat(e.time().precision()).isEqualTo(Precision.RANGE);
      assertThat(has(e, Role.AGENT, key("National Directorate of Security"))).isTrue();
    });
  }

  @Test
  void aRocketAttackHasItsDateTargetAndCasualties() {
    assertThat(events(EventType.MISSILE_ATTACK)).anySatisfy(e -> {
      assertThat(e.time().value()).isEqualTo("2021-03-02");
      assertThat(e.time().basis()).isEqualTo(Basis.EVENT);
      assertThat(has(e, Role.TARGET, key("Bagram Air Base"))).isTrue();
      assertThat(e.killed()).isEqualTo(2);
      assertThat(e.injured()).isEqualTo(12);
      assertThat(e.participants()).extracting(Participant::text).contains("Militants");
    });
  }

  @Test
  void aPlannedAttackIsAPlotNotAnAttack() {
    assertThat(events(EventType.PLOT)).anySatisfy(e -> assertThat(e.location()).isEqualTo(key("Shindand base")));
    assertThat(events(EventType.ATTACK)).noneSatisfy(e ->
        assertThat(e.evidence()).extracting(Evidence::text).anyMatch(t -> t.contains("Shindand")));
  }

  @Test
  void aNegatedAttackIsNoEvent() {
    assertThat(x.events()).noneSatisfy(e ->
        assertThat(e.evidence()).extracting(Evidence::text).anyMatch(t -> t.contains("did not attack")));
  }

  @Test
  void aConfessionHasTheDetaineeAsSpeakerAndPerpetrator() {
    String nasrullah = key("Nasrullah");
    assertThat(claims(c -> nasrullah.equals(c.speaker()) && c.modality() == Modality.CONFESSED)).isNotEmpty();
    assertThat(events(EventType.KILLING)).anySatisfy(e -> {
      assertThat(has(e, Role.PERPETRATOR, nasrullah)).isTrue();
      assertThat(e.killed()).isEqualTo(1);
      assertThat(e.time().value()).isEqualTo("2020-05");
    });
  }

  @Test
  void reportedSpeechIsTiedToItsSpeakerAndHeAddedContinuesIt() {
    String zamani = key("Farid Zamani");
    List<Claim> his = claims(c -> zamani.equals(c.speaker()));
    assertThat(his).anySatisfy(c -> assertThat(c.evidence().getFirst().text()).startsWith("Militants fired rockets"));
    assertThat(his).anySatisfy(c -> assertThat(c.evidence().getFirst().text()).startsWith("He added"));
  }

  @Test
  void aReportingChainKeepsTheChannelApartFromTheSpeaker() {
    String nds = key("National Directorate of Security");
    assertThat(claims(c -> nds.equals(c.speaker()) && c.predicate() == org.triangulate.model.Predicate.COOPERATES_WITH))
        .anySatisfy(c -> {
          assertThat(c.via()).hasSize(1);
          assertThat(x.entities()).filteredOn(e -> e.key().equals(c.via().getFirst()))
              .extracting(LocalEntity::name).containsExactly("Tolo News");
        });
  }

  @Test
  void aDenialIsADeniedClaimAndNoClaimOfResponsibilityIsNone() {
    String taliban = key("Taliban");
    assertThat(claims(c -> taliban.equals(c.speaker()) && c.modality() == Modality.DENIED)).isNotEmpty();
    assertThat(claims(c -> c.modality() == Modality.CLAIMED)).isEmpty();
    assertThat(claims(c -> c.predicate() == org.triangulate.model.Predicate.CLAIMED)).isEmpty();
  }

  @Test
  void everyEventAndClaimQuotesTheTextAtItsSpans() {
    x.events().forEach(e -> e.evidence().forEach(v -> assertThat(v.span().of(doc.text())).isEqualTo(v.text())));
    x.claims().forEach(c -> c.evidence().forEach(v -> assertThat(v.span().of(doc.text())).isEqualTo(v.text())));
  }
}
