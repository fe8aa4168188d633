package org.triangulate.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.triangulate.extract.RuleExtractor;
import org.triangulate.extract.kb.KnowledgeBase;
import org.triangulate.model.Extraction;
import org.triangulate.model.LocalEntity;
import org.triangulate.model.Predicate;

/** Blame, suspicion and denial of responsibility as claims, through the real parser; invented sentences. */
class BlameIT {
  private static final RuleExtractor EXTRACTOR = new RuleExtractor(new CoreNlpAnalyzer(), KnowledgeBase.bundled(), "bundled");

  /** "subject MODALITY" for every PERPETRATOR_OF claim of the text. */
  private static List<String> perpetrators(String text) {
    return claims(text, Predicate.PERPETRATOR_OF, false);
  }

  /** "subject MODALITY" (and " by speaker" when asked) for every claim of the predicate that names an event. */
  private static List<String> claims(String text, Predicate predicate, boolean withSpeaker) {
    Extraction x = EXTRACTOR.extract(Fixtures.document(text, LocalDate.of(2021, 3, 10)));
    Map<String, String> names = x.entities().stream().collect(Collectors.toMap(LocalEntity::key, LocalEntity::name));
    return x.claims().stream().filter(c -> c.predicate() == predicate)
        .filter(c -> predicate != Predicate.PERPETRATOR_OF && predicate != Predicate.CLAIMED
            || x.events().stream().anyMatch(e -> e.key().equals(c.object())))
        .map(c -> names.get(c.subject()) + " " + c.modality()
            + (withSpeaker ? " by " + (c.speaker() != null ? names.get(c.speaker()) : c.speakerText()) : ""))
        .toList();
  }

  @Test
  void suspectedAttackersAreAHedgedPerpetrator() {
    assertThat(perpetrators("Suspected Taliban insurgents attacked a police post in Hangu on Monday, killing two officers."))
        .contains("Taliban HEDGED").doesNotContain("Taliban ASSERTED", "Taliban ACCUSED");
  }

  @Test
  void aGroupBelievedResponsibleIsHedged() {
    assertThat(perpetrators("A bomb killed six people in Quetta on Friday. Lashkar-e-Jhangvi is believed to be responsible "
        + "for the attack, police said.")).anySatisfy(c -> assertThat(c).endsWith("HEDGED"));
  }

  @Test
  void aGroupBelievedToHaveDoneTheDeedOrToBeItsDoersIsHedged() {
    assertThat(perpetrators("Gunmen attacked the town of Indelimane, killing at least six people. "
        + "The attack is suspected to have been done by the Islamic State.")).contains("Islamic State HEDGED");
    assertThat(perpetrators("A bomb exploded at a market in Maiduguri, killing nine people. "
        + "The bombing is believed to have been carried out by Boko Haram.")).contains("Boko Haram HEDGED");
    assertThat(perpetrators("Two bombs killed an Iraqi in Kirkuk. The perpetrators are believed to be of the Islamic State."))
        .contains("Islamic State HEDGED");
    assertThat(perpetrators("Gunmen stormed a village in Borno, killing 12 people. "
        + "The attackers were suspected to be members of Boko Haram.")).contains("Boko Haram HEDGED");
  }

  @Test
  void whatOthersThanTheDoersAreBelievedToBeBlamesNoOne() {
    assertThat(perpetrators("Gunmen stormed a village in Borno, killing 12 people. "
        + "The victims are believed to be members of Boko Haram.")).doesNotContain("Boko Haram HEDGED");
    assertThat(perpetrators("A bomb exploded at a market in Maiduguri, killing nine people. "
        + "The bombing is not believed to have been carried out by Boko Haram.")).doesNotContain("Boko Haram HEDGED");
  }

  @Test
  void aGroupSaidToBeResponsibleIsAccused() {
    assertThat(perpetrators("A bomb killed six people in Quetta on Friday. Police said Lashkar-e-Jhangvi was responsible "
        + "for the attack.")).anySatisfy(c -> assertThat(c).endsWith("ACCUSED"));
  }

  @Test
  void notResponsibleIsNoBlame() {
    assertThat(perpetrators("A bomb killed six people in Quetta on Friday. Police said Lashkar-e-Jhangvi was not responsible "
        + "for the attack.")).noneSatisfy(c -> assertThat(c).startsWith("Lashkar"));
  }

  @Test
  void aDenialOfResponsibilityIsDenied() {
    assertThat(perpetrators("A bomb killed six people in Peshawar on Saturday. The Taliban denied responsibility for the explosion."))
        .contains("Taliban DENIED");
  }

  @Test
  void anAttackBlamedOnAGroupAccusesItOfThatAttack() {
    assertThat(claims("A bomb exploded at a market in Maiduguri on Monday, killing six people. The attack was blamed"
        + " on Boko Haram.", Predicate.PERPETRATOR_OF, true))
        .anySatisfy(c -> assertThat(c).startsWith("Boko Haram ACCUSED by"))
        .noneSatisfy(c -> assertThat(c).endsWith("by Boko Haram"));
  }

  @Test
  void aBombingWhichAuthoritiesBlamedOnAGroupIsAnAccusationByThem() {
    assertThat(claims("The bombing, which authorities blamed on Boko Haram, killed six people in Maiduguri on Monday.",
        Predicate.PERPETRATOR_OF, true)).contains("Boko Haram ACCUSED by authorities");
  }

  @Test
  void anAttackAttributedToAGroupAccusesIt() {
    assertThat(perpetrators("A suicide bomber struck a restaurant in Mogadishu on Friday, killing four people."
        + " The attack was attributed to al-Shabaab.")).contains("al-Shabaab ACCUSED");
    assertThat(claims("Gunmen killed nine soldiers in Hit on Friday. No group claimed responsibility; however,"
        + " officials attributed the attack to ISIS.", Predicate.PERPETRATOR_OF, true)).contains("Islamic State ACCUSED by officials");
  }

  @Test
  void anAttackAttributedToAGroupInAParticipleAccusesIt() {
    assertThat(perpetrators("Six soldiers were killed in southeastern Niger in an attack attributed to the Nigerian "
        + "Islamist Boko Haram.")).anySatisfy(c -> assertThat(c).startsWith("Boko Haram ACCUSED"));
    // a participle of something else attributes no attack
    assertThat(perpetrators("Six soldiers were killed in Niger in an attack on a base, with losses attributed to "
        + "poor training.")).noneSatisfy(c -> assertThat(c).contains("ACCUSED"));
  }

  @Test
  void anAttackBlamedOnAGroupInAParticipleAccusesItAndTheGroupSpeaksNothing() {
    List<String> said = claims("A roadside bomb killed six civilians in Helmand province on Monday in an attack blamed on "
        + "Taliban militants.", Predicate.PERPETRATOR_OF, true);
    assertThat(said).anySatisfy(c -> assertThat(c).startsWith("Taliban ACCUSED"))
        .noneSatisfy(c -> assertThat(c).endsWith("by Taliban"));
    assertThat(claims("A roadside bomb killed six civilians in Helmand province on Monday in an attack blamed on "
        + "Taliban militants.", Predicate.OCCURRED, true)).noneSatisfy(c -> assertThat(c).endsWith("by Taliban"));
  }

  @Test
  void blameForSomethingThatIsNoEventOrBlameDeniedAccusesNoOne() {
    assertThat(perpetrators("A bomb killed six people in Quetta on Friday. The minister blamed the Taliban for the"
        + " country's economic crisis.")).noneSatisfy(c -> assertThat(c).startsWith("Taliban"));
    assertThat(perpetrators("A bomb killed six people in Quetta on Friday. Police did not blame the Taliban for"
        + " the attack.")).noneSatisfy(c -> assertThat(c).startsWith("Taliban"));
  }

  @Test
  void anAttackClaimedByAGroupIsItsClaim() {
    assertThat(claims("A shopkeeper was killed in Quetta on Friday in an attack claimed by Lashkar-e-Jhangvi.",
        Predicate.CLAIMED, false)).anySatisfy(c -> assertThat(c).endsWith("CLAIMED"));
  }

  @Test
  void oneSuspectedOfInvolvementInTheAttackIsAHedgedPerpetrator() {
    assertThat(perpetrators("A roadside bomb killed two soldiers near Kunduz on Monday. According to police, Abdul Qadir"
        + " Noorzai is suspected of being involved in the attack.")).anySatisfy(c -> assertThat(c).endsWith("HEDGED"));
    assertThat(perpetrators("A roadside bomb killed two soldiers near Kunduz on Monday. Police said Abdul Qadir Noorzai"
        + " is suspected of smuggling timber.")).isEmpty();
  }

  @Test
  void whoCondemnsAnAttackSaysItHappenedAndClaimsNothing() {
    String attack = "Gunmen attacked a police post in Kabul on Monday, killing two officers.";
    assertThat(claims(attack + " The U.S. Embassy condemned the attack.", Predicate.OCCURRED, true))
        .anySatisfy(c -> assertThat(c).contains("Embassy"));
    String taliban = attack + " The Taliban condemned the attack.";
    assertThat(claims(taliban, Predicate.CLAIMED, false)).isEmpty();
    assertThat(perpetrators(taliban)).noneSatisfy(c -> assertThat(c).startsWith("Taliban"));
  }

  @Test
  void aGroupSuspectedWithNoDeedNamedIsAHedgedPerpetratorOfTheIncidentTold() {
    assertThat(perpetrators("A truck bomb killed 50 people in Kabul on Friday. Responsibility for the attack has not been"
        + " claimed, but the Taliban is suspected.")).contains("Taliban HEDGED").doesNotContain("Taliban ACCUSED");
    assertThat(claims("A bomb killed six people in Quetta on Friday. Police suspect Lashkar-e-Jhangvi.",
        Predicate.PERPETRATOR_OF, true)).contains("Lashkar-e-Jhangvi HEDGED by Police");
  }

  @Test
  void suspicionOfSomethingElseOrNoIncidentToldMakesNoPerpetrator() {
    assertThat(perpetrators("The Taliban is suspected. Officials met in Kabul on Friday to discuss the harvest."))
        .isEmpty();
    assertThat(perpetrators("A bomb killed six people in Quetta on Friday. Police do not suspect the Taliban."))
        .noneSatisfy(c -> assertThat(c).startsWith("Taliban"));
    assertThat(perpetrators("A bomb killed six people in Quetta on Friday. A suspected Taliban commander was arrested"
        + " in Kabul on Sunday.")).noneSatisfy(c -> assertThat(c).startsWith("Taliban"));
  }

  @Test
  void aDeedToldAsAllegedIsHedged() {
    assertThat(perpetrators("Al-Shabaab allegedly executed a Ugandan soldier in Baidoa on Monday."))
        .contains("al-Shabaab HEDGED").doesNotContain("al-Shabaab ACCUSED");
    assertThat(perpetrators("Al-Shabaab executed a Ugandan soldier in Baidoa on Monday."))
        .doesNotContain("al-Shabaab HEDGED");
  }

  @Test
  void oneNamedAsThePrimeSuspectInAnAttackIsAHedgedPerpetrator() {
    assertThat(claims("Gunmen stormed a police academy near Lahore on Monday, killing eight recruits. Officials named"
        + " Baitullah Mehsud as the prime suspect in the assault.", Predicate.PERPETRATOR_OF, true))
        .contains("Baitullah Mehsud HEDGED by Officials");
    assertThat(claims("Gunmen stormed a police academy near Lahore on Monday, killing eight recruits. Baitullah Mehsud"
        + " is the main suspect in the attack, police said.", Predicate.PERPETRATOR_OF, false))
        .contains("Baitullah Mehsud HEDGED");
    assertThat(perpetrators("Gunmen stormed a police academy near Lahore on Monday, killing eight recruits. Baitullah"
        + " Mehsud is a suspect in a timber smuggling case.")).noneSatisfy(c -> assertThat(c).startsWith("Baitullah"));
  }

  @Test
  void aSpokesmanCalledInToDenyInvolvementDeniesIt() {
    assertThat(claims("A bomb killed six people in Peshawar on Saturday. Taliban spokesman Ehsanullah Ehsan called"
        + " reporters on Sunday to deny involvement.", Predicate.PERPETRATOR_OF, false))
        .anySatisfy(c -> assertThat(c).endsWith("DENIED"));
  }

  @Test
  void denyingSomethingThatIsNoPartInADeedDeniesNothing() {
    assertThat(perpetrators("A bomb killed six people in Peshawar on Saturday. The Taliban denied journalists access"
        + " to the district.")).noneSatisfy(c -> assertThat(c).endsWith("DENIED"));
    assertThat(perpetrators("A bomb killed six people in Peshawar on Saturday. The Taliban denied carrying out the"
        + " bombing.")).contains("Taliban DENIED");
  }

  @Test
  void reportsNamedWithoutAnArticleAreNotTheLastSpeakersStatement() {
    String killed = "Afghan forces killed a Taliban commander in Kunduz on Friday. The Afghan National Police confirmed"
        + " the death. ";
    assertThat(claims(killed + "According to multiple intelligence reports, Abdul Razaq is suspected of being involved"
        + " in a roadside bomb attack that killed two soldiers near Kunduz on June 16.", Predicate.PERPETRATOR_OF, true))
        .anySatisfy(c -> assertThat(c).startsWith("Abdul Razaq HEDGED by multiple intelligence reports"));
    assertThat(claims(killed + "The statement said Abdul Razaq was behind a roadside bomb attack that killed two"
        + " soldiers near Kunduz on June 16.", Predicate.PERPETRATOR_OF, true))
        .anySatisfy(c -> assertThat(c).startsWith("Abdul Razaq ACCUSED by Afghan National Police"));
  }

  @Test
  void aClaimTheParserMisreadIsStillAClaimOfThatAttack() {
    assertThat(claims("A bomb killed 30 people at a mosque in Baghdad on Friday. Islamic State claimed the attack in a"
        + " statement posted online.", Predicate.CLAIMED, false)).contains("Islamic State CLAIMED");
    assertThat(claims("Gunmen killed eight recruits at a police academy near Lahore on Monday. In a series of phone"
        + " interviews with news organizations, including VOA, Baitullah Mehsud claimed responsibility for the attack.",
        Predicate.CLAIMED, false)).anySatisfy(c -> assertThat(c).startsWith("Baitullah Mehsud CLAIMED"));
  }

  @Test
  void claimingWhatAnAttackDidIsNoClaimOfResponsibility() {
    assertThat(claims("A bomb killed 30 people at a mosque in Baghdad on Friday. The Taliban claimed the attack killed"
        + " 50 soldiers.", Predicate.CLAIMED, false)).isEmpty();
  }

  @Test
  void heWhoIsAccusedIsThePersonNamedLastBefore() {
    assertThat(claims("Gunmen killed three police officers in Kunduz in 2010. Afghan forces arrested Taliban leader"
        + " Mullah Abdul Rahman in Kunduz on Friday. He is accused of the killing of the officers.",
        Predicate.PERPETRATOR_OF, false)).anySatisfy(c -> assertThat(c).startsWith("Abdul Rahman ACCUSED"));
    assertThat(claims("Gunmen killed three police officers in Kunduz in 2010. The Taliban said it was not involved."
        + " He is accused of the killing of the officers.", Predicate.PERPETRATOR_OF, false))
        .noneSatisfy(c -> assertThat(c).startsWith("Taliban ACCUSED"));
  }
  @Test
  void responsibilityOrAnAttackClaimedByAGroupInThePassiveIsItsClaim() {
    assertThat(claims("A car bomb killed two people near the ministry in Mogadishu on Monday, and the responsibility"
        + " was claimed by Al-Shabaab.", Predicate.CLAIMED, false)).anySatisfy(c -> assertThat(c).endsWith("CLAIMED"));
    assertThat(claims("A bomb exploded in Al-Shirqat on Monday, killing three people. The attack was claimed by Islamic"
        + " State.", Predicate.CLAIMED, false)).contains("Islamic State CLAIMED");
    // a place claimed is no attack claimed
    assertThat(claims("A bomb exploded in Al-Shirqat on Monday, killing three people. The town was claimed by Islamic"
        + " State in 2014.", Predicate.CLAIMED, false)).isEmpty();
  }

  @Test
  void theBombPlacedByAGroupMakesItTheBombingsPerpetrator() {
    assertThat(perpetrators("A bomb exploded in Al-Shirqat on Monday, killing three people. The bomb was probably placed"
        + " by Islamic State militants.")).contains("Islamic State HEDGED");
    assertThat(perpetrators("A bomb exploded in Al-Shirqat on Monday, killing three people. The bomb was planted by"
        + " Islamic State militants, police said.")).contains("Islamic State ACCUSED");
    assertThat(perpetrators("Three people were killed by the explosion of a landmine in Hama on Monday. The landmine had"
        + " been left by Islamic State militants.")).anySatisfy(c -> assertThat(c).startsWith("Islamic State"));
    // found is not placed
    assertThat(perpetrators("A bomb exploded in Al-Shirqat on Monday, killing three people. A second bomb was found by"
        + " Islamic State militants.")).noneSatisfy(c -> assertThat(c).startsWith("Islamic State"));
  }

  @Test
  void aDenialDeniesOnlyWhatItsVerbGovernsNotTheSuspicionItStrengthens() {
    String text = "Gunmen stormed a government office in Jalalabad on Wednesday, killing four people. The Taliban have denied "
        + "their involvement in the attack, strengthening suspicions Islamic State could be behind the violence.";
    assertThat(claims(text, Predicate.PERPETRATOR_OF, true))
        .contains("Taliban DENIED by Taliban", "Islamic State HEDGED by the article")
        .doesNotContain("Islamic State DENIED by Taliban");
    // denying a part in the attack is no denial that it happened, however the parser hangs the rest
    assertThat(claims(text, Predicate.OCCURRED, true)).noneSatisfy(c -> assertThat(c).contains("DENIED"));
    assertThat(claims(text.replace("The Taliban have denied their", "The Taliban insurgency has denied its"),
        Predicate.OCCURRED, true)).noneSatisfy(c -> assertThat(c).contains("DENIED"));
  }
}
