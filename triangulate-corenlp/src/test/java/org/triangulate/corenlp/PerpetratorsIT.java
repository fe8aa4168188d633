package org.triangulate.corenlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.triangulate.corenlp.Extracted.extract;
import static org.triangulate.corenlp.Extracted.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.triangulate.model.Event;
import org.triangulate.model.EventType;
import org.triangulate.model.Extraction;
import org.triangulate.model.Participant;
import org.triangulate.model.Role;

/**
 * Who did it, where reference lists say so in a participle or a clause: "an attack carried out by
 * X", "X pillaged villages, killing 28", "hacked to death by X", "gunned down by X". Every sentence
 * is invented; the places and groups are real.
 */
class PerpetratorsIT {
  private static List<String> perpetrators(Event e) {
    return e.participants().stream().filter(p -> p.role() == Role.PERPETRATOR).map(Participant::text).toList();
  }

  @Test
  void theAgentOfAParticipleModifyingTheAttackDidIt() {
    Event e = only("Three civilians were killed in an attack carried out by Boko Haram militants in Gwoza on Monday.");
    assertThat(perpetrators(e)).anyMatch(p -> p.contains("Boko Haram"));
  }

  @Test
  void whoKilledAndDidMoreInARaidRaidedThoughTheRaidHangsFromTheOtherVerb() {
    Event e = only("Boko Haram gunmen have killed four people and torched homes in a nighttime raid on a village in Borno.");
    assertThat(perpetrators(e)).anyMatch(p -> p.contains("Boko Haram"));
  }

  @Test
  void whoFledBesideThoseKilledInARaidDidNotRaid() {
    Event e = only("Two soldiers were killed and villagers fled into the bush during a raid on a village in Borno.");
    assertThat(perpetrators(e)).noneMatch(p -> p.contains("villagers"));
  }

  @Test
  void anArmedGroupWhoseMembersFellInAFightFoughtIt() {
    Event e = only("Three Jaish-e-Mohammed militants were killed and five soldiers injured in a gunfight in Tral on Sunday.");
    assertThat(perpetrators(e)).anyMatch(p -> p.contains("Jaish-e-Mohammed"));
  }

  @Test
  void membersOfAGroupKilledInAStrikeOrPeopleKilledInAFightNameNoSide() {
    Event strike = only("Three Islamic State militants were killed in an airstrike near Mosul on Sunday.");
    assertThat(perpetrators(strike)).noneMatch(p -> p.contains("Islamic State"));
    Event fight = only("Three policemen were killed in a gunfight in Tral on Sunday.");
    assertThat(perpetrators(fight)).isEmpty();
  }

  @Test
  void theAgentOfAnAttackCarriedOutByAGroupDidItThoughTheParserReadCarriedAsThePastTense() {
    Event e = only("A rocket attack carried out by Taliban militants at Qala-i-Jangi, Afghanistan, left a guard dead and"
        + " two others injured.");
    assertThat(perpetrators(e)).anyMatch(p -> p.contains("Taliban"));
  }

  @Test
  void aByPhraseThatNamesNoActorIsNoPerpetrator() {
    Event e = only("Three civilians were killed in an attack carried out by night in Gwoza on Monday.");
    assertThat(perpetrators(e)).isEmpty();
  }

  @Test
  void aSubjectlessParticipleClauseIsDoneByTheMainClausesSubject() {
    Event e = only("Boko Haram militants pillaged three villages in Borno State on Monday, killing 28 people.");
    assertThat(perpetrators(e)).anyMatch(p -> p.contains("Boko Haram"));
    assertThat(e.killed()).isEqualTo(28);
  }

  @Test
  void aThingThatHarmsIsNoPerpetrator() {
    Extraction x = extract("Floods hit three villages in Borno State on Monday, killing 28 people.");
    assertThat(x.events()).allSatisfy(e -> assertThat(perpetrators(e)).isEmpty());
  }

  @Test
  void killedToDeathOrGunnedDownIsAKilling() {
    Event e = only("A preacher was hacked to death by militants in Kano on Monday.");
    assertThat(e.type()).isEqualTo(EventType.KILLING);
    assertThat(e.killed()).isEqualTo(1);
    assertThat(perpetrators(e)).singleElement().asString().startsWith("militants");
    Event f = only("A radio journalist was gunned down by gunmen in Mogadishu on Monday.");
    assertThat(f.type()).isIn(EventType.KILLING, EventType.ASSASSINATION);
    assertThat(perpetrators(f)).singleElement().asString().startsWith("gunmen");
  }

  @Test
  void aSubjectTheTaggerMisreadStillActs() {
    // "insurgents" tagged a verb, "believed" taken for the sentence's verb: see MainVerbs
    Event e = only("In Ghazni province, Taliban insurgents stormed a police check-post in the Laghaba locality of Andar "
        + "district, killing one policeman.");
    assertThat(perpetrators(e)).anyMatch(p -> p.contains("Taliban"));
    Event f = only("Boko Haram terrorists believed to be affiliated with the Islamic State attacked a military base in Borno.");
    assertThat(perpetrators(f)).anyMatch(p -> p.contains("Boko Haram"));
  }

  @Test
  void aSentenceToDeathIsNoKilling() {
    assertThat(extract("The preacher was sentenced to death by a court in Kano on Monday.").events()).isEmpty();
  }

  @Test
  void inAClashBetweenAGroupAndTheStateTheGroupFoughtAndTheStateWasItsTarget() {
    Event e = only("A shootout between militants of Lashkar-e-Taiba and police in Sopore killed two policemen.");
    assertThat(perpetrators(e)).anyMatch(p -> p.contains("Lashkar")).noneMatch(p -> p.contains("police"));
    Event f = only("Clashes between Taliban insurgents and Afghan soldiers in Badakhshan left 2 soldiers dead.");
    assertThat(perpetrators(f)).anyMatch(p -> p.contains("Taliban")).noneMatch(p -> p.contains("soldiers"));
    // two sides neither of which is a known armed group: no one is read as the perpetrator
    Event g = only("A clash between two families in Sopore killed two men.");
    assertThat(perpetrators(g)).noneMatch(p -> p.contains("families"));
  }

  @Test
  void inAClashWithAGroupTheGroupFoughtAndTheOtherSideWasItsTarget() {
    Event e = only("Eight soldiers were killed in clashes with Boko Haram fighters near Lake Chad on Monday.");
    assertThat(perpetrators(e)).anyMatch(p -> p.contains("Boko Haram")).noneMatch(p -> p.contains("soldiers"));
    Event f = only("Twenty Taliban fighters were killed in clashes with security forces in Balkh province on Monday.");
    assertThat(perpetrators(f)).anyMatch(p -> p.contains("Taliban")).noneMatch(p -> p.contains("security forces"));
    // a clash with no known armed group on either side: no one is read as the perpetrator
    Event g = only("Two men were killed in a clash with their neighbours in Sopore on Monday.");
    assertThat(perpetrators(g)).noneMatch(p -> p.contains("neighbours") || p.contains("men"));
  }

  @Test
  void aDeedTheParserHangsFromTheReportingVerbIsStillTheReportedDoersNotTheSpeakers() {
    Event e = only("Turkey's military said the Islamic State group killed five Turkish soldiers and wounded nine others in "
        + "a car bomb attack in Al-Bab, northern Syria.");
    assertThat(perpetrators(e)).noneMatch(p -> p.contains("military")).anyMatch(p -> p.contains("Islamic State"));
    // a speaker who did the deed himself stays its doer
    Event f = only("The army said it killed five militants and wounded nine others in an air strike in Al-Bab on Monday.");
    assertThat(perpetrators(f)).isNotEmpty().allMatch(p -> p.equalsIgnoreCase("it") || p.contains("army"));
  }

  @Test
  void whoPlantedTheBombPlantedItAndWasNotItsTarget() {
    Event e = only("A bomb planted by Islamic State exploded in Kirkuk on Monday, killing a shopkeeper.");
    assertThat(perpetrators(e)).anyMatch(p -> p.contains("Islamic State"));
    assertThat(e.participants()).noneMatch(p -> p.role() == Role.TARGET && p.text().contains("Islamic State"));
  }

  @Test
  void aBombSetOffByCommasWithItsPlanterStillHasIt() {
    // the parser hangs ", planted by …," from the killing, not from the bomb
    Extraction x = extract("A shopkeeper was killed in a blast as a bomb, planted by Islamic State, exploded south of"
        + " Kirkuk on Monday.");
    assertThat(x.events()).anySatisfy(e -> assertThat(perpetrators(e)).anyMatch(p -> p.contains("Islamic State")));
  }

  @Test
  void theByPhraseOfAKillingCoordinatedWithTheWoundingIsTheShellingsDoer() {
    Event e = only("Two farmers were killed and four others wounded in mortar shelling by Islamic State militants"
        + " south of Baqubah on Monday.");
    assertThat(perpetrators(e)).anyMatch(p -> p.contains("Islamic State"));
    // two tolls of different deeds do not share a doer
    Extraction x = extract("Two men were arrested by police in Baqubah on Monday, and four others were wounded in"
        + " mortar shelling.");
    assertThat(x.events()).noneSatisfy(ev -> assertThat(perpetrators(ev)).anyMatch(p -> p.contains("police")));
  }

  @Test
  void actorsDescribedByAParticipleTheParserTookForTheVerbStillAct() {
    Event e = only("Islamic State militants dressed in Iraqi military uniforms attacked a village north of Baghdad on "
        + "Monday, killing 21 people.");
    assertThat(perpetrators(e)).anyMatch(p -> p.contains("Islamic State"));
  }

  @Test
  void theByPhraseOfAGerundToldAsANounIsItsDoer() {
    Event e = only("Shelling by the so-called Islamic State killed at least 31 people in Aleppo on Monday.");
    assertThat(perpetrators(e)).anyMatch(p -> p.contains("Islamic State"));
    // a gerund that is a verb's own ("stopped the attack by shooting the bomber") gives its by-phrase no doer
    Extraction x = extract("Police stopped a suicide attack in Kabul on Monday by shooting the bomber.");
    assertThat(x.events()).noneSatisfy(ev -> assertThat(perpetrators(ev)).anyMatch(p -> p.contains("bomber")));
  }

  @Test
  void theDoerOfHarmToldBesideTheTollDidBoth() {
    Event e = only("Four people were killed and several houses burned down by unknown militants in Tafan district on Monday.");
    assertThat(perpetrators(e)).anyMatch(p -> p.contains("militants"));
    Event f = only("A coalmine worker was shot dead in Machh on Monday while another person was injured by "
        + "Lashkar-e-Jhangvi terrorists.");
    assertThat(perpetrators(f)).anyMatch(p -> p.contains("Lashkar-e-Jhangvi"));
    // who detained suspects afterwards did not kill
    Extraction x = extract("Four people were killed in Tafan district on Monday and two suspects were detained by police.");
    assertThat(x.events()).noneSatisfy(ev -> assertThat(perpetrators(ev)).anyMatch(p -> p.contains("police")));
  }
  @Test
  void aMineOrBombPlacedOrSetByAGroupIsItsDeedHoweverTheParserHangsIt() {
    Event e = only("Two shepherds were killed when a landmine placed by Islamic State militants blew up near Baqubah on Monday.");
    assertThat(perpetrators(e)).anyMatch(p -> p.contains("Islamic State"));
    Event f = only("A bomb set by Al-Shabaab militants killed four soldiers near Lanta Buro on Monday.");
    assertThat(perpetrators(f)).anyMatch(p -> p.contains("Shabaab"));
  }

  @Test
  void theByPhraseRightAfterTheEventNounIsItsDoerThoughHungOnTheVerb() {
    Event e = only("Five soldiers lost their lives in an ambush by Boko Haram fighters near Gwoza on Monday.");
    assertThat(perpetrators(e)).anyMatch(p -> p.contains("Boko Haram"));
  }

  @Test
  void aKillingParticipleHungOnTheObjectIsTheDeedOfTheVerbsSubject() {
    Event e = only("Taliban militants overran checkpoints in Warduj, killing 17 policemen.");
    assertThat(perpetrators(e)).anyMatch(p -> p.contains("Taliban"));
    Event f = only("Boko Haram pillaged three villages in Borno State killing 28 people.");
    assertThat(perpetrators(f)).anyMatch(p -> p.contains("Boko Haram"));
  }

  @Test
  void aParticipleOnAnObjectWhoActsIsThatObjectsDeedNotTheSubjects() {
    Extraction x = extract("Soldiers surrounded militants firing at a checkpoint near Gwoza.");
    assertThat(x.events()).allSatisfy(e -> assertThat(perpetrators(e)).noneMatch(p -> p.contains("Soldiers")));
  }

  @Test
  void anAttackFromAGroupIsTheGroupsAttack() {
    Event e = only("Five policemen were killed following an attack from the Taliban militants in Kunduz province.");
    assertThat(perpetrators(e)).anyMatch(p -> p.contains("Taliban"));
    Event f = only("Five policemen were killed following an attack from the north in Kunduz province.");
    assertThat(perpetrators(f)).isEmpty();
  }

  @Test
  void whoActedInTheClauseTellingWhenTheHarmCameDidIt() {
    Event e = only("Three soldiers were killed and one was injured when Islamic State militants hit a tank in Syria.");
    assertThat(perpetrators(e)).anyMatch(p -> p.contains("Islamic State"));
    Event f = only("Two policemen were killed after suspected extremists opened fire on a checkpoint in Biu.");
    assertThat(perpetrators(f)).anyMatch(p -> p.contains("extremists"));
    // a vehicle is no doer, nor does a clause of its own tell who harmed
    Event g = only("Five people were killed when their bus hit a landmine near Gao on Monday.");
    assertThat(perpetrators(g)).noneMatch(p -> p.contains("bus"));
  }

  @Test
  void extremistsAndHerdsmenAreActors() {
    Event e = only("A preacher was hacked to death by suspected Muslim extremists in Kaduna on Monday.");
    assertThat(perpetrators(e)).anyMatch(p -> p.contains("extremists"));
  }

  @Test
  void theAgentOfAWeaponsParticipleFiredItThoughTheParserCallsItAModifier() {
    Event e = only("A police commander was killed after his vehicle was hit by a rocket fired by Taliban militants.");
    assertThat(perpetrators(e)).anyMatch(p -> p.contains("Taliban"));
    // a participle before the noun is no reduced relative: "the fired rocket" names no one
    Event f = only("A police commander was killed after his vehicle was hit by a fired rocket near a base held by the Taliban.");
    assertThat(perpetrators(f)).noneMatch(p -> p.contains("Taliban"));
  }

  @Test
  void theAttackDoneByAGroupWasItsDeed() {
    Extraction x = extract("Eight soldiers were killed when their vehicle struck a roadside bomb in Lower Juba. "
        + "The attack was done by Al-Shabaab.");
    assertThat(x.events()).singleElement().satisfies(e -> assertThat(perpetrators(e)).anyMatch(p -> p.contains("Shabaab")));
    // who did the reporting did not do the attack
    Extraction y = extract("Eight soldiers were killed when their vehicle struck a roadside bomb in Lower Juba. "
        + "Reporting on the attack was done by Reuters.");
    assertThat(y.events()).allSatisfy(e -> assertThat(perpetrators(e)).noneMatch(p -> p.contains("Reuters")));
  }

  @Test
  void whoHasDoneAttacksLikeThisOneDidNotDoIt() {
    for (String likeness : List.of("Al-Shabaab has done attacks like these", "Al-Shabaab has carried out similar attacks before",
        "Al-Shabaab has done attacks similar to these")) {
      Extraction x = extract("Two people were killed when gunmen hurled grenades at a cafe in Mogadishu. No group claimed "
          + "responsibility for the attack but " + likeness + ".");
      assertThat(x.events()).as(likeness).singleElement().satisfies(e -> assertThat(perpetrators(e)).noneMatch(p -> p.contains("Shabaab")));
    }
    // a likeness with its own day and toll is an incident of its own
    Extraction y = extract("Similar attacks killed 12 people in Mogadishu on Monday.");
    assertThat(y.events()).isNotEmpty();
  }

  @Test
  void theyAreTheNearestPeopleTheTextSpokeOfNotTheLastGroupItNamed() {
    Extraction x = extract("The journalist files reports for Voice of America. He said a few dozen militants came to his "
        + "home in Buner on Wednesday night and told his father that they had been ordered to blow up the house.");
    assertThat(x.events()).allSatisfy(e -> assertThat(e.participants()).filteredOn(p -> p.role() == Role.PERPETRATOR)
        .allSatisfy(p -> assertThat(p.entity()).isNull()));
    // with no people between, "they" is the group named before
    Extraction y = extract("Witnesses said the Taliban entered the village at dawn. They blew up the school.");
    assertThat(y.events()).anySatisfy(e -> assertThat(e.participants()).filteredOn(p -> p.role() == Role.PERPETRATOR)
        .anySatisfy(p -> assertThat(p.entity()).isNotNull()));
  }
}
