package org.triangulate.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ContextTest {
  private final Gazetteer gazetteer = Gazetteer.bundled();

  @Test
  void hyderabadIsIndianByDefault() {
    assertThat(gazetteer.resolve("Hyderabad", Context.none()).orElseThrow().country())
        .isEqualTo("IN");
  }

  @Test
  void hyderabadIsPakistaniInADocumentThatNamesKarachiAndPakistan() {
    Context context = Context.of(List.of("Hyderabad", "Karachi", "Pakistan"), gazetteer);

    Place hyderabad = gazetteer.resolve("Hyderabad", context).orElseThrow();

    assertThat(context.countries()).containsExactly("PK");
    assertThat(hyderabad.country()).isEqualTo("PK");
    assertThat(hyderabad.province()).isEqualTo("Sindh");
  }

  @Test
  void nearbyPlacesDecideWithoutACountryName() {
    Context context = Context.of(List.of("Karachi"), gazetteer);

    assertThat(gazetteer.resolve("Hyderabad", context).orElseThrow().country()).isEqualTo("PK");
  }

  @Test
  void countryNamesAndUnambiguousPlacesGiveTheCountries() {
    Context context = Context.of(List.of("Kabul", "Somalia", "Hyderabad", "Nowhereville"), gazetteer);

    assertThat(context.countries()).containsExactlyInAnyOrder("AF", "SO");
    assertThat(context.others()).extracting(Place::id).containsExactly("1138958", "SO");
  }

  @Test
  void anAmbiguousNameIsNotUnambiguous() {
    assertThat(gazetteer.findUnambiguous("Hyderabad", Context.none())).isEmpty();
    assertThat(gazetteer.findUnambiguous("Kabul", Context.none())).isPresent();
  }

  @Test
  void aPlaceOutsideTheContextsCountriesIsNotUnambiguous() {
    Context afghanistan = Context.of(List.of("Afghanistan"), gazetteer);

    assertThat(gazetteer.findUnambiguous("Karachi", afghanistan)).isEmpty();
    assertThat(gazetteer.findUnambiguous("Jalalabad", afghanistan).orElseThrow().province())
        .isEqualTo("Nangarhar");
    assertThat(gazetteer.findUnambiguous("Kandahar", afghanistan).orElseThrow().kind())
        .isEqualTo(Place.Kind.CITY);
  }

  @Test
  void aSmallNamesakeAbroadIsNotThePlaceOfADocumentAboutAnotherCountry() {
    Context india = Context.of(List.of("Shopian", "Pulwama"), gazetteer);
    Context afghanistan = Context.of(List.of("Afghanistan"), gazetteer);

    assertThat(gazetteer.resolve("Kashmir", india)).isEmpty();
    assertThat(gazetteer.resolve("Sar", afghanistan)).isEmpty();
    // with no country named, the most populous namesake still stands
    assertThat(gazetteer.resolve("Sar", Context.none())).isPresent();
  }

  @Test
  void aSmallPlaceKnownOnlyByAnotherNameGivesNoCountry() {
    // "Kashmir" is, to the gazetteer, only an old name of Cashmere, Washington (3,159 people)
    Context kashmir = Context.of(List.of("Kashmir", "Pulwama"), gazetteer);

    assertThat(kashmir.countries()).containsExactly("IN");
    assertThat(gazetteer.resolve("Pulwama", Context.of(List.of("Kashmir"), gazetteer)).orElseThrow().country())
        .isEqualTo("IN");
    // a small place named by its own name still votes: Parun (1,000 people) is in Afghanistan
    assertThat(Context.of(List.of("Parun"), gazetteer).countries()).containsExactly("AF");
  }

  @Test
  void aGreatCityIsMeantOverAHamletOfItsNameInTheDocumentsCountry() {
    Context us = Context.of(List.of("US"), gazetteer);
    assertThat(us.countries()).containsExactly("US");
    assertThat(gazetteer.resolve("Kabul", us).orElseThrow().country()).isEqualTo("AF");
    // a namesake of some size in the document's country is still the one meant
    Context texas = Context.of(List.of("Texas", "US"), gazetteer);
    assertThat(gazetteer.resolve("Paris", texas).orElseThrow().country()).isEqualTo("US");
  }

  @Test
  void aSmallPlaceKnownOnlyByAnotherNameIsMeantOnlyInADocumentAboutItsCountry() {
    // a report on Kashmir that names no country is not about Cashmere, Washington
    assertThat(gazetteer.resolve("Kashmir", Context.none())).isEmpty();
    assertThat(gazetteer.resolve("Kashmir", Context.of(List.of("Shopian"), gazetteer))).isEmpty();
    assertThat(gazetteer.resolve("Kashmir", Context.of(List.of("Wenatchee", "Washington"), gazetteer)))
        .hasValueSatisfying(p -> assertThat(p.country()).isEqualTo("US"));
    // named by its own name, a small place stands alone, with a designator or without its article too
    assertThat(gazetteer.resolve("Panjgur District", Context.none())).isPresent();
    assertThat(gazetteer.resolve("Parun", Context.none())).hasValueSatisfying(p -> assertThat(p.country()).isEqualTo("AF"));
  }

  @Test
  void aProvinceAbroadNamedAsAProvinceIsStillMeant() {
    Context pakistan = Context.of(List.of("Lahore", "Pakistan"), gazetteer);

    assertThat(gazetteer.resolve("Paktika province", pakistan).orElseThrow().country()).isEqualTo("AF");
    // without its designator a small division abroad is a namesake like any other
    assertThat(gazetteer.resolve("Paktika", pakistan)).isEmpty();
  }

  @Test
  void aCountryOrALargeCityAbroadIsStillMeant() {
    Context afghanistan = Context.of(List.of("Afghanistan"), gazetteer);

    assertThat(gazetteer.resolve("Paris", afghanistan).orElseThrow().country()).isEqualTo("FR");
    assertThat(gazetteer.resolve("Pakistan", afghanistan).orElseThrow().kind()).isEqualTo(Place.Kind.COUNTRY);
  }
}
