package org.triangulate.extract.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.triangulate.extract.nlp.Dependency;
import org.triangulate.extract.nlp.Token;
import org.triangulate.extract.nlp.Tree;
import org.triangulate.model.EventType;

/**
 * Counts an event's dead and wounded from its sentence: "killed four people", "12 were wounded",
 * "killed him", "leaving 18 soldiers dead"; the victims of a killing's own word are its dead
 * ("two men were executed", "an elder was beheaded"). Arrests and plots count none. Stateless.
 */
final class Casualties {
  private Casualties() {}

  /**
   * Words that tell a death, with no killer needed: "six people died", "perished", "left a boy
   * dead", "resulted in ten insurgent deaths", "the death of Maulawi X".
   */
  static final Set<String> DEATH_WORDS = Set.of("die", "perish", "dead", "death");

  private static final Set<String> WOUND_WORDS = Set.of("wound", "injure", "injured", "wounded", "hurt", "injury");

  /**
   * Verbs of killing besides "kill", whose victims are dead whatever event they are told with:
   * "three brothers were kidnapped and later executed".
   */
  private static final Set<String> KILLING_VERBS = Set.of("execute", "behead", "murder", "assassinate");

  /** Verbs whose object "lives" are deaths: "lost their lives", "claimed 20 lives", "took the lives of". */
  private static final Set<String> LIVES_VERBS = Set.of("lose", "claim", "take");

  /** Quantifiers that may stand between a killing verb and its count: "killed at least 12". */
  private static final Set<String> QUANTIFIERS = Set.of("at", "least", "most", "more", "less", "than", "over",
      "about", "nearly", "some", "around", "almost", "up", "to", "as", "many", "an", "estimated", "roughly",
      "approximately", "upwards", "of");

  /**
   * Reads the toll from the casualty words of the event's sentence; where several count the dead
   * (or the wounded), the one nearest the event's word in the parse: "a car bomb killed 12 people
   * in Kirkuk, a day after a roadside bomb killed three soldiers in Tikrit" gives each bomb its own.
   */
  static void read(FoundEvent e, Tree tree) {
    if (e.type() == EventType.ARREST || e.type() == EventType.PLOT) {
      return;
    }
    int at = e.triggers().stream().filter(tree.sentence()::contains).findFirst()
        .orElse(tree.sentence().tokens().getFirst().index());
    Integer killed = null;
    Integer injured = null;
    int killedFrom = Integer.MAX_VALUE;
    int injuredFrom = Integer.MAX_VALUE;
    for (Token t : tree.sentence().tokens()) {
      String lemma = t.lemma().toLowerCase(Locale.ROOT);
      boolean killingWord = (e.type() == EventType.KILLING || e.type() == EventType.ASSASSINATION)
          && e.triggers().contains(t.index());
      boolean lives = !livesTaken(tree, t).isEmpty();
      boolean killingVerb = KILLING_VERBS.contains(lemma) && t.pos().startsWith("VB");
      boolean kill = killingWord || killingVerb || lemma.equals("kill") || DEATH_WORDS.contains(lemma) && !judged(tree, t) || lives;
      boolean wound = WOUND_WORDS.contains(lemma);
      Integer n = lives ? livesCount(tree, t) : kill || wound ? count(tree, t) : null;
      if (n == null) {
        continue;
      }
      int distance = distance(tree, t.index(), at);
      if (kill && distance < killedFrom) {
        killed = n;
        killedFrom = distance;
      } else if (wound && !kill && distance < injuredFrom) {
        injured = n;
        injuredFrom = distance;
      }
    }
    e.casualties(killed, injured);
  }

  /** Steps between two tokens in the parse (through their nearest common head); far when unrelated. */
  private static int distance(Tree tree, int a, int b) {
    Map<Integer, Integer> up = new HashMap<>();
    int steps = 0;
    for (int i = a; i >= 0 && steps < 40; steps++) {
      up.putIfAbsent(i, steps);
      i = tree.head(i).map(Dependency::governor).orElse(-1);
    }
    steps = 0;
    for (int i = b; i >= 0 && steps < 40; steps++) {
      if (up.containsKey(i)) {
        return up.get(i) + steps;
      }
      i = tree.head(i).map(Dependency::governor).orElse(-1);
    }
    return 100 + Math.abs(a - b);
  }

  /**
   * True when a word of harm, or a word of killing ({@code killing}: "beheads"), counts whom it
   * names: "kills at least three people", "killing a soldier".
   */
  static boolean counts(Tree tree, Token word, boolean killing) {
    String lemma = word.lemma().toLowerCase(Locale.ROOT);
    boolean harm = killing || lemma.equals("kill") || DEATH_WORDS.contains(lemma) || WOUND_WORDS.contains(lemma);
    return harm && count(tree, word) != null;
  }

  /**
   * The object "lives" of a verb that loses or takes them: "five soldiers lost their lives", "the
   * blast claimed another 20 lives"; empty for any other word ("lived", "life imprisonment").
   */
  private static List<Integer> livesTaken(Tree tree, Token word) {
    if (!word.pos().startsWith("VB") || !LIVES_VERBS.contains(word.lemma().toLowerCase(Locale.ROOT))) {
      return List.of();
    }
    return tree.children(word.index(), "obj").stream()
        .filter(o -> tree.token(o).lemma().equalsIgnoreCase("life")).toList();
  }

  /** How many lives were lost (counted by who lost them) or taken (counted on the lives). */
  private static @Nullable Integer livesCount(Tree tree, Token word) {
    List<Integer> counted = new ArrayList<>();
    if (word.lemma().equalsIgnoreCase("lose")) {
      counted.addAll(tree.children(word.index(), "nsubj"));
    } else {
      for (int lives : livesTaken(tree, word)) {
        counted.add(lives);
        counted.addAll(tree.children(lives, "nmod:of")); // "took the lives of five people"
      }
    }
    for (int h : counted) {
      Integer n = headCount(tree, tree.token(h));
      if (n != null) {
        return n;
      }
    }
    return null;
  }

  /** "sentenced to death": a judgment, no one dead. */
  private static boolean judged(Tree tree, Token t) {
    return t.lemma().equalsIgnoreCase("death") && tree.head(t.index()).filter(d -> d.governor() >= 0)
        .map(d -> PhrasalTriggers.SENTENCING.contains(tree.token(d.governor()).lemma().toLowerCase(Locale.ROOT)))
        .orElse(false);
  }

  /**
   * How many a casualty word counts: "killed four people", "12 were wounded", "killed him",
   * "leaving 18 soldiers dead", "were shot dead", "stoned to death"; and where the parser lost a
   * killing verb's object ("ambushed and killed five policemen", the object taken by the first
   * verb), the count that follows the verb.
   */
  private static @Nullable Integer count(Tree tree, Token word) {
    String lemma = word.lemma().toLowerCase(Locale.ROOT);
    boolean death = DEATH_WORDS.contains(lemma);
    // the subject of an active killing verb is its killer; of "died", "19 wounded", "were injured" (an adjective), the victims
    boolean perfect = tree.children(word.index()).stream()
        .anyMatch(d -> d.base().equals("aux") && tree.token(d.dependent()).lemma().equalsIgnoreCase("have"));
    boolean undergone = word.pos().equals("JJ") || word.pos().equals("VBN") && !perfect || ellipticPassive(tree, word);
    List<Integer> heads = new ArrayList<>(undergone ? elidedOwnCount(tree, word).stream().toList() : List.of());
    heads.addAll(victims(tree, word.index(), death || undergone));
    tree.head(word.index()).filter(d -> d.base().equals("amod") || d.base().equals("acl"))
        .map(Dependency::governor).ifPresent(heads::add);
    if (word.pos().startsWith("NN")) {
      heads.addAll(tree.children(word.index(), "nmod:of")); // "resulted in the death of Maulawi X", "the killing of two"
    }
    if (death && word.pos().startsWith("NN")) {
      heads.add(word.index()); // "leaving 14 dead"
    }
    if (death) {
      // "left a boy dead", "two traders were shot dead", "stoned to death": the victims of the verb it completes
      tree.head(word.index()).filter(d -> d.governor() >= 0 && !d.base().equals("amod") && !d.base().equals("acl"))
          .ifPresent(d -> heads.addAll(victims(tree, d.governor(), false)));
    }
    for (int h : heads) {
      Integer n = headCount(tree, tree.token(h));
      if (n != null) {
        // "killing a policeman and a civilian", the second parsed as the verb's conjunct
        List<Integer> misattached = tree.children(word.index(), "obj").contains(h)
            ? tree.children(word.index(), "conj:and").stream().filter(c -> tree.token(c).pos().startsWith("NN")).toList()
            : List.of();
        return n + conjoinedCount(tree, word.index(), h, misattached);
      }
    }
    boolean victimsParsed = !tree.children(word.index(), "obj").isEmpty()
        || !tree.children(word.index(), "nsubj:pass").isEmpty();
    if (!victimsParsed && word.pos().startsWith("VB") && !death && !undergone) {
      // "They reacted and killed the insurgent commander": the object after the killing verb,
      // given by the parser to the verb it is coordinated with
      Optional<Integer> lost = tree.head(word.index()).filter(d -> d.base().equals("conj") && d.governor() >= 0)
          .flatMap(d -> tree.children(d.governor(), "obj").stream().filter(o -> o > word.index()).findFirst());
      if (lost.isPresent()) {
        return headCount(tree, tree.token(lost.get()));
      }
    }
    if (!victimsParsed && undergone && !tree.children(word.index(), "aux:pass").isEmpty()) {
      Integer opening = countedBefore(tree, word);
      if (opening != null) {
        return opening; // "At least 44 people, most of them women and children, were killed"
      }
    }
    return victimsParsed ? null : followingCount(tree, word);
  }

  /**
   * For a passive toll whose subject the parser lost: the count of the first counted noun before
   * it, when no other verb stands between ("At least 44 people, most of them women and children,
   * were killed", the apposition having taken "people" away from the verb); null otherwise.
   */
  private static @Nullable Integer countedBefore(Tree tree, Token word) {
    List<Token> tokens = tree.sentence().tokens();
    List<Integer> auxiliaries = tree.children(word.index(), "aux:pass");
    for (Token t : tokens) {
      if (t.index() >= word.index()) {
        return null;
      }
      if (t.pos().startsWith("NN") && !tree.children(t.index(), "nummod").isEmpty()) {
        boolean verbBetween = tokens.stream().anyMatch(v -> v.index() > t.index() && v.index() < word.index()
            && v.pos().startsWith("VB") && !auxiliaries.contains(v.index()));
        return verbBetween ? null : headCount(tree, t);
      }
    }
    return null;
  }

  /**
   * How many one noun phrase counts: "four people", "Eleven people", "two of the gunmen", "him", "a
   * policeman", "Maulawi X".
   */
  private static @Nullable Integer headCount(Tree tree, Token head) {
    if (noOne(tree, head.index())) {
      return 0; // "no one was killed", "nobody was hurt": none, not one
    }
    Integer n = number(head);
    // "three of the four attackers": the part counts, not the whole
    for (int q : tree.children(head.index(), "det:qmod")) {
      if (n == null && tree.token(q).pos().equals("CD")) {
        n = number(tree.token(q));
      }
    }
    for (Dependency d : tree.children(head.index())) {
      boolean numeral = d.base().equals("nummod")
          // a number word opening the sentence is tagged a proper noun: "Eleven people were killed"
          || (d.base().equals("compound") || d.base().equals("amod")) && tree.token(d.dependent()).ner().equals("NUMBER");
      // a count goes before what it counts: "Ahmad Khan, 45, a shopkeeper" gives his age after him
      if (n == null && numeral && d.dependent() < head.index()) {
        n = number(tree.token(d.dependent()));
      }
    }
    // "six Frontier Corps personnel": the number opens the phrase but hangs on a name modifying its head
    for (int c : tree.children(head.index(), "compound")) {
      for (int q : tree.children(c, "nummod")) {
        if (n == null && q < c) {
          n = number(tree.token(q));
        }
      }
    }
    // "killed him"; "he was engaged and killed" (a subject here only when it underwent the death);
    // "a policeman was killed and another injured"
    if (n == null && Set.of("him", "her", "he", "she", "another").contains(head.text().toLowerCase(Locale.ROOT))) {
      n = 1;
    }
    // "killing them both": two
    boolean both = tree.children(head.index()).stream()
        .anyMatch(d -> tree.token(d.dependent()).text().equalsIgnoreCase("both"))
        || tree.sentence().contains(head.index() + 1) && tree.token(head.index() + 1).text().equalsIgnoreCase("both");
    if (n == null && Set.of("them", "they").contains(head.text().toLowerCase(Locale.ROOT)) && both) {
      n = 2;
    }
    // "killed Taliban leader, Wali": a title in the singular that names its man (a person:
    // "Kamjong district, Manipur" names a place)
    boolean named = head.pos().equals("NN") && tree.children(head.index(), "appos").stream()
        .anyMatch(a -> tree.token(a).ner().equals("PERSON"));
    if (n == null && (isOne(tree, head) || head.ner().equals("PERSON") || named)) {
      n = 1;
    }
    return n;
  }

  /** "no one", "nobody", "none", "no civilians": a phrase that counts no one. */
  static boolean noOne(Tree tree, int head) {
    String word = tree.token(head).text().toLowerCase(Locale.ROOT);
    return Set.of("nobody", "none", "noone", "no-one").contains(word) || tree.children(head).stream()
        .anyMatch(d -> d.base().equals("det") && tree.token(d.dependent()).text().equalsIgnoreCase("no"));
  }

  /** Whether the harm a word tells befell no one: "no one was killed", "killing nobody". */
  static boolean befellNoOne(Tree tree, Token word) {
    List<Integer> harmed = victims(tree, word.index(), true);
    return !harmed.isEmpty() && harmed.stream().allMatch(h -> noOne(tree, h));
  }

  /**
   * The others counted beside a victim: "killed a policeman and a civilian" (1 + 1), "a senior
   * Taliban leader and one other". None when one of them is uncounted: "13 experts and officers
   * were executed" counts both with its number. A conjunct that is the subject of a verb of its
   * own (or followed by a verb, however parsed), or is said to be wounded, is no victim beside
   * the first: "killed two soldiers and 4 others were injured", "leaving twenty people dead and
   * 55 wounded".
   */
  private static int conjoinedCount(Tree tree, int word, int head, List<Integer> misattached) {
    List<Integer> others = new ArrayList<>(tree.children(head, "conj:and").stream()
        .filter(c -> nominal(tree.token(c))).toList());
    others.addAll(misattached);
    int more = 0;
    for (int c : others) {
      // "a soldier and his interpreter were killed": the verb after them may be the casualty word's own
      int next = c + 1;
      boolean ownVerb = next == word || tree.head(next).filter(d -> d.governor() == word).isPresent();
      boolean verbNext = tree.sentence().contains(next) && tree.token(next).pos().startsWith("VB") && !ownVerb;
      boolean ownClause = verbNext || tree.sentence().heads(c).anyMatch(d -> d.base().equals("nsubj") && d.governor() != word)
          || tree.sentence().heads(c).anyMatch(d -> d.governor() >= 0 && woundWord(tree.token(d.governor())))
          || tree.children(c).stream().anyMatch(d -> woundWord(tree.token(d.dependent())))
          // "the death of one of the children and the injury of 2 others": the injury is no one
          || woundWord(tree.token(c));
      if (ownClause) {
        continue;
      }
      Integer n = headCount(tree, tree.token(c));
      if (n == null) {
        return 0;
      }
      more += n;
    }
    return more;
  }

  private static boolean woundWord(Token t) {
    return WOUND_WORDS.contains(t.lemma().toLowerCase(Locale.ROOT));
  }

  /**
   * "9 were killed and 5 injured": the second clause, its auxiliary left out, counts its own
   * number, which the parse leaves between "and" and the verb as a loose dependent while handing
   * the verb the first clause's subject too. The nominal between the conjunction and the verb.
   */
  private static Optional<Integer> elidedOwnCount(Tree tree, Token word) {
    if (tree.head(word.index()).filter(d -> d.base().equals("conj")).isEmpty()) {
      return Optional.empty();
    }
    OptionalInt and = tree.children(word.index(), "cc").stream().mapToInt(Integer::intValue).min();
    if (and.isEmpty()) {
      return Optional.empty();
    }
    return tree.children(word.index()).stream().map(Dependency::dependent)
        .filter(d -> d > and.getAsInt() && d < word.index()
            && (nominal(tree.token(d)) || tree.token(d).text().equalsIgnoreCase("another")))
        .min(Integer::compare);
  }

  /**
   * "A soldier was killed and two others wounded": a verb of harm, tagged past tense, with no
   * object, coordinated with a passive: its subject underwent it.
   */
  private static boolean ellipticPassive(Tree tree, Token word) {
    return word.pos().equals("VBD") && tree.children(word.index(), "obj").isEmpty()
        && tree.head(word.index()).filter(d -> d.base().equals("conj") && d.governor() >= 0)
            .map(d -> tree.children(d.governor()).stream().anyMatch(x -> x.relation().equals("aux:pass")))
            .orElse(false);
  }

  /** A noun, pronoun or number: what can be counted among victims ("and wounding 15" is no victim). */
  private static boolean nominal(Token t) {
    return t.pos().startsWith("NN") || t.pos().startsWith("PRP") || t.pos().equals("CD");
  }

  /** Whom a verb acted on, or who underwent it: its object or passive subject, and its subject if asked. */
  private static List<Integer> victims(Tree tree, int verb, boolean subject) {
    List<Integer> heads = new ArrayList<>(tree.children(verb, "obj"));
    heads.addAll(tree.children(verb, "nsubj:pass"));
    if (subject) {
      heads.addAll(tree.children(verb, "nsubj"));
    }
    return heads;
  }

  /** "a policeman", "the governor", "its guard", "an Iraqi" (NNP or JJ): one person. */
  private static boolean isOne(Tree tree, Token head) {
    return tree.children(head.index()).stream().anyMatch(d -> {
      String det = tree.token(d.dependent()).text().toLowerCase(Locale.ROOT);
      return head.pos().equals("NN") && (d.base().equals("det") && Set.of("a", "an", "the").contains(det)
          || d.relation().equals("nmod:poss"))
          // "An Iraqi was killed": a nationality the tagger leaves a proper noun or an adjective
          || (head.pos().equals("NNP") || head.pos().equals("JJ")) && d.base().equals("det") && Set.of("a", "an").contains(det);
    });
  }

  /**
   * The count right after an active verb that the parse gave no argument: "killed at least 12".
   * Only a cardinal the tagger reads as a plain number counts; "3 days" is a duration.
   */
  private static @Nullable Integer followingCount(Tree tree, Token verb) {
    if (!verb.pos().startsWith("VB") || verb.pos().equals("VBN")) {
      return null;
    }
    int i = verb.index() + 1;
    while (tree.sentence().contains(i) && QUANTIFIERS.contains(tree.token(i).text().toLowerCase(Locale.ROOT))) {
      i++;
    }
    return tree.sentence().contains(i) && tree.token(i).pos().equals("CD") && tree.token(i).ner().equals("NUMBER")
        ? number(tree.token(i)) : null;
  }

  static @Nullable Integer number(Token t) {
    if (!t.ner().equals("NUMBER") && !t.pos().equals("CD")) {
      return null;
    }
    // The tagger normalises "at least 12" to ">=12.0": the count is the number in it.
    Matcher m = Pattern.compile("\\d+(?:\\.\\d+)?")
        .matcher((t.normalized() != null ? t.normalized() : t.text()).replace(",", ""));
    if (!m.find()) {
      return null;
    }
    try {
      double d = Double.parseDouble(m.group());
      return d >= 0 && d < 100_000 && d == Math.floor(d) ? (int) d : null;
    } catch (NumberFormatException ex) {
      return null;
    }
  }
}
