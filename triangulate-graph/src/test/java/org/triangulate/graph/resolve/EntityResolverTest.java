package org.triangulate.graph.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.triangulate.graph.resolve.Records.alias;
import static org.triangulate.graph.resolve.Records.org;
import static org.triangulate.graph.resolve.Records.person;
import static org.triangulate.graph.resolve.Records.place;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EntityResolverTest {
  final Records corpus = new Records();

  @Test
  void transliterationVariantsOfARareNameMerge() {
    long a = corpus.document(person("Mullah Abdul Baseer Haqqani"), place("Kabul")).get(0);
    long b = corpus.document(person("Abdul Basir Haqani"), place("Khost")).get(0);

    Resolution r = corpus.resolve();

    assertThat(r.ids().get(a)).isEqualTo(r.ids().get(b));
    assertThat(r.reasons()).anySatisfy(m -> assertThat(m.rule()).isEqualTo("NAME"));
  }

  @Test
  void aBareCommonNameInUnrelatedReportsStaysApart() {
    long a = corpus.document(person("Mohammad Khan"), place("Kunduz"), org("Kunduz police"))
        .get(0);
    long b = corpus.document(person("Muhammad Khan"), place("Herat"), person("Ismail Rashidi"))
        .get(0);

    Resolution r = corpus.resolve();

    assertThat(r.ids().get(a)).isNotEqualTo(r.ids().get(b));
  }

  @Test
  void aCommonNameWithASharedAffiliationMerges() {
    long a = corpus.document(person("Mohammad Khan", "Taliban commander"), place("Kunduz")).get(0);
    long b = corpus.document(person("Haji Muhammad Khan"), org("Taliban"), place("Herat")).get(0);

    Resolution r = corpus.resolve();

    assertThat(r.ids().get(a)).isEqualTo(r.ids().get(b));
    assertThat(r.reasons()).singleElement().satisfies(m -> {
      assertThat(m.rule()).isEqualTo("CONTEXT");
      assertThat(m.reason()).contains("org:taliban");
    });
  }

  @Test
  void aSharedAliasMerges() {
    long a = corpus.document(alias("Mohammad Khan", "Khalifa Zadran")).get(0);
    long b = corpus.document(person("Khalifa Zadran")).get(0);

    Resolution r = corpus.resolve();

    assertThat(r.ids().get(a)).isEqualTo(r.ids().get(b));
  }

  @Test
  void anInitialJoinsTheOneFullNameWithSharedContext() {
    long full = corpus.document(person("Mohammad Khan"), org("NDS")).get(0);
    long initial = corpus.document(person("M. Khan"), org("NDS")).get(0);
    long other = corpus.document(person("Mohammad Khan"), org("Kunduz police")).get(0);

    Resolution r = corpus.resolve();

    assertThat(r.ids().get(initial)).isEqualTo(r.ids().get(full)).isNotEqualTo(r.ids().get(other));
  }

  @Test
  void namesakesSharingOnlyACommonAffiliationStayApartInOtherPlacesAndPeriods() {
    corpus.others(200, "Taliban");
    long a = corpus.document(LocalDate.of(2009, 3, 1), person("Mohammad Khan"), org("Taliban"),
        place("Kunduz")).get(0);
    long b = corpus.document(LocalDate.of(2021, 9, 1), person("Muhammad Khan"), org("Taliban"),
        place("Herat")).get(0);

    Resolution r = corpus.resolve();

    assertThat(r.ids().get(a)).isNotEqualTo(r.ids().get(b));
  }

  @Test
  void aVariantSpellingInTheSamePlaceAndPeriodMerges() {
    corpus.others(200, "Taliban");
    long a = corpus.document(LocalDate.of(2015, 3, 1), person("Mohammad Khan"), org("Taliban"),
        place("Kunduz")).get(0);
    long b = corpus.document(LocalDate.of(2015, 5, 1), person("Haji Muhammad Khan"),
        org("Taliban"), place("Kunduz")).get(0);

    Resolution r = corpus.resolve();

    assertThat(r.ids().get(a)).isEqualTo(r.ids().get(b));
    assertThat(r.reasons()).anySatisfy(m -> {
      assertThat(m.rule()).isEqualTo("CONTEXT");
      assertThat(m.reason()).contains("loc:kunduz");
    });
  }

  @Test
  void aCommonNameWithAPlaceAndACoMentionedPersonMergesInAnotherPeriod() {
    corpus.others(200, "Taliban");
    long a = corpus.document(LocalDate.of(2008, 3, 1), person("Mohammad Khan"),
        person("Zabihullah Mujahid"), place("Kunduz")).get(0);
    long b = corpus.document(LocalDate.of(2016, 5, 1), person("Muhammad Khan"),
        person("Zabihullah Mujahid"), place("Kunduz")).get(0);

    Resolution r = corpus.resolve();

    assertThat(r.ids().get(a)).isEqualTo(r.ids().get(b));
  }

  @Test
  void aRareNameMergesAcrossPeriods() {
    corpus.others(200, "Taliban");
    long a = corpus.document(LocalDate.of(2005, 1, 1), person("Abdul Baseer Haqqani"),
        place("Kabul")).get(0);
    long b = corpus.document(LocalDate.of(2022, 1, 1), person("Abdul Basir Haqani"),
        place("Khost")).get(0);

    Resolution r = corpus.resolve();

    assertThat(r.ids().get(a)).isEqualTo(r.ids().get(b));
  }

  @Test
  void aMentionWithOnlyAFrequentPlaceJoinsTheNamesakeWhoseGroupHasIt() {
    corpus.others(200, "Taliban");
    long first = 0;
    for (int i = 0; i < 6; i++) {
      long id = corpus.document(LocalDate.of(2015, 1 + i, 1), person("Mohammad Khan"),
          org("Kunduz police"), place("Kunduz")).get(0);
      first = i == 0 ? id : first;
    }
    long other = corpus.document(LocalDate.of(2015, 8, 1), person("Mohammad Khan"),
        org("Herat police"), place("Herat")).get(0);
    long later = corpus.document(LocalDate.of(2015, 9, 1), person("Mohammad Khan"),
        place("Kunduz")).get(0);

    Resolution r = corpus.resolve();

    assertThat(r.ids().get(later)).isEqualTo(r.ids().get(first))
        .isNotEqualTo(r.ids().get(other));
  }

  @Test
  void anInitialDoesNotBridgeTwoFullNames() {
    long mohammad = corpus.document(person("Mohammad Khan"), org("NDS"), place("Kunduz")).get(0);
    long initial = corpus.document(person("M. Khan"), org("NDS"), place("Kunduz")).get(0);
    long musa = corpus.document(person("Musa Khan"), org("NDS"), place("Kunduz")).get(0);

    Resolution r = corpus.resolve();

    assertThat(r.ids().get(initial)).isEqualTo(r.ids().get(mohammad));
    assertThat(r.ids().get(musa)).isNotEqualTo(r.ids().get(mohammad));
  }

  @Test
  void placesMergeByGazetteerIdOrName() {
    long a = corpus.document(place("Jalalabad", "1138957")).get(0);
    long b = corpus.document(place("Jalal Abad")).get(0);
    long c = corpus.document(place("Jelalabad city", "1138957")).get(0);
    long d = corpus.document(place("Kabul")).get(0);

    Resolution r = corpus.resolve();

    assertThat(r.ids().get(a)).isEqualTo(r.ids().get(b)).isEqualTo(r.ids().get(c))
        .isNotEqualTo(r.ids().get(d));
  }

  @Test
  void analystMergeAndSplitOverrideTheRules() {
    long a = corpus.document(person("Mohammad Khan")).get(0);
    long b = corpus.document(person("Mohammad Khan")).get(0);
    long c = corpus.document(person("Sirajuddin Haqqani")).get(0);
    long d = corpus.document(person("Sirajuddin Haqani")).get(0);

    Resolution r = corpus.resolve(new Correction.Merge(1, a, b, "same man (analyst)"),
        new Correction.Split(2, Set.of(d), Set.of(c), "a namesake (analyst)"));

    assertThat(r.ids().get(a)).isEqualTo(r.ids().get(b));
    assertThat(r.ids().get(c)).isNotEqualTo(r.ids().get(d));
    assertThat(r.reasons()).anySatisfy(m -> assertThat(m.reason()).contains("same man"));
  }

  @Test
  void idsAreKeptWhenAGroupOnlyGrows() {
    long a = corpus.document(org("Haqqani Network")).get(0);
    long b = corpus.document(org("Haqani network")).get(0);
    Resolution first = corpus.resolve();
    Records again = new Records();
    again.document(org("Haqqani Network"));
    again.document(org("Haqani network"));
    again.document(org("Haqqani Network"));
    List<EntityRecord> previous = again.records().stream()
        .map(r -> withPrevious(r, first.ids().getOrDefault(r.id(), "ent-000000000000")))
        .toList();

    Resolution second = new EntityResolver().resolve(previous, List.of(),
        NameStatistics.of(previous));

    assertThat(second.ids().values()).containsOnly(first.ids().get(a));
    assertThat(first.ids().get(b)).isEqualTo(first.ids().get(a));
  }

  @Test
  void aSplitOffPartGetsANewIdAndTheRestKeepsTheOld() {
    List<EntityRecord> rs = List.of(
        new EntityRecord(1, "doc-1", 1, null, "e1", org("x").type(), "Taliban", List.of(), List.of(),
            null, null, List.of(), "ent-aaaaaaaaaaaa"),
        new EntityRecord(2, "doc-2", 2, null, "e1", org("x").type(), "Taliban", List.of(), List.of(),
            null, null, List.of(), "ent-aaaaaaaaaaaa"));

    Resolution r = new EntityResolver().resolve(rs,
        List.of(new Correction.Split(1, Set.of(2L), Set.of(1L), "not them")),
        NameStatistics.of(0, Map.of()));

    assertThat(r.ids().get(1L)).isEqualTo("ent-aaaaaaaaaaaa");
    assertThat(r.ids().get(2L)).startsWith("ent-").isNotEqualTo("ent-aaaaaaaaaaaa");
  }

  private static EntityRecord withPrevious(EntityRecord r, String previous) {
    return new EntityRecord(r.id(), r.document(), r.ordinal(), r.published(), r.key(), r.type(), r.name(),
        r.aliases(), r.descriptions(), r.kb(), r.gazetteerId(), r.context(), previous);
  }
}
