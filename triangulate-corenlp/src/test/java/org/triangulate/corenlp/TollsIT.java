package org.triangulate.corenlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.triangulate.corenlp.Extracted.EXTRACTOR;
import static org.triangulate.corenlp.Extracted.extract;
import static org.triangulate.corenlp.Extracted.only;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.triangulate.model.Event;
import org.triangulate.model.EventType;
import org.triangulate.model.Extraction;

/**
 * How many an incident killed and wounded, read through the real models and parser from the
 * shapes reference lists and wire copy use: a toll in the historical present, a toll told in the
 * next sentence, dead left behind, a number word opening a sentence. Every sentence is invented;
 * the places and groups are real.
 */
class TollsIT {
  @Test
  void anIncidentToldInTheHistoricalPresentWithItsTollIsAnIncident() {
    Event e = only("A car bomb blast in Kirkuk kills at least four people and injures 9.");
    assertThat(e.killed()).isEqualTo(4);
    assertThat(e.injured()).isEqualTo(9);
    assertThat(only("Militants attack an army post near Gao, killing a soldier.").killed()).isEqualTo(1);
    assertThat(only("A militant beheads a hostage in Raqqa.").killed()).isEqualTo(1);
  }

  @Test
  void someOfAGroupKilledCountsTheSome() {
    assertThat(only("Police killed two of the gunmen in Quetta on Monday.").killed()).isEqualTo(2);
    assertThat(only("The force engaged the insurgents in Gardez, killing three of the attackers.").killed()).isEqualTo(3);
    assertThat(only("A bomb went off at a mosque in Kirkuk, resulting in the death of one of the children and the "
        + "injury of 2 others.").killed()).isEqualTo(1);
    // "most of" counts no number
    assertThat(only("Police killed most of the gunmen in Quetta on Monday.").killed()).isNull();
  }

  @Test
  void aVictimNamedByTitleAndNameOrWhoseVerbTheParserSplitCountsOne() {
    assertThat(only("Coalition forces killed al-Qaeda associated Taliban leader, Wali, in Kunar on Monday.").killed())
        .isEqualTo(1);
    assertThat(only("A man aimed a rifle at soldiers in Baghlan on Monday. They reacted and killed the insurgent commander.")
        .killed()).isEqualTo(1);
    assertThat(only("An Iraqi was killed and eight others were injured in a bomb blast in Kirkuk on Monday.").killed())
        .isEqualTo(1);
    // a place in apposition names no one
    assertThat(only("Three militants were killed and two others injured in an accidental blast at a camp near Ukhrul "
        + "village, Kamjong district, Manipur.").killed()).isEqualTo(3);
    // the object of the first verb, before the killing verb, is not its victim
    assertThat(only("Soldiers searched four compounds and killed in Baghlan on Monday.").killed()).isNull();
  }

  @Test
  void themBothCountsTwo() {
    assertThat(only("Unidentified militants opened fire on two civilians in Baghdad on Monday, killing them both.")
        .killed()).isEqualTo(2);
    // "them" alone says no number
    assertThat(only("Unidentified militants opened fire on civilians in Baghdad on Monday, killing them.")
        .killed()).isNull();
  }

  @Test
  void aManToldAsHeOrSheWhoWasKilledCountsOne() {
    assertThat(only("An armed man fired on the patrol in Gardez. He was engaged and killed.").killed()).isEqualTo(1);
    // he killed others: the killer is no victim
    assertThat(only("A gunman entered a shop in Quetta. He killed the owner.").killed()).isEqualTo(1);
    assertThat(only("A gunman fired on a patrol in Quetta. He was arrested.").killed()).isNull();
  }

  @Test
  void aHabitInThePresentTenseIsNoIncident() {
    assertThat(extract("Car bombs kill civilians in Kirkuk.").events()).isEmpty();
    assertThat(extract("Such bombings kill hundreds of people every year in Iraq.").events()).isEmpty();
  }

  @Test
  void aKillingInAnAttackNoRuleTakesAsAnIncidentIsStillAnIncident() {
    // the mortar fire is a weapon named, no event of its own: the killing must not defer to it
    Event e = only("A peacekeeper was killed and two other peacekeepers were injured in mortar fire in Gao.");
    assertThat(e.killed()).isEqualTo(1);
    assertThat(e.injured()).isEqualTo(2);
    assertThat(only("Mortar rounds were fired at a market in Hodan District, killing four traders.").killed())
        .isEqualTo(4);
  }

  @Test
  void aNumberWordOpeningTheTollSentenceCounts() {
    Event e = only("A suicide bomber blew himself up at a mosque in Kirkuk. Eleven worshippers were killed with twenty wounded, all civilians.");
    assertThat(e.killed()).isEqualTo(11);
  }

  @Test
  void theDeadAnAttackLeftAreItsToll() {
    assertThat(only("Gunmen attacked a checkpoint near Baga, leaving 9 soldiers dead.").killed()).isEqualTo(9);
    assertThat(only("A mortar attack by militants in Gao left a boy dead.").killed()).isEqualTo(1);
    assertThat(only("Two traders were shot dead by militants in Gao on Monday.").killed()).isEqualTo(2);
  }

  @Test
  void deathsToldWithoutAKillingVerbAfterTheAttackAreItsToll() {
    Event e = only("A bus was blown up by a roadside bomb near Quetta on Monday. At least 17 passengers perished in the blast.");
    assertThat(e.killed()).isEqualTo(17);
    assertThat(only("A suicide bomber attacked a market in Maiduguri on Friday. Six people died.").killed()).isEqualTo(6);
  }

  @Test
  void deathsCountedAsANounAreTheToll() {
    assertThat(only("Afghan forces ambushed a group of insurgents in Kunar on Monday, which resulted in the deaths of "
        + "five fighters.").killed()).isEqualTo(5);
    assertThat(only("The final engagement of the raid in Kunar on Monday resulted in ten insurgent deaths.").killed())
        .isEqualTo(10);
    // a judgment sends no one dead
    assertThat(only("Militants attacked a court in Kano on Monday after it sentenced a preacher to death.").killed())
        .isNull();
  }

  @Test
  void menShotDeadInARaidAreTheRaidsToll() {
    Event e = only("On Monday, militants raided a village near Lamu, shooting dead two men and burning a school.");
    assertThat(e.type()).isEqualTo(EventType.ARMED_ASSAULT);
    assertThat(e.killed()).isEqualTo(2);
  }

  @Test
  void deathsWithNoAttackToldAreNoIncident() {
    assertThat(extract("Six people died in floods in Maiduguri on Friday.").events()).isEmpty();
    assertThat(extract("Floods in Maiduguri resulted in the deaths of six people on Friday.").events()).isEmpty();
  }

  @Test
  void aDeathAnOperationResultedInIsAKilling() {
    Event e = only("On Sunday, an Afghan and coalition security force conducted an operation in Tarin Kowt district, "
        + "Uruzgan province that resulted in the death of Maulawi Tayeb, a local Taliban leader.");
    // a leader killed by name reads as an assassination, like any killing of one
    assertThat(e.type()).isIn(EventType.KILLING, EventType.ASSASSINATION);
    assertThat(e.killed()).isEqualTo(1);
    // one of several things an operation brought
    Extraction x = extract("A combined Afghan and coalition force conducted a security operation which resulted in the "
        + "detention of several suspected insurgents and the death of a local national in Dowlat district yesterday.");
    assertThat(x.events()).singleElement().satisfies(ev -> assertThat(ev.killed()).isEqualTo(1));
    // nor is a death the floods brought among other things any killing
    assertThat(extract("The floods resulted in the destruction of 40 houses and the death of a farmer in Dowlat "
        + "district yesterday.").events()).isEmpty();
  }

  @Test
  void aNotableOfTheArmedSideKilledIsAKillingNotAnAssassination() {
    assertThat(only("Gunmen killed a district governor in Kunar on Monday.").type()).isEqualTo(EventType.ASSASSINATION);
    assertThat(only("Afghan forces killed an insurgent commander in Kunar on Monday.").type()).isEqualTo(EventType.KILLING);
    // a leader of an armed group the knowledge base knows is of the armed side too; a party's is not
    assertThat(only("Afghan forces killed a Taliban leader in Kunar on Monday.").type()).isEqualTo(EventType.KILLING);
    assertThat(only("Security forces killed a local Haqqani network commander in Khost on Monday.").type())
        .isEqualTo(EventType.KILLING);
    assertThat(only("Gunmen killed a Pakistan Peoples Party leader in Karachi on Monday.").type())
        .isEqualTo(EventType.ASSASSINATION);
  }

  @Test
  void theVictimsOfAMisparsedKillingVerbAreCounted() {
    assertThat(only("Militants ambushed and killed five policemen and two others were injured in Awaran.").killed())
        .isEqualTo(5);
  }

  @Test
  void victimsNamedTogetherAreCountedTogether() {
    assertThat(only("Gunmen opened fire on a patrol in Quetta on Monday, killing a policeman and a civilian.").killed())
        .isEqualTo(2);
    assertThat(only("Security forces killed a Taliban leader and one other insurgent in Kunar on Monday.").killed())
        .isEqualTo(2);
    assertThat(only("A French soldier and his Afghan interpreter were killed when gunmen attacked their convoy in Logar "
        + "on Monday.").killed()).isEqualTo(2);
    // a number before them counts them all; the wounded beside the dead are not among them
    assertThat(only("Thirteen soldiers and policemen were executed by militants in Mosul on Monday.").killed())
        .isEqualTo(13);
    assertThat(only("A bomb killed two soldiers and 4 others were injured in Baghdad on Monday.").killed()).isEqualTo(2);
    assertThat(only("A bomb in Baghdad on Monday left twenty people dead and 55 wounded.").killed()).isEqualTo(20);
    assertThat(only("A bomb killed two students in Kabul on Monday and wounded three others, all civilians.").killed())
        .isEqualTo(2);
  }

  @Test
  void theDeadAndTheWoundedToldSideBySideAreCountedApart() {
    Event e = only("Eight people were killed and 19 wounded on Saturday when a suicide bomber blew himself up at a "
        + "checkpoint in Mosul.");
    assertThat(e.killed()).isEqualTo(8);
    assertThat(e.injured()).isEqualTo(19);
    assertThat(only("A soldier was killed in Gao on Monday and two other soldiers wounded when a landmine exploded.")
        .injured()).isEqualTo(2);
    Event f = only("Gunmen opened fire on a group of pilgrims in Quetta on Friday, killing at least 8 and wounding 15.");
    assertThat(f.killed()).isEqualTo(8);
    assertThat(f.injured()).isEqualTo(15);
  }

  @Test
  void theSecondClauseWithItsVerbLeftOutCountsItsOwnNumber() {
    Event e = only("A supply convoy fell into an ambush near Nampala on Monday. Nine were killed and 5 injured.");
    assertThat(e.killed()).isEqualTo(9);
    assertThat(e.injured()).isEqualTo(5);
    assertThat(only("Three people were killed and 5 wounded in attacks by insurgents in Baghdad.").injured()).isEqualTo(5);
    Event f = only("A policeman was killed and another injured when militants attacked a police vehicle in Kulgam.");
    assertThat(f.killed()).isEqualTo(1);
    assertThat(f.injured()).isEqualTo(1);
    assertThat(only("One soldier was killed and another was injured in a roadside bombing near Qandala.").injured()).isEqualTo(1);
  }

  @Test
  void livesLostOrTakenAreDeaths() {
    assertThat(only("At least five policemen lost their lives when militants ambushed a patrol in Kech district on Monday.")
        .killed()).isEqualTo(5);
    assertThat(only("A double blast at a cafe claimed another 20 lives in Muqdadiyah on Monday.").killed()).isEqualTo(20);
    assertThat(only("A bomb took the lives of three civilians in Kabul on Monday.").killed()).isEqualTo(3);
    // "life" of another verb is no death
    assertThat(only("A court sentenced the bomber to life in prison for an attack in Kabul that wounded four people.")
        .killed()).isNull();
  }

  @Test
  void aNumberOpeningAPhraseWhoseHeadANameModifiesCountsTheHead() {
    assertThat(only("An IED was detonated at a checkpoint in Quetta, killing six Frontier Corps (FC) personnel and wounding another one.").killed())
        .isEqualTo(6);
  }

  @Test
  void anotherActingIsNoCountOfTheHarmed() {
    // the army is the second clause's killer, not its dead
    Event e = only("Militants killed three policemen in an ambush near Gao on Monday and the army killed two militants.");
    assertThat(e.killed()).isNotEqualTo(1);
  }

  @Test
  void noOneKilledCountsNoneAndIsNoKilling() {
    Event e = only("Militants attacked a checkpoint in Kabul on Monday. No one was killed.");
    assertThat(e.killed()).isIn(null, 0);
    assertThat(e.type()).isEqualTo(EventType.ATTACK);
    assertThat(only("A bomb exploded near a police station in Kabul on Monday, but nobody was hurt.").injured())
        .isIn(null, 0);
    // "one" with no "no" still counts one
    assertThat(only("Militants attacked a checkpoint in Kabul on Monday. One policeman was killed.").killed()).isEqualTo(1);
  }

  @Test
  void anAgeSetOffAfterTheNameIsNoCount() {
    assertThat(only("Ahmad Khan, 45, a shopkeeper, was shot dead by gunmen in Quetta on Monday.").killed()).isEqualTo(1);
    assertThat(only("Gunmen shot dead 45 people in Quetta on Monday.").killed()).isEqualTo(45);
  }

  @Test
  void aNamedVictimIsOneDead() {
    assertThat(only("Afghan forces killed Taliban commander Mullah Karimullah in Kunar on Monday.").killed()).isEqualTo(1);
  }

  @Test
  void theKillerIsNotCountedAmongTheDead() {
    assertThat(only("Two gunmen attacked a police post in Quetta on Monday and killed its guard.").killed()).isEqualTo(1);
    assertThat(only("Three gunmen attacked a market in Quetta on Monday.").killed()).isNull();
  }

  @Test
  void theTollNearestTheEventWordIsItsOwn() {
    Extraction x = extract("A car bomb killed 12 people in Kirkuk on Monday, a day after a roadside bomb killed three "
        + "soldiers in Tikrit.");
    assertThat(x.events()).extracting(Event::killed).containsExactly(12, 3);
  }

  @Test
  void aHeadlineSummingTheDaysDeadIsNoIncidentOfItsOwn() {
    Extraction x = EXTRACTOR.extract(Fixtures.titled("Bombings Kill 20 in Baghdad",
        "A car bomb exploded near a market in Baghdad on Monday, killing 12 people. Two roadside bombs killed eight "
            + "soldiers in the west of the city on Monday evening. A fourth bombing took place later in the day.",
        LocalDate.of(2021, 3, 10)));
    assertThat(x.events()).noneSatisfy(e -> assertThat(e.killed()).isEqualTo(20));
    assertThat(x.events()).allSatisfy(e -> assertThat(e.evidence()).noneMatch(v -> v.text().contains("Kill 20")));
    Extraction y = EXTRACTOR.extract(Fixtures.titled("Car Bomb Kills 12 in Baghdad",
        "A car bomb exploded near a market in Baghdad on Monday, killing 12 people.", LocalDate.of(2021, 3, 10)));
    assertThat(y.events()).singleElement().satisfies(e -> assertThat(e.evidence()).hasSize(2));
  }

  @Test
  void numbersThatCountNoVictimsAreNoToll() {
    Event e = only("Gunmen killed a policeman in Gao, 3 days after the market attack.");
    assertThat(e.killed()).isEqualTo(1);
    assertThat(only("A roadside bomb wounded two soldiers in Gao on Monday.").killed()).isNull();
    assertThat(only("Militants attacked a checkpoint in Gao, leaving the town without power.").killed()).isNull();
  }

  @Test
  void thoseKidnappedAndThenExecutedAreTheIncidentsDead() {
    assertThat(only("Three brothers were kidnapped by militants in Saladin on Thursday, and were later executed by the "
        + "militants.").killed()).isEqualTo(3);
    assertThat(only("Two elders were abducted from their homes in Kunduz and subsequently executed.").killed()).isEqualTo(2);
    // kidnapped and released, they are no dead
    assertThat(only("Two elders were abducted from their homes in Kunduz and released a week later.").killed()).isNull();
  }

  @Test
  void theCountThatOpensAPassiveTollCountsWhenTheParserLosesTheSubject() {
    // the apposition makes the parser hang "44 people" off "women", leaving "were killed" without a subject
    assertThat(only("At least 44 people, most of them women and children, were killed when gunmen attacked a busy market "
        + "in Damascus.").killed()).isEqualTo(44);
    // a count before another verb is that verb's
    assertThat(extract("Police detained 12 suspects after a man was killed when gunmen attacked a market in Damascus.").events())
        .extracting(Event::killed).doesNotContain(12).contains(1);
  }
}
