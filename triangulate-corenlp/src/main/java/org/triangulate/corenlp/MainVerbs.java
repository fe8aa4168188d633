package org.triangulate.corenlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Mends taggings the parser cannot recover from. The tagger may read a clause's verb as a
 * participle after a long subject ("A combined Afghan and coalition security force detained/VBN
 * multiple suspected insurgents …"), and the parser then hangs the sentence from a noun: no
 * subject, no object, no verb. A sentence needs a finite verb; when it has none, the first
 * participle that stands between a noun ending its subject and the start of an object (a
 * determiner, number, adjective, noun or pronoun) is its verb in the past tense. A headline's
 * participle ("Taliban Leader Captured in Helmand") has no object and stays as it is; so does
 * every sentence that has a finite verb. It may also read a plural noun as a verb ("Taliban
 * insurgents/VBZ stormed") or a reduced relative clause's participle as the sentence's verb
 * ("terrorists believed/VBD to be affiliated with ISIS attacked"), or a wounding verb as an
 * adjective ("killed two and injured/JJ five"); see {@link #pluralNouns}, {@link #reducedRelative}
 * and {@link #woundingVerbs}.
 *
 * <p>Stateless and thread-safe.
 */
final class MainVerbs {
  private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");
  private static final Set<String> SUBJECT_END = Set.of("NN", "NNS", "NNP", "NNPS", "PRP");
  private static final Set<String> OBJECT_START = Set.of("DT", "CD", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS",
      "PRP", "PRP$");

  private MainVerbs() {}

  /** Words ending in "s" that are verbs, whatever follows them. */
  private static final Set<String> VERBS_IN_S = Set.of("is", "has", "was", "does", "says", "goes");

  /** Retags what the parser cannot recover from; true when it did. */
  static boolean mend(List<CoreLabel> tokens) {
    boolean nouns = pluralNouns(tokens);
    boolean reduced = reducedRelative(tokens);
    boolean tolls = woundingVerbs(tokens);
    return participleVerb(tokens) || nouns || reduced || tolls;
  }

  /** Words of wounding the tagger reads as adjectives where they are verbs. */
  private static final Set<String> WOUNDING = Set.of("injured", "wounded");

  /**
   * "killed at least a civilian and injured/JJ five others", "left 4 fighters dead and
   * injured/JJ 3": after "and", before a number or determiner, in a sentence with a verb before
   * it, a wounding word is the past tense coordinated with that verb, not an adjective (the parser
   * otherwise makes the wounded the killed). "The dead and injured were taken to hospital" keeps
   * its adjective.
   */
  private static boolean woundingVerbs(List<CoreLabel> tokens) {
    boolean mended = false;
    for (int i = 1; i + 1 < tokens.size(); i++) {
      CoreLabel t = tokens.get(i);
      boolean adjective = "JJ".equals(t.tag()) && WOUNDING.contains(t.word().toLowerCase(java.util.Locale.ROOT));
      boolean afterAnd = "and".equalsIgnoreCase(tokens.get(i - 1).word());
      String next = tokens.get(i + 1).tag();
      boolean counted = "CD".equals(next) || "DT".equals(next)
          || "at".equalsIgnoreCase(tokens.get(i + 1).word()) && i + 2 < tokens.size()
          && "least".equalsIgnoreCase(tokens.get(i + 2).word());
      boolean verbBefore = tokens.subList(0, i).stream().anyMatch(x -> FINITE.contains(x.tag()) || "VBN".equals(x.tag()));
      if (adjective && afterAnd && counted && verbBefore) {
        t.setTag("VBD");
        mended = true;
      }
    }
    return mended;
  }

  /**
   * "Taliban insurgents stormed a post": a plural noun the tagger read as a present-tense verb
   * right before the past-tense verb whose subject it is. Two finite verbs do not stand side by
   * side; the first, a word in "s" after a name or noun, is the subject's head. So before a
   * participle that takes an object ("Taliban insurgents/VBZ attacked/VBN a checkpoint", then the
   * sentence's verb), a present-tense verb ("fighters/VBZ attack/VBP the town"), or, in a
   * sentence with no other finite verb, a noun that takes a determiner as a verb would ("Boko
   * Haram insurgents/VBZ raid/NN the town": the historical present, mended to a verb).
   */
  private static boolean pluralNouns(List<CoreLabel> tokens) {
    boolean mended = false;
    for (int i = 1; i + 1 < tokens.size(); i++) {
      CoreLabel t = tokens.get(i);
      String word = t.word().toLowerCase(java.util.Locale.ROOT);
      if (!"VBZ".equals(t.tag()) || !word.endsWith("s") || VERBS_IN_S.contains(word)
          || !SUBJECT_END.contains(tokens.get(i - 1).tag())) {
        continue;
      }
      String next = tokens.get(i + 1).tag();
      String after = i + 2 < tokens.size() ? tokens.get(i + 2).tag() : "";
      boolean objectNext = OBJECT_START.contains(after);
      int at = i;
      boolean onlyFinite = IntStream.range(0, tokens.size()).noneMatch(j -> j != at && FINITE.contains(tokens.get(j).tag()));
      boolean bareNounVerb = "NN".equals(next) && onlyFinite && Set.of("DT", "PRP$").contains(after);
      if ("VBD".equals(next) || "VBP".equals(next) || "VBN".equals(next) && objectNext || bareNounVerb) {
        t.setTag("NNS");
        if (bareNounVerb) {
          tokens.get(i + 1).setTag("VBP");
        }
        mended = true;
      }
    }
    return mended;
  }

  /**
   * "Boko Haram terrorists believed to be affiliated with ISIS attacked a base": a past tense
   * followed by "to be" and, later, another past tense is a participle modifying the subject
   * (a reduced relative clause), not the sentence's verb.
   */
  private static boolean reducedRelative(List<CoreLabel> tokens) {
    for (int i = 1; i + 3 < tokens.size(); i++) {
      boolean toBe = "to".equalsIgnoreCase(tokens.get(i + 1).word()) && "be".equalsIgnoreCase(tokens.get(i + 2).word());
      if ("VBD".equals(tokens.get(i).tag()) && toBe && SUBJECT_END.contains(tokens.get(i - 1).tag())
          && tokens.subList(i + 3, tokens.size()).stream().anyMatch(t -> "VBD".equals(t.tag()))) {
        tokens.get(i).setTag("VBN");
        return true;
      }
    }
    return false;
  }

  /** The participle that must be the sentence's verb, when it has no finite verb. */
  private static boolean participleVerb(List<CoreLabel> tokens) {
    if (tokens.stream().anyMatch(t -> FINITE.contains(t.tag()))) {
      return false;
    }
    for (int i = 1; i + 1 < tokens.size(); i++) {
      if ("VBN".equals(tokens.get(i).tag()) && SUBJECT_END.contains(tokens.get(i - 1).tag())
          && OBJECT_START.contains(tokens.get(i + 1).tag())) {
        tokens.get(i).setTag("VBD");
        return true;
      }
    }
    return false;
  }
}
