package org.triangulate.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.triangulate.model.Geo;

class GazetteerTest {
  private final Gazetteer gazetteer = Gazetteer.bundled();

  private Place resolved(String name) {
    return gazetteer.resolve(name, Context.none()).orElseThrow();
  }

  @Test
  void kabulIsTheAfghanCapitalInKabulProvince() {
    Geo geo = resolved("Kabul").geo();

    assertThat(geo.lat()).isCloseTo(34.53, within(0.05));
    assertThat(geo.lon()).isCloseTo(69.17, within(0.05));
    assertThat(geo.country()).isEqualTo("AF");
    assertThat(geo.province()).isEqualTo("Kabul");
    assertThat(geo.gazetteerId()).isEqualTo("1138958");
  }

  @Test
  void caseAndAccentsDoNotMatter() {
    assertThat(resolved("KABUL").id()).isEqualTo("1138958");
    assertThat(resolved("Kābul").id()).isEqualTo("1138958");
    assertThat(resolved("kabul").id()).isEqualTo("1138958");
  }

  @Test
  void aProvinceNameResolvesToTheProvince() {
    Place nangarhar = resolved("Nangarhar");

    assertThat(nangarhar.kind()).isEqualTo(Place.Kind.PROVINCE);
    assertThat(nangarhar.country()).isEqualTo("AF");
    assertThat(nangarhar.province()).isEqualTo("Nangarhar");
    assertThat(nangarhar.lat()).isCloseTo(34.2, within(0.5));
    assertThat(nangarhar.lon()).isCloseTo(70.6, within(0.5));
  }

  @Test
  void aCityNamedAfterItsProvinceComesFirstUnlessTheProvinceIsAskedFor() {
    assertThat(gazetteer.lookup("Kandahar").get(0).kind()).isEqualTo(Place.Kind.CITY);
    assertThat(resolved("Kandahar province").kind()).isEqualTo(Place.Kind.PROVINCE);
    assertThat(resolved("Kandahar province").country()).isEqualTo("AF");
    assertThat(resolved("Kabul city").kind()).isEqualTo(Place.Kind.CITY);
    assertThat(resolved("province of Kabul").id()).isEqualTo("AF-KAB");
  }

  @Test
  void citiesCarryTheirProvince() {
    assertThat(resolved("Jalalabad").geo().province()).isEqualTo("Nangarhar");
    assertThat(resolved("Jalalabad").country()).isEqualTo("AF");
    assertThat(resolved("Peshawar").country()).isEqualTo("PK");
    assertThat(resolved("Peshawar").province()).isEqualTo("Khyber Pakhtunkhwa");
    assertThat(resolved("Mogadishu").country()).isEqualTo("SO");
  }

  @Test
  void countriesResolveByNameAndByTheirShortNames() {
    assertThat(resolved("Afghanistan").kind()).isEqualTo(Place.Kind.COUNTRY);
    assertThat(resolved("Afghanistan").geo().province()).isNull();
    assertThat(resolved("Syria").id()).isEqualTo("SY");
    assertThat(resolved("Ivory Coast").id()).isEqualTo("CI");
    assertThat(resolved("US").id()).isEqualTo("US"); // not the Virgin Islands (US)
    assertThat(gazetteer.lookup("British")).extracting(Place::id).doesNotContain("VG");
  }

  @Test
  void alternateNamesInLatinScriptAreKnown() {
    assertThat(resolved("Muqdisho").id()).isEqualTo(resolved("Mogadishu").id());
    assertThat(gazetteer.lookup("Кабул")).isEmpty();
  }

  @Test
  void aNameTheGazetteerLacksStaysUnresolved() {
    assertThat(gazetteer.resolve("Qxzlwtown", Context.none())).isEmpty();
    assertThat(gazetteer.lookup("")).isEmpty();
    assertThat(gazetteer.lookup("province")).isEmpty();
  }

  @Test
  void lookupReturnsTheMostPopulousFirst() {
    List<Place> hyderabads = gazetteer.lookup("Hyderabad");

    assertThat(hyderabads).extracting(Place::country).contains("IN", "PK");
    assertThat(hyderabads).isSortedAccordingTo(
        (a, b) -> Long.compare(b.population(), a.population()));
  }

  @Test
  void holdsTheWholeGazetteer() {
    assertThat(gazetteer.size()).isGreaterThan(199_568 + 4_000 + 240);
  }

  @Test
  void provincesSpeltOtherwiseAgreeByConsonants() {
    assertThat(gazetteer.divisionsSpeltLike("Paktiya")).extracting(Place::name).contains("Paktia");
    assertThat(gazetteer.divisionsSpeltLike("Paktiya province")).extracting(Place::name).contains("Paktia");
  }

  @Test
  void shortOrOtherConsonantsMatchNoDivision() {
    assertThat(gazetteer.divisionsSpeltLike("Ab")).isEmpty();
    assertThat(gazetteer.divisionsSpeltLike("Wardag")).extracting(Place::name).doesNotContain("Wardak");
    assertThat(gazetteer.divisionsSpeltLike("Kabul")).extracting(Place::kind).doesNotContain(Place.Kind.CITY);
  }

  @Test
  void anArabicPlaceIsFoundWithOrWithoutItsArticle() {
    Place anbar = resolved("Anbar");
    assertThat(anbar.country()).isEqualTo("IQ");
    assertThat(anbar.kind()).isEqualTo(Place.Kind.PROVINCE);
    assertThat(resolved("al-Anbar").id()).isEqualTo(anbar.id());
    assertThat(resolved("Bab").country()).isEqualTo("SY"); // Al Bāb, Aleppo
    assertThat(resolved("al-Hit").id()).isEqualTo(resolved("Hit").id()); // Hīt, Anbar
  }

  @Test
  void onlyArabicPlacesLoseTheArticle() {
    // "An Nhơn" is a Vietnamese town, not "an" and a name; "El Paso" is in Texas
    assertThat(gazetteer.lookup("Nhon")).extracting(Place::country).doesNotContain("VN");
    assertThat(gazetteer.lookup("Paso")).extracting(Place::country).doesNotContain("US");
  }
}
