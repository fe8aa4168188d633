package org.triangulate.extract.events;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.triangulate.extract.ExtractException;
import org.triangulate.extract.LexiconFile;
import org.triangulate.extract.nlp.Token;
import org.triangulate.model.EventType;

/** The event trigger lexicon ({@code triggers.txt}): lemmas and modifiers to event types. */
final class TriggerLexicon {
  private final Map<String, EventType> triggers;
  private final Map<String, EventType> modifiers;

  private TriggerLexicon(Map<String, EventType> triggers, Map<String, EventType> modifiers) {
    this.triggers = Map.copyOf(triggers);
    this.modifiers = Map.copyOf(modifiers);
  }

  static TriggerLexicon load() {
    Map<String, EventType> triggers = new HashMap<>();
    Map<String, EventType> modifiers = new HashMap<>();
    for (LexiconFile.Line line : LexiconFile.read(TriggerLexicon.class, "triggers.txt")) {
      String[] f = line.text().split("\t");
      try {
        if (f[0].equals("modifier")) {
          modifiers.put(f[1].toLowerCase(Locale.ROOT), EventType.valueOf(f[2]));
        } else {
          triggers.put(f[0].toLowerCase(Locale.ROOT), EventType.valueOf(f[1]));
        }
      } catch (RuntimeException e) {
        throw new ExtractException("triggers.txt:" + line.number() + ": expected 'lemma<TAB>TYPE': " + line.text(), e);
      }
    }
    return new TriggerLexicon(triggers, modifiers);
  }

  /** The event type a token triggers: a noun or verb whose lemma (or word) is in the lexicon. */
  Optional<EventType> trigger(Token t) {
    if (!t.pos().startsWith("NN") && !t.pos().startsWith("VB")) {
      return Optional.empty();
    }
    EventType type = triggers.get(t.lemma().toLowerCase(Locale.ROOT));
    String word = t.text().toLowerCase(Locale.ROOT);
    if (type == null && t.pos().equals("NNPS") && word.endsWith("s")) {
      // "Rockets were fired …": a capitalised plural the tagger took for a name keeps its own lemma
      type = triggers.get(word.substring(0, word.length() - 1));
    }
    return Optional.ofNullable(type != null ? type : triggers.get(word));
  }

  /** The type a modifier word gives a generic trigger ("rocket" attack), if any. */
  Optional<EventType> modifier(Token t) {
    EventType type = modifiers.get(t.lemma().toLowerCase(Locale.ROOT));
    return Optional.ofNullable(type != null ? type : modifiers.get(t.text().toLowerCase(Locale.ROOT)));
  }
}
