package org.triangulate.corenlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.triangulate.corenlp.Extracted.extract;
import static org.triangulate.corenlp.Extracted.only;

import org.junit.jupiter.api.Test;
import org.triangulate.model.Event;
import org.triangulate.model.EventType;

/**
 * Explosives named in other words than "bomb": an explosive device, explosives, a house that blew
 * up. A death told beside one is the bombing's toll; explosives only held or found tell nothing.
 * Every sentence is invented; the places are real.
 */
class ExplosivesIT {
  @Test
  void deathsWhenAnExplosiveDeviceWentOffAreABombing() {
    Event e = only("Three soldiers were killed when an improvised explosive device detonated near their vehicle in Gao.");
    assertThat(e.type()).isEqualTo(EventType.BOMBING);
    assertThat(e.killed()).isEqualTo(3);
    Event f = only("Five policemen were killed after their truck ran over an explosive device in Mopti on Monday.");
    assertThat(f.type()).isEqualTo(EventType.BOMBING);
    assertThat(f.killed()).isEqualTo(5);
  }

  @Test
  void aChargeOrAThingSaidToBeExplosiveOrBoobyTrappedThatWentOffIsABombing() {
    Event e = only("An explosive charge went off while an army patrol was passing in Hawija, leaving two soldiers dead.");
    assertThat(e.type()).isEqualTo(EventType.BOMBING);
    assertThat(e.killed()).isEqualTo(2);
    assertThat(only("A booby-trapped house went off on an army unit in Tarmiyah on Monday, wounding three soldiers.").type())
        .isEqualTo(EventType.BOMBING);
  }

  @Test
  void anExplosiveSituationOrAChargeLaidTellsNoIncident() {
    assertThat(extract("The explosive situation in the town worsened on Monday.").events()).isEmpty();
    assertThat(extract("Prosecutors filed a charge of fraud against the governor of Mopti.").events()).isEmpty();
  }

  @Test
  void aNotableVictimKilledInABlastIsTheBlastsToll() {
    Event e = only("A district chief was killed in a roadside bomb blast in Ghor province on Monday.");
    assertThat(e.type()).isEqualTo(EventType.BOMBING);
    assertThat(e.killed()).isEqualTo(1);
    // killed by a word of assassination itself, it stays one
    assertThat(only("Gunmen assassinated a district chief in Ghor province on Monday.").type())
        .isEqualTo(EventType.ASSASSINATION);
  }

  @Test
  void somethingThatBlewUpIsABombing() {
    Event e = only("Nine people were killed when a house rigged with explosives blew up in Rawa on Monday.");
    assertThat(e.type()).isEqualTo(EventType.BOMBING);
    assertThat(e.killed()).isEqualTo(9);
    assertThat(only("A suicide bomber blew himself up at a checkpoint in Mosul on Sunday.").type())
        .isEqualTo(EventType.BOMBING);
  }

  @Test
  void aWeaponAndItsActAreOneIncident() {
    assertThat(only("A roadside bomb struck a police convoy in Kandahar on Monday.").type()).isEqualTo(EventType.BOMBING);
    assertThat(only("A landmine exploded under a truck in Gao on Monday, wounding two soldiers.").injured()).isEqualTo(2);
    assertThat(only("A soldier was killed in Logar on Monday when gunmen set off explosives near his convoy and then "
        + "opened fire on the troops.").killed()).isEqualTo(1);
  }

  @Test
  void explosivesHeldFoundOrDescribedTellNoIncident() {
    assertThat(extract("Police found explosives and two rifles in a house in Rawa on Monday.").events()).isEmpty();
    assertThat(extract("The car carrying the explosives broke down in Paghman on Monday.").events()).isEmpty();
    assertThat(extract("The shop sold an explosive device detector to the army.").events()).isEmpty();
    assertThat(extract("A mobile device was stolen from the office in Mopti.").events()).isEmpty();
    assertThat(extract("The dispute over the contract blew up in parliament on Monday.").events()).isEmpty();
  }

  @Test
  void deathsAfterTheDoersTargetedSomethingWithABombAreABombing() {
    Event e = only("Nine troopers were killed after Naxalites targeted their vehicle with an improvised explosive device "
        + "in Sukma district.");
    assertThat(e.type()).isEqualTo(EventType.BOMBING);
    assertThat(e.killed()).isEqualTo(9);
    // what they were stopped with is no weapon
    assertThat(only("Two men were killed after gunmen stopped their car with a roadblock in Sukma district.").type())
        .isNotEqualTo(EventType.BOMBING);
  }
}
