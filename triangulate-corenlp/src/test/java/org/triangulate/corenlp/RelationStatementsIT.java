package org.triangulate.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.triangulate.extract.RuleExtractor;
import org.triangulate.extract.kb.KnowledgeBase;
import org.triangulate.model.Claim;
import org.triangulate.model.Extraction;
import org.triangulate.model.LocalEntity;
import org.triangulate.model.Modality;
import org.triangulate.model.Predicate;

/**
 * Relations between groups come only from sentences that state one, through the real parser;
 * opposition and co-mention state none. The sentences are invented; the groups are real.
 */
class RelationStatementsIT {
  private static final RuleExtractor EXTRACTOR = new RuleExtractor(new CoreNlpAnalyzer(), KnowledgeBase.bundled(), "bundled");

  /** "subject PREDICATE object MODALITY" for every group–group relation claim of the text. */
  private static List<String> relations(String text) {
    Extraction x = EXTRACTOR.extract(Fixtures.document(text, LocalDate.of(2021, 3, 10)));
    Map<String, String> names = x.entities().stream().collect(Collectors.toMap(LocalEntity::key, LocalEntity::name));
    return x.claims().stream()
        .filter(c -> c.predicate() == Predicate.COOPERATES_WITH || c.predicate() == Predicate.BRANCH_OF)
        .map(c -> names.get(c.subject()) + " " + c.predicate() + " " + names.get(c.object()) + " " + c.modality())
        .toList();
  }

  @Test
  void pressureFromAnotherGroupIsNoAlliance() {
    assertThat(relations("The Taliban face growing pressure from ISIS in Nangarhar, officials said.")).isEmpty();
  }

  @Test
  void fightingEachOtherIsNoAlliance() {
    assertThat(relations("ISIS and the Taliban fought each other in Kunar last week, a police spokesman said.")).isEmpty();
  }

  @Test
  void detainingAnotherGroupsFightersIsNoAlliance() {
    assertThat(relations("The Taliban detained ten fighters of ISIS in Kunar, the group said.")).isEmpty();
  }

  @Test
  void takingPartInAClashWithAGroupMakesNoBranch() {
    assertThat(relations("ISIS fighters were part of a clash with the Taliban in Achin district.")).isEmpty();
  }

  @Test
  void groupsNamedInOneSentenceNearAWordStateNothing() {
    assertThat(relations("The Taliban and ISIS used the same body armour, a report said.")).isEmpty();
  }

  @Test
  void rejectingAnyLinksIsADenial() {
    assertThat(relations("The Taliban rejected any links with ISIS, its spokesman said."))
        .isNotEmpty().allSatisfy(r -> assertThat(r).endsWith("DENIED"));
  }

  @Test
  void havingNoLinksIsADenial() {
    assertThat(relations("ISIS was founded in 2015. It had no links with the Haqqani Network then, an analyst said."))
        .containsExactly("Islamic State COOPERATES_WITH Haqqani Network DENIED");
  }

  @Test
  void affiliationStatedWithItsComplementIsCooperation() {
    assertThat(relations("Al-Shabaab is affiliated with al-Qaeda, officials said."))
        .anySatisfy(r -> assertThat(r).contains("COOPERATES_WITH").contains("al-Qaeda").endsWith("ASSERTED"));
  }

  @Test
  void aBranchOfAGroupIsItsBranch() {
    assertThat(relations("Al-Shabaab is a branch of al-Qaeda, the analyst said."))
        .anySatisfy(r -> assertThat(r).contains("BRANCH_OF al-Qaeda"));
  }

  @Test
  void coordinatedGroupsActingJointlyCooperate() {
    assertThat(relations("ISIS and the Haqqani Network jointly plan attacks in Kabul, officials said."))
        .containsExactly("Islamic State COOPERATES_WITH Haqqani Network ASSERTED");
  }

  @Test
  void linksBetweenTwoGroupsJoinThem() {
    assertThat(relations("Officials worry about the close links between ISIS and the Haqqani Network, he said."))
        .containsExactly("Islamic State COOPERATES_WITH Haqqani Network ASSERTED");
  }

  @Test
  void aCellMadeOfMembersOfTwoGroupsJoinsThem() {
    assertThat(relations("Police arrested a cell comprised of ISIS elements and members of the Haqqani Network."))
        .anySatisfy(r -> assertThat(r).contains("COOPERATES_WITH"));
  }

  @Test
  void claimsOfRelationsKeepTheirSpeaker() {
    Extraction x = EXTRACTOR.extract(Fixtures.document("Al-Shabaab is affiliated with al-Qaeda, the Somali army said.",
        LocalDate.of(2021, 3, 10)));
    assertThat(x.claims()).filteredOn(c -> c.predicate() == Predicate.COOPERATES_WITH)
        .extracting(Claim::modality).containsOnly(Modality.ASSERTED);
  }

  @Test
  void whoLinksOthersToAGroupIsNoSideOfTheLink() {
    assertThat(relations("NDS detains rocket cell it links to Haqqani Network and ISIS-K"))
        .noneSatisfy(r -> assertThat(r).startsWith("National Directorate of Security"));
  }

  @Test
  void tiesNotCutAreTiesKept() {
    assertThat(relations("The NDS says the Taliban have not cut their ties with al-Qaeda."))
        .containsExactly("Taliban COOPERATES_WITH al-Qaeda ASSERTED");
  }

  @Test
  void tiesCutAreDenied() {
    assertThat(relations("The Taliban cut ties with al-Qaeda in 2020, a spokesman said."))
        .allSatisfy(r -> assertThat(r).endsWith("DENIED"));
  }

  /** "person PREDICATE group" for every role claim of the text. */
  private static List<String> roles(String text) {
    Extraction x = EXTRACTOR.extract(Fixtures.document(text, LocalDate.of(2021, 3, 10)));
    Map<String, String> names = x.entities().stream().collect(Collectors.toMap(LocalEntity::key, LocalEntity::name));
    return x.claims().stream()
        .filter(c -> Set.of(Predicate.MEMBER_OF, Predicate.LEADS, Predicate.WORKS_FOR).contains(c.predicate()))
        .map(c -> names.get(c.subject()) + " " + c.predicate() + " " + names.get(c.object()))
        .toList();
  }

  @Test
  void aRoleNamedBeforeACommaOrParenthesisAndThenTheNameIsThePersonsRole() {
    assertThat(roles("Afghan forces killed the Taliban leader, Gul Zaman, in Ghazni province yesterday."))
        .anySatisfy(r -> assertThat(r).startsWith("Gul Zaman").endsWith("Taliban"));
    assertThat(roles("Police detained a Haqqani network facilitator, Sher Ahmad, in Khost."))
        .anySatisfy(r -> assertThat(r).startsWith("Sher Ahmad").contains("Haqqani"));
    assertThat(roles("A Taliban commander (Mullah Dost Mohammad) was arrested in Kunduz."))
        .anySatisfy(r -> assertThat(r).contains("Dost Mohammad").endsWith("Taliban"));
  }

  @Test
  void aNameAfterARoleAndACommaThatSpeaksIsNoApposition() {
    assertThat(roles("The army said it had killed a Taliban commander, Gul Zaman said on Monday."))
        .noneSatisfy(r -> assertThat(r).startsWith("Gul Zaman"));
  }

  @Test
  void aRoleBeforeTheNameBelongsToTheGroupThatModifiesItNotAnEarlierOne() {
    assertThat(roles("Coalition forces detained an al-Qaeda associated Taliban leader, Abdul Wali, in Kunar."))
        .contains("Abdul Wali LEADS Taliban").doesNotContain("Abdul Wali LEADS al-Qaeda");
    assertThat(roles("Police in northwestern Pakistan have detained Pakistani Taliban commander Irfan Khurasani."))
        .anySatisfy(r -> assertThat(r).startsWith("Irfan Khurasani MEMBER_OF").contains("Taliban"));
    assertThat(roles("Commander Irfan Khurasani spoke to reporters in Peshawar.")).isEmpty();
  }

  @Test
  void aShadowGovernorInAppositionWorksForHisGroup() {
    assertThat(roles("Coalition forces killed Qari Wahid, the Taliban shadow governor in Faryab province, on Tuesday."))
        .anySatisfy(r -> assertThat(r).contains("Wahid").endsWith("Taliban"));
  }

  @Test
  void anAttributionAfterTheNameIsNoRole() {
    assertThat(roles("Police detained Irfan Khurasani, Taliban officials said.")).isEmpty();
  }

  @Test
  void aGroupNamedBeforeTheBranchOfAnotherIsThatBranch() {
    assertThat(relations("The Quds Force branch of the Islamic Revolutionary Guard Corps trained the fighters in Iran."))
        .anySatisfy(r -> assertThat(r).startsWith("Quds Force BRANCH_OF Islamic Revolutionary Guard Corps"));
    assertThat(relations("The Taliban branch in Kunduz attacked a post of the Afghan National Army.")).isEmpty();
  }

  @Test
  void aGroupDescribedInAppositionAsAssociatedWithAnotherCooperatesWithIt() {
    assertThat(relations("Jundullah, a group associated with the Tehrik-i-Taliban Pakistan, claimed responsibility"
        + " for the attack.")).anySatisfy(r -> assertThat(r).contains("Jundullah").contains("COOPERATES_WITH")
            .contains("Tehrik-e-Taliban Pakistan").endsWith("ASSERTED"));
    assertThat(relations("Jundullah, a group opposed to the Tehrik-i-Taliban Pakistan, claimed responsibility"
        + " for the attack.")).isEmpty();
    assertThat(relations("A group associated with al-Qaeda attacked the Islamic State in Idlib."))
        .noneSatisfy(r -> assertThat(r).contains("Islamic State"));
  }

  /** "name TYPE" for every entity of the text. */
  private static List<String> types(String text) {
    return EXTRACTOR.extract(Fixtures.document(text, LocalDate.of(2021, 3, 10))).entities().stream()
        .map(e -> e.name() + " " + e.type()).toList();
  }

  @Test
  void aNameCalledAGroupInAppositionIsAGroupWhateverTheTaggerSays() {
    assertThat(types("Jundullah, a militant group based in Balochistan, claimed the attack on Friday."))
        .contains("Jundullah ORGANIZATION");
    assertThat(types("Qari Yusuf Ahmadi, the group's spokesman, said the attack was revenge."))
        .contains("Yusuf Ahmadi PERSON");
    assertThat(types("Abdul Wali, a member of the group, was arrested in Kunar on Friday."))
        .contains("Abdul Wali PERSON");
  }

  @Test
  void aTieSomeoneElseIsSaidToEmphasiseOrAllegeIsOnlyHedged() {
    assertThat(relations("Noori said the government may have an interest in emphasising links between the Taliban and"
        + " the Islamic State while peace talks are under way.")).isNotEmpty()
        .allSatisfy(r -> assertThat(r).endsWith("HEDGED"));
    assertThat(relations("Officials cited alleged links between the Taliban and al-Qaeda.")).allSatisfy(r ->
        assertThat(r).endsWith("HEDGED"));
    assertThat(relations("The report found links between the Haqqani Network and al-Qaeda."))
        .anySatisfy(r -> assertThat(r).endsWith("ASSERTED"));
  }

  @Test
  void aNameAfterAGroupsRoleNounIsThePersonWhoHoldsIt() {
    Extraction x = EXTRACTOR.extract(Fixtures.document("The strikes have killed several militant commanders, including "
        + "Pakistani Taliban chief Baitullah Mehsud.", LocalDate.of(2021, 3, 10)));
    Map<String, String> names = x.entities().stream().collect(Collectors.toMap(LocalEntity::key, LocalEntity::name));
    assertThat(x.entities()).filteredOn(e -> e.name().equals("Baitullah Mehsud")).singleElement()
        .satisfies(e -> assertThat(e.type()).isEqualTo(org.triangulate.model.EntityType.PERSON));
    assertThat(x.claims()).filteredOn(c -> c.predicate() == Predicate.LEADS)
        .anySatisfy(c -> assertThat(names.get(c.subject())).isEqualTo("Baitullah Mehsud"));
    // a group named after a word that is no role stays a group
    Extraction y = EXTRACTOR.extract(Fixtures.document("Officials blamed the militant group Lashkar-e-Omar for the attack.",
        LocalDate.of(2021, 3, 10)));
    assertThat(y.entities()).filteredOn(e -> e.name().contains("Lashkar-e-Omar"))
        .allSatisfy(e -> assertThat(e.type()).isNotEqualTo(org.triangulate.model.EntityType.PERSON));
  }
}
