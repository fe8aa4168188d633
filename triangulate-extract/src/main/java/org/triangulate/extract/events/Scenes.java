package org.triangulate.extract.events;

import java.util.List;
import java.util.Optional;
import org.triangulate.extract.entities.EntityIndex;
import org.triangulate.extract.nlp.Analysis;
import org.triangulate.extract.nlp.Sentence;
import org.triangulate.model.Document;
import org.triangulate.model.EventType;
import org.triangulate.model.Section;
import org.triangulate.model.TimeSpec;

/**
 * The scene a report's narrative stands in. A report sets the day and place in one clause and
 * tells what happened in the sentences after it ("Forces conducted an operation in Chora district
 * yesterday. … After questioning, the force detained three men."): an event told without a day or
 * place of its own happened in the scene of the nearest clause of the body, its own sentence or an
 * earlier one, that states a day no reporting verb governs, at that sentence's most specific
 * place. Titles, datelines and headers (no verb) set no scene; plans are not dated by one.
 *
 * <p>Stateless; linear in the events times the look-back.
 */
final class Scenes {
  /** How many sentences back a scene may be set. */
  private static final int LOOKBACK = 10;

  private Scenes() {}

  static void set(List<FoundEvent> events, Document doc, Analysis analysis, EventArguments arguments) {
    for (FoundEvent e : events) {
      if (e.type() == EventType.PLOT || e.fromTitle() || e.time().value() != null && e.location() != null) {
        continue;
      }
      int first = e.sentences().stream().mapToInt(Integer::intValue).min().orElse(0);
      for (int i = first; i >= 0 && i >= first - LOOKBACK; i--) {
        Sentence s = analysis.sentences().get(i);
        if (!setsScene(s, doc)) {
          continue;
        }
        Optional<TimeSpec> day = arguments.times().sceneTime(s);
        if (day.isEmpty()) {
          continue;
        }
        e.absorbTime(day.get());
        if (e.location() == null) {
          Optional<EntityIndex.Ref> place = arguments.scenePlace(s);
          place.ifPresent(p -> e.location(p.key(), arguments.rank(p)));
        }
        break;
      }
    }
  }

  /** A clause of the body: a sentence of the body with a verb. */
  private static boolean setsScene(Sentence s, Document doc) {
    return doc.sectionAt(s.span().start()) == Section.BODY
        && s.tokens().stream().anyMatch(t -> t.pos().startsWith("VB"));
  }
}
