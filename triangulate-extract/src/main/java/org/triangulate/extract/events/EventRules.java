package org.triangulate.extract.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.triangulate.extract.entities.EntityIndex;
import org.triangulate.extract.nlp.Analysis;
import org.triangulate.extract.nlp.Dependency;
import org.triangulate.extract.nlp.Sentence;
import org.triangulate.extract.nlp.Token;
import org.triangulate.extract.nlp.Tree;
import org.triangulate.model.Document;
import org.triangulate.model.EntityType;
import org.triangulate.model.EventType;
import org.triangulate.model.Evidence;
import org.triangulate.model.Participant;
import org.triangulate.model.Role;
import org.triangulate.model.TimeSpec;

/**
 * Finds the events a document reports. A trigger word ({@code triggers.txt}) in a parsed
 * sentence becomes an event unless it is negated ("did not attack"), generic (present tense with
 * no date: "ISIS launches the attacks"), a participle describing someone ("detained members"),
 * or part of a larger event (the missiles of "plots to launch missiles" belong to the PLOT).
 * Its type is refined by modifiers ("rocket attacks"); its time, place, casualties and
 * participants come from {@link EventArguments}; mentions of one event are merged when they
 * share type, compatible time and a named participant or place within a few sentences.
 *
 * <p>Thread-safety: immutable; safe to share. Cost: linear in the tokens of parsed sentences.
 */
public final class EventRules {
  private static final Set<String> PLANNING = Set.of("plan", "plot", "attempt", "try", "intend", "prepare", "foil", "thwart");
  /** Offices and standing that make a killing an assassination. */
  private static final Set<String> NOTABLE = Set.of("scholar", "cleric", "journalist", "governor", "judge",
      "official", "commander", "leader", "politician", "lawmaker", "mayor", "minister", "activist", "elder",
      "mullah", "maulana", "imam", "chief", "deputy", "senator", "candidate", "prosecutor", "reporter");
  /** Words that make what they govern a capacity, not an event ("ability to conduct attacks"). */
  private static final Set<String> CAPACITY = Set.of("ability", "capability", "capacity", "means", "power", "potential");
  private static final int MERGE_DISTANCE = 6;
  /** How many sentences after an incident a mention that refers back to it may follow. */
  private static final int FOLLOW_DISTANCE = 3;
  private static final Set<String> INVENTORY_VERBS = lexicon("verb ");
  private static final Set<String> INVENTORY_NOUNS = lexicon("noun ");
  private static final Set<String> REFERRING = org.triangulate.extract.LexiconFile.read(EventRules.class, "referring.txt")
      .stream().map(l -> l.text().strip()).collect(java.util.stream.Collectors.toUnmodifiableSet());

  private static final java.util.Map<String, EventType> ATTACKERS = org.triangulate.extract.LexiconFile
      .read(EventRules.class, "attackers.txt").stream().map(l -> l.text().strip().split("\\s+"))
      .collect(java.util.stream.Collectors.toUnmodifiableMap(w -> w[0], w -> EventType.valueOf(w[1])));

  private static Set<String> lexicon(String prefix) {
    return org.triangulate.extract.LexiconFile.read(EventRules.class, "inventory.txt").stream()
        .map(l -> l.text().strip()).filter(l -> l.startsWith(prefix)).map(l -> l.substring(prefix.length()).strip())
        .collect(java.util.stream.Collectors.toUnmodifiableSet());
  }

  private final TriggerLexicon lexicon = TriggerLexicon.load();

  /** True when the sentence holds an event trigger, so the parser must run on it. */
  public boolean hasTrigger(Sentence s) {
    return s.tokens().stream().anyMatch(t -> lexicon.trigger(t).isPresent());
  }

  /** The events of {@code doc}, merged, in order of first mention. */
  public List<FoundEvent> events(Document doc, Analysis analysis, EntityIndex entities) {
    LocalDate anchor = doc.meta().published();
    EventArguments arguments = new EventArguments(analysis, entities, anchor, t -> lexicon.trigger(t).isPresent());
    List<FoundEvent> found = new ArrayList<>();
    for (Sentence s : analysis.sentences()) {
      if (!s.parsed()) {
        continue;
      }
      Tree tree = new Tree(s);
      for (Token t : s.tokens()) {
        Optional<EventType> type = eventAt(tree, t, entities);
        Optional<FoundEvent> toll = type.filter(x -> x == EventType.KILLING && passive(tree, t))
            .flatMap(x -> recentAttack(found, s.index()));
        if (toll.isPresent()) {
          // "Two soldiers were killed and five wounded, he said": the toll of the attack just told
          FoundEvent probe = new FoundEvent("toll", EventType.KILLING, TimeSpec.unknown(), s.index(), t.index(),
              Evidence.of(doc, s.span()));
          arguments.fill(probe, tree, t);
          toll.get().casualties(probe.toEvent().killed(), probe.toEvent().injured());
          continue;
        }
        if (type.isPresent()) {
          Evidence evidence = Evidence.of(doc, s.span());
          FoundEvent e = new FoundEvent("v" + (found.size() + 1), type.get(), TimeSpec.unknown(),
              s.index(), t.index(), evidence);
          EventArguments.Frame frame = arguments.fill(e, tree, t);
          if (barePlural(tree, t) && !frame.any() && !recent(tree, t) && !byNamedGroup(e, entities)) {
            continue; // "responsible for conducting IED attacks": a pattern of conduct, no incident
          }
          if (quantifiedPlural(tree, t) && !frame.toll()) {
            continue; // "repeated attacks since 2014", "dozens of such killings": a pattern, not an event
          }
          e.definite(definite(tree, t));
          e.refersBack(!frame.dated() && !frame.placed() && refersBack(tree, t));
          byAttacker(e);
          Optional<FoundEvent> coordinated = coordinatedWith(tree, t, found, s.index());
          if (coordinated.isPresent()) {
            // "killed an insurgent leader and detained several others": one operation
            coordinated.get().absorb(e);
            continue;
          }
          found.add(e);
        }
      }
    }
    return merge(found);
  }

  /** A plural noun with no article, number or possessive: "attacks", "IEDs". */
  private static boolean barePlural(Tree tree, Token t) {
    return t.pos().equals("NNS") && tree.children(t.index()).stream().noneMatch(d -> d.base().equals("det")
        || d.base().equals("nummod") || d.relation().equals("nmod:poss"));
  }

  /**
   * An attack of unspecified kind takes the kind its unnamed attackers name ({@code
   * attackers.txt}): "gunmen attacked a checkpoint" is an armed assault, "a suicide bomber
   * attacked" a bombing.
   */
  private static void byAttacker(FoundEvent e) {
    if (e.type() != EventType.ATTACK) {
      return;
    }
    for (Participant p : e.participants()) {
      if (p.role() != Role.PERPETRATOR || p.entity() != null) {
        continue;
      }
      String[] words = p.text().toLowerCase(Locale.ROOT).split("[^a-z]+");
      String head = words.length == 0 ? "" : words[words.length - 1];
      EventType kind = ATTACKERS.getOrDefault(head, ATTACKERS.get(head.endsWith("s") ? head.substring(0, head.length() - 1) : head));
      if (kind != null) {
        e.type(kind);
        return;
      }
    }
  }

  /** "recent attacks", "the latest bombings": a plural the text places in time, however vaguely. */
  private static boolean recent(Tree tree, Token t) {
    return tree.children(t.index()).stream().anyMatch(d -> d.base().equals("amod")
        && Set.of("recent", "latest", "previous", "past", "last").contains(tree.token(d.dependent()).lemma().toLowerCase(Locale.ROOT)));
  }

  /** Attacks a named group carried out are a campaign the text attributes, not a habit of nobody in particular. */
  private static boolean byNamedGroup(FoundEvent e, EntityIndex entities) {
    return e.participants().stream().filter(p -> p.role() == Role.PERPETRATOR && p.entity() != null)
        .anyMatch(p -> entities.find(p.entity()).filter(x -> x.type() == EntityType.ORGANIZATION).isPresent());
  }

  /**
   * "During the operation, the security force also detained two suspected insurgents": the
   * sentence names the operation or force already told ({@code referring.txt}) with "the", "this"
   * or "that", other than the trigger itself.
   */
  private static boolean refersBack(Tree tree, Token trigger) {
    for (Token w : tree.sentence().tokens()) {
      if (w.index() == trigger.index() || !REFERRING.contains(w.lemma().toLowerCase(Locale.ROOT))) {
        continue;
      }
      boolean definite = tree.children(w.index()).stream().anyMatch(d -> d.base().equals("det")
          && Set.of("the", "this", "that").contains(tree.token(d.dependent()).text().toLowerCase(Locale.ROOT)));
      if (definite) {
        return true;
      }
    }
    return false;
  }

  /** The event of this sentence whose trigger verb this trigger verb is coordinated with, if any. */
  private static Optional<FoundEvent> coordinatedWith(Tree tree, Token t, List<FoundEvent> found, int sentence) {
    if (!t.pos().startsWith("VB")) {
      return Optional.empty();
    }
    return tree.head(t.index()).filter(d -> d.base().equals("conj") && d.governor() >= 0)
        .flatMap(d -> found.stream().filter(f -> f.sentences().contains(sentence) && f.triggers().contains(d.governor()))
            .filter(f -> f.type() != EventType.PLOT).findFirst());
  }

  /** "execute" is a killing only when someone is executed, not "execute terror attacks". */
  private static boolean executesNoOne(Tree tree, Token t) {
    if (!t.lemma().equalsIgnoreCase("execute")) {
      return false;
    }
    Set<String> things = Set.of("act", "attack", "plan", "operation", "order", "strategy", "activity", "plot", "mission");
    return tree.children(t.index(), "obj").stream().anyMatch(o -> things.contains(tree.token(o).lemma().toLowerCase(Locale.ROOT)))
        || tree.children(t.index(), "obj").isEmpty() && tree.children(t.index(), "nsubj:pass").isEmpty();
  }

  private static boolean passive(Tree tree, Token t) {
    return tree.children(t.index()).stream().anyMatch(d -> d.relation().equals("aux:pass") || d.relation().equals("nsubj:pass"));
  }

  /** The last attack (not an arrest or plot) told in the three sentences before. */
  private static Optional<FoundEvent> recentAttack(List<FoundEvent> found, int sentence) {
    return found.reversed().stream()
        .filter(e -> e.type() != EventType.ARREST && e.type() != EventType.PLOT)
        .filter(e -> e.sentences().stream().anyMatch(i -> i < sentence && i >= sentence - 3))
        .findFirst();
  }

  private Optional<EventType> eventAt(Tree tree, Token t, EntityIndex entities) {
    Optional<EventType> type = lexicon.trigger(t);
    if (type.isEmpty() || entities.at(t.span().start()).isPresent() || skipped(tree, t) || executesNoOne(tree, t)) {
      return Optional.empty();
    }
    EventType refined = refine(tree, t, type.get());
    if (refined == EventType.KILLING && otherAttackIn(tree, t)) {
      return Optional.empty(); // "a bomb killed four": the killing is the bombing's toll
    }
    return Optional.of(refined);
  }

  private boolean skipped(Tree tree, Token t) {
    Optional<Dependency> head = tree.head(t.index());
    String rel = head.map(Dependency::base).orElse("root");
    if (rel.equals("amod") && missedVerb(tree, t)) {
      return false;
    }
    if (rel.equals("amod") || rel.equals("compound")) {
      // "detained members"; "rocket" of "rocket attacks" is the head's modifier; "IED network" names no event
      return true;
    }
    if (inventory(tree, t)) {
      return true;
    }
    // Negation reaches down to what a verb governs ("did not carry out the attack"), not across
    // coordination ("did not allow him to pray and killed him").
    boolean coordinated = tree.sentence().heads(t.index()).anyMatch(h -> h.base().equals("conj"));
    boolean headNegated = !coordinated && head.filter(h -> h.governor() >= 0)
        .map(h -> negated(tree, h.governor())).orElse(false);
    if (negated(tree, t.index()) || headNegated) {
      return true;
    }
    boolean instrument = tree.children(t.index()).stream().anyMatch(d -> d.base().equals("case")
        && tree.token(d.dependent()).text().equalsIgnoreCase("with"))
        || tree.sentence().heads(t.index()).anyMatch(d -> d.relation().endsWith(":with")); // "armed with grenades"
    if (instrument || generic(tree, t) || tree.ancestors(t.index(), 4).stream()
        .anyMatch(d -> CAPACITY.contains(tree.token(d.governor()).lemma().toLowerCase(Locale.ROOT)))) {
      return true;
    }
    return partOfPlot(tree, t);
  }

  /**
   * "a combined Afghan and coalition security force detained multiple suspected insurgents",
   * parsed with "detained" as an adjective of "insurgents": a past participle straight after a
   * noun and before what it acts on is the clause's verb, which the parser missed; an adjective
   * follows a determiner, a number or an adverb ("the detained men", "two recently detained men").
   */
  private static boolean missedVerb(Tree tree, Token t) {
    if (!t.pos().equals("VBN") && !t.pos().equals("VBD") || !tree.sentence().contains(t.index() - 1)) {
      return false;
    }
    Token before = tree.token(t.index() - 1);
    return before.pos().startsWith("NN") && !before.ner().equals("DATE");
  }

  /**
   * A weapon word that is what is found, held or moved ({@code inventory.txt}): the object of
   * "seized", "were recovered", or of a noun such as "cache" or "movement", through a list
   * ("magazines, grenades and chest racks were found").
   */
  private static boolean inventory(Tree tree, Token t) {
    if (t.pos().startsWith("VB")) {
      return false;
    }
    int at = t.index();
    Optional<Dependency> head = tree.head(at);
    for (int hops = 0; head.isPresent() && head.get().base().equals("conj") && hops < 6; hops++) {
      at = head.get().governor();
      head = tree.head(at);
    }
    if (head.isEmpty() || head.get().governor() < 0) {
      return false;
    }
    Dependency d = head.get();
    Token governor = tree.token(d.governor());
    String lemma = governor.lemma().toLowerCase(Locale.ROOT);
    boolean heldByVerb = governor.pos().startsWith("VB") && INVENTORY_VERBS.contains(lemma)
        && (d.base().equals("obj") || d.relation().equals("nsubj:pass"));
    boolean partOfNoun = governor.pos().startsWith("NN") && INVENTORY_NOUNS.contains(lemma)
        && (d.base().equals("nmod") || d.base().equals("compound"));
    return heldByVerb || partOfNoun;
  }

  private static boolean negated(Tree tree, int index) {
    return tree.children(index).stream().anyMatch(d -> d.base().equals("neg")
        || (d.base().equals("advmod") || d.base().equals("det"))
            && Set.of("not", "n't", "never", "no").contains(tree.token(d.dependent()).text().toLowerCase(Locale.ROOT)));
  }

  /** "dozens of such killings", "many attacks", "repeated attacks": a pattern, not an event. */
  private static boolean quantifiedPlural(Tree tree, Token t) {
    if (!t.pos().equals("NNS")) {
      return false;
    }
    Set<String> quantities = Set.of("many", "several", "numerous", "such", "repeated", "dozens", "hundreds",
        "scores", "frequent", "countless", "some", "various");
    boolean modified = tree.children(t.index()).stream()
        .anyMatch(d -> quantities.contains(tree.token(d.dependent()).text().toLowerCase(Locale.ROOT)));
    int from = Math.max(tree.sentence().tokens().getFirst().index(), t.index() - 3);
    for (int i = from; i < t.index(); i++) {
      if (quantities.contains(tree.token(i).text().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return modified;
  }

  /** Present-tense statements of habit ("ISIS launches the attacks") are not dated events. */
  private static boolean generic(Tree tree, Token t) {
    int verb = t.pos().startsWith("VB") ? t.index()
        : tree.head(t.index()).map(Dependency::governor).orElse(-1);
    if (verb < 0 || !tree.token(verb).pos().startsWith("VB")) {
      return false;
    }
    String pos = tree.token(verb).pos();
    boolean present = pos.equals("VBZ") || pos.equals("VBP");
    boolean perfect = tree.children(verb).stream().anyMatch(d -> d.base().equals("aux")
        && tree.token(d.dependent()).lemma().equals("have"));
    return present && !perfect && !hasDate(tree);
  }

  private static boolean hasDate(Tree tree) {
    return tree.sentence().tokens().stream().anyMatch(x -> x.ner().equals("DATE"));
  }

  /**
   * A trigger under a planning word that is itself a trigger belongs to that word's PLOT, and so
   * does one in the infinitive right after it ("plots to launch missiles"), however it is parsed.
   */
  private boolean partOfPlot(Tree tree, Token t) {
    boolean under = tree.ancestors(t.index(), 3).stream().map(d -> tree.token(d.governor()))
        .anyMatch(g -> lexicon.trigger(g).filter(x -> x == EventType.PLOT).isPresent());
    return under || plotInfinitive(tree, t).isPresent();
  }

  /** The verb of "plot to VERB" that governs {@code t} within two steps, if any. */
  Optional<Integer> plotInfinitive(Tree tree, Token t) {
    List<Integer> verbs = new ArrayList<>(List.of(t.index()));
    tree.ancestors(t.index(), 2).forEach(d -> verbs.add(d.governor()));
    for (int v : verbs) {
      int plot = v - 2;
      if (tree.sentence().contains(plot) && tree.token(v - 1).text().equalsIgnoreCase("to")
          && lexicon.trigger(tree.token(plot)).filter(x -> x == EventType.PLOT).isPresent() && v != t.index()) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }

  private EventType refine(Tree tree, Token t, EventType type) {
    if (type == EventType.PLOT) {
      return type;
    }
    boolean deadNext = tree.sentence().contains(t.index() + 1) && tree.token(t.index() + 1).text().equalsIgnoreCase("dead");
    if (t.lemma().equalsIgnoreCase("shoot") && (deadNext || tree.children(t.index()).stream()
        .anyMatch(d -> tree.token(d.dependent()).text().equalsIgnoreCase("dead")))) {
      type = EventType.KILLING; // "shot dead"
    }
    if (type == EventType.KILLING && notableVictim(tree, t)) {
      return EventType.ASSASSINATION;
    }
    // "the assassination had been planned in Pakistan" speaks of an event already told.
    boolean planned = !definite(tree, t) && tree.ancestors(t.index(), 3).stream()
        .map(d -> tree.token(d.governor()).lemma().toLowerCase(Locale.ROOT)).anyMatch(PLANNING::contains);
    if (planned) {
      return EventType.PLOT;
    }
    for (Dependency d : tree.children(t.index())) {
      if (Set.of("compound", "amod", "nmod", "obl").contains(d.base()) && d.dependent() < t.index()) {
        Optional<EventType> m = lexicon.modifier(tree.token(d.dependent()));
        if (m.isPresent() && (type == EventType.ATTACK || type == EventType.ARMED_ASSAULT)) {
          return m.get();
        }
      }
    }
    if (type == EventType.ATTACK) {
      return inherited(tree, t).orElse(type);
    }
    return type;
  }

  /**
   * A killing whose victim is named by an office or standing ("a prominent religious scholar",
   * "the district governor") is an assassination, as GTD and ACLED define one.
   */
  private static boolean notableVictim(Tree tree, Token t) {
    List<Integer> victims = new ArrayList<>(tree.children(t.index(), "obj"));
    victims.addAll(tree.children(t.index(), "nsubj:pass"));
    tree.children(t.index(), "nmod").forEach(victims::add);
    return victims.stream().flatMap(v -> tree.subtree(v).stream())
        .anyMatch(i -> NOTABLE.contains(tree.token(i).lemma().toLowerCase(Locale.ROOT)));
  }

  /** "rocket attacks …, including February 11 attacks on …": the second is a rocket attack too. */
  private Optional<EventType> inherited(Tree tree, Token t) {
    return tree.head(t.index())
        .filter(d -> d.governor() >= 0 && (d.relation().contains("including") || d.base().equals("appos")
            || d.relation().contains("such_as")))
        .flatMap(d -> lexicon.trigger(tree.token(d.governor())).map(x -> refine(tree, tree.token(d.governor()), x)));
  }

  private boolean otherAttackIn(Tree tree, Token killing) {
    return tree.sentence().tokens().stream().filter(x -> x.index() != killing.index())
        .map(lexicon::trigger).flatMap(Optional::stream)
        .anyMatch(x -> x != EventType.ARREST && x != EventType.KILLING && x != EventType.PLOT);
  }

  private static List<FoundEvent> merge(List<FoundEvent> found) {
    List<FoundEvent> out = new ArrayList<>();
    for (FoundEvent e : found) {
      Optional<FoundEvent> same = out.reversed().stream().filter(o -> sameEvent(o, e)).findFirst();
      if (same.isPresent()) {
        same.get().absorb(e);
        if (compatible(same.get().type(), e.type())) {
          same.get().type(specific(same.get().type(), e.type()));
        }
      } else {
        out.add(e);
      }
    }
    return out;
  }

  /**
   * Two mentions are one event when their types are compatible (the same, or one of them the
   * unspecified ATTACK, or a killing told as an assassination), their times agree, they lie a
   * few sentences apart, and they share a named participant or place or the same time, or the
   * later one refers back ("the attack", "that blast"); a headline's event is the first
   * compatible event of the body.
   */
  private static boolean sameEvent(FoundEvent a, FoundEvent b) {
    int distance = b.sentences().stream().mapToInt(Integer::intValue).min().orElse(0)
        - a.sentences().stream().mapToInt(Integer::intValue).max().orElse(0);
    boolean timeFits = timesFit(a.time().value(), b.time().value());
    boolean sameTime = a.time().value() != null && a.time().value().equals(b.time().value());
    // "terror attacks" in a headline names no one event.
    boolean headline = a.fromTitle() && a.sentences().size() == 1 && !b.fromTitle()
        && (a.type() != EventType.ATTACK || a.definite());
    boolean follows = b.refersBack() && distance >= 0 && distance <= FOLLOW_DISTANCE && a.type() != EventType.PLOT
        && b.type() != EventType.PLOT;
    return follows || compatible(a.type(), b.type()) && timeFits
        && (headline || distance <= MERGE_DISTANCE && (a.sharesEntityWith(b) || b.definite() || sameTime));
  }

  /**
   * Two times can be one event's: either is unknown, one contains the other ("2022-08" and
   * "2022-08-28"), or one is a report's open range and the other lies in the month before it
   * ("../2022-08-29" and "2022-08-28").
   */
  static boolean timesFit(@Nullable String a, @Nullable String b) {
    if (a == null || b == null || a.equals(b)) {
      return a == null || b == null || a.equals(b);
    }
    if (a.startsWith("../") || b.startsWith("../")) {
      String end = a.startsWith("../") ? a.substring(3) : b.substring(3);
      String other = a.startsWith("../") ? b : a;
      if (other.startsWith("../")) {
        return false;
      }
      // A report speaks of recent events: within a month before it.
      java.time.LocalDate until = day(end);
      java.time.LocalDate at = day(other.split("/")[0]);
      return until != null && at != null && !at.isAfter(until) && !at.isBefore(until.minusDays(31));
    }
    return !a.contains("/") && !b.contains("/") && (a.startsWith(b) || b.startsWith(a));
  }

  private static java.time.@Nullable LocalDate day(String iso) {
    try {
      return switch (iso.length()) {
        case 10 -> java.time.LocalDate.parse(iso);
        case 7 -> java.time.YearMonth.parse(iso).atEndOfMonth();
        default -> null;
      };
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  private static boolean compatible(EventType a, EventType b) {
    if (a == b) {
      return true;
    }
    Set<EventType> apart = Set.of(EventType.ARREST, EventType.PLOT);
    if (apart.contains(a) || apart.contains(b)) {
      return false;
    }
    Set<EventType> deaths = Set.of(EventType.KILLING, EventType.ASSASSINATION);
    return a == EventType.ATTACK || b == EventType.ATTACK || deaths.contains(a) && deaths.contains(b);
  }

  /** Of two compatible types, the more specific: any over ATTACK, ASSASSINATION over KILLING. */
  private static EventType specific(EventType a, EventType b) {
    if (a == EventType.ATTACK) {
      return b;
    }
    return a == EventType.KILLING && b == EventType.ASSASSINATION ? b : a;
  }

  /** A singular noun trigger with "the", "this", "that" or a possessive: an event already told. */
  private static boolean definite(Tree tree, Token t) {
    return t.pos().startsWith("NN") && tree.children(t.index()).stream().anyMatch(d -> d.base().equals("det")
        && Set.of("the", "this", "that", "these", "those", "either", "both")
            .contains(tree.token(d.dependent()).text().toLowerCase(Locale.ROOT))
        || d.relation().equals("nmod:poss"));
  }

  static @Nullable Role objectRole(EventType type) {
    return switch (type) {
      case ARREST -> Role.DETAINEE;
      case KILLING, ASSASSINATION, KIDNAPPING -> Role.VICTIM;
      default -> Role.TARGET;
    };
  }

  static boolean isPlace(EntityType t) {
    return t == EntityType.LOCATION || t == EntityType.FACILITY;
  }
}
