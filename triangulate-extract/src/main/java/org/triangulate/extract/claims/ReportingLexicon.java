package org.triangulate.extract.claims;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.triangulate.extract.ExtractException;
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
    try (InputStream in = ReportingLexicon.class.getResourceAsStream("reporting.txt")) {
      if (in == null) {
        throw new ExtractException("lexicon missing from the classpath: reporting.txt");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int n = 0;
      for (String line; (line = r.readLine()) != null; ) {
        n++;
        if (!line.isBlank() && !line.startsWith("#")) {
          String[] f = line.split("\t");
          try {
            verbs.put(f[0], Modality.valueOf(f[1]));
          } catch (RuntimeException e) {
            throw new ExtractException("reporting.txt:" + n + ": expected 'lemma<TAB>MODALITY': " + line, e);
          }
        }
      }
    } catch (IOException e) {
      throw new ExtractException("cannot read reporting.txt: " + e.getMessage(), e);
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
