package org.triangulate.eval.coded;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.triangulate.eval.coded.CodedRecord.Corpus;
import org.triangulate.model.Claim;
import org.triangulate.model.Event;
import org.triangulate.model.EventType;
import org.triangulate.model.Extraction;
import org.triangulate.model.LocalEntity;
import org.triangulate.model.Participant;
import org.triangulate.model.Predicate;
import org.triangulate.model.Role;

/**
 * Scores one extraction against its record's coding, field by field, where the record's text
 * states the value (a report that never names its place is not scored on place); an event not
 * found is a miss on every scored field. The record's incident is its extraction's first event
 * that is not a plot (reports of this kind lead with it).
 *
 * <ul>
 *   <li>type: the event's type is one the coded type admits ({@link CodedCorpus#isafType}).
 *   <li>date: {@code time.value} is the coded day; stated when the text names the day's month, or
 *       (ISAF) dates its release.
 *   <li>place: the event's location, by its name, an alias or its province, is one of the coded
 *       places other than the country ({@link Loose}); stated when the text names one of them.
 *   <li>actor: a participant of the event (ISAF: any role, the coded group being the target;
 *       Wikipedia: not a victim, target or detainee), or the subject of a claim that the group
 *       carried out or claimed the event, names the coded group by its name, an alias or the words
 *       of one of its mentions; stated when the text names it.
 *   <li>killed, injured: the event's count is the coded total; stated when the text holds that
 *       number (in digits or words up to twenty) or the total is one.
 * </ul>
 */
public final class CodedScoring {
  private static final List<String> NUMBER_WORDS = List.of("zero", "one", "two", "three", "four", "five", "six",
      "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
      "seventeen", "eighteen", "nineteen", "twenty");

  private CodedScoring() {}

  /** What was decided for one field of one record. */
  public enum Outcome { NOT_SCORED, RIGHT, WRONG }

  /**
   * The outcome of each field for one record, with what the extraction gave for each.
   *
   * @param events how many events the extraction holds
   */
  public record Scored(CodedRecord record, Map<Field, Outcome> outcomes, Map<Field, String> found, int events) {
    public Scored {
      outcomes = Map.copyOf(outcomes);
      found = Map.copyOf(found);
    }
  }

  public static Scored score(CodedRecord record, Extraction extraction) {
    Map<String, LocalEntity> entities = extraction.entities().stream()
        .collect(Collectors.toMap(LocalEntity::key, Function.identity(), (a, b) -> a));
    Optional<Event> incident = extraction.events().stream().filter(e -> e.type() != EventType.PLOT).findFirst()
        .or(() -> extraction.events().stream().findFirst());
    CodedRecord.Coding c = record.coding();
    String text = record.text();
    Map<Field, Outcome> out = new EnumMap<>(Field.class);
    Map<Field, String> found = new EnumMap<>(Field.class);
    Optional<Event> e = incident;

    if (!c.types().isEmpty()) {
      out.put(Field.TYPE, outcome(e.map(x -> c.types().contains(x.type())).orElse(false)));
      found.put(Field.TYPE, e.map(x -> x.type().name()).orElse("-"));
    }
    if (c.date() != null && dateStated(record, c.date())) {
      out.put(Field.DATE, outcome(e.map(x -> c.date().toString().equals(x.time().value())).orElse(false)));
      found.put(Field.DATE, e.map(x -> x.time().value() + " (" + x.time().basis() + ": " + x.time().text() + ")").orElse("-"));
    }
    List<String> places = c.places().size() > 1 ? c.places().subList(0, c.places().size() - 1) : c.places();
    if (record.corpus() == Corpus.ISAF) {
      places = c.places();
    }
    places = places.stream().map(CodedScoring::withoutDesignator).toList();
    List<String> stated = places.stream().filter(p -> Loose.within(text, p)).toList();
    if (!stated.isEmpty()) {
      @Nullable LocalEntity at = e.map(Event::location).map(entities::get).orElse(null);
      List<String> coded = places;
      out.put(Field.PLACE, outcome(at != null && placeAgrees(at, coded)));
      found.put(Field.PLACE, at == null ? "-" : at.name() + (at.geo() != null ? " [" + at.geo().province() + "]" : ""));
    }
    List<String> actors = c.actors().stream().filter(a -> Loose.within(text, a)).toList();
    if (!actors.isEmpty()) {
      List<String> named = e.map(x -> actorNames(record, x, extraction, entities)).orElse(List.of());
      out.put(Field.ACTOR, outcome(named.stream().anyMatch(n -> actors.stream().anyMatch(a -> actorAgrees(n, a)))));
      found.put(Field.ACTOR, String.join(" | ", named));
    }
    if (c.killed() != null && numberStated(text, c.killed())) {
      out.put(Field.KILLED, outcome(e.map(x -> c.killed().equals(x.killed())).orElse(false)));
      found.put(Field.KILLED, e.map(x -> String.valueOf(x.killed())).orElse("-"));
    }
    if (c.injured() != null && numberStated(text, c.injured())) {
      out.put(Field.INJURED, outcome(e.map(x -> c.injured().equals(x.injured())).orElse(false)));
      found.put(Field.INJURED, e.map(x -> String.valueOf(x.injured())).orElse("-"));
    }
    return new Scored(record, out, found, extraction.events().size());
  }

  /** "Balochistan Province" → "Balochistan", "Kurram Agency" → "Kurram": the name a text may use alone. */
  static String withoutDesignator(String place) {
    String s = place.replaceAll("(?i)\\s+(province|district|agency|state|region|governorate|division|county)$", "").strip();
    return s.isEmpty() ? place : s;
  }

  private static Outcome outcome(boolean right) {
    return right ? Outcome.RIGHT : Outcome.WRONG;
  }

  static boolean dateStated(CodedRecord record, LocalDate date) {
    String text = record.text().toLowerCase(Locale.ROOT);
    String month = date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
    String shortMonth = month.substring(0, 3);
    boolean monthNamed = text.matches("(?s).*\\b(" + month + "|" + shortMonth + "\\.?)\\s.*");
    if (record.corpus() == Corpus.ISAF) {
      return text.matches("(?s).*\\b[a-z]{3,9}\\.? \\d{1,2}, \\d{4}.*") || monthNamed;
    }
    return monthNamed && text.matches("(?s).*\\b" + date.getDayOfMonth() + "(st|nd|rd|th)?\\b.*");
  }

  private static boolean placeAgrees(LocalEntity at, List<String> coded) {
    List<String> names = new ArrayList<>();
    names.add(at.name());
    at.aliases().forEach(a -> names.add(a.name()));
    if (at.geo() != null && at.geo().province() != null) {
      names.add(at.geo().province());
    }
    return names.stream().anyMatch(n -> coded.stream().anyMatch(p -> Loose.same(n, p) || Loose.within(n, p)));
  }

  private static List<String> actorNames(CodedRecord record, Event e, Extraction x, Map<String, LocalEntity> entities) {
    Set<Role> acted = record.corpus() == Corpus.ISAF ? Set.of(Role.values())
        : Set.of(Role.PERPETRATOR, Role.CLAIMANT, Role.AGENT);
    List<String> out = new ArrayList<>();
    for (Participant p : e.participants()) {
      if (acted.contains(p.role())) {
        out.add(p.text());
        Optional.ofNullable(p.entity()).map(entities::get).ifPresent(en -> out.addAll(namesOf(en)));
      }
    }
    for (Claim cl : x.claims()) {
      boolean aboutIt = e.key().equals(cl.object())
          && (cl.predicate() == Predicate.PERPETRATOR_OF || cl.predicate() == Predicate.CLAIMED);
      if (aboutIt && entities.containsKey(cl.subject())) {
        out.addAll(namesOf(entities.get(cl.subject())));
      }
    }
    return out.stream().filter(Objects::nonNull).distinct().toList();
  }

  /**
   * The names a document gives an entity: its name, its aliases and the words of its mentions, so
   * that a group the text calls "ISIL" and the knowledge base names Islamic State agrees with a
   * coding that says "ISIL".
   */
  private static List<String> namesOf(LocalEntity en) {
    List<String> names = new ArrayList<>(List.of(en.name()));
    en.aliases().forEach(a -> names.add(a.name()));
    en.mentions().forEach(m -> names.add(m.evidence().text()));
    return names;
  }

  private static boolean actorAgrees(String found, String coded) {
    return Loose.within(found, coded) || Loose.same(found, coded);
  }

  static boolean numberStated(String text, int n) {
    String t = text.toLowerCase(Locale.ROOT);
    if (n == 1 || t.matches("(?s).*(?<![\\d,.])" + n + "(?![\\d,])(?!-[a-z]-).*")) {
      return true;
    }
    return n < NUMBER_WORDS.size() && t.matches("(?s).*\\b" + NUMBER_WORDS.get(n) + "\\b.*");
  }
}
