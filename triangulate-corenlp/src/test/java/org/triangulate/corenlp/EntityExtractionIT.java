package org.triangulate.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.triangulate.extract.RuleExtractor;
import org.triangulate.extract.kb.KnowledgeBase;
import org.triangulate.model.Alias;
import org.triangulate.model.Description;
import org.triangulate.model.Document;
import org.triangulate.model.EntityType;
import org.triangulate.model.Extraction;
import org.triangulate.model.LocalEntity;
import org.triangulate.model.Mention;

/** Entities, aliases and roles from an invented article, through the real CoreNLP models. */
class EntityExtractionIT {
  private static Document doc;
  private static Extraction extraction;

  @BeforeAll
  static void extract() {
    doc = Fixtures.document(Fixtures.text("cell-arrest.txt"), LocalDate.of(2021, 3, 10));
    RuleExtractor extractor = new RuleExtractor(new CoreNlpAnalyzer(), KnowledgeBase.bundled(), "bundled");
    extraction = extractor.extract(doc);
  }

  private static List<LocalEntity> named(String name) {
    return extraction.entities().stream()
        .filter(e -> e.name().equals(name) || e.aliases().stream().anyMatch(a -> a.name().equals(name)))
        .toList();
  }

  private static LocalEntity one(String name) {
    List<LocalEntity> found = named(name);
    assertThat(found).as("entities named %s", name).hasSize(1);
    return found.getFirst();
  }

  private static List<String> aliases(LocalEntity e) {
    return e.aliases().stream().map(Alias::name).toList();
  }

  @Test
  void acronymInParenthesesJoinsTheOrganisation() {
    LocalEntity nds = one("National Directorate of Security");
    assertThat(nds.type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(aliases(nds)).contains("NDS");
    long ndsInText = doc.text().split("\\bNDS\\b", -1).length - 1;
    assertThat(nds.mentions().stream().filter(m -> m.text().equals("NDS"))).hasSize((int) ndsInText);
  }

  @Test
  void premodifierAndAppositionDescribeThePerson() {
    assertThat(one("Farid Zamani").descriptions()).extracting(Description::text).contains("NDS spokesman");
    assertThat(one("Karim Nuristani").descriptions()).extracting(Description::text)
        .contains("political analyst in Kabul");
  }

  @Test
  void loneSurnameJoinsThePersonAlreadyNamed() {
    assertThat(one("Farid Zamani").mentions()).extracting(Mention::text).contains("Zamani");
    assertThat(extraction.entities()).filteredOn(e -> e.name().equals("Zamani")).isEmpty();
  }

  @Test
  void spellingOneEditAwayJoinsThePerson() {
    LocalEntity q = one("Abdul Qaderyar");
    // "Qaderar" is one edit from the surname "Qaderyar" and from the full name: one person
    assertThat(q.mentions()).extracting(Mention::text).contains("Qaderar", "Qaderyar");
    assertThat(extraction.entities()).extracting(LocalEntity::name).doesNotContain("Qaderar", "Qaderyar");
  }

  @Test
  void identifiedAsGivesThePersonAndTheAlias() {
    LocalEntity n = one("Nasrullah");
    assertThat(n.type()).isEqualTo(EntityType.PERSON);
    assertThat(aliases(n)).contains("Hamza");
    assertThat(n.aliases()).filteredOn(a -> a.name().equals("Hamza"))
        .allSatisfy(a -> assertThat(a.evidence().text()).contains("identified as Nasrullah"));
  }

  @Test
  void knowledgeBaseNamesWinOverTheTagger() {
    LocalEntity haqqani = one("Haqqani Network");
    assertThat(haqqani.type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(haqqani.kb()).isEqualTo("haqqani-network");
    assertThat(one("ISIS").kb()).isEqualTo("isis");
    assertThat(one("ISKP").kb()).isEqualTo("isis-k");
    assertThat(one("Taliban").kb()).isEqualTo("taliban");
  }

  @Test
  void facilitiesAreKnownByTheirHeadWord() {
    assertThat(one("Bagram Air Base").type()).isEqualTo(EntityType.FACILITY);
    assertThat(one("Shindand base").type()).isEqualTo(EntityType.FACILITY);
  }

  @Test
  void pronounsAreNeverEntities() {
    assertThat(extraction.entities()).extracting(LocalEntity::name)
        .noneMatch(n -> List.of("he", "He", "him", "they").contains(n));
  }

  @Test
  void everyMentionAndAliasQuotesTheTextAtItsSpan() {
    for (LocalEntity e : extraction.entities()) {
      for (Mention m : e.mentions()) {
        assertThat(m.span().of(doc.text())).isEqualTo(m.text());
      }
      e.aliases().forEach(a -> assertThat(a.evidence().span().of(doc.text())).isEqualTo(a.evidence().text()));
    }
  }

  @Test
  void theExtractionSaysWhatMadeIt() {
    Optional<String> corenlp = extraction.pipeline().components().stream()
        .filter(c -> c.name().equals("stanford-corenlp")).map(c -> c.version()).findFirst();
    assertThat(corenlp).contains(CoreNlpAnalyzer.VERSION);
    assertThat(extraction.pipeline().components()).anySatisfy(c -> assertThat(c.settings()).containsKey("annotators"));
  }

  /** The person entities of a document, each as its name and its mentions' texts. */
  private static List<String> people(Document d) {
    RuleExtractor extractor = new RuleExtractor(new CoreNlpAnalyzer(), KnowledgeBase.bundled(), "bundled");
    return extractor.extract(d).entities().stream().filter(e -> e.type() == EntityType.PERSON)
        .map(e -> e.name() + " " + e.mentions().stream().map(Mention::text).toList()).toList();
  }

  @Test
  void aLoneNameBeforeAFullNameIsAnotherPersonUnlessInTheTitle() {
    assertThat(people(Fixtures.document("A Taliban commander (Qari Hussain) claimed responsibility for the blast in"
        + " Bannu. Provincial information minister Mian Iftikhar Hussain said the attacks would not deter the"
        + " government.", LocalDate.of(2021, 3, 10)))).hasSize(2);
    assertThat(people(Fixtures.document("Provincial information minister Mian Iftikhar Hussain condemned the blast in"
        + " Bannu. Hussain said the attacks would not deter the government.", LocalDate.of(2021, 3, 10))))
        .hasSize(1);
    assertThat(people(Fixtures.titled("Ghani condemns attack in Kabul", "Afghan President Ashraf Ghani condemned the"
        + " attack on Monday.", LocalDate.of(2021, 3, 10)))).hasSize(1);
  }
}
