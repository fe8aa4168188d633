package org.triangulate.extract.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.triangulate.gazetteer.Gazetteer;
import org.triangulate.model.DocumentId;
import org.triangulate.model.EntityType;
import org.triangulate.model.Evidence;
import org.triangulate.model.LocalEntity;
import org.triangulate.model.Mention;
import org.triangulate.model.MentionKind;
import org.triangulate.model.Section;
import org.triangulate.model.Span;

class PlaceChainsTest {
  private static final DocumentId DOC = new DocumentId("doc-0123456789abcdef");
  private final PlaceResolver resolver = new PlaceResolver(Gazetteer.bundled());
  private final PlaceChains chains = new PlaceChains(Gazetteer.bundled());

  /**
   * The places named in {@code text}, in order, resolved and chained: each a LOCATION, a name
   * named again a further mention of the same entity.
   */
  private List<LocalEntity> read(String text, String... names) {
    Map<String, List<Mention>> mentions = new LinkedHashMap<>();
    int from = 0;
    for (String name : names) {
      int at = text.indexOf(name, from);
      from = at + name.length();
      Evidence ev = new Evidence(DOC, Section.BODY, new Span(at, at + name.length()), name);
      mentions.computeIfAbsent(name, n -> new ArrayList<>()).add(new Mention(ev, MentionKind.NAME));
    }
    List<LocalEntity> entities = new ArrayList<>();
    mentions.forEach((name, ms) -> entities.add(
        new LocalEntity("e" + (entities.size() + 1), EntityType.LOCATION, name, List.of(), List.of(), ms, null)));
    return chains.apply(text, resolver.resolve(entities));
  }

  @Test
  void aDistrictTheGazetteerPlacesAbroadIsPutUnderItsProvince() {
    List<LocalEntity> out = read("During an operation in Andar district, Ghazni province, yesterday", "Andar", "Ghazni");
    assertThat(out.get(0).geo().country()).isEqualTo("AF");
    assertThat(out.get(0).geo().province()).isEqualTo("Ghazni");
  }

  @Test
  void aChainThroughTheStateOfReachesTheState() {
    List<LocalEntity> out = read("in the Lohardaga district, of the country's eastern state of Jharkhand", "Lohardaga", "Jharkhand");
    assertThat(out.get(0).geo().country()).isEqualTo("IN");
    assertThat(out.get(0).geo().province()).isEqualTo("Jharkhand");
  }

  @Test
  void aTownInParenthesesTakesItsDistrictsCountry() {
    List<LocalEntity> out = read("near Tootkas (Hangu district, Pakistan)", "Tootkas", "Hangu", "Pakistan");
    assertThat(out.get(0).geo()).isNotNull();
    assertThat(out.get(0).geo().country()).isEqualTo("PK");
  }

  @Test
  void placesListedSideBySideAreNoChain() {
    List<LocalEntity> out = read("attacks in Kabul and Kandahar", "Kabul", "Kandahar");
    assertThat(out.get(0).geo().province()).isEqualTo("Kabul");
    assertThat(out.get(1).geo().province()).isEqualTo("Kandahar");
  }

  @Test
  void placesInASentenceFarApartAreNoChain() {
    List<LocalEntity> out = read("Officials in Paris said that the attack, which was the third this month, happened in Ghazni.",
        "Paris", "Ghazni");
    assertThat(out.get(0).geo().country()).isEqualTo("FR");
  }

  @Test
  void aProvinceSpeltOtherwiseResolvesByItsConsonants() {
    List<LocalEntity> out = read("in Zurmat district, Paktiya province", "Zurmat", "Paktiya");
    assertThat(out.get(1).geo()).isNotNull();
    assertThat(out.get(1).geo().province()).isEqualTo("Paktia");
  }

  @Test
  void anUnknownVillageInADistrictOrAreaOfACityTakesItsParent() {
    List<LocalEntity> village = read("in the village of Qasimpura in Kulgam district", "Qasimpura", "Kulgam");
    assertThat(village.get(0).geo()).isNotNull();
    assertThat(village.get(0).geo().country()).isEqualTo("IN");
    List<LocalEntity> area = read("in the Shahpur area of the city of Peshawar", "Shahpur", "Peshawar");
    assertThat(area.get(0).geo()).isNotNull();
    assertThat(area.get(0).geo().country()).isEqualTo("PK");
  }

  @Test
  void aPossessivePlaceIsTheParentOfThePlaceAfterIt() {
    List<LocalEntity> out = read("in Balochistan's Gharbo Kalay town", "Balochistan", "Gharbo Kalay");
    assertThat(out.get(1).geo()).isNotNull();
    assertThat(out.get(1).geo().country()).isEqualTo("PK");
  }

  @Test
  void aPlaceNamedAfterAnotherWithoutInOrOfIsNoChild() {
    List<LocalEntity> out = read("flights from Kabul to Kandahar", "Kabul", "Kandahar");
    assertThat(out.get(0).geo().province()).isEqualTo("Kabul");
    List<LocalEntity> poss = read("Kabul's envoy to Tehran", "Kabul", "Tehran");
    assertThat(poss.get(1).geo().country()).isEqualTo("IR");
  }

  @Test
  void aNeighbourhoodOfACityTakesTheCity() {
    List<LocalEntity> out = read("in a commercial market in the Karrada neighborhood of Baghdad killing 15 people",
        "Karrada", "Baghdad");
    assertThat(out.get(0).geo()).isNotNull();
    assertThat(out.get(0).geo().province()).isEqualTo("Baghdad");
    List<LocalEntity> sector = read("in the Zadran sector of Kupwara district", "Zadran", "Kupwara");
    assertThat(sector.get(0).geo()).isNotNull();
    assertThat(sector.get(0).geo().country()).isEqualTo("IN");
  }

  @Test
  void aChainOfThreeReachesTheLastKnownPlace() {
    List<LocalEntity> out = read("in Arab Jabour village in al-Dawra area in southern Baghdad", "Arab Jabour", "al-Dawra", "Baghdad");
    assertThat(out.get(0).geo()).isNotNull();
    assertThat(out.get(0).geo().province()).isEqualTo("Baghdad");
    assertThat(out.get(1).geo().province()).isEqualTo("Baghdad");
  }

  @Test
  void aPossessiveParentReachesPastModifiersAndADesignator() {
    List<LocalEntity> fortified = read("near the entrance to Baghdad's heavily fortified Green Zone", "Baghdad", "Green Zone");
    assertThat(fortified.get(1).geo()).isNotNull();
    assertThat(fortified.get(1).geo().province()).isEqualTo("Baghdad");
    List<LocalEntity> town = read("opened fire on an army patrol in Pulwama's town of Tral", "Pulwama", "Tral");
    assertThat(town.get(1).geo().province()).isEqualTo("Jammu and Kashmir");
    List<LocalEntity> district = read("in Baghdad's Shiite district of Adhamiyah", "Baghdad", "Adhamiyah");
    assertThat(district.get(1).geo()).isNotNull();
    assertThat(district.get(1).geo().country()).isEqualTo("IQ");
  }

  @Test
  void aPossessiveWithAVerbOrSentenceBetweenIsNoChain() {
    List<LocalEntity> out = read("Kabul's police said the attackers came from Peshawar", "Kabul", "Peshawar");
    assertThat(out.get(1).geo().country()).isEqualTo("PK");
    List<LocalEntity> list = read("Baghdad's mayor visited Basra", "Baghdad", "Basra");
    assertThat(list.get(1).geo().province()).isEqualTo("Basra");
  }

  @Test
  void aKnownPlaceIsNotMovedAbroadByAParentKnownOnlyAsASmallNamesake() {
    // "Kashmir" alone is, to the gazetteer, Cashmere in Washington state: Pulwama stays in India
    List<LocalEntity> out = read("in south Kashmir's Pulwama district", "Kashmir", "Pulwama");
    assertThat(out.get(1).geo().country()).isEqualTo("IN");
  }

  @Test
  void aCountryListedBeforeAnotherIsNoChild() {
    List<LocalEntity> out = read("twin bombings in Pakistan's Peshawar city, and the distrust among Pakistan, Afghanistan and the U.S.",
        "Pakistan", "Peshawar", "Pakistan", "Afghanistan");
    assertThat(out.get(0).geo().country()).isEqualTo("PK");
    assertThat(out.get(1).geo().country()).isEqualTo("PK");
    assertThat(out.get(2).geo().country()).isEqualTo("AF");
  }

  /** As {@link #read}, then each unknown place put in its sentence's province; sentences end at ". ". */
  private List<LocalEntity> readSentences(String text, String... names) {
    List<Span> sentences = new ArrayList<>();
    int start = 0;
    for (int end = text.indexOf(". "); end >= 0; end = text.indexOf(". ", start)) {
      sentences.add(new Span(start, end + 1));
      start = end + 2;
    }
    sentences.add(new Span(start, text.length()));
    return new SentenceProvinces().apply(sentences, read(text, names));
  }

  @Test
  void anUnknownDistrictLiesInTheProvinceItsSentenceNames() {
    List<LocalEntity> out = readSentences("In Nangarhar province yesterday, forces detained a leader during an operation "
        + "in Surkh Rod district.", "Nangarhar", "Surkh Rod");
    assertThat(out.get(1).name()).isEqualTo("Surkh Rod");
    assertThat(out.get(1).geo().province()).isEqualTo("Nangarhar");
    assertThat(out.get(1).geo().gazetteerId()).isNull();
  }

  @Test
  void anUnknownPlaceBesidePlacesOfTwoProvincesOrNoneStaysUnplaced() {
    List<LocalEntity> two = readSentences("Forces from Kandahar and Helmand searched Surkh Rod district.",
        "Kandahar", "Helmand", "Surkh Rod");
    assertThat(two.get(2).geo()).isNull();
    // the province is named in another sentence only
    List<LocalEntity> apart = readSentences("Forces operated in Nangarhar province. A leader was detained in Surkh Rod district.",
        "Nangarhar", "Surkh Rod");
    assertThat(apart.get(1).geo()).isNull();
    // a country says nothing of the province
    List<LocalEntity> country = readSentences("A leader was detained in Surkh Rod district, Afghanistan.",
        "Surkh Rod", "Afghanistan");
    assertThat(country.get(0).geo() == null || country.get(0).geo().province() == null).isTrue();
  }

  @Test
  void anUnknownPlaceNamedInSentencesOfTwoProvincesStaysUnplaced() {
    List<LocalEntity> out = readSentences("Forces in Nangarhar province searched Surkh Rod district. "
        + "Forces in Helmand province searched Surkh Rod district again.", "Nangarhar", "Surkh Rod", "Helmand", "Surkh Rod");
    assertThat(out.get(1).geo()).isNull();
  }
}
