package org.triangulate.corenlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Set;

/**
 * Mends a tagging the parser cannot recover from. The tagger may read a clause's verb as a
 * participle after a long subject ("A combined Afghan and coalition security force detained/VBN
 * multiple suspected insurgents …"), and the parser then hangs the sentence from a noun: no
 * subject, no object, no verb. A sentence needs a finite verb; when it has none, the first
 * participle that stands between a noun ending its subject and the start of an object (a
 * determiner, number, adjective, noun or pronoun) is its verb in the past tense. A headline's
 * participle ("Taliban Leader Captured in Helmand") has no object and stays as it is; so does
 * every sentence that has a finite verb.
 *
 * <p>Stateless and thread-safe.
 */
final class MainVerbs {
  private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");
  private static final Set<String> SUBJECT_END = Set.of("NN", "NNS", "NNP", "NNPS", "PRP");
  private static final Set<String> OBJECT_START = Set.of("DT", "CD", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS",
      "PRP", "PRP$");

  private MainVerbs() {}

  /** Retags the participle that must be the sentence's verb; true when it did. */
  static boolean mend(List<CoreLabel> tokens) {
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
