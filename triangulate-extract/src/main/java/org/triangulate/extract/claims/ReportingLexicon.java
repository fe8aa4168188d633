package org.triangulate.extract.claims;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.triangulate.extract.ExtractException;
import org.triangulate.extract.LexiconFile;
import org.triangulate.extract.nlp.Token;
import org.triangulate.model.Modality;

/** Reporting verbs and their modalities ({@code reporting.txt}). */
final class ReportingLexicon {
  private final Map<String, Modality> verbs;

  private ReportingLexicon(Map<String, Modality> verbs) {
    this.verbs = Map.copyOf(verbs);
  }

  static ReportingLexicon load() {
    Map<String, Modality> verbs = new HashMap<>();
    for (LexiconFile.Line line : LexiconFile.read(ReportingLexicon.class, "reporting.txt")) {
      String[] f = line.text().split("\t");
      try {
        verbs.put(f[0], Modality.valueOf(f[1]));
      } catch (RuntimeException e) {
        throw new ExtractException("reporting.txt:" + line.number() + ": expected 'lemma<TAB>MODALITY': " + line.text(), e);
      }
    }
    return new ReportingLexicon(verbs);
  }

  /** The modality of a reporting verb, if the token is one. */
  Optional<Modality> modality(Token t) {
    if (!t.pos().startsWith("VB")) {
      return Optional.empty();
    }
    return Optional.ofNullable(verbs.get(t.lemma().toLowerCase(Locale.ROOT)));
  }

  boolean isReporting(Token t) {
    return modality(t).isPresent() || t.text().equalsIgnoreCase("according");
  }
}
