package org.triangulate.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.triangulate.model.EntityType;
import org.triangulate.model.Event;
import org.triangulate.model.Extraction;
import org.triangulate.model.LocalEntity;

/**
 * A name the tagger calls a person or an organisation, or leaves untagged, is a place when the
 * phrase around it says so: it modifies a place noun ("Farah province", "the Mirali tehsil"),
 * ends in one ("the Diffa Department"), or follows one with "of" ("the town of Al-Bab"). Where
 * the noun also heads organisations' names (department, agency, region, state, area), the name
 * must be a place the gazetteer knows.
 */
class PlaceSyntaxIT {
  private static String locationName(Extraction x, Event e) {
    String key = Objects.requireNonNull(e.location(), "no location");
    return x.entities().stream().filter(n -> n.key().equals(key)).map(LocalEntity::name).findFirst().orElseThrow();
  }

  private static EntityType typeOf(Extraction x, String name) {
    return x.entities().stream().filter(e -> e.name().equals(name)).map(LocalEntity::type).findFirst()
        .orElseThrow(() -> new AssertionError("no entity named " + name + " in " + x.entities()));
  }

  @Test
  void aNameBeforeAPlaceNounIsThePlace() {
    Extraction x = Extracted.extract("A Taliban attack has killed three policemen in western Farah province.");
    assertThat(typeOf(x, "Farah")).isEqualTo(EntityType.LOCATION);
    assertThat(x.events()).singleElement().satisfies(e -> assertThat(locationName(x, e)).isEqualTo("Farah"));
    Extraction y = Extracted.extract("Two police officers were killed in the Hamrin mountains by suspected militants.");
    assertThat(y.events()).singleElement().satisfies(e -> assertThat(locationName(y, e)).isEqualTo("Hamrin"));
  }

  @Test
  void aNameAfterAPlaceNounAndOfIsThePlace() {
    Extraction x = Extracted.extract("Eight civilians were wounded when a car bomb exploded in the town of Al-Bab on Monday.");
    assertThat(x.events()).singleElement().satisfies(e -> assertThat(locationName(x, e)).isEqualTo("Al-Bab"));
    Extraction y = Extracted.extract("Militants killed 26 soldiers in an assault on army positions in the central province of Homs.");
    assertThat(y.events()).singleElement().satisfies(e -> assertThat(locationName(y, e)).isEqualTo("Homs"));
  }

  @Test
  void ofTwoPlacesTheGazetteerLacksTheOneTheTextPlacesIsTheLocation() {
    // "Tarnek wa Jaldak" is one district the tagger splits in two; Jaldak is placed by the chain
    Extraction x = Extracted.extract("A combined force captured a Taliban facilitator during an operation in "
        + "Tarnek wa Jaldak district, Zabul province, yesterday.");
    assertThat(x.events()).first().satisfies(e -> {
      LocalEntity at = x.entities().stream().filter(en -> en.key().equals(e.location())).findFirst().orElseThrow();
      assertThat(at.geo()).isNotNull();
      assertThat(at.geo().province()).isEqualTo("Zabul");
    });
  }

  @Test
  void aFacilityInATownTheGazetteerKnowsIsItsTargetAndTheTownItsPlace() {
    Extraction x = Extracted.extract("Rebels attacked an Indian Army base in the town of Nagrota, killing seven soldiers.");
    assertThat(x.events()).singleElement().satisfies(e -> {
      assertThat(locationName(x, e)).isEqualTo("Nagrota");
      assertThat(e.participants()).anySatisfy(p -> assertThat(p.text()).contains("base"));
    });
    // a facility the text places nowhere else is still the place
    Extraction y = Extracted.extract("A suicide bomber blew himself up outside the Taverna restaurant on Friday, killing 21 people.");
    assertThat(y.events()).first().satisfies(e -> assertThat(locationName(y, e)).contains("Taverna"));
  }

  @Test
  void theIncidentTakingPlaceSomewhereAfterTheIncidentPlacesIt() {
    Extraction x = Extracted.extract("Maoists blew up a vehicle carrying security personnel near a military camp. "
        + "The bombing killed four policemen. The incident took place in the Bijapur district, Chhattisgarh, India.");
    assertThat(x.events()).singleElement().satisfies(e -> assertThat(locationName(x, e)).isEqualTo("Bijapur"));
    Extraction y = Extracted.extract("A bomb went off in a garbage dump, killing a man. This incident happened in Kirkuk on Tuesday.");
    assertThat(y.events()).singleElement().satisfies(e -> {
      assertThat(locationName(y, e)).isEqualTo("Kirkuk");
      assertThat(e.time().text()).isEqualTo("Tuesday");
    });
  }

  @Test
  void aSentenceAfterAnIncidentThatIsNotAboutWhereItHappenedPlacesNothing() {
    Extraction x = Extracted.extract("Gunmen killed two policemen near a checkpoint. "
        + "The incident was condemned by officials in Kandahar.");
    assertThat(x.events()).singleElement().satisfies(e -> assertThat(e.location()).isNull());
    Extraction y = Extracted.extract("Gunmen killed two policemen near a checkpoint. A meeting took place in Kandahar.");
    assertThat(y.events()).singleElement().satisfies(e -> assertThat(e.location()).isNull());
  }

  @Test
  void aNameEndingInAPlaceNounIsThePlaceWhenTheGazetteerKnowsItsFirstWords() {
    Extraction x = Extracted.extract("Gunmen killed eight people in an attack on a drilling site in the Diffa Department.");
    assertThat(x.events()).singleElement().satisfies(e -> assertThat(locationName(x, e)).startsWith("Diffa"));
  }

  @Test
  void organisationsNamedWithPlaceNounsStayOrganisations() {
    Extraction x = Extracted.extract("The Taliban kidnapped 12 staff of the Education Department on Monday. "
        + "The State Department condemned the kidnapping, and officers of the Central Intelligence Agency were sent.");
    assertThat(x.entities()).filteredOn(e -> e.type() == EntityType.LOCATION).extracting(LocalEntity::name)
        .noneMatch(n -> n.contains("Education") || n.contains("State") || n.contains("Intelligence"));
  }

  @Test
  void aPlaceNounModifyingAnotherNounOrAfterACommaMakesNoPlace() {
    Extraction x = Extracted.extract("Ahmad Farah, district governor, said Haji Karim village elders had fled.");
    assertThat(typeOf(x, "Ahmad Farah")).isEqualTo(EntityType.PERSON);
    assertThat(x.entities()).filteredOn(e -> e.type() == EntityType.LOCATION).extracting(LocalEntity::name)
        .doesNotContain("Haji Karim", "Karim");
    Extraction y = Extracted.extract("Members of the community of Shia Muslims in the city were threatened.");
    assertThat(y.entities()).filteredOn(e -> e.type() == EntityType.LOCATION).isEmpty();
  }

  @Test
  void aTownTheTextPlacesInItsCountryIsThePlaceWhateverTheTaggerSaid() {
    Extraction x = Extracted.extract("Twin bombings in Syria's Idlib killed 14 people on Tuesday.");
    assertThat(x.events()).first().satisfies(e -> assertThat(locationName(x, e)).isEqualTo("Idlib"));
    Extraction y = Extracted.extract("Three people were killed when a roadside bomb went off in Afrin, Syria.");
    assertThat(y.events()).first().satisfies(e -> assertThat(locationName(y, e)).isEqualTo("Afrin"));
    Extraction z = Extracted.extract("Five people were killed in a car bomb explosion in central Idlib in northwestern Syria.");
    assertThat(z.events()).first().satisfies(e -> assertThat(locationName(z, e)).isEqualTo("Idlib"));
  }

  @Test
  void aNameBesideACountryThatTheGazetteerDoesNotPlaceThereIsNoPlace() {
    // the parliament of Iraq is no place; "Dawa" is a town in Oman and Saudi Arabia, not in Iraq
    Extraction x = Extracted.extract("Iraq's Parliament condemned the bombing that killed four people in Basra.");
    assertThat(x.entities()).filteredOn(e -> e.type() == EntityType.LOCATION).extracting(LocalEntity::name)
        .doesNotContain("Parliament");
    assertThat(x.events()).first().satisfies(e -> assertThat(locationName(x, e)).isEqualTo("Basra"));
  }

  @Test
  void whatTheDoersAlsoDidRightAfterTheIncidentPlacesIt() {
    Extraction x = Extracted.extract("Maoists shot and killed a man suspected of being a police informer. "
        + "The Maoists also burnt five vehicles in Phulbani area.");
    assertThat(x.events()).singleElement().satisfies(e -> assertThat(locationName(x, e)).isEqualTo("Phulbani"));
    // what someone said besides, or did besides in a sentence that is not next, places nothing
    Extraction y = Extracted.extract("Maoists shot and killed a man suspected of being a police informer. "
        + "Officials also said roads in Bhubaneswar were closed.");
    assertThat(y.events()).singleElement().satisfies(e -> assertThat(e.location()).isNull());
  }
}
