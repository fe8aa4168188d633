package org.triangulate.extract.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.triangulate.model.EntityType;

class KnowledgeBaseTest {
  private final KnowledgeBase kb = KnowledgeBase.bundled();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      Islamic State                                  | isis
      Islamic State of Iraq and Syria                | isis
      Islamic State of Iraq and the Levant           | isis
      ISIL                                           | isis
      IS                                             | isis
      Daesh                                          | isis
      Daish                                          | isis
      ISIS                                           | isis
      Islamic State Khorasan Province                | isis-k
      ISKP                                           | isis-k
      ISIS-K                                         | isis-k
      IS-K                                           | isis-k
      ISIS Khorasan                                  | isis-k
      Islamic State Khorasan                         | isis-k
      Khorasan branch of ISIS                        | isis-k
      Islamic State – Khorasan Province              | isis-k
      Wilayat Khorasan                               | isis-k
      Haqqani Network                                | haqqani-network
      HQN                                            | haqqani-network
      Taliban                                        | taliban
      the Taliban                                    | taliban
      Afghan Taliban                                 | taliban
      Islamic Emirate of Afghanistan                 | taliban
      al-Qaeda                                       | al-qaeda
      al-Qaida                                       | al-qaeda
      Al Qaeda                                       | al-qaeda
      al-Qa'ida                                      | al-qaeda
      al-Qa’ida                                      | al-qaeda
      AQAP                                           | aqap
      AQIS                                           | aqis
      AQIM                                           | aqim
      Tehrik-e-Taliban Pakistan                      | ttp
      TTP                                            | ttp
      Pakistani Taliban                              | ttp
      Lashkar-e-Tayyiba                              | lashkar-e-tayyiba
      Lashkar-e-Taiba                                | lashkar-e-tayyiba
      LeT                                            | lashkar-e-tayyiba
      Jaish-e-Mohammed                               | jaish-e-mohammed
      Jaish-e-Muhammad                               | jaish-e-mohammed
      JeM                                            | jaish-e-mohammed
      al-Shabaab                                     | al-shabaab
      Al Shabab                                      | al-shabaab
      Hamas                                          | hamas
      Hizballah                                      | hezbollah
      Hezbollah                                      | hezbollah
      Boko Haram                                     | boko-haram
      ISWAP                                          | iswap
      Houthis                                        | ansarallah
      Cartel de Sinaloa                              | sinaloa-cartel
      """)
  void aliasResolvesToItsGroup(String alias, String id) {
    assertThat(kb.lookup(alias)).map(Group::id).contains(id);
  }

  @Test
  void acronymsMatchOnlyInTheirOwnCase() {
    assertThat(kb.lookup("IS")).map(Group::id).contains("isis");
    assertThat(kb.lookup("is")).isEmpty();
    assertThat(kb.lookup("Let")).isEmpty();
    assertThat(kb.lookup("jem")).isEmpty();
  }

  @Test
  void namesMatchWhateverTheirCase() {
    assertThat(kb.lookup("HAQQANI NETWORK")).map(Group::id).contains("haqqani-network");
    assertThat(kb.lookup("daesh")).map(Group::id).contains("isis");
  }

  @Test
  void branchIsKeptApartFromItsParentWithTheRelationRecorded() {
    Group isisK = kb.group("isis-k");

    assertThat(isisK.parent()).contains("isis");
    assertThat(isisK.has(Relation.BRANCH_OF, "isis")).isTrue();
    assertThat(kb.group("isis").synonyms()).doesNotContain("Islamic State Khorasan Province");
    assertThat(kb.related("isis", Relation.BRANCH_OF)).extracting(Group::id)
        .contains("isis-k", "iswap", "is-sinai")
        .doesNotContain("isis", "taliban");
    assertThat(kb.group("aqap").parent()).contains("al-qaeda");
  }

  @Test
  void haqqaniNetworkIsAnAffiliateOfTheTalibanNotABranch() {
    Group haqqani = kb.group("haqqani-network");

    assertThat(haqqani.has(Relation.AFFILIATE_OF, "taliban")).isTrue();
    assertThat(haqqani.parent()).isEmpty();
  }

  @Test
  void alQaedaInIraqIsItsOwnDatedRecordLeadingToIsis() {
    Group aqi = kb.lookup("al-Qaeda in Iraq").orElseThrow();

    assertThat(aqi.id()).isEqualTo("al-qaeda-in-iraq");
    assertThat(aqi.active()).isEqualTo(new Years(2004, 2006));
    assertThat(aqi.targets(Relation.SUCCEEDED_BY)).containsExactly("islamic-state-of-iraq");
    Group isi = kb.group("islamic-state-of-iraq");
    assertThat(isi.active()).isEqualTo(new Years(2006, 2013));
    assertThat(isi.targets(Relation.SUCCEEDED_BY)).containsExactly("isis");
    assertThat(kb.lookup("AQI")).contains(aqi);
    assertThat(kb.lookup("Tawhid wal-Jihad")).map(Group::id).contains("tawhid-wal-jihad");
  }

  @Test
  void formerNamesCarryTheirYears() {
    Group sinai = kb.group("is-sinai");

    assertThat(sinai.formerNames())
        .contains(new FormerName("Ansar Bayt al-Maqdis", 2011, 2014));
    assertThat(kb.lookup("Ansar Bayt al-Maqdis")).contains(sinai);
  }

  @Test
  void personsListedAsEntitiesAreTypedAsPersons() {
    assertThat(kb.group("gulbuddin-hekmatyar").type()).isEqualTo(EntityType.PERSON);
    assertThat(kb.group("hezb-e-islami-gulbuddin").targets(Relation.LED_BY))
        .containsExactly("gulbuddin-hekmatyar");
  }

  @Test
  void unknownIdIsEmptyForFindAndAnErrorForGroup() {
    assertThat(kb.find("no-such-group")).isEmpty();
    assertThatThrownBy(() -> kb.group("no-such-group"))
        .isInstanceOf(KbException.class)
        .hasMessageContaining("no-such-group");
  }

  @Test
  void bundledBaseIsLoadedOnce() {
    assertThat(KnowledgeBase.bundled()).isSameAs(kb);
  }
}
