package org.triangulate.extract.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.triangulate.extract.LexiconFile;
import org.triangulate.extract.entities.EntityIndex;
import org.triangulate.extract.events.FoundEvent.Trait;
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
  /** Modifiers that put a notable on the armed side: "insurgent commander", "militant leader". */
  private static final Set<String> ARMED = Set.of("insurgent", "militant", "rebel", "terrorist", "jihadist", "enemy");
  /** Words that make what they govern a capacity, not an event ("ability to conduct attacks"). */
  private static final Set<String> CAPACITY = Set.of("ability", "capability", "capacity", "means", "power", "potential");
  static final Set<String> REFERRING = LexiconFile.entries(EventRules.class, "referring.txt");

  private static final Map<String, EventType> ATTACKERS = LexiconFile
      .read(EventRules.class, "attackers.txt").stream().map(l -> l.text().strip().split("\\s+"))
      .collect(Collectors.toUnmodifiableMap(w -> w[0], w -> EventType.valueOf(w[1])));

  private static final Set<String> HARM_WORDS = Set.of("kill", "die", "death", "wound", "injure");
  private final TriggerLexicon lexicon = TriggerLexicon.load();
  private final Predicate<Token> isTrigger = x -> lexicon.trigger(x).isPresent();

  /**
   * True when the sentence holds an event trigger, an operation's quarry may be told there, or it may say
   * where an incident told happened, so the parser must run on it.
   */
  public boolean hasTrigger(Sentence s) {
    List<Token> tokens = s.tokens();
    if (Scenes.mayTellWhereItHappened(tokens)) {
      return true;
    }
    for (int i = 0; i < tokens.size(); i++) {
      boolean openedFire = i > 0 && tokens.get(i).lemma().equalsIgnoreCase("fire")
          && tokens.subList(Math.max(0, i - 2), i).stream().anyMatch(w -> w.lemma().equalsIgnoreCase("open"));
      if (openedFire || HostileFire.mayBe(tokens.get(i)) || lexicon.trigger(tokens.get(i)).isPresent() || deathVerb(tokens.get(i))
          || PhrasalTriggers.mayBe(tokens, i)
          || EventArguments.mayTellSought(tokens.get(i))) {
        return true;
      }
    }
    return false;
  }

  /** The type an event word gives: the lexicon's, or a shooting for "opened fire" and hostile fire. */
  private Optional<EventType> triggerType(Tree tree, Token t) {
    Optional<EventType> phrasal = PhrasalTriggers.type(tree, t);
    if (phrasal.isPresent()) {
      return phrasal;
    }
    return lexicon.trigger(t).or(() -> openedFire(tree, t) || HostileFire.at(tree, t, isTrigger)
        ? Optional.of(EventType.ARMED_ASSAULT) : Optional.empty());
  }

  /** "Gunmen opened fire on a bus": fire as the object of "open" is a shooting. */
  private static boolean openedFire(Tree tree, Token t) {
    return t.lemma().equalsIgnoreCase("fire") && t.pos().startsWith("NN") && tree.head(t.index())
        .filter(d -> d.base().equals("obj") && d.governor() >= 0 && tree.token(d.governor()).lemma().equalsIgnoreCase("open"))
        .isPresent();
  }

  /** The events of {@code doc}, merged, in order of first mention. */
  public List<FoundEvent> events(Document doc, Analysis analysis, EntityIndex entities) {
    LocalDate anchor = doc.meta().published();
    EventArguments arguments = new EventArguments(analysis, entities, anchor, isTrigger, EventArguments.datelineOf(doc));
    List<FoundEvent> found = new ArrayList<>();
    for (Sentence s : analysis.sentences()) {
      if (!s.parsed()) {
        continue;
      }
      Tree tree = new Tree(s);
      int ofSentence = found.size(); // the events found from here on are the only ones in this sentence
      for (Token t : s.tokens()) {
        Optional<EventType> type = eventAt(tree, t, entities);
        // "Two soldiers were killed", "At least 21 people perished in the blast": told after the attack, its toll
        boolean tollWord = type.filter(x -> x == EventType.KILLING && passive(tree, t)).isPresent()
            || type.isEmpty() && deathVerb(t) && !otherAttackIn(tree, t, entities);
        Optional<FoundEvent> toll = tollWord ? recentAttack(found, s.index()) : Optional.empty();
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
          // "responsible for conducting IED attacks in Sabari district": a pattern of conduct, no
          // incident; a place alone does not make one, its own day or a death told does ("killed in
          // clashes near Tal Afar"). Plots are told by what they aimed at ("plots to
          // launch missiles targeting the Khedar base").
          // a plot word aimed at a place is a plot ("plots to launch missiles at the Khedar base");
          // attacks someone was planning are a purpose, wherever aimed, and harm no one yet ("Prior
          // to his death, he was planning attacks against police in Ghazni")
          boolean plotWord = lexicon.trigger(t).filter(x -> x == EventType.PLOT).isPresent();
          boolean planned = type.get() == EventType.PLOT && !plotWord;
          boolean anchored = frame.dated() || frame.toll() || harmTold(tree) && !planned
              || NonEvents.episode(tree, t) || plotWord && frame.placed();
          if (NonEvents.barePlural(tree, t) && !anchored && !NonEvents.recent(tree, t)
              && !NonEvents.byNamedGroup(e, entities)) {
            continue;
          }
          // "captured a Taliban leader who led roadside bomb attacks, in Paktika province, Saturday":
          // the record of someone described, whatever the day and group of the sentence
          boolean record = NonEvents.barePlural(tree, t) && NonEvents.describes(tree, t);
          if (record && !frame.toll() && !NonEvents.episode(tree, t)) {
            continue;
          }
          if (NonEvents.quantifiedPlural(tree, t) && !frame.toll() || NonEvents.trend(tree, t)) {
            continue; // "dozens of such killings", "has stepped up suicide bombings": a pattern, not an event
          }
          if (NonEvents.barePlural(tree, t) && NonEvents.comparison(tree, t) && !frame.dated() && !frame.toll()) {
            continue; // "Al-Shabaab has done attacks like these": a kind of deed, not this incident
          }
          NonEvents.gathering(tree, t).ifPresent(e::gathers);
          e.mark(Trait.DEFINITE, definite(tree, t));
          e.mark(Trait.PLURAL, t.pos().equals("NNS") || t.pos().equals("NNPS"));
          e.mark(Trait.REFERS_BACK, !frame.dated() && !frame.placed() && refersBack(tree, t));
          e.mark(Trait.SEPARATE, SEPARATE.matcher(s.span().of(doc.text())).lookingAt());
          e.mark(Trait.IN_OPERATION, EventArguments.refersToOperation(s));
          e.mark(Trait.RETURNS_FIRE, returnsFire(tree));
          // not in the lexicon and not "opened fire": the type came from HostileFire (see triggerType)
          e.mark(Trait.FIRE, lexicon.trigger(t).isEmpty() && !openedFire(tree, t));
          byAttacker(e, t);
          Optional<FoundEvent> coordinated = coordinatedWith(tree, t, found.subList(ofSentence, found.size()), s.index());
          if (coordinated.isPresent()) {
            // "killed an insurgent leader and detained several others": one operation
            coordinated.get().absorb(e);
            continue;
          }
          found.add(e);
        }
      }
    }
    List<FoundEvent> incidents = Incidents.merge(found, doc);
    Scenes.set(incidents, doc, analysis, arguments);
    return incidents;
  }

  /**
   * An attack of unspecified kind takes the kind its unnamed attackers name ({@code
   * attackers.txt}): "gunmen attacked a checkpoint" is an armed assault, "a suicide bomber
   * attacked" a bombing; so does a verb of striking, which is no air strike when a person strikes
   * ("a suicide bomber struck an Islamabad bank").
   */
  private static void byAttacker(FoundEvent e, Token trigger) {
    boolean struck = e.type() == EventType.MISSILE_ATTACK && trigger.pos().startsWith("VB");
    if (e.type() != EventType.ATTACK && !struck) {
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

  /**
   * "During the operation, the security force also detained two suspected insurgents": the
   * sentence names the operation or force already told ({@code referring.txt}) with "the", "this"
   * or "that", other than the trigger itself.
   */
  /**
   * A sentence that says its incident is another one: "In a separate incident, …", "Separately,
   * …", "In another attack, …", "Elsewhere, …". Its events join no earlier one.
   */
  private static final Pattern SEPARATE = Pattern.compile(
      "\\W*(?:in\\s+(?:a\\s+separate|another)\\s+(?:incident|attack|operation|raid|development)"
          + "|separately|elsewhere)\\b", Pattern.CASE_INSENSITIVE);

  /** "returned fire": a verb of returning whose object is fire. */
  private static boolean returnsFire(Tree tree) {
    return tree.sentence().tokens().stream().filter(w -> w.lemma().equalsIgnoreCase("return"))
        .anyMatch(w -> tree.children(w.index(), "obj").stream().anyMatch(o -> tree.token(o).lemma().equalsIgnoreCase("fire")));
  }

  private static boolean refersBack(Tree tree, Token trigger) {
    for (Token w : tree.sentence().tokens()) {
      if (w.index() == trigger.index() || !REFERRING.contains(w.lemma().toLowerCase(Locale.ROOT))) {
        continue;
      }
      if (EventArguments.pointsBack(tree, w.index())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The event of this sentence that a trigger tells again: one whose trigger verb it is
   * coordinated with ("killed an insurgent leader and detained several others"), whose word is
   * its subject ("a landmine exploded", "a roadside bomb struck a convoy": the weapon's act), the
   * object of a verb coordinated with its own ("set off explosives … and then opened fire"), or
   * the arrest it tells the operation of ("detained two men during a raid").
   */
  private static Optional<FoundEvent> coordinatedWith(Tree tree, Token t, List<FoundEvent> found, int sentence) {
    List<Integer> told = new ArrayList<>();
    if (t.pos().startsWith("VB")) {
      told.addAll(tree.children(t.index(), "nsubj"));
      tree.head(t.index()).filter(d -> d.base().equals("conj") && d.governor() >= 0).map(Dependency::governor)
          .ifPresent(told::add);
    } else {
      // "gunmen set off explosives near the convoy and then opened fire on the troops": the objects
      // of two coordinated verbs of one actor are one attack
      tree.head(t.index()).filter(d -> d.base().equals("obj") && d.governor() >= 0).map(Dependency::governor)
          .flatMap(verb -> tree.sentence().heads(verb).filter(d -> d.base().equals("conj") && d.governor() >= 0).findFirst())
          .map(Dependency::governor)
          .ifPresent(first -> told.addAll(tree.children(first, "obj")));
    }
    Optional<FoundEvent> same = found.stream().filter(f -> f.sentences().contains(sentence) && f.type() != EventType.PLOT)
        .filter(f -> told.stream().anyMatch(f.triggers()::contains)).findFirst();
    if (same.isPresent() || !t.pos().startsWith("NN")) {
      return same;
    }
    // "detained several suspected insurgents during a raid": the raid is the arrest's operation
    List<Integer> arrests = new ArrayList<>();
    tree.head(t.index())
        .filter(d -> d.governor() >= 0 && Set.of("obl:during", "obl:in", "nmod:during").contains(d.relation()))
        .map(Dependency::governor).ifPresent(arrests::add);
    // "an operation which resulted in the detention of several suspected insurgents and the death
    // of a local national": what one operation brought about, told side by side, is its outcome
    if (t.lemma().equalsIgnoreCase("death")) {
      for (Dependency d : tree.ancestors(t.index(), 3)) {
        if (!d.base().equals("conj") && !d.relation().equals("nmod:of")) {
          break;
        }
        arrests.add(d.governor());
      }
    }
    return found.stream().filter(f -> f.sentences().contains(sentence) && f.type() == EventType.ARREST
        && arrests.stream().anyMatch(f.triggers()::contains)).findFirst();
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

  /** "died", "perished": a death told with no killer. */
  private static boolean deathVerb(Token t) {
    return t.pos().startsWith("VB") && Casualties.DEATH_WORDS.contains(t.lemma().toLowerCase(Locale.ROOT));
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
    Optional<EventType> type = mentionAt(tree, t, entities);
    // a killing of someone notable is an assassination, but "a district chief was killed in a
    // roadside blast" tells the blast: the word of killing, whatever its victim, defers to the attack
    boolean killingWord = type.filter(x -> x == EventType.KILLING).isPresent() // "killed", "shot dead"
        || type.filter(x -> x == EventType.ASSASSINATION).isPresent()
            && lexicon.trigger(t).filter(x -> x == EventType.KILLING).isPresent();
    if (killingWord && otherAttackIn(tree, t, entities)) {
      return Optional.empty(); // "a bomb killed four": the killing is the bombing's toll
    }
    return type;
  }

  /** The event a word tells, before a killing defers to an attack of its sentence. */
  private Optional<EventType> mentionAt(Tree tree, Token t, EntityIndex entities) {
    Optional<EventType> type = triggerType(tree, t);
    if (type.isEmpty() || entities.at(t.span().start()).isPresent() || skipped(tree, t) || executesNoOne(tree, t)) {
      return Optional.empty();
    }
    EventType refined = refine(tree, t, type.get(), entities);
    if (refined == EventType.ARREST && NonEvents.placeTaken(tree, t, entities)) {
      return Optional.empty(); // "insurgents captured the city of Mosul": territory, not a detention
    }
    return Optional.of(refined);
  }

  private boolean skipped(Tree tree, Token t) {
    Optional<Dependency> head = tree.head(t.index());
    String rel = head.map(Dependency::base).orElse("root");
    if (rel.equals("amod") && NonEvents.missedVerb(tree, t)) {
      return false;
    }
    if (rel.equals("amod") || rel.equals("compound")) {
      // "detained members"; "rocket" of "rocket attacks" is the head's modifier; "IED network" names no event
      return true;
    }
    if (NonEvents.inventory(tree, t) || NonEvents.idleWeapon(tree, t, isTrigger)) {
      return true;
    }
    if (t.pos().startsWith("VB") && tree.children(t.index(), "obj").stream()
        .anyMatch(o -> NonEvents.weapon(tree.token(o)) && isTrigger.test(tree.token(o)))) {
      return true; // "their minibus struck a roadside bomb": the bomb's event, not a strike
    }
    // Negation reaches down to what a verb governs ("did not carry out the attack"), not across
    // coordination ("did not allow him to pray and killed him").
    boolean coordinated = tree.sentence().heads(t.index()).anyMatch(h -> h.base().equals("conj"));
    boolean headNegated = !coordinated && head.filter(h -> h.governor() >= 0)
        .map(h -> negated(tree, h.governor())).orElse(false);
    if (negated(tree, t.index()) || headNegated || Casualties.befellNoOne(tree, t)) {
      return true; // "did not attack", "no one was killed"
    }
    boolean instrument = tree.children(t.index()).stream().anyMatch(d -> d.base().equals("case")
        && tree.token(d.dependent()).text().equalsIgnoreCase("with"))
        || tree.sentence().heads(t.index()).anyMatch(d -> d.relation().endsWith(":with")); // "armed with grenades"
    if (NonEvents.intended(tree, t)) {
      return true; // "bombers waiting to strike", "threatened to attack": no incident yet
    }
    if (NonEvents.attemptWithinDeed(tree, t, isTrigger)) {
      return true; // "died in the assault after they tried to kill …": how the assault was done
    }
    if (instrument || generic(tree, t) || tree.ancestors(t.index(), 4).stream()
        .anyMatch(d -> CAPACITY.contains(tree.token(d.governor()).lemma().toLowerCase(Locale.ROOT)))) {
      return true;
    }
    return partOfPlot(tree, t);
  }

  private static boolean negated(Tree tree, int index) {
    return tree.children(index).stream().anyMatch(d -> d.base().equals("neg")
        || (d.base().equals("advmod") || d.base().equals("det"))
            && Set.of("not", "n't", "never", "no").contains(tree.token(d.dependent()).text().toLowerCase(Locale.ROOT)));
  }

  /** Present-tense statements of habit ("ISIS launches the attacks") are not dated events. */
  private boolean generic(Tree tree, Token t) {
    int verb = t.pos().startsWith("VB") ? t.index()
        : tree.head(t.index()).map(Dependency::governor).orElse(-1);
    if (verb < 0 || !tree.token(verb).pos().startsWith("VB")) {
      return false;
    }
    boolean perfect = perfect(tree, verb);
    // "he is known to intimidate citizens and kidnap those who …", "ISIS continues to launch
    // attacks": an infinitive takes the tense of the verb it completes
    for (int depth = 0; depth < 4 && tree.token(verb).pos().equals("VB"); depth++) {
      Optional<Dependency> up = tree.head(verb).filter(d -> (d.base().equals("xcomp") || d.base().equals("conj"))
          && d.governor() >= 0 && tree.token(d.governor()).pos().startsWith("VB"));
      if (up.isEmpty()) {
        break;
      }
      verb = up.get().governor();
      perfect |= perfect(tree, verb);
    }
    String pos = tree.token(verb).pos();
    // "is known to", "are believed to"
    boolean presentPassive = pos.equals("VBN") && !tree.children(verb, "xcomp").isEmpty()
        && tree.children(verb).stream().anyMatch(d -> d.relation().equals("aux:pass")
            && Set.of("VBZ", "VBP").contains(tree.token(d.dependent()).pos()));
    boolean present = pos.equals("VBZ") || pos.equals("VBP") || presentPassive;
    return present && !perfect && !hasDate(tree) && !countedOnce(tree);
  }

  private static boolean perfect(Tree tree, int verb) {
    return tree.children(verb).stream()
        .anyMatch(d -> d.base().equals("aux") && tree.token(d.dependent()).lemma().equals("have"));
  }

  /**
   * "A car bomb blast in Baghdad kills at least three people": the historical present of a
   * reference list or a headline counts the dead of one incident; a habit counts none, or counts
   * them by a recurring period ("kill hundreds every year").
   */
  private boolean countedOnce(Tree tree) {
    boolean recurring = tree.sentence().tokens().stream().anyMatch(x -> x.ner().equals("SET"));
    return !recurring && tree.sentence().tokens().stream()
        .anyMatch(x -> Casualties.counts(tree, x, lexicon.trigger(x).filter(y -> y == EventType.KILLING).isPresent()));
  }

  /** The sentence tells of someone killed, wounded or dead ("civilian casualties" are not told). */
  static boolean harmTold(Tree tree) {
    return tree.sentence().tokens().stream().anyMatch(x -> (x.pos().startsWith("VB") || x.lemma().equalsIgnoreCase("death"))
        && HARM_WORDS.contains(x.lemma().toLowerCase(Locale.ROOT)));
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

  private EventType refine(Tree tree, Token t, EventType type, EntityIndex entities) {
    if (type == EventType.PLOT) {
      return type;
    }
    boolean deadNext = tree.sentence().contains(t.index() + 1) && tree.token(t.index() + 1).text().equalsIgnoreCase("dead");
    if (t.lemma().equalsIgnoreCase("shoot") && (deadNext || tree.children(t.index()).stream()
        .anyMatch(d -> tree.token(d.dependent()).text().equalsIgnoreCase("dead")))) {
      type = EventType.KILLING; // "shot dead"
    }
    if (type == EventType.KILLING && notableVictim(tree, t, entities)) {
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
    // an attack, a killing or fire aimed at someone takes the kind of its means: "engaged the
    // insurgents with a precision airstrike", "attacked a checkpoint with rockets"
    boolean open = type == EventType.ATTACK || type == EventType.KILLING
        || type == EventType.ARMED_ASSAULT && lexicon.trigger(t).isEmpty();
    Optional<EventType> means = open ? means(tree, t) : Optional.empty();
    if (means.isPresent()) {
      return means.get();
    }
    if (type == EventType.ATTACK) {
      return inherited(tree, t, entities).orElse(type);
    }
    return type;
  }

  /**
   * The kind of attack a deed was done with: a weapon or an act named by "with" on the deed's
   * word ("attacked a checkpoint with rockets", "an attack with mortars"), or an act (not a
   * weapon) on its object, where the parser often hangs it ("engaged a group of insurgents with
   * a precision airstrike"). A weapon on the object is the object's ("insurgents with rockets"),
   * and one on another word is that word's ("gunmen armed with grenades").
   */
  private Optional<EventType> means(Tree tree, Token t) {
    boolean verb = t.pos().startsWith("VB");
    List<Integer> onDeed = new ArrayList<>(tree.children(t.index(), verb ? "obl:with" : "nmod:with"));
    List<Integer> onObject = verb ? tree.children(t.index(), "obj").stream()
        .flatMap(o -> tree.children(o, "nmod:with").stream()).filter(w -> !NonEvents.weapon(tree.token(w))).toList()
        : List.of();
    onDeed.addAll(onObject);
    if (verb) {
      // "were killed after Naxalites targeted their vehicle with an IED": the deed the deaths followed
      tree.children(t.index()).stream()
          .filter(d -> Set.of("advcl:after", "advcl:when", "advcl:as").contains(d.relation())
              && tree.token(d.dependent()).pos().startsWith("VB"))
          .forEach(d -> onDeed.addAll(tree.children(d.dependent(), "obl:with")));
    }
    for (int w : onDeed) {
      Token means = tree.token(w);
      Optional<EventType> kind = lexicon.trigger(means).or(() -> lexicon.modifier(means))
          .or(() -> PhrasalTriggers.explosiveDevice(tree, means) ? Optional.of(EventType.BOMBING) : Optional.empty())
          .filter(k -> k == EventType.MISSILE_ATTACK || k == EventType.BOMBING || k == EventType.ARMED_ASSAULT);
      if (kind.isPresent()) {
        return kind;
      }
    }
    return Optional.empty();
  }

  /**
   * A killing whose victim is named by an office or standing ("a prominent religious scholar",
   * "the district governor") is an assassination, as GTD and ACLED define one.
   */
  private static boolean notableVictim(Tree tree, Token t, EntityIndex entities) {
    List<Integer> victims = new ArrayList<>(tree.children(t.index(), "obj"));
    victims.addAll(tree.children(t.index(), "nsubj:pass"));
    tree.children(t.index(), "nmod").forEach(victims::add);
    return victims.stream().flatMap(v -> tree.subtree(v).stream())
        .anyMatch(i -> NOTABLE.contains(tree.token(i).lemma().toLowerCase(Locale.ROOT)) && !armed(tree, i, entities));
  }

  /**
   * "an insurgent commander", "a militant leader", "a Taliban leader", "a local Haqqani network
   * commander": a notable of the armed side (by a word for it, or by an armed group the knowledge
   * base knows), killed in a fight, not assassinated. "A Pakistan Peoples Party leader" is not.
   */
  private static boolean armed(Tree tree, int notable, EntityIndex entities) {
    return tree.children(notable).stream().filter(d -> d.base().equals("amod") || d.base().equals("compound"))
        .anyMatch(d -> ARMED.contains(tree.token(d.dependent()).lemma().toLowerCase(Locale.ROOT))
            || entities.at(tree.token(d.dependent()).span().start())
                .filter(r -> r.type() == EntityType.ORGANIZATION && r.entity().kb() != null).isPresent());
  }

  /** "rocket attacks …, including February 11 attacks on …": the second is a rocket attack too. */
  private Optional<EventType> inherited(Tree tree, Token t, EntityIndex entities) {
    return tree.head(t.index())
        .filter(d -> d.governor() >= 0 && (d.relation().contains("including") || d.base().equals("appos")
            || d.relation().contains("such_as")))
        .flatMap(d -> lexicon.trigger(tree.token(d.governor())).map(x -> refine(tree, tree.token(d.governor()), x, entities)));
  }

  private boolean otherAttackIn(Tree tree, Token killing, EntityIndex entities) {
    return tree.sentence().tokens().stream().filter(x -> x.index() != killing.index())
        // the attack must be one: "killed … in mortar fire", where the fire is a weapon named, is the killing's own
        .anyMatch(x -> mentionAt(tree, x, entities).filter(EventRules::attack).isPresent());
  }

  private static boolean attack(EventType type) {
    return type != EventType.ARREST && type != EventType.KILLING && type != EventType.PLOT;
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
