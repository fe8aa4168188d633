package org.triangulate.extract.events;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.triangulate.extract.nlp.Dependency;
import org.triangulate.extract.nlp.Token;
import org.triangulate.extract.nlp.Tree;
import org.triangulate.model.EventType;

/**
 * Event words that tell their event only with a particle or a complement, which a lexicon of
 * single lemmas cannot hold: "blew up" (a bombing, when something is blown up or someone harmed),
 * "gunned down" and "hacked to death" (killings; "sentenced to death" is a judgment), "an
 * improvised explosive device" (a bomb), "an operation that resulted in the death of" (a killing).
 * Read on the parse; {@link #mayBe} tells from the words
 * alone whether a sentence must be parsed for them. Stateless.
 */
final class PhrasalTriggers {
  /** Verbs that send someone to death by a judgment, not a killing: "sentenced to death". */
  static final Set<String> SENTENCING = Set.of("sentence", "condemn", "convict");
  /** Nouns of an operation that no event word names: "an operation that resulted in the death of …". */
  private static final Set<String> OPERATIONS = Set.of("operation", "mission");
  /** Verbs by which an operation brings about a death. */
  private static final Set<String> BRINGING = Set.of("result", "lead", "cause");
  /** Things that can carry a charge, a bomb when said to be explosive or booby-trapped. */
  private static final Set<String> CHARGED = Set.of("device", "charge", "vest", "belt", "jacket", "vehicle", "car",
      "truck", "lorry", "van", "motorcycle", "motorbike", "bicycle", "cart", "package", "parcel", "house", "toy");

  private PhrasalTriggers() {}

  /** The event type a word tells with its particle or complement, if any. */
  static Optional<EventType> type(Tree tree, Token t) {
    if (explosiveDevice(tree, t) || blewUp(tree, t)) {
      return Optional.of(EventType.BOMBING);
    }
    boolean killing = killedOtherwise(tree, t) || deathAnOperationBrought(tree, t);
    return killing ? Optional.of(EventType.KILLING) : Optional.empty();
  }

  /**
   * "an operation in Tarin Kowt district that resulted in the death of Maulawi Tayeb": a death an
   * operation resulted in, caused or led to is a killing, though no word of killing tells it;
   * "floods resulted in the deaths of six people" is none.
   */
  private static boolean deathAnOperationBrought(Tree tree, Token t) {
    if (!t.pos().startsWith("NN") || !t.lemma().equalsIgnoreCase("death")) {
      return false;
    }
    // "resulted in the detention of several suspected insurgents and the death of a local
    // national": the death may be one of several things brought, however the parser joins them
    for (Dependency d : tree.ancestors(t.index(), 3)) {
      String verb = tree.token(d.governor()).lemma().toLowerCase(Locale.ROOT);
      boolean brought = d.relation().equals("obl:in") && verb.equals("result")
          || d.relation().equals("obl:to") && verb.equals("lead") || d.base().equals("obj") && verb.equals("cause");
      if (brought) {
        return tree.children(d.governor(), "nsubj").stream()
            .anyMatch(s -> OPERATIONS.contains(tree.token(s).lemma().toLowerCase(Locale.ROOT)));
      }
      if (!d.base().equals("conj") && !d.relation().equals("nmod:of")) {
        return false;
      }
    }
    return false;
  }

  /**
   * "an improvised explosive device", "an explosive charge", "an explosives-laden truck", "a
   * booby-trapped house": a thing said to be explosive or booby-trapped is a bomb. Only things
   * that can carry a charge: "the explosive situation" is none.
   */
  static boolean explosiveDevice(Tree tree, Token t) {
    return CHARGED.contains(t.lemma().toLowerCase(Locale.ROOT)) && t.pos().startsWith("NN") && tree.children(t.index()).stream()
        .anyMatch(d -> (d.base().equals("amod") || d.base().equals("compound"))
            && (charging(tree.token(d.dependent()).lemma())
                || tree.children(d.dependent()).stream().anyMatch(c -> charging(tree.token(c.dependent()).lemma()))));
  }

  /** "explosive", "explosives-laden", "booby-trapped" (or "booby" of "booby - trapped", as the tokenizer splits it). */
  private static boolean charging(String modifier) {
    String m = modifier.toLowerCase(Locale.ROOT);
    return m.startsWith("explosive") || m.startsWith("booby");
  }

  /**
   * "Militants blew up a bridge", "a bomber blew himself up", "a house rigged with explosives blew
   * up, killing nine": a blast, when something is blown up or someone is harmed; "the dispute blew
   * up in parliament" is neither.
   */
  private static boolean blewUp(Tree tree, Token t) {
    boolean up = tree.children(t.index()).stream().anyMatch(d -> d.relation().equals("compound:prt")
        && tree.token(d.dependent()).text().equalsIgnoreCase("up"));
    return t.lemma().equalsIgnoreCase("blow") && t.pos().startsWith("VB") && up
        && (!tree.children(t.index(), "obj").isEmpty() || EventRules.harmTold(tree));
  }

  /**
   * "hacked to death", "stoned to death", "beaten to death", "gunned down": verbs of harm that
   * kill; "sentenced to death" does not.
   */
  private static boolean killedOtherwise(Tree tree, Token t) {
    if (!t.pos().startsWith("VB")) {
      return false;
    }
    boolean toDeath = tree.children(t.index(), "obl").stream().anyMatch(o -> tree.token(o).lemma().equalsIgnoreCase("death")
        && tree.children(o, "case").stream().anyMatch(c -> tree.token(c).text().equalsIgnoreCase("to")));
    boolean gunnedDown = t.lemma().equalsIgnoreCase("gun") && tree.children(t.index()).stream()
        .anyMatch(d -> d.relation().equals("compound:prt") && tree.token(d.dependent()).text().equalsIgnoreCase("down"));
    return toDeath && !SENTENCING.contains(t.lemma().toLowerCase(Locale.ROOT)) || gunnedDown;
  }

  /** "blew up", "an improvised explosive device", "to death", "gunned down": words the parser must read. */
  static boolean mayBe(List<Token> tokens, int i) {
    String word = tokens.get(i).lemma().toLowerCase(Locale.ROOT);
    boolean blow = word.equals("blow") && tokens.subList(i + 1, Math.min(tokens.size(), i + 4)).stream()
        .anyMatch(w -> w.text().equalsIgnoreCase("up"));
    boolean device = CHARGED.contains(word)
        && tokens.subList(Math.max(0, i - 3), i).stream().anyMatch(w -> charging(w.lemma()));
    boolean death = word.equals("death") && i > 0 && (tokens.get(i - 1).text().equalsIgnoreCase("to")
        || tokens.subList(Math.max(0, i - 4), i).stream()
            .anyMatch(w -> BRINGING.contains(w.lemma().toLowerCase(Locale.ROOT))));
    boolean gunDown = word.equals("gun") && i + 1 < tokens.size() && tokens.get(i + 1).text().equalsIgnoreCase("down");
    return blow || device || death || gunDown;
  }
}
