package org.triangulate.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.triangulate.model.Claim;
import org.triangulate.model.Extraction;
import org.triangulate.model.LocalEntity;
import org.triangulate.model.Predicate;

/** Who says what: the speaker of a statement as wire copy names it, through the real parser; invented sentences. */
class SpeakersIT {
  private static final String ATTACK = "Gunmen attacked a police post in Kabul on Monday, killing two officers. ";

  /** "speaker PREDICATE MODALITY" for every claim of the text about an event (OCCURRED, CLAIMED, PERPETRATOR_OF). */
  private static List<String> said(String text) {
    Extraction x = Extracted.extract(text);
    Map<String, String> names = x.entities().stream().collect(Collectors.toMap(LocalEntity::key, LocalEntity::name));
    return x.claims().stream()
        .filter(c -> List.of(Predicate.OCCURRED, Predicate.CLAIMED, Predicate.PERPETRATOR_OF).contains(c.predicate()))
        .map(c -> speaker(c, names) + " " + c.predicate() + " " + c.modality()).toList();
  }

  private static String speaker(Claim c, Map<String, String> names) {
    return c.speaker() != null ? names.get(c.speaker()) : c.speakerText();
  }

  @Test
  void aSpokesmanWhoCalledReportersSayingSomethingIsItsSpeaker() {
    assertThat(said(ATTACK + "A Taliban spokesman (Hamdullah Karimi) called reporters, saying the attackers were"
        + " foreigners.")).contains("Hamdullah Karimi OCCURRED ASSERTED");
    assertThat(said(ATTACK + "The U.S. Embassy issued a statement saying the attack showed the cruelty of the"
        + " enemy.")).anySatisfy(c -> assertThat(c).contains("U.S. Embassy OCCURRED"));
  }

  @Test
  void aSpokesmanWhoseSayingTheParserMadeAMarkerIsItsSpeaker() {
    assertThat(said("Gunmen attacked the Justice Ministry in Kabul on Wednesday, killing ten people. Shortly after the"
        + " attacks began, a Taliban spokesman (Hamdullah Karimi) called VOA and other news outlets, saying the suicide"
        + " bombers were trying to kill the justice minister.")).anySatisfy(c -> assertThat(c).startsWith("Hamdullah Karimi"));
  }

  @Test
  void aGroupsSpokesmanDenyingIsTheSpeakerOfTheGroupsDenial() {
    assertThat(said("Two bombs exploded at a market in Peshawar on Saturday, killing 35 people. A Taliban spokesman"
        + " (Ahmadullah Ahmad) called reporters on Sunday to deny involvement."))
        .contains("Ahmadullah Ahmad PERPETRATOR_OF DENIED");
  }

  @Test
  void theGroupClaimingMostOfTheAttacksClaimsTheOneTold() {
    String blast = "A suicide blast killed 19 people at a temple in Jalalabad on Sunday. Islamic State has grown in"
        + " Nangarhar this year. ";
    assertThat(said(blast + "The group has claimed most of the attacks in the province, including the suicide blast."))
        .contains("Islamic State CLAIMED CLAIMED");
    // a toll "claimed" is no claim of responsibility
    assertThat(said(blast + "The blast claimed the lives of 19 people."))
        .noneSatisfy(c -> assertThat(c).contains("CLAIMED CLAIMED"));
  }

  @Test
  void iInAStatementTitledStatementBySomeoneIsThatPerson() {
    String body = "I condemn this morning's attack in downtown Kabul, which killed two guards.";
    Extraction x = Extracted.EXTRACTOR.extract(Fixtures.titled("Statement by Ambassador Karim Wardak on Attack in Kabul",
        body, java.time.LocalDate.of(2021, 3, 10)));
    Map<String, String> names = x.entities().stream().collect(Collectors.toMap(LocalEntity::key, LocalEntity::name));
    assertThat(x.claims()).filteredOn(c -> c.predicate() == Predicate.OCCURRED)
        .anySatisfy(c -> assertThat(speaker(c, names)).isEqualTo("Karim Wardak"));
    // a title naming no one who states: "I" stays as written
    Extraction y = Extracted.EXTRACTOR.extract(Fixtures.titled("Attack in Kabul", body, java.time.LocalDate.of(2021, 3, 10)));
    assertThat(y.claims()).filteredOn(c -> c.predicate() == Predicate.OCCURRED)
        .noneSatisfy(c -> assertThat(speaker(c, names)).isEqualTo("Karim Wardak"));
  }

  @Test
  void aReportingVerbUnderAVerbWithAnObjectIsNotTheSubjectsWord() {
    // the residents are urged to report; the police report nothing
    assertThat(said(ATTACK + "Police urged residents to report the attackers."))
        .noneSatisfy(c -> assertThat(c).startsWith("Police"));
  }

  @Test
  void theSpeakerNamedBeforeSaidIsNotTheFirstPersonOfADatelineSentence() {
    List<String> claims = said("KABUL, March 9, 2021 — Afghan forces killed Mullah Karim, a Taliban commander, in an"
        + " airstrike on a compound in Kunar province, Afghanistan, on Monday, army spokesman Ahmad Wali Haidari said"
        + " today in a statement.");
    assertThat(claims).contains("Ahmad Wali Haidari OCCURRED ASSERTED")
        .noneSatisfy(c -> assertThat(c).startsWith("Mullah Karim"));
  }

  @Test
  void aGroupsCommanderClaimingResponsibilityClaimsItForTheGroup() {
    assertThat(said("A bomb killed six soldiers in Bannu on Saturday. A Taliban commander (Abdul Sadiq) claimed"
        + " responsibility for the blast.")).contains("Abdul Sadiq CLAIMED CLAIMED");
    // an officer who reports the group's claim claims nothing himself
    assertThat(said("A bomb killed six soldiers in Bannu on Saturday. A police officer (Ahmad Zia) said the Taliban"
        + " claimed responsibility for the blast.")).contains("Ahmad Zia CLAIMED ASSERTED")
        .doesNotContain("Ahmad Zia CLAIMED CLAIMED");
  }

  @Test
  void aStatementAboutTheAttackToldBeforeIsItsSpeakersWordThatItHappened() {
    assertThat(said(ATTACK + "Provincial governor Abdul Karim Zaman said the attack would not deter the government."))
        .contains("Abdul Karim Zaman OCCURRED ASSERTED");
    assertThat(said(ATTACK + "The military says all the victims were police officers, but residents say civilians are"
        + " among the dead.")).anySatisfy(c -> assertThat(c).contains("military OCCURRED"));
  }

  @Test
  void aStatementAboutSomethingElseOrAboutAttacksInGeneralSpeaksOfNoIncident() {
    assertThat(said(ATTACK + "Provincial governor Abdul Karim Zaman said the harvest would be good."))
        .noneSatisfy(c -> assertThat(c).startsWith("Abdul Karim Zaman"));
    assertThat(said(ATTACK + "Provincial governor Abdul Karim Zaman said attacks would not deter the government."))
        .noneSatisfy(c -> assertThat(c).startsWith("Abdul Karim Zaman"));
  }
}
