package org.triangulate.extract.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.triangulate.gazetteer.Gazetteer;
import org.triangulate.model.Alias;
import org.triangulate.model.DocumentId;
import org.triangulate.model.EntityType;
import org.triangulate.model.Evidence;
import org.triangulate.model.Geo;
import org.triangulate.model.LocalEntity;
import org.triangulate.model.Mention;
import org.triangulate.model.MentionKind;
import org.triangulate.model.Section;
import org.triangulate.model.Span;

class PlaceResolverTest {
  private static final DocumentId DOC = new DocumentId("doc-0123456789abcdef");

  private final PlaceResolver resolver = new PlaceResolver(Gazetteer.bundled());

  private static Evidence evidence(String text) {
    return new Evidence(DOC, Section.BODY, new Span(0, text.length()), text);
  }

  private static LocalEntity entity(String key, EntityType type, String name, String... aliases) {
    List<Alias> aliasRecords = Arrays.stream(aliases)
        .map(a -> new Alias(a, "apposition", evidence(a)))
        .toList();
    return new LocalEntity(key, type, name, aliasRecords, List.of(),
        List.of(new Mention(evidence(name), MentionKind.NAME)), null);
  }

  private List<LocalEntity> resolve(LocalEntity... entities) {
    return resolver.resolve(List.of(entities));
  }

  @Test
  void aProvinceOrCountryNamedWithAndIsADivisionButACityIsNot() {
    PlaceResolver resolver = new PlaceResolver();
    assertThat(resolver.isDivision("Jammu and Kashmir")).isTrue();
    assertThat(resolver.isDivision("Bosnia and Herzegovina")).isTrue();
    assertThat(resolver.isDivision("Jammu")).isFalse();
    assertThat(resolver.isDivision("Baghdad and Basra")).isFalse();
  }

  @Test
  void locationsGetCoordinatesCountryAndProvince() {
    List<LocalEntity> out = resolve(
        entity("e1", EntityType.LOCATION, "Jalalabad"),
        entity("e2", EntityType.LOCATION, "Nangarhar province"));

    Geo jalalabad = out.get(0).geo();
    assertThat(jalalabad).isNotNull();
    assertThat(jalalabad.country()).isEqualTo("AF");
    assertThat(jalalabad.province()).isEqualTo("Nangarhar");
    assertThat(out.get(1).geo()).extracting(Geo::gazetteerId).isEqualTo("AF-NAN");
  }

  @Test
  void theOtherPlacesOfTheDocumentDecideAnAmbiguousName() {
    List<LocalEntity> alone = resolve(entity("e1", EntityType.LOCATION, "Hyderabad"));
    List<LocalEntity> inPakistan = resolve(
        entity("e1", EntityType.LOCATION, "Hyderabad"),
        entity("e2", EntityType.LOCATION, "Karachi"),
        entity("e3", EntityType.LOCATION, "Pakistan"));

    assertThat(alone.get(0).geo()).extracting(Geo::country).isEqualTo("IN");
    assertThat(inPakistan.get(0).geo()).extracting(Geo::country).isEqualTo("PK");
  }

  @Test
  void aDivisionSpeltLikeANameIsNotTakenAbroadOfTheDocumentsPlaces() {
    // "Bayanar" (a police station's name in Chhattisgarh) is spelt like Bonaire; Kondagaon is in India
    List<LocalEntity> india = resolve(
        entity("e1", EntityType.LOCATION, "Kondagaon"),
        entity("e2", EntityType.LOCATION, "Bayanar"));
    List<LocalEntity> alone = resolve(entity("e1", EntityType.LOCATION, "Paktiya"));

    assertThat(india.get(1).geo()).isNull();
    assertThat(alone.get(0).geo()).extracting(Geo::province).isEqualTo("Paktia");
  }

  @Test
  void anAliasResolvesWhenTheNameDoesNot() {
    LocalEntity capital = entity("e1", EntityType.LOCATION, "the Somali capital", "Mogadishu");

    assertThat(resolve(capital).get(0).geo()).extracting(Geo::country).isEqualTo("SO");
  }

  @Test
  void aFacilityTakesTheUnambiguousPlaceItIsNamedAfter() {
    List<LocalEntity> out = resolve(
        entity("e1", EntityType.FACILITY, "Kandahar Airfield"),
        entity("e2", EntityType.FACILITY, "Kabul International Airport"),
        entity("e3", EntityType.LOCATION, "Afghanistan"));

    assertThat(out.get(0).geo()).extracting(Geo::province).isEqualTo("Kandahar");
    assertThat(out.get(1).geo()).extracting(Geo::gazetteerId).isEqualTo("1138958");
  }

  @Test
  void aFacilityNamedAfterAnAmbiguousPlaceGetsNoGeo() {
    List<LocalEntity> out = resolve(
        entity("e1", EntityType.FACILITY, "Hyderabad Central Jail"),
        entity("e2", EntityType.FACILITY, "Camp Bastion"));

    assertThat(out).extracting(LocalEntity::geo).containsOnlyNulls();
  }

  @Test
  void otherEntitiesAndUnknownPlacesAreUnchanged() {
    LocalEntity person = entity("e1", EntityType.PERSON, "Kabul");
    LocalEntity nowhere = entity("e2", EntityType.LOCATION, "Qxzlwtown");

    assertThat(resolve(person, nowhere)).containsExactly(person, nowhere);
  }

  @Test
  void leadingWordsLeaveOutTheHeadAndGenericBeginnings() {
    assertThat(PlaceResolver.leadingWords("Bagram Air Base")).containsExactly("Bagram Air", "Bagram");
    assertThat(PlaceResolver.leadingWords("the Kandahar Airfield")).containsExactly("Kandahar");
    assertThat(PlaceResolver.leadingWords("Camp Bastion")).isEmpty();
    assertThat(PlaceResolver.leadingWords("Airport")).isEmpty();
  }

  @Test
  void aNameLiesInACountryOnlyWhereTheGazetteerPlacesIt() {
    assertThat(resolver.liesIn("Afrin", "Syria")).isTrue();
    assertThat(resolver.liesIn("Anbar", "Iraq")).isTrue(); // Al Anbar, without its article
    assertThat(resolver.liesIn("Afrin", "Iraq")).isFalse();
    assertThat(resolver.liesIn("Parliament", "Iraq")).isFalse();
    assertThat(resolver.liesIn("Afrin", "Aleppo")).isFalse(); // a province is not a country
  }
}
