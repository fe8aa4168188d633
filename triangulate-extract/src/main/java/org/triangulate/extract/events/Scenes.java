package org.triangulate.extract.events;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.triangulate.extract.entities.EntityIndex;
import org.triangulate.extract.nlp.Analysis;
import org.triangulate.extract.nlp.Sentence;
import org.triangulate.extract.nlp.Token;
import org.triangulate.extract.nlp.Tree;
import org.triangulate.model.Document;
import org.triangulate.model.EventType;
import org.triangulate.model.Metadata;
import org.triangulate.model.Role;
import org.triangulate.model.Section;
import org.triangulate.model.TimeSpec;

/**
 * The scene a report's narrative stands in. A report sets the day and place in one clause and
 * tells what happened in the sentences after it ("Forces conducted an operation in Chora district
 * yesterday. … After questioning, the force detained three men."): an event told without a day or
 * place of its own happened in the scene of the nearest clause of the body, its own sentence or an
 * earlier one, that states a day no reporting verb governs, at that sentence's most specific
 * place (the place even when the day cannot be resolved: "yesterday" of an undated report).
 * Titles, datelines and headers (no verb) set no scene; plans are not dated by one.
 *
 * <p>A report with a dateline and a date ("KABUL, Afghanistan (Oct. 5, 2011)") that tells
 * an event in the past without any day for it, in no scene, dates that event by the report: the
 * report's day, basis {@link TimeSpec.Basis#REPORTED} ("KABUL, Afghanistan (Oct. 5, 2011) In
 * Ghorak district, a security force detained two suspected insurgents."). An event told in the
 * present ("The leader conducts roadside-bomb attacks") is a habit, not that day's incident, and
 * a date only inferred from a weekday does not date one.
 *
 * <p>An event told as part of an operation told before ("… were detained during the operation"),
 * or in a sentence that tells the operation and whom it sought, has whom that operation went
 * after as its target.
 *
 * <p>Stateless; linear in the events times the look-back.
 */
final class Scenes {
  /** How many sentences back a scene may be set. */
  private static final int LOOKBACK = 10;
  /** Tags of a verb in the present or bare: a habit or a plan, not a day's incident. */
  private static final Set<String> PRESENT = Set.of("VBZ", "VBP", "VB", "MD");
  /** Verbs that say where or when something happened ("take place" besides). */
  private static final Set<String> HAPPENING = Set.of("occur", "happen");
  /** Nouns that point back to an incident told: "the incident", "this blast", the words of {@code referring.txt}. */
  private static final Set<String> INCIDENT_NOUNS = Stream.concat(EventRules.REFERRING.stream(),
      Stream.of("incident", "shooting", "killing", "ambush")).collect(Collectors.toUnmodifiableSet());
  /** Determiners by which those nouns point back: "the incident", "these attacks". */
  private static final Set<String> POINTING_BACK = Set.of("the", "this", "that", "these", "those");

  private Scenes() {}

  static void set(List<FoundEvent> events, Document doc, Analysis analysis, EventArguments arguments) {
    @Nullable LocalDate reportDay = ownDay(doc);
    Set<Integer> told = new HashSet<>();
    events.forEach(e -> told.addAll(e.sentences()));
    for (FoundEvent e : events) {
      // a headline told again in the body stands in the body's scene; a headline alone in none
      OptionalInt body = e.sentences().stream().filter(i -> inBody(analysis.sentences().get(i), doc))
          .mapToInt(Integer::intValue).min();
      if (e.type() == EventType.PLOT || body.isEmpty()) {
        continue;
      }
      if (e.time().value() == null || e.location() == null) {
        toldAfter(e, told, doc, analysis, arguments);
      }
      if (e.time().value() == null || e.location() == null) {
        dayAndPlace(e, body.getAsInt(), doc, analysis, arguments);
        if (e.time().value() == null && reportDay != null && toldInThePast(e, doc, analysis)) {
          e.absorbTime(new TimeSpec(reportDay.toString(), TimeSpec.Precision.DAY, TimeSpec.Basis.REPORTED, null, reportDay));
        }
      }
      soughtByTheOperation(e, body.getAsInt(), analysis, arguments);
    }
  }

  private static void dayAndPlace(FoundEvent e, int first, Document doc, Analysis analysis, EventArguments arguments) {
    for (int i = first; i >= 0 && i >= first - LOOKBACK; i--) {
      Sentence s = analysis.sentences().get(i);
      if (!setsScene(s, doc)) {
        continue;
      }
      // a date that cannot be resolved ("yesterday" of an undated report) still sets the scene's place
      Optional<TimeSpec> day = arguments.times().sceneDate(s);
      if (day.isEmpty()) {
        continue;
      }
      day.filter(t -> t.value() != null).ifPresent(e::absorbTime);
      if (e.location() == null) {
        Optional<EntityIndex.Ref> place = arguments.scenePlace(s);
        place.ifPresent(p -> e.location(p.key(), arguments.rank(p)));
      }
      return;
    }
  }

  /**
   * "The bombing killed four policemen. The incident took place in the Bijapur district": the
   * sentence right after an incident's last, telling no event of its own, whose subject points
   * back to it ("the incident", "this attack", "all of the attacks") and whose verb says where or
   * when it happened (occur, happen, take place), or that says what was also done ({@link
   * #continuesIt}), gives the incident the place and day it lacks.
   */
  private static void toldAfter(FoundEvent e, Set<Integer> told, Document doc, Analysis analysis, EventArguments arguments) {
    int next = e.sentences().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
    if (next <= 0 || next >= analysis.sentences().size() || told.contains(next)) {
      return;
    }
    Sentence s = analysis.sentences().get(next);
    if (!inBody(s, doc) || !s.parsed()) {
      return;
    }
    Tree tree = new Tree(s);
    if (!aboutWhereItHappened(tree) && !continuesIt(tree)) {
      return;
    }
    if (e.location() == null) {
      arguments.scenePlace(s).ifPresent(p -> e.location(p.key(), arguments.rank(p)));
    }
    if (e.time().value() == null) {
      arguments.times().sceneTime(s).ifPresent(e::absorbTime);
    }
  }

  /**
   * "Maoists shot a man. The Maoists also burnt five vehicles in Phulbani area.": a sentence that
   * tells no event of its own and says what was also done, not also said, goes on with the
   * incident before it.
   */
  private static boolean continuesIt(Tree tree) {
    return tree.sentence().tokens().stream().anyMatch(v -> v.pos().startsWith("VB")
        && !EventArguments.REPORTING.contains(v.lemma().toLowerCase(Locale.ROOT))
        && tree.children(v.index(), "advmod").stream().anyMatch(a -> tree.token(a).lemma().equalsIgnoreCase("also")));
  }

  /** Whether a sentence's words may say where an incident told happened, so that it is worth parsing. */
  static boolean mayTellWhereItHappened(List<Token> tokens) {
    boolean also = tokens.stream().anyMatch(t -> t.lemma().equalsIgnoreCase("also"));
    boolean place = tokens.stream().anyMatch(t -> Set.of("LOCATION", "CITY", "STATE_OR_PROVINCE", "COUNTRY").contains(t.ner()));
    if (also && place) {
      return true; // what was also done there (see continuesIt)
    }
    boolean noun = tokens.stream().anyMatch(t -> INCIDENT_NOUNS.contains(t.lemma().toLowerCase(Locale.ROOT)));
    boolean verb = false;
    for (int i = 0; i < tokens.size() && !verb; i++) {
      String lemma = tokens.get(i).lemma().toLowerCase(Locale.ROOT);
      verb = HAPPENING.contains(lemma)
          || lemma.equals("take") && i + 1 < tokens.size() && tokens.get(i + 1).lemma().equalsIgnoreCase("place");
    }
    return noun && verb;
  }

  /** "The incident took place …", "This attack happened …", "All of the attacks occurred …". */
  private static boolean aboutWhereItHappened(Tree tree) {
    for (Token verb : tree.sentence().tokens()) {
      String lemma = verb.lemma().toLowerCase(Locale.ROOT);
      boolean happening = HAPPENING.contains(lemma)
          || lemma.equals("take") && tree.children(verb.index(), "obj").stream()
              .anyMatch(o -> tree.token(o).lemma().equalsIgnoreCase("place"));
      if (!verb.pos().startsWith("VB") || !happening) {
        continue;
      }
      for (int subject : tree.children(verb.index(), "nsubj")) {
        // "all of the attacks": the quantity's noun
        int noun = tree.token(subject).lemma().equalsIgnoreCase("all")
            ? tree.children(subject, "nmod:of").stream().findFirst().orElse(subject) : subject;
        if (tree.hasDeterminer(noun, POINTING_BACK) && INCIDENT_NOUNS.contains(tree.token(noun).lemma().toLowerCase(Locale.ROOT))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * "… conducted an operation in search of a Taliban leader today. … Two suspected insurgents were
   * detained during the operation.": an event told as part of an operation told before ("the
   * operation", "the raid") has whom that operation went after as its target. The nearest earlier
   * sentence that tells an operation decides: one that sought no one gives none.
   */
  private static void soughtByTheOperation(FoundEvent e, int first, Analysis analysis, EventArguments arguments) {
    if (e.participants().stream().anyMatch(p -> p.role() == Role.TARGET)) {
      return;
    }
    // its own sentence tells the operation and whom it sought, in a phrase the parse did not tie
    // to the event's word ("… combined security force detained numerous suspected insurgents during
    // a security operation targeting a Taliban facilitator", with "combined" read as the verb)
    for (int i : e.sentences()) {
      Sentence own = analysis.sentences().get(i);
      Optional<List<Integer>> sought = arguments.soughtInOperation(own);
      if (sought.isPresent() && !sought.get().isEmpty()) {
        arguments.sought(e, own, sought.get());
        return;
      }
    }
    boolean partOfOne = e.sentences().stream().map(analysis.sentences()::get).anyMatch(EventArguments::refersToOperation);
    if (!partOfOne) {
      return;
    }
    for (int i = first - 1; i >= 0 && i >= first - LOOKBACK; i--) {
      Sentence s = analysis.sentences().get(i);
      Optional<List<Integer>> sought = arguments.soughtInOperation(s);
      if (sought.isPresent()) {
        arguments.sought(e, s, sought.get());
        return;
      }
    }
  }

  /** The report's day when it has a dateline and a date not inferred from a weekday; else null. */
  private static @Nullable LocalDate ownDay(Document doc) {
    Metadata m = doc.meta();
    return m.published() != null && !m.publishedInferred() && m.dateline() != null ? m.published() : null;
  }

  /**
   * Whether the event's first mention, in the body, tells it as past: a verb in the past tense or a participle,
   * or a noun whose governing verb is not in the present ("conducted an operation", not "conducts
   * attacks").
   */
  private static boolean toldInThePast(FoundEvent e, Document doc, Analysis analysis) {
    Optional<Sentence> told = e.sentences().stream().map(analysis.sentences()::get).filter(x -> inBody(x, doc))
        .min(java.util.Comparator.comparingInt(Sentence::index));
    Optional<Integer> first = told.flatMap(x -> e.triggers().stream()
        .filter(i -> x.tokens().stream().anyMatch(t -> t.index() == i)).findFirst());
    if (first.isEmpty()) {
      return false;
    }
    Tree tree = new Tree(told.get());
    Token trigger = tree.token(first.get());
    if (trigger.pos().startsWith("VB")) {
      return trigger.pos().equals("VBD") || trigger.pos().equals("VBN");
    }
    return tree.head(trigger.index()).filter(d -> d.governor() >= 0).map(d -> tree.token(d.governor()).pos())
        .map(pos -> !PRESENT.contains(pos)).orElse(true);
  }

  /** A clause of the body: a sentence of the body with a verb. */
  private static boolean setsScene(Sentence s, Document doc) {
    return inBody(s, doc) && s.tokens().stream().anyMatch(t -> t.pos().startsWith("VB"));
  }

  private static boolean inBody(Sentence s, Document doc) {
    return doc.sectionAt(s.span().start()) == Section.BODY;
  }
}
