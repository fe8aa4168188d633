package org.triangulate.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.triangulate.extract.RuleExtractor;
import org.triangulate.extract.kb.KnowledgeBase;
import org.triangulate.model.Event;
import org.triangulate.model.EntityType;
import org.triangulate.model.EventType;
import org.triangulate.model.Extraction;
import org.triangulate.model.LocalEntity;
import org.triangulate.model.Participant;
import org.triangulate.model.Role;

/**
 * How an incident's frame is read from one or two sentences, through the real models and parser:
 * what is one incident, where it happened and who acted, and what is no incident at all. Every
 * sentence is invented for this test; the places and groups are real.
 */
class IncidentFramesIT {
  private static final RuleExtractor EXTRACTOR = new RuleExtractor(new CoreNlpAnalyzer(), KnowledgeBase.bundled(), "bundled");

  private static Extraction extract(String text) {
    return EXTRACTOR.extract(Fixtures.document(text, LocalDate.of(2021, 3, 10)));
  }

  private static Optional<LocalEntity> entity(Extraction x, String key) {
    return x.entities().stream().filter(e -> e.key().equals(key)).findFirst();
  }

  private static String locationName(Extraction x, Event e) {
    return entity(x, Objects.requireNonNull(e.location(), "no location")).map(LocalEntity::name).orElseThrow();
  }

  private static List<String> named(Extraction x, Event e, Role role) {
    return e.participants().stream().filter(p -> p.role() == role)
        .map(p -> p.entity() == null ? p.text() : entity(x, p.entity()).map(LocalEntity::name).orElse(p.text()))
        .toList();
  }

  @Test
  void aHeadlineWithoutArticlesHeadsTheIncidentTheBodyTells() {
    Extraction x = EXTRACTOR.extract(Fixtures.titled("4 Afghan Police Killed in Taliban Attack",
        "Officials say a suicide truck bomb has killed four police officers and wounded 17 people outside the Nirkh "
            + "district police headquarters on Monday.", LocalDate.of(2021, 3, 10)));
    assertThat(x.events()).singleElement().extracting(Event::type).isEqualTo(EventType.BOMBING);
    Extraction y = EXTRACTOR.extract(Fixtures.titled("Gunmen Kill Police Officer Guarding Aid Workers",
        "Officials say unknown gunmen shot and killed a policeman in Mardan on Wednesday.", LocalDate.of(2021, 3, 10)));
    assertThat(y.events()).singleElement().extracting(Event::type).isNotEqualTo(EventType.ATTACK);
  }

  @Test
  void aPlaceTheGazetteerLacksYieldsToTheTownItLiesIn() {
    Extraction x = extract("A car bomb exploded in Bab Hamdan market, in Mosul, on Monday, killing four civilians.");
    assertThat(x.events()).singleElement().satisfies(e -> assertThat(locationName(x, e)).isEqualTo("Mosul"));
    // above a province it still stands for the event: it is the most specific place told
    Extraction y = extract("Militants attacked the village of Bab Hamdan in Nineveh province on Monday, killing four civilians.");
    assertThat(y.events()).singleElement().satisfies(e -> assertThat(locationName(y, e)).isEqualTo("Bab Hamdan"));
  }

  @Test
  void aProvinceNamedWithAndIsOnePlaceNotItsFirstWordsCity() {
    Extraction x = extract("Militants attacked a police post in Pampore, Jammu and Kashmir, on Monday, killing two policemen.");
    assertThat(x.entities()).anyMatch(e -> e.name().equals("Jammu and Kashmir"));
    assertThat(x.entities()).noneMatch(e -> e.name().equals("Jammu"));
    assertThat(x.events()).singleElement().satisfies(e -> assertThat(locationName(x, e)).isEqualTo("Pampore"));
    Extraction y = extract("Militants attacked police posts in Baghdad and Basra on Monday.");
    assertThat(y.entities()).extracting(LocalEntity::name).contains("Baghdad", "Basra");
  }

  @Test
  void aFightOfTheForceThatMadeTheArrestsIsPartOfItsOperation() {
    Extraction x = extract("An Afghan and coalition security force detained two suspected insurgents in Andar district, "
        + "Ghazni province, on Monday. The security force engaged and killed one insurgent who fired at it.");
    assertThat(x.events()).singleElement().satisfies(e -> {
      assertThat(e.type()).isEqualTo(EventType.ARREST);
      assertThat(e.killed()).isEqualTo(1);
    });
    // others who kill, the same day and place, are another incident
    Extraction y = extract("Police detained two suspects in Quetta on Monday. Gunmen killed a shopkeeper in Quetta on Monday.");
    assertThat(y.events()).hasSize(2);
  }

  @Test
  void deathsToldAsPartOfTheOperationAreItsTollHoweverFarOn() {
    Extraction x = extract("Tips from locals led to an Afghan and coalition operation that resulted in the detention of "
        + "several insurgents in Nad Ali district, Helmand province, today. The target of the operation was a Taliban "
        + "leader. The leader plans attacks against Afghan forces. He also provides suicide vests to local commanders. "
        + "Four insurgents were killed during the operation when they opened fire on the security force.");
    assertThat(x.events()).singleElement().satisfies(e -> assertThat(e.killed()).isEqualTo(4));
    Extraction y = extract("A combined force detained multiple suspected insurgents during an operation in Ghazni "
        + "district, Ghazni province, yesterday. A suspected insurgent aimed his weapon at a member of the security force. "
        + "The security force member defended himself, killing the insurgent.");
    assertThat(y.events()).singleElement().satisfies(e -> assertThat(e.killed()).isEqualTo(1));
    // a killing that names no operation, by others, stays its own incident
    Extraction z = extract("A combined force detained two suspected insurgents during an operation in Ghazni district, "
        + "Ghazni province, yesterday. Gunmen killed a shopkeeper in Ghazni yesterday.");
    assertThat(z.events()).hasSize(2);
  }

  @Test
  void fireReturnedAfterAnAttackIsOneFightWithIt() {
    Extraction x = extract("In Gereshk district, Helmand province, an ISAF patrol was engaged by an unknown number of "
        + "insurgents today. After establishing positive identification, coalition forces returned fire, killing one "
        + "insurgent and wounding another.");
    assertThat(x.events()).singleElement().satisfies(e -> assertThat(e.killed()).isEqualTo(1));
    Extraction y = extract("An ISAF patrol was engaged by insurgents in Gereshk district on Monday. On Wednesday, "
        + "soldiers in Kandahar returned fire, killing one insurgent.");
    assertThat(y.events()).hasSize(2);
  }

  @Test
  void theForceOfAnOperationNamedAgainActsInItAndGoesAfterItsQuarry() {
    Extraction x = extract("An Afghan and coalition security force conducted an operation in search of a Taliban leader in "
        + "Khogyani district, Ghazni province, today. The security force detained two suspected insurgents.");
    assertThat(x.events()).singleElement().satisfies(e -> assertThat(named(x, e, Role.TARGET))
        .anyMatch(t -> t.contains("Taliban")));
    Extraction z = extract("An Afghan and coalition security force conducted an operation in search of a Taliban leader in "
        + "Khogyani district, Ghazni province, today. The leader directs insurgent operations in the district. The "
        + "security force detained two suspected insurgents during the operation.");
    assertThat(z.events()).singleElement().satisfies(e -> assertThat(named(z, e, Role.TARGET))
        .anyMatch(t -> t.contains("Taliban")));
    Extraction y = extract("An Afghan and coalition security force conducted an operation in search of a Taliban leader in "
        + "Khogyani district, Ghazni province, today. The force of the blast destroyed a shop.");
    assertThat(y.events()).allSatisfy(e -> assertThat(named(y, e, Role.TARGET)).noneMatch(t -> t.contains("Taliban")));
  }

  @Test
  void incidentsCountedInALeadAreNoneOfThemWhereTheTextTellsThemOneByOne() {
    Extraction x = extract("Suicide bombers blew up vehicles in two attacks on Saturday, killing at least 16 people in "
        + "northwest Pakistan. Police say a bomber in Peshawar detonated explosives in his vehicle outside a bank, "
        + "killing ten people. Earlier, a suicide bomber crashed his truck into a police station in Bannu, killing six.");
    assertThat(x.events()).extracting(Event::killed).containsExactlyInAnyOrder(10, 6);
    // a plural headline that heads the count is the count
    Extraction y = EXTRACTOR.extract(Fixtures.titled("Suicide Bombings Kill 16 in Northwest Pakistan",
        "Suicide bombers blew up vehicles in two attacks on Saturday, killing at least 16 people in northwest Pakistan. "
            + "Police say a bomber in Peshawar detonated explosives in his vehicle outside a bank, killing ten people. "
            + "Earlier, a suicide bomber crashed his truck into a police station in Bannu, killing six.",
        LocalDate.of(2021, 3, 10)));
    assertThat(y.events()).extracting(Event::killed).containsExactlyInAnyOrder(10, 6);
    // told alone, the count is what the text tells; told beside fewer incidents than it counts, it stays
    assertThat(extract("Militants carried out two attacks in Kabul on Monday, killing five people.").events()).hasSize(1);
    assertThat(extract("Three bombings killed 15 people in Baghdad on Monday. A fourth bombing struck a market in Baghdad "
        + "on Monday.").events()).extracting(Event::killed).contains(15);
  }

  @Test
  void incidentsGatheredIntoAWaveAreNoneOfThemWhereTheTextTellsThemOneByOne() {
    Extraction x = extract("A wave of bombings this week has left at least 70 people dead in Iraq. On Tuesday a car bomb "
        + "killed four people in Azizyah.");
    assertThat(x.events()).singleElement().satisfies(e -> assertThat(e.killed()).isEqualTo(4));
    // told alone, the wave is what the text tells
    assertThat(extract("A wave of bombings across Baghdad on Monday left at least 20 people dead.").events()).hasSize(1);
  }

  @Test
  void aTrendIsNoIncident() {
    assertThat(extract("Al-Qaida's Iraq wing has stepped up suicide bombings in recent months.").events()).isEmpty();
    assertThat(extract("Several more policemen have been killed in attacks since then.").events()).isEmpty();
    // one attack told as stepped up is still one
    assertThat(extract("Militants attacked a checkpoint in Kirkuk on Monday and stepped up their fire.").events()).hasSize(1);
  }

  @Test
  void aHeadlineOfAttacksInThePluralHeadsNoSingleIncident() {
    Extraction x = EXTRACTOR.extract(Fixtures.titled("Attacks Rise Across Afghanistan",
        "Gunmen shot and wounded a policeman in Mardan on Wednesday.", LocalDate.of(2021, 3, 10)));
    assertThat(x.events()).filteredOn(e -> e.evidence().stream().anyMatch(v -> v.text().contains("Mardan")))
        .singleElement().satisfies(e -> assertThat(e.evidence()).noneMatch(v -> v.text().contains("Rise")));
  }

  @Test
  void aBulletinDateOpeningTheTitleDatesTheReportNotItsEvent() {
    Extraction x = EXTRACTOR.extract(Fixtures.titled("Dec. 9: Invented Force Strikes Militants in Helmand",
        "An international security force conducted an air strike targeting a group of militants in Nad Ali "
            + "district, Helmand province, yesterday.", LocalDate.of(2009, 12, 9)));
    assertThat(x.events()).singleElement().satisfies(e -> assertThat(e.time().value()).isEqualTo("2009-12-08"));
  }

  @Test
  void aHeadlineToldAgainInTheBodyIsDatedByTheReportLikeTheBodysMention() {
    Extraction x = EXTRACTOR.extract(Fixtures.titled("Dec. 24: Militants Detained in Helmand",
        "An Afghan-international security force detained several suspected militants "
            + "in Nad Ali district, Helmand province, while searching for a Taliban commander.",
        LocalDate.of(2009, 12, 24), "KABUL, Afghanistan"));
    assertThat(x.events()).singleElement().satisfies(e -> {
      assertThat(e.time().value()).isEqualTo("2009-12-24");
      assertThat(e.time().basis()).isEqualTo(org.triangulate.model.TimeSpec.Basis.REPORTED);
    });
  }

  @Test
  void aDateInTheTitleOfTheEventStillDatesIt() {
    Extraction x = EXTRACTOR.extract(Fixtures.titled("Militants Strike Checkpoint in Helmand on Dec. 7",
        "Militants attacked a police checkpoint in Nad Ali district, Helmand province.", LocalDate.of(2009, 12, 9)));
    assertThat(x.events()).extracting(e -> e.time().value()).contains("2009-12-07");
  }

  @Test
  void aVerbTaggedAsAParticipleAfterALongSubjectIsReadAsTheVerb() {
    Extraction x = extract("In Ghorak district, Kandahar province, a combined Afghan and coalition security force detained "
        + "multiple suspected insurgents during a security operation in search of a Taliban leader.");
    assertThat(x.events()).singleElement().satisfies(e -> {
      assertThat(e.type()).isEqualTo(EventType.ARREST);
      assertThat(named(x, e, Role.AGENT)).anyMatch(n -> n.contains("security force"));
      assertThat(named(x, e, Role.TARGET)).anyMatch(n -> n.contains("Taliban"));
      assertThat(locationName(x, e)).isEqualTo("Ghorak");
    });
  }

  @Test
  void aPassiveKeepsItsReadingAndAHeadlineItsParticiple() {
    Extraction x = extract("In Nad Ali district, Helmand province, a Taliban leader was captured by a security force on Monday.");
    assertThat(x.events()).singleElement().satisfies(e -> {
      assertThat(e.type()).isEqualTo(EventType.ARREST);
      assertThat(named(x, e, Role.DETAINEE)).anyMatch(n -> n.contains("Taliban"));
      assertThat(named(x, e, Role.AGENT)).anyMatch(n -> n.contains("security force"));
    });
    Extraction headline = EXTRACTOR.extract(Fixtures.titled("Taliban Leader Captured in Helmand",
        "A security force captured a Taliban leader in Nad Ali district, Helmand province, on Monday.", LocalDate.of(2021, 3, 10)));
    assertThat(headline.events()).singleElement().satisfies(e ->
        assertThat(named(headline, e, Role.DETAINEE)).anyMatch(n -> n.contains("Taliban")));
  }

  @Test
  void whatHappensDuringTheOperationHasTheOperationsSoughtManAsTarget() {
    Extraction x = extract("In Dand district, Kandahar province, a combined Afghan and coalition security force conducted an "
        + "operation in search of a Taliban leader today. The leader is thought to be responsible for attacks against "
        + "Afghan police. Two suspected insurgents were detained during the operation.");
    assertThat(x.events()).singleElement().satisfies(e -> {
      assertThat(e.type()).isEqualTo(EventType.ARREST);
      assertThat(named(x, e, Role.TARGET)).anyMatch(n -> n.contains("Taliban"));
    });
  }

  @Test
  void theDatelinesCityIsWhereTheReportWasFiledNotWhereTheEventHappened() {
    // a release whose title, header and dateline run into its lead with no stop between
    Extraction x = Extracted.EXTRACTOR.extract(Fixtures.document("Force Detains Insurgents in Paktika Operation\n"
        + "ISAF Joint Command - Afghanistan 2010-08-CA-055 For Immediate Release\n"
        + "KABUL, Afghanistan (Aug. 7) - A security force detained several insurgents in Khost province last night.",
        LocalDate.of(2010, 8, 7), "KABUL, Afghanistan"));
    assertThat(x.events()).isNotEmpty().allSatisfy(e -> assertThat(e.location()).isNotNull()
        .satisfies(l -> assertThat(locationName(x, e)).isNotEqualToIgnoringCase("Kabul")));
    // the same city named in the lead is the event's place
    Extraction y = Extracted.EXTRACTOR.extract(Fixtures.document("KABUL, Afghanistan (Aug. 7) - A security force "
        + "detained several insurgents in Kabul last night.", LocalDate.of(2010, 8, 7), "KABUL, Afghanistan"));
    assertThat(y.events()).singleElement().satisfies(e -> assertThat(locationName(y, e)).isEqualTo("Kabul"));
  }

  @Test
  void anOperationWhoseDayCannotBeKnownStillSetsThePlaceOfWhatHappensDuringIt() {
    // an undated report: "yesterday" has no day, but the operation's district is the scene's place
    Extraction x = Extracted.EXTRACTOR.extract(Fixtures.document("In Chorah district, Uruzgan province, a combined "
        + "Afghan and coalition security force conducted an operation in search of a Taliban leader yesterday. The leader "
        + "builds roadside bombs. The security force detained two suspected insurgents during the operation.", null));
    assertThat(x.events()).singleElement().satisfies(e -> {
      assertThat(e.type()).isEqualTo(EventType.ARREST);
      assertThat(e.time().value()).isNull();
      assertThat(locationName(x, e)).isEqualTo("Chorah");
    });
  }

  @Test
  void aSearchForSomeoneNamesTheTargetOfItsArrests() {
    Extraction x = extract("A combined Afghan and coalition security force detained several insurgents yesterday during a "
        + "security search for a Haqqani network leader in Sabari district, Khost province.");
    assertThat(x.events()).singleElement().satisfies(e ->
        assertThat(named(x, e, Role.TARGET)).anyMatch(n -> n.contains("Haqqani")));
  }

  @Test
  void forcesThatTargetedSomeoneDetainingOthersHaveHimAsTarget() {
    Extraction x = extract("Afghan and coalition forces targeted a senior Taliban leader, killing one insurgent and detaining "
        + "several suspected insurgents during security operations in Sayyad district, Sar-e Pul province, yesterday.");
    assertThat(x.events()).isNotEmpty().allSatisfy(e ->
        assertThat(named(x, e, Role.TARGET)).anyMatch(n -> n.contains("Taliban")));
    Extraction y = extract("Afghan forces detained four suspected insurgents in Ghazni province yesterday, and police "
        + "targeted smugglers in Herat.");
    assertThat(y.events()).allSatisfy(e -> assertThat(named(y, e, Role.TARGET)).noneMatch(n -> n.contains("smugglers")));
  }

  @Test
  void anEventThatNamesNoOperationTakesNoEarlierSoughtMan() {
    Extraction x = extract("A security force conducted an operation in search of a Taliban leader in Dand district "
        + "yesterday. Separately, police detained two smugglers at a checkpoint in Spin Boldak district.");
    assertThat(x.events()).filteredOn(e -> e.type() == EventType.ARREST)
        .allSatisfy(e -> assertThat(named(x, e, Role.TARGET)).noneMatch(n -> n.contains("Taliban")));
    Extraction y = extract("A security force conducted a clearing operation in Dand district yesterday. "
        + "Two suspected insurgents were detained during the operation.");
    assertThat(y.events()).allSatisfy(e -> assertThat(named(y, e, Role.TARGET)).isEmpty());
  }

  @Test
  void weaponsSeizedAreAnInventoryNotABombing() {
    Extraction x = extract("Two AK-47s, four grenades and bomb making material were seized by the patrol in Khost.");
    assertThat(x.events()).extracting(Event::type).doesNotContain(EventType.BOMBING, EventType.MISSILE_ATTACK);
  }

  @Test
  void weaponsListedInACacheOrASearchAreNoEvent() {
    assertThat(extract("The weapons cache contained several rocket-propelled grenades, multiple grenades and one "
        + "firearm.").events()).isEmpty();
    assertThat(extract("Multiple automatic weapons, magazines, grenades and chest racks were found along with an "
        + "improvised explosive device (IED) blasting cap.").events()).isEmpty();
  }

  @Test
  void aWeaponInSomeonesTradeIsNoEvent() {
    assertThat(extract("The leader is a roadside bomb and suicide bomb facilitator in the district.").events()).isEmpty();
  }

  @Test
  void weaponsThatActOrAreSetOffAreIncidents() {
    assertThat(extract("A roadside bomb exploded near a police checkpoint in Kandahar on Monday.").events())
        .singleElement().extracting(Event::type).isEqualTo(EventType.BOMBING);
    assertThat(extract("Three soldiers were killed by a landmine in Helmand on Sunday.").events()).hasSize(1);
    assertThat(extract("Their convoy hit a mine near Kidal on Friday.").events())
        .singleElement().extracting(Event::type).isEqualTo(EventType.BOMBING);
    assertThat(extract("Rockets were fired at the governor's compound in Jalalabad on Sunday.").events())
        .singleElement().extracting(Event::type).isEqualTo(EventType.MISSILE_ATTACK);
  }

  @Test
  void fireReceivedFromInsurgentsAndTheForcesReplyAreOneClashWithTheInsurgentsAsPerpetrators() {
    Extraction x = extract("Coalition forces killed several insurgents during a patrol in Kajaki district, Helmand "
        + "province, today.\n\nCoalition forces received machine gun fire from insurgents in multiple locations. "
        + "The patrol returned fire, killing several insurgents.");
    assertThat(x.events()).singleElement().satisfies(e -> {
      assertThat(e.type()).isEqualTo(EventType.ARMED_ASSAULT);
      assertThat(named(x, e, Role.PERPETRATOR)).anyMatch(p -> p.contains("insurgents"));
      assertThat(named(x, e, Role.TARGET)).anyMatch(p -> p.contains("Coalition forces"));
    });
  }

  @Test
  void aPatrolEngagedByInsurgentsIsAShootingByThem() {
    Extraction x = extract("In Musa Qala district, an ISAF patrol was engaged with small-arms fire by several insurgents.");
    assertThat(x.events()).singleElement().satisfies(e -> {
      assertThat(e.type()).isEqualTo(EventType.ARMED_ASSAULT);
      assertThat(named(x, e, Role.PERPETRATOR)).anyMatch(p -> p.contains("insurgents"));
    });
  }

  @Test
  void fireToldAfterAnAssassinationIsADetailOfItNotAnotherShooting() {
    Extraction x = extract("Gunmen assassinated the district governor of Deh Yak in Ghazni city on Monday. He was on his "
        + "way to his office when two gunmen fired at his car near the main square.");
    assertThat(x.events()).singleElement().extracting(Event::type).isEqualTo(EventType.ASSASSINATION);
  }

  @Test
  void theMeansOfAnAttackGivesItsKind() {
    assertThat(extract("The security force engaged the armed insurgents with a precision airstrike in Bermal district "
        + "on Tuesday, killing several of them.").events())
        .singleElement().extracting(Event::type).isEqualTo(EventType.MISSILE_ATTACK);
    // the parse hangs the airstrike on the insurgents: an act is still the means, not what they had
    assertThat(extract("During the operation in Bermal district on Tuesday the security force engaged a group of "
        + "insurgents with a precision airstrike.").events())
        .singleElement().extracting(Event::type).isEqualTo(EventType.MISSILE_ATTACK);
    assertThat(extract("Insurgents attacked a police checkpoint with rockets in Kandahar on Monday.").events())
        .singleElement().extracting(Event::type).isEqualTo(EventType.MISSILE_ATTACK);
  }

  @Test
  void aParticipantIsNamedWithoutTheWhereWhenAndHowTheParserHungOnIt() {
    Extraction x = extract("During the operation in Bermal district on Tuesday the security force engaged a group of "
        + "insurgents with a precision airstrike.");
    assertThat(x.events()).singleElement().satisfies(e -> assertThat(named(x, e, Role.TARGET)).containsExactly("a group of insurgents"));
    Extraction y = extract("The security force detained a Haqqani network leader in Gomal district, Paktika province, on Monday.");
    assertThat(y.events()).singleElement()
        .satisfies(e -> assertThat(named(y, e, Role.DETAINEE)).containsExactly("a Haqqani network leader"));
    // what names the participant stays: whose governor, what the man carried
    Extraction z = extract("Police detained a man with explosives and the governor of Uruzgan province in Kabul on Monday.");
    assertThat(z.events()).singleElement().satisfies(e -> assertThat(named(z, e, Role.DETAINEE))
        .anyMatch(n -> n.endsWith("a man with explosives")).anyMatch(n -> n.endsWith("the governor of Uruzgan province")));
  }

  @Test
  void engagingWithAnAirstrikeIsAnAirstrikeAndEngagingWithPeopleIsNone() {
    assertThat(extract("The security force observed armed insurgents in Watahpur district on Monday. After ensuring there "
        + "were no civilians nearby, the security force engaged with a precision airstrike, killing several.").events())
        .singleElement().extracting(Event::type).isEqualTo(EventType.MISSILE_ATTACK);
    assertThat(extract("Elders in Watahpur district engaged with the governor on Monday.").events()).isEmpty();
  }

  @Test
  void aKillingToldFirstIsTheStrikeItsDoersWentOnToMake() {
    assertThat(extract("An Afghan and coalition force killed several insurgents during an operation in Watahpur district, "
        + "Kunar province, on Monday. After ensuring there were no civilians nearby, the security force engaged with "
        + "a precision airstrike.").events()).singleElement().extracting(Event::type).isEqualTo(EventType.MISSILE_ATTACK);
    // the victims' own fire is not how they were killed
    assertThat(extract("A coalition patrol killed two insurgents in Khas Uruzgan district on Monday. The two insurgents "
        + "were killed after they fired at the patrol with rockets.").events())
        .extracting(Event::type).doesNotContain(EventType.MISSILE_ATTACK);
  }

  @Test
  void aDayNamedAssaultFarFromTheLeadIsTheLeadsIncidentAndNotPlacedByTheNextEventsPhrase() {
    Extraction x = extract("Gunmen attacked a police academy in Lahore on Monday, killing eight recruits. "
        + "Officials named Baitullah Mehsud as a suspect. Security forces captured one of the gunmen. "
        + "The interior minister said the planning was done in South Waziristan. Witnesses described the gunmen. "
        + "Police searched the area. Residents were shocked. "
        + "Mehsud said Monday's assault, as well as a suicide bombing on an Islamabad police station last week and "
        + "a previous bombing in the western town Bannu, were in retaliation for U.S. drone strikes.");
    assertThat(x.events()).filteredOn(e -> e.location() != null && locationName(x, e).equals("Islamabad"))
        .extracting(Event::type).containsExactly(EventType.BOMBING);
    assertThat(x.events()).filteredOn(e -> e.type() != EventType.BOMBING && e.type() != EventType.ARREST).singleElement()
        .satisfies(e -> assertThat(locationName(x, e)).isEqualTo("Lahore"));
  }

  @Test
  void theAttackWhosePlanningIsToldIsNotDatedByThePlanning() {
    Extraction x = extract("Gunmen attacked a police academy in Lahore on Monday, killing eight recruits. The minister said "
        + "the planning of the attack was done in South Waziristan and all of those involved traveled to Lahore "
        + "15 days ago.");
    assertThat(x.events()).singleElement().satisfies(e -> assertThat(e.killed()).isEqualTo(8));
  }

  @Test
  void theShootingOfTheOneKilledToldAfterIsHowHeWasKilled() {
    Extraction x = extract("Aatif, a reporter, was gunned down in Shabqadar on January 17, 2012. His nephew was with "
        + "Aatif at the mosque when he was shot.");
    assertThat(x.events()).hasSize(1);
    // a shooting whose gunmen are named is told as their own deed
    Extraction y = extract("Aatif, a reporter, was gunned down in Shabqadar on January 17, 2012. On January 17, 2012, "
        + "gunmen also shot two policemen at a police post in Shabqadar.");
    assertThat(y.events()).hasSize(2);
  }

  @Test
  void aVehicleThatStruckABombIsTheBombingAndNotAnAirStrike() {
    Extraction x = extract("Seven civilians were killed in Dih Yak district on Monday when their minibus struck a roadside bomb.");
    assertThat(x.events()).singleElement().satisfies(e -> {
      assertThat(e.type()).isEqualTo(EventType.BOMBING);
      assertThat(named(x, e, Role.TARGET)).noneMatch(n -> n.contains("bomb"));
    });
    // what is struck by an aircraft is no weapon: the strike stays
    assertThat(extract("A drone struck a compound in North Waziristan on Monday.").events())
        .singleElement().extracting(Event::type).isEqualTo(EventType.MISSILE_ATTACK);
  }

  @Test
  void aTimeIsNoParticipant() {
    Extraction x = extract("A roadside bomb destroyed a taxi in Helmand province on Monday, killing six civilians, in the "
        + "second attack of the day.");
    assertThat(x.events()).allSatisfy(e -> assertThat(named(x, e, Role.TARGET)).noneMatch(n -> n.contains("day")));
    // "the day" points back to the day told; it is not the report's day, and the attack it names is the bombing
    assertThat(x.events()).singleElement().satisfies(e -> assertThat(e.time().value()).isEqualTo("2021-03-08"));
  }

  @Test
  void aWeaponSomeoneCarriesIsNotTheMeansOfTheAttack() {
    assertThat(extract("Gunmen armed with grenades stormed a hotel in Kabul on Monday.").events())
        .singleElement().extracting(Event::type).isEqualTo(EventType.ARMED_ASSAULT);
    assertThat(extract("On Monday in Kabul the police engaged a group of insurgents with rockets.").events())
        .singleElement().extracting(Event::type).isEqualTo(EventType.ARMED_ASSAULT);
    assertThat(extract("Police raided a house with explosives in Kandahar on Monday.").events())
        .singleElement().extracting(Event::type).isEqualTo(EventType.ARMED_ASSAULT);
  }

  @Test
  void mortarShellsFiredAtACampAreTheShellingNotAShooting() {
    assertThat(extract("Mortar shells fired at a United Nations camp in Gao on Sunday killed one peacekeeper.").events())
        .singleElement().extracting(Event::type).isEqualTo(EventType.MISSILE_ATTACK);
  }

  @Test
  void aBomberWhoStrikesIsABombingAndAnAircraftThatStrikesAnAirStrike() {
    assertThat(extract("A suicide bomber struck a bank in Islamabad on Monday, killing one person.").events())
        .singleElement().extracting(Event::type).isEqualTo(EventType.BOMBING);
    assertThat(extract("A drone struck a compound in North Waziristan on Monday, killing four people.").events())
        .singleElement().extracting(Event::type).isEqualTo(EventType.MISSILE_ATTACK);
  }

  @Test
  void partsOfACountryCapturedAreNoArrest() {
    assertThat(extract("Iraqi forces have been fighting Islamic State militants since they captured large parts of "
        + "Iraq more than a year ago.").events()).extracting(Event::type).doesNotContain(EventType.ARREST);
  }

  @Test
  void detentionsNobodyIsSaidToMakeAfterAnOperationAreThatOperations() {
    Extraction x = extract("A combined Afghan and coalition force captured a Taliban leader during a security operation "
        + "in Dand district, Kandahar province, yesterday. The leader planned and coordinated attacks against coalition "
        + "forces. Intelligence tips led the force to a series of buildings in the district. During the search several "
        + "individuals were also detained for further questioning.");
    assertThat(x.events()).singleElement().extracting(Event::type).isEqualTo(EventType.ARREST);
  }

  @Test
  void detentionsInAnotherPlaceAreAnotherArrest() {
    Extraction x = extract("Police arrested five suspects in Karachi on Monday. Three men were arrested in Lahore on Monday.");
    assertThat(x.events()).extracting(Event::type).containsExactly(EventType.ARREST, EventType.ARREST);
  }

  @Test
  void aDateAComparisonMeasuresFromDatesNoEvent() {
    Extraction x = extract("A suicide bomber killed nine soldiers in Kabul on Wednesday. Wednesday's bombing is the "
        + "deadliest suicide bomb attack in the capital since U.S.-led forces ousted the Taleban in 2001.");
    assertThat(x.events()).singleElement().satisfies(e -> assertThat(e.time().value()).isEqualTo("2021-03-10"));
  }

  @Test
  void fireAimedAtNoOneIsNoShooting() {
    assertThat(extract("The delegation engaged in talks with the elders in Kunduz on Monday.").events()).isEmpty();
    assertThat(extract("The company fired the governor's nephew in Kabul on Monday.").events()).isEmpty();
    assertThat(extract("A fire destroyed the market in Kunduz on Monday.").events()).isEmpty();
  }

  @Test
  void twoOperationsWhoseVictimsShareNoOneStayApart() {
    Extraction x = extract("Gunmen shot dead a police officer in Kandahar on Monday.\n\nSeparately, soldiers killed "
        + "two smugglers near the border in Nimroz on Monday.");
    assertThat(x.events()).hasSize(2);
  }

  @Test
  void bombersWhoActAreAnIncidentAndBombersWhoWaitAreNone() {
    assertThat(extract("Suicide bombers on motorcycles detonated themselves near police headquarters in N'Djamena.")
        .events()).singleElement().extracting(Event::type).isEqualTo(EventType.BOMBING);
    assertThat(extract("A spokesman said scores of other would-be suicide bombers are waiting to launch attacks.")
        .events()).isEmpty();
  }

  @Test
  void anAttackWithATollOfItsOwnIsAnotherIncidentThoughItSharesTheProvince() {
    Extraction x = extract("An Afghan-international security force killed a Taliban sub-commander in Chahar Darah "
        + "district, Kunduz Province last night.\n\nRazaq is suspected of being involved in a roadside bomb attack "
        + "that killed two American soldiers near Isa Khan, Kunduz Province.");
    assertThat(x.events()).extracting(Event::killed).containsExactly(1, 2);
  }

  @Test
  void attacksSomeoneOrganisedSomewhereAreNoIncidentWithoutADayOrToll() {
    assertThat(extract("The facilitator provided supplies to insurgent fighters and organized attacks against Afghan "
        + "forces in Balkh province.").events()).isEmpty();
    assertThat(extract("Gunmen launched attacks on three checkpoints in Kunduz on Tuesday.").events()).hasSize(1);
  }

  @Test
  void weaponsMovedOrNamedAsACellAreNoEvent() {
    Extraction x = extract("The facilitator handled the movement of IEDs for a roadside bomb cell in Sabari district.");
    assertThat(x.events()).isEmpty();
  }

  @Test
  void attacksSomeoneHabituallyConductedAreNoIncident() {
    Extraction x = extract("The commander was responsible for conducting roadside bomb attacks against police forces.");
    assertThat(x.events()).isEmpty();
  }

  @Test
  void attacksSomeoneWasPlanningWhereverAimedAreNoIncident() {
    Extraction x = extract("An Afghan and coalition force killed the Taliban leader Alaudin in Andar district yesterday. "
        + "Prior to his death, Alaudin was planning attacks against Afghan National Police in Ghazni province.");
    assertThat(x.events()).extracting(Event::type).containsExactly(EventType.KILLING);
    // a plot named as such, aimed at a place, is one
    Extraction y = extract("Police foiled plots to launch missiles at the Khedar base in Uruzgan province.");
    assertThat(y.events()).extracting(Event::type).contains(EventType.PLOT);
  }

  @Test
  void whatSomeoneIsKnownToDoIsNoIncident() {
    assertThat(extract("He is known to intimidate the local citizens in Farah and kidnap those who do not support the "
        + "Taliban.").events()).isEmpty();
    assertThat(extract("Gunmen kidnapped two engineers in Farah on Monday.").events()).isNotEmpty();
  }

  @Test
  void attacksSomeoneLedAreNotDatedByTheSentenceTellingTheirCapture() {
    Extraction x = extract("An Afghan and coalition security force captured a Taliban leader who led roadside bomb and "
        + "direct fire attacks, in Paktika province, Saturday.");
    assertThat(x.events()).extracting(Event::type).containsExactly(EventType.ARREST);
    // what the one captured did, told as a deed, is an incident
    Extraction y = extract("Police arrested a man who threw grenades at a checkpoint in Kunduz on Monday.");
    assertThat(y.events()).extracting(Event::type).contains(EventType.BOMBING);
  }

  @Test
  void theRaidDuringWhichMenWereDetainedIsTheirArrest() {
    Extraction x = extract("An Afghan and coalition force detained several suspected insurgents during a raid to capture a "
        + "Taliban facilitator in Baghlan-e Jadid district yesterday.");
    assertThat(x.events()).extracting(Event::type).containsExactly(EventType.ARREST);
  }

  @Test
  void pluralAttacksWithATollAndPlaceAreAnIncident() {
    Extraction x = extract("Suicide bombings killed 14 people in Quetta on Monday.");
    assertThat(x.events()).singleElement().satisfies(e -> {
      assertThat(e.type()).isEqualTo(EventType.BOMBING);
      assertThat(e.killed()).isEqualTo(14);
      assertThat(locationName(x, e)).isEqualTo("Quetta");
    });
  }

  @Test
  void anArrestAfterAFrontedPlaceChainIsReadWithItsDistrictAndProvince() {
    Extraction x = extract("In Zurmat district, Paktiya province, a combined Afghan and coalition security force detained "
        + "three suspected insurgents.");
    assertThat(x.events()).singleElement().satisfies(e -> {
      assertThat(e.type()).isEqualTo(EventType.ARREST);
      LocalEntity at = entity(x, e.location()).orElseThrow();
      assertThat(at.name()).startsWith("Zurmat");
      assertThat(at.geo()).isNotNull();
      assertThat(at.geo().province()).isEqualTo("Paktia");
    });
  }

  @Test
  void aParticipleAfterADeterminerIsNoArrest() {
    Extraction x = extract("The detained men were questioned by officials in Kabul.");
    assertThat(x.events()).extracting(Event::type).doesNotContain(EventType.ARREST);
  }

  @Test
  void anUnknownDistrictTakesItsProvinceFromTheChain() {
    Extraction x = extract("Gunmen shot dead a teacher in Andar district, Ghazni province, on Friday.");
    assertThat(x.events()).singleElement().satisfies(e -> {
      LocalEntity at = entity(x, e.location()).orElseThrow();
      assertThat(at.name()).startsWith("Andar");
      assertThat(at.geo().country()).isEqualTo("AF");
      assertThat(at.geo().province()).isEqualTo("Ghazni");
    });
  }

  @Test
  void killingAndDetainingInOneClauseAreOneOperation() {
    Extraction x = extract("A patrol killed a Taliban commander and detained two fighters in Gereshk on Sunday.");
    assertThat(x.events()).hasSize(1);
  }

  @Test
  void aSentenceReferringBackToTheOperationJoinsIt() {
    Extraction x = extract("Afghan forces raided a compound in Khost city on Tuesday, killing two insurgents. "
        + "During the operation, the force also detained two suspected insurgents.");
    assertThat(x.events()).hasSize(1);
  }

  @Test
  void aSecondIncidentWithItsOwnPlaceAndDayStaysApart() {
    Extraction x = extract("Gunmen attacked a checkpoint in Kunduz on Monday, killing three police officers. "
        + "In Baghlan, police arrested two men on Wednesday.");
    assertThat(x.events()).extracting(Event::type).containsExactly(EventType.ARMED_ASSAULT, EventType.ARREST);
  }

  @Test
  void aCountryModifyingTheStrikeActsInItAndIsNotItsPlace() {
    Extraction x = extract("Four militants were killed in a US drone strike in North Waziristan on Thursday.");
    Event strike = x.events().getFirst();
    assertThat(strike.type()).isEqualTo(EventType.MISSILE_ATTACK);
    assertThat(locationName(x, strike)).contains("Waziristan");
    assertThat(named(x, strike, Role.PERPETRATOR)).anySatisfy(n -> assertThat(n).contains("US"));
  }

  @Test
  void theAgentOfAParticipleOnTheBombIsItsPerpetrator() {
    Extraction x = extract("A bomb planted by Boko Haram militants exploded at a market in Maiduguri, killing six people.");
    Event bombing = x.events().getFirst();
    assertThat(bombing.type()).isEqualTo(EventType.BOMBING);
    assertThat(named(x, bombing, Role.PERPETRATOR)).anySatisfy(n -> assertThat(n).contains("Boko Haram"));
    assertThat(locationName(x, bombing)).isEqualTo("Maiduguri");
  }

  @Test
  void aGroupNamedAsTheAttacksModifierIsItsPerpetrator() {
    Extraction x = extract("Nine police officers died in a Taliban attack on a checkpoint in Kunduz on Friday.");
    assertThat(x.events()).anySatisfy(e -> assertThat(named(x, e, Role.PERPETRATOR)).contains("Taliban"));
  }

  @Test
  void theGroupAnOperationWentAfterIsItsTarget() {
    Extraction x = extract("Afghan forces detained four men during an operation in search of a Haqqani leader in Khost province.");
    Event arrest = x.events().getFirst();
    assertThat(arrest.participants()).filteredOn(p -> p.role() == Role.TARGET).extracting(Participant::text)
        .anySatisfy(t -> assertThat(t).contains("Haqqani"));
  }

  @Test
  void anAttackCarriedOutIsNoInventory() {
    Extraction x = extract("Gunmen carried out the attack on a checkpoint in Kunduz on Monday.");
    assertThat(x.events()).hasSize(1);
  }

  @Test
  void repeatedAttacksAreAPatternNotAnIncident() {
    Extraction x = extract("Lamu has suffered repeated al-Shabaab attacks since 2014.");
    assertThat(x.events()).isEmpty();
  }

  @Test
  void anEventToldAfterTheLeadTakesTheLeadsDayAndPlace() {
    // document date 2021-03-10: "yesterday" is the 9th
    Extraction x = extract("Afghan and coalition forces conducted a security operation in Chora district,"
        + " Uruzgan province, yesterday. The force isolated a compound. After questioning, the force"
        + " detained three suspected insurgents.");
    Event arrest = x.events().getFirst();
    assertThat(arrest.type()).isEqualTo(EventType.ARREST);
    assertThat(arrest.time().value()).isEqualTo("2021-03-09");
    assertThat(locationName(x, arrest)).contains("Chora");
  }

  @Test
  void theNearestDayToldBeforeAnUndatedEventIsItsDayNotAnEarlierOne() {
    Extraction x = extract("Gunmen attacked a checkpoint in Kunduz on Monday. Police raided a house in"
        + " Baghlan on Wednesday. The police detained four men.");
    assertThat(x.events()).filteredOn(e -> e.type() == EventType.ARREST)
        .allSatisfy(e -> assertThat(e.time().value()).isEqualTo("2021-03-10"));
  }

  @Test
  void aDayThatDatesAStatementSetsNoScene() {
    Extraction x = extract("The ministry said on Monday that the border would stay closed."
        + " Police detained four men in Baghlan.");
    Event arrest = x.events().getFirst();
    assertThat(arrest.type()).isEqualTo(EventType.ARREST);
    assertThat(arrest.time().value()).isNull();
  }

  @Test
  void aPlanToldAfterTheLeadTakesNoDayFromIt() {
    Extraction x = extract("Afghan forces killed a Taliban commander in Chora district yesterday."
        + " The commander had been plotting an attack on the provincial council.");
    assertThat(x.events()).filteredOn(e -> e.type() == EventType.PLOT)
        .allSatisfy(e -> assertThat(e.time().value()).isNull());
  }

  @Test
  void victimsOfAKillingWordAreItsDead() {
    assertThat(extract("Two shopkeepers were executed by militants in Mosul on Monday.").events().getFirst().killed())
        .isEqualTo(2);
    assertThat(extract("A village elder was beheaded by militants in Kulgam on Friday.").events().getFirst().killed())
        .isEqualTo(1);
  }

  @Test
  void victimsOfAShootingOrKidnappingAreNotCountedDead() {
    assertThat(extract("Two shopkeepers were shot by militants in Mosul on Monday.").events().getFirst().killed())
        .isNull();
    assertThat(extract("Three engineers were kidnapped by militants in Kulgam on Friday.").events().getFirst().killed())
        .isNull();
  }

  @Test
  void whomTheForceWasSearchingForOrPursuingIsTheOperationsTarget() {
    for (String text : List.of(
        "Afghan forces detained three men in Khost province while searching for a Haqqani commander.",
        "Afghan forces detained three men in Khost province on Monday while in pursuit of a Taliban commander.",
        "Afghan forces targeted a Haqqani facilitator and detained three men in Khost province.")) {
      Event arrest = extract(text).events().getFirst();
      assertThat(arrest.participants()).as(text).filteredOn(p -> p.role() == Role.TARGET).extracting(Participant::text)
          .anySatisfy(t -> assertThat(t).containsAnyOf("Haqqani", "Taliban"));
    }
  }

  @Test
  void theOperationToldInTheEventsOwnSentenceGivesWhomItSoughtHoweverItIsParsed() {
    Extraction x = extract("In Qalat district, Zabul province, an Afghan and coalition combined security force detained "
        + "numerous suspected insurgents during a security operation targeting a Taliban facilitator, yesterday.");
    assertThat(x.events()).singleElement().satisfies(e -> assertThat(named(x, e, Role.TARGET)).anyMatch(n -> n.contains("Taliban")));
    Extraction y = extract("An Afghan and coalition security force conducted a search operation for a Taliban leader in Nawah-ye "
        + "Barakzai district, Helmand province, today. Multiple suspected insurgents were detained during the operation.");
    assertThat(y.events()).singleElement().satisfies(e -> assertThat(named(y, e, Role.TARGET)).anyMatch(n -> n.contains("Taliban")));
  }

  @Test
  void anOperationThatSoughtThingsOrNoOneGivesNoTarget() {
    Extraction x = extract("Police detained two men during a security operation searching for weapons in Kandahar on Monday.");
    assertThat(x.events()).allSatisfy(e -> assertThat(named(x, e, Role.TARGET)).isEmpty());
    Extraction y = extract("Police detained two men during a security operation in Kandahar on Monday. "
        + "A search operation for missing children began in Kabul.");
    assertThat(y.events()).allSatisfy(e -> assertThat(named(y, e, Role.TARGET)).isEmpty());
  }

  @Test
  void whatTheDoersOfADeedToldTriedToDoIsHowTheyDidItNotAPlot() {
    Extraction x = extract("Taliban militants attacked the Justice Ministry in Kabul on Wednesday. Eight suicide attackers "
        + "also died in the assault after they tried to kill as many people as possible.");
    assertThat(x.events()).extracting(Event::type).doesNotContain(EventType.PLOT);
    Extraction y = extract("Militants tried to kill the governor of Kunar on Monday.");
    assertThat(y.events()).isNotEmpty();
  }

  @Test
  void thePlotOfAnAttackToldIsItsPlanningNotAnotherIncident() {
    Extraction x = extract("Gunmen attacked a police academy outside Lahore on Monday, killing eight recruits. "
        + "The captured gunman gave authorities details of the plot.");
    assertThat(x.events()).extracting(Event::type).doesNotContain(EventType.PLOT);
    Extraction y = extract("Police foiled a plot to bomb a market in Lahore on Monday. Details of the plot were not released.");
    assertThat(y.events()).extracting(Event::type).contains(EventType.PLOT);
  }

  @Test
  void deedsSpreadOverMonthsAreATallyNotAnIncident() {
    assertThat(extract("U.S. drone aircraft are believed to have fired more than 40 missiles at suspected militants in "
        + "northwest Pakistan in recent months.").events()).isEmpty();
    // reported, and parsed with the span hung on "suspected"
    assertThat(extract("Pakistani officials say U.S. drone aircraft are believed to have fired more than 40 missiles at "
        + "suspected al-Qaida and Taliban members in northwest Pakistan in recent months.").events()).isEmpty();
    assertThat(extract("Militants fired two rockets at a base in Khost on Monday.").events()).isNotEmpty();
  }

  @Test
  void attacksThreatenedAreNoIncident() {
    Extraction w = extract("Officials say Monday's assault on a police academy outside Lahore was planned by a Taliban "
        + "commander who is now threatening attacks inside the United States.");
    assertThat(w.events()).extracting(Event::type).doesNotContain(EventType.PLOT);
    Extraction x = extract("Militants threatened a journalist and then attacked his home in Buner on Monday.");
    assertThat(x.events()).isNotEmpty();
  }

  @Test
  void aPlaceMeasuredFromIsALandmarkNotTheEventsPlace() {
    Extraction x = extract("A bomb set by Al-Shabaab militants killed four soldiers near Lanta Buro, about 40 kilometers "
        + "from the capital Mogadishu.");
    assertThat(x.events()).singleElement().satisfies(e -> assertThat(locationName(x, e)).isEqualTo("Lanta Buro"));
    // with no other place named, the landmark is the nearest the text gives
    Extraction y = extract("A bomb killed four soldiers 40 kilometers west of Mogadishu on Monday.");
    assertThat(y.events()).singleElement().satisfies(e -> assertThat(locationName(y, e)).isEqualTo("Mogadishu"));
  }

  @Test
  void aSearchInAnotherClauseOrOfAPlaceGivesNoTarget() {
    Extraction x = extract("Police searched for survivors after militants attacked a checkpoint in Kunduz on Monday.");
    assertThat(x.events()).allSatisfy(e -> assertThat(e.participants()).filteredOn(p -> p.role() == Role.TARGET)
        .extracting(Participant::text).noneSatisfy(t -> assertThat(t).contains("survivors")));
  }

  @Test
  void theIncidentIsAtThePlaceNamedInsideAnotherNotAtTheOneContainingIt() {
    Extraction possessive = extract("Militants killed a policeman in Balochistan's Kech district on Monday.");
    assertThat(locationName(possessive, possessive.events().getFirst())).contains("Kech");
    Extraction of = extract("Six police officers were killed in the Surobi district of the Afghan province of Kabul on Monday.");
    assertThat(locationName(of, of.events().getFirst())).contains("Surobi");
  }

  @Test
  void aCountryBeforeATownsDesignatorSaysWhereTheTownIsNotItsName() {
    Extraction x = extract("Gunmen attacked an army checkpoint in the northern Mali city of Timbuktu, killing a soldier.");
    assertThat(locationName(x, x.events().getFirst())).isEqualTo("Timbuktu");
    // a district named by its compound still lies in the province after "of"
    Extraction y = extract("Six police officers were killed in the Surobi district of the province of Kabul on Monday.");
    assertThat(locationName(y, y.events().getFirst())).contains("Surobi");
  }

  @Test
  void anUnknownPlaceNamedInsideAKnownTownYieldsToTheTown() {
    Extraction x = extract("A bomb exploded near a bus terminal at the Gulzar Road area in Chaman on Monday, injuring"
        + " three civilians.");
    assertThat(locationName(x, x.events().getFirst())).isEqualTo("Chaman");
    // an unknown district inside a province is still the more specific place (the test above)
  }

  @Test
  void anyOrSuchAnAttackIsAKindNotAnotherIncident() {
    Extraction x = extract("Gunmen attacked a hospital in Kabul on Monday, killing three doctors. Any such attack on"
        + " civilians is despicable and cowardly.");
    assertThat(x.events()).hasSize(1);
  }

  @Test
  void twoPlacesSideBySideKeepTheNearestAsThePlace() {
    Extraction x = extract("Gunmen attacked a checkpoint in Kunduz on Monday, and police said Kabul sent reinforcements.");
    assertThat(locationName(x, x.events().getFirst())).isEqualTo("Kunduz");
  }

  @Test
  void aReleaseNumberDatesNothing() {
    Extraction x = extract("ISAF Joint Command - Afghanistan 2010-11-S-260 For Immediate Release Download PDF\n\n"
        + "Coalition forces killed one insurgent and wounded three others during an air strike in Logar province.");
    assertThat(x.events()).allSatisfy(e -> assertThat(e.time().value()).isNotEqualTo("2010"));
  }

  @Test
  void aTownTheTaggerTookForAPersonOrWhoseNameOpensWithATitleIsStillTheTown() {
    Extraction x = extract("Twenty-four people were injured after a hand grenade was hurled at a festival in Dera Ismail Khan.");
    assertThat(x.events()).singleElement().satisfies(e -> assertThat(locationName(x, e)).isEqualTo("Dera Ismail Khan"));
    Extraction y = extract("Taliban attacked a government checkpoint in Imam Sahib District, killing ten.");
    assertThat(y.events()).singleElement().satisfies(e -> assertThat(locationName(y, e)).startsWith("Imam Sahib"));
    Extraction f = extract("Between 2 and 11 police were killed by insurgents in Farah.");
    assertThat(f.events()).singleElement().satisfies(e -> assertThat(locationName(f, e)).isEqualTo("Farah"));
    Extraction u = extract("At least two policemen have been killed as result of a Taliban attack in central Urozgan province.");
    assertThat(u.events()).singleElement().satisfies(e -> assertThat(locationName(u, e)).isEqualTo("Urozgan"));
    // "in Farah's house" is a person's house
    assertThat(extract("Gunmen killed two guards in Farah's house on Monday.").entities())
        .noneSatisfy(e -> assertThat(e.type()).isEqualTo(EntityType.LOCATION));
    // a person after "with" stays a person; a title before a person's name is no part of it
    Extraction z = extract("Imam Abdul Qadir met Imran Khan in Islamabad on Monday after a bomb killed two guards.");
    assertThat(z.entities()).filteredOn(e -> e.type() == EntityType.PERSON).extracting(LocalEntity::name)
        .contains("Imran Khan", "Abdul Qadir");
  }

  @Test
  void aListOfIncidentNumbersDatesNothingButAListOfYearsInProseDoes() {
    Extraction x = extract("Invented Command - Afghanistan 2011-01-S-169 1979, 1928, 1965, 1920, 1885, 1870, 1838 "
        + "For Immediate Release Download PDF\n\nKABUL, Afghanistan (Jan. 15)\n\nIn the same province, an air weapons team "
        + "engaged the enemy position, killing two insurgents.");
    assertThat(x.events()).isNotEmpty().allSatisfy(e -> assertThat(e.time().value()).isNull());
    Extraction years = extract("Police said the cell bombed markets in Quetta in 2009, 2010 and 2011.");
    assertThat(years.events()).isNotEmpty().anySatisfy(e -> assertThat(e.time().value()).isNotNull());
  }

  @Test
  void anUnfilledReleaseNumberDatesNothing() {
    Extraction x = extract("Invented Command - Afghanistan 2010-08-CA-XXX For Immediate Release Download PDF\n\n"
        + "KABUL, Afghanistan (Aug. 18)\n\nA security force detained two suspected insurgents in Paktiya province.");
    assertThat(x.events()).isNotEmpty().allSatisfy(e -> assertThat(e.time().value()).isNull());
  }

  @Test
  void anEventIsNeverDatedBefore1900OrAfterItsReport() {
    // the report is dated 10 March 2021
    Extraction old = extract("Coalition forces killed two insurgents in Kajaki district, file 0580.");
    assertThat(old.events()).isNotEmpty().allSatisfy(e -> assertThat(e.time().value()).isNull());
    Extraction later = extract("Gunmen killed two police officers in Quetta on May 4, 2023.");
    assertThat(later.events()).isNotEmpty().allSatisfy(e -> assertThat(e.time().value()).isNull());
    Extraction plan = extract("The court said the bombers will be sentenced on May 4, 2023.");
    assertThat(plan.events()).allSatisfy(e -> assertThat(e.time().value()).isIn("2023-05-04", null));
    Extraction before = extract("Gunmen killed two police officers in Quetta on March 4, 2021.");
    assertThat(before.events()).extracting(e -> e.time().value()).containsExactly("2021-03-04");
  }

  @Test
  void whoKilledInAnAttackCarriedItOut() {
    Extraction x = extract("The PKK killed two Turkish soldiers in a grenade attack on an outpost in Dohuk on Monday.");
    assertThat(x.events()).anySatisfy(e -> assertThat(named(x, e, Role.PERPETRATOR)).anySatisfy(n -> assertThat(n).contains("Kurdistan")));
    Extraction bomb = extract("A bomb killed four people in an attack on a market in Dohuk on Monday.");
    assertThat(bomb.events()).allSatisfy(e -> assertThat(named(bomb, e, Role.PERPETRATOR)).isEmpty());
  }

  @Test
  void openingFireOnSomeoneIsAShootingButAFireStationIsNot() {
    Extraction x = extract("Gunmen opened fire on a minibus in Quetta on Monday, killing four passengers.");
    assertThat(x.events()).extracting(Event::type).containsExactly(EventType.ARMED_ASSAULT);
    assertThat(named(x, x.events().getFirst(), Role.PERPETRATOR)).contains("Gunmen");
    assertThat(extract("The mayor opened a new fire station in Quetta on Monday.").events()).isEmpty();
  }

  @Test
  void theOneAParticipleDescribesIsItsPatient() {
    Extraction x = extract("An Afghan force conducted an operation in Ghazni district resulting in one Taliban"
        + " facilitator killed yesterday.");
    assertThat(x.events()).anySatisfy(e -> assertThat(e.participants()).filteredOn(p -> p.role() == Role.VICTIM)
        .extracting(Participant::text).anySatisfy(t -> assertThat(t).contains("Taliban")));
  }

  @Test
  void aLongSoughtPhraseKeepsItsModifiersNotItsClauses() {
    Extraction x = extract("Afghan forces detained several men in Zabul province on Friday while in pursuit of a"
        + " Taliban commander involved in the production and planning of roadside bombs used against Afghan and"
        + " coalition forces in the province.");
    assertThat(x.events().getFirst().participants()).filteredOn(p -> p.role() == Role.TARGET)
        .extracting(Participant::text).anySatisfy(t -> assertThat(t).contains("Taliban commander"));
  }

  /** The location of the event the group's CLAIMED claim is about. */
  private static String claimedPlace(Extraction x, String group) {
    String key = x.entities().stream().filter(e -> e.name().equals(group)).findFirst().orElseThrow().key();
    String event = x.claims().stream().filter(c -> c.subject().equals(key) && c.predicate() == org.triangulate.model.Predicate.CLAIMED)
        .map(org.triangulate.model.Claim::object).filter(Objects::nonNull).findFirst().orElseThrow();
    return locationName(x, x.events().stream().filter(e -> e.key().equals(event)).findFirst().orElseThrow());
  }

  @Test
  void theAttackClaimedIsTheIncidentItsParagraphIsAboutNotTheGunfightThatEndedIt() {
    Extraction x = EXTRACTOR.extract(Fixtures.paragraphs("A radio station was attacked in Jalalabad by three gunmen. "
        + "One gunman blew himself up while the others were killed during a gunfight with police in Behsud. "
        + "Islamic State claimed responsibility for the attack.", LocalDate.of(2021, 3, 10)));
    assertThat(claimedPlace(x, "Islamic State")).isEqualTo("Jalalabad");
  }

  @Test
  void theAttackClaimedInALaterParagraphIsThatParagraphsIncident() {
    Extraction x = EXTRACTOR.extract(Fixtures.paragraphs("Gunmen attacked a checkpoint in Kandahar on Monday.\n\n"
        + "In a separate incident, militants attacked a school in Herat on Monday. "
        + "The Taliban claimed responsibility for the attack.", LocalDate.of(2021, 3, 10)));
    assertThat(claimedPlace(x, "Taliban")).isEqualTo("Herat");
  }

  @Test
  void capturingAPlaceIsNoArrest() {
    assertThat(extract("Islamist insurgents captured the city of Mosul last month.").events())
        .noneSatisfy(e -> assertThat(e.type()).isEqualTo(EventType.ARREST));
    assertThat(extract("The fighters seized the district centre in Kunduz on Monday.").events())
        .noneSatisfy(e -> assertThat(e.type()).isEqualTo(EventType.ARREST));
    assertThat(extract("Police captured two Taliban fighters in Kunduz on Monday.").events())
        .anySatisfy(e -> assertThat(e.type()).isEqualTo(EventType.ARREST));
    assertThat(extract("In Nad Ali district, Helmand province, a Taliban leader was captured by Afghan forces today.")
        .events()).anySatisfy(e -> assertThat(e.type()).isEqualTo(EventType.ARREST));
    assertThat(extract("Hezb-e Islami Gulbuddin Leaders Captured in Parwan, Khost").events())
        .anySatisfy(e -> assertThat(e.type()).isEqualTo(EventType.ARREST));
  }

  @Test
  void anAttackWaitedForOrThreatenedIsNoIncident() {
    assertThat(extract("The Taliban say they have more suicide bombers waiting to strike in Kabul.").events()).isEmpty();
    assertThat(extract("The group threatened to attack polling stations in Herat.").events())
        .noneSatisfy(e -> assertThat(e.type()).isNotEqualTo(EventType.PLOT));
    assertThat(extract("Gunmen waited for the convoy and then attacked it near Herat on Monday.").events())
        .isNotEmpty();
  }
}
