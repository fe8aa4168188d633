package org.triangulate.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tag mendings, on tagged sentences written out by hand (no models loaded). */
class MainVerbsTest {
  /** "word/TAG word/TAG …" as the tagger's tokens. */
  private static List<CoreLabel> tagged(String s) {
    List<CoreLabel> out = new ArrayList<>();
    for (String wt : s.split(" ")) {
      CoreLabel l = new CoreLabel();
      l.setWord(wt.substring(0, wt.lastIndexOf('/')));
      l.setTag(wt.substring(wt.lastIndexOf('/') + 1));
      out.add(l);
    }
    return out;
  }

  private static String tags(List<CoreLabel> tokens) {
    return String.join(" ", tokens.stream().map(CoreLabel::tag).toList());
  }

  @Test
  void aPluralNounReadAsAVerbBeforeThePastTenseIsANoun() {
    List<CoreLabel> s = tagged("Taliban/NNP insurgents/VBZ stormed/VBD a/DT post/NN ./.");
    assertThat(MainVerbs.mend(s)).isTrue();
    assertThat(tags(s)).isEqualTo("NNP NNS VBD DT NN .");
  }

  @Test
  void aPluralNounReadAsAVerbBeforeAParticipleOrABareVerbIsANoun() {
    List<CoreLabel> s = tagged("Taliban/NNP insurgents/VBZ attacked/VBN a/DT checkpoint/NN ./.");
    assertThat(MainVerbs.mend(s)).isTrue();
    assertThat(tags(s)).isEqualTo("NNP NNS VBD DT NN .");
    // the historical present: "Boko Haram insurgents raid the town"
    List<CoreLabel> t = tagged("Boko/NNP Haram/NNP insurgents/VBZ raid/NN the/DT town/NN ./.");
    assertThat(MainVerbs.mend(t)).isTrue();
    assertThat(tags(t)).isEqualTo("NNP NNP NNS VBP DT NN .");
    List<CoreLabel> u = tagged("Boko/NNP Haram/NNP fighters/VBZ attack/VBP the/DT town/NN ./.");
    assertThat(MainVerbs.mend(u)).isTrue();
    assertThat(tags(u)).isEqualTo("NNP NNP NNS VBP DT NN .");
  }

  @Test
  void aVerbInSBeforeANounStaysAVerbWhenTheSentenceHasAnotherVerb() {
    // "the army raids" is no subject here: "Police/NNP raids/VBZ homes/NNS" has its verb
    List<CoreLabel> s = tagged("Police/NNP raids/VBZ homes/NNS ./.");
    assertThat(MainVerbs.mend(s)).isFalse();
    List<CoreLabel> t = tagged("The/DT army/NN raids/VBZ the/DT town/NN ,/, officials/NNS said/VBD ./.");
    assertThat(MainVerbs.mend(t)).isFalse();
    List<CoreLabel> u = tagged("He/PRP attacks/VBZ taken/VBN ./.");
    assertThat(MainVerbs.mend(u)).isFalse();
  }

  @Test
  void aVerbInSBeforeAPastTenseStaysAVerb() {
    List<CoreLabel> s = tagged("The/DT minister/NN says/VBZ militants/NNS attacked/VBD the/DT post/NN ./.");
    assertThat(MainVerbs.mend(s)).isFalse();
    List<CoreLabel> t = tagged("He/PRP is/VBZ killed/VBD ./.");
    assertThat(MainVerbs.mend(t)).isFalse();
    List<CoreLabel> u = tagged("Police/NNP arrests/VBZ rose/VBD ./.");
    assertThat(MainVerbs.mend(u)).isTrue(); // "police arrests rose": a noun, as it should be
  }

  @Test
  void aReducedRelativeBeforeTheVerbIsAParticiple() {
    List<CoreLabel> s = tagged("Boko/NNP Haram/NNP terrorists/NNS believed/VBD to/TO be/VB affiliated/VBN with/IN ISIS/NNP "
        + "attacked/VBD a/DT base/NN ./.");
    assertThat(MainVerbs.mend(s)).isTrue();
    assertThat(s.get(3).tag()).isEqualTo("VBN");
    assertThat(s.get(9).tag()).isEqualTo("VBD");
  }

  @Test
  void aVerbOfBeliefWithNoOtherVerbAfterItStays() {
    List<CoreLabel> s = tagged("Officials/NNS believed/VBD the/DT attack/NN to/TO be/VB planned/VBN ./.");
    assertThat(MainVerbs.mend(s)).isFalse();
    List<CoreLabel> t = tagged("Officials/NNS believed/VBD to/TO be/VB right/JJ ./.");
    assertThat(MainVerbs.mend(t)).isFalse();
  }

  @Test
  void aParticipleWithNoFiniteVerbIsTheVerb() {
    List<CoreLabel> s = tagged("A/DT security/NN force/NN detained/VBN several/JJ insurgents/NNS ./.");
    assertThat(MainVerbs.mend(s)).isTrue();
    assertThat(s.get(3).tag()).isEqualTo("VBD");
    List<CoreLabel> headline = tagged("Taliban/NNP Leader/NNP Captured/VBN in/IN Helmand/NNP");
    assertThat(MainVerbs.mend(headline)).isFalse();
  }
  @Test
  void aWoundingWordReadAsAnAdjectiveAfterAndBeforeANumberIsTheCoordinatedVerb() {
    List<CoreLabel> s = tagged("A/DT bomb/NN killed/VBD at/IN least/JJS a/DT civilian/JJ and/CC injured/JJ five/CD"
        + " others/NNS ./.");
    assertThat(MainVerbs.mend(s)).isTrue();
    assertThat(tags(s)).isEqualTo("DT NN VBD IN JJS DT JJ CC VBD CD NNS .");
    // after a participle the tagger took for the verb too: "A bomb placed/VBN in Baghdad killed/VBN …"
    List<CoreLabel> u = tagged("A/DT bomb/NN placed/VBN in/IN Baghdad/NNP killed/VBN a/DT civilian/JJ and/CC"
        + " injured/JJ five/CD others/NNS ./.");
    assertThat(MainVerbs.mend(u)).isTrue();
    assertThat(tags(u)).endsWith("CC VBD CD NNS .");
    List<CoreLabel> t = tagged("A/DT bombing/NN left/VBD 4/CD fighters/NNS dead/JJ and/CC wounded/JJ 3/CD ./.");
    assertThat(MainVerbs.mend(t)).isTrue();
    assertThat(tags(t)).isEqualTo("DT NN VBD CD NNS JJ CC VBD CD .");
  }

  @Test
  void theDeadAndInjuredAsNounsStayAsTheyAre() {
    List<CoreLabel> s = tagged("The/DT dead/JJ and/CC injured/JJ were/VBD taken/VBN to/TO hospital/NN ./.");
    assertThat(MainVerbs.mend(s)).isFalse();
    // no verb before it: nothing is coordinated with it
    List<CoreLabel> t = tagged("Four/CD dead/JJ and/CC injured/JJ 3/CD in/IN Mosul/NNP ./.");
    assertThat(MainVerbs.mend(t)).isFalse();
  }
}
