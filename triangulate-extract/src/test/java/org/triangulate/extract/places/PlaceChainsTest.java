package org.triangulate.extract.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
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

  /** The places named in {@code text}, each a LOCATION with one mention, resolved and chained. */
  private List<LocalEntity> read(String text, String... names) {
    List<LocalEntity> entities = new ArrayList<>();
    int from = 0;
    for (String name : names) {
      int at = text.indexOf(name, from);
      from = at + name.length();
      Evidence ev = new Evidence(DOC, Section.BODY, new Span(at, at + name.length()), name);
      entities.add(new LocalEntity("e" + (entities.size() + 1), EntityType.LOCATION, name, List.of(), List.of(),
          List.of(new Mention(ev, MentionKind.NAME)), null));
    }
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
}
