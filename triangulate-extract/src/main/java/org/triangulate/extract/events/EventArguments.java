package org.triangulate.extract.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.triangulate.extract.LexiconFile;
import org.triangulate.extract.entities.EntityIndex;
import org.triangulate.extract.nlp.Analysis;
import org.triangulate.extract.nlp.Dependency;
import org.triangulate.extract.nlp.Sentence;
import org.triangulate.extract.nlp.Token;
import org.triangulate.extract.nlp.Tree;
import org.triangulate.model.Document;
import org.triangulate.model.EntityType;
import org.triangulate.model.EventType;
import org.triangulate.model.Participant;
import org.triangulate.model.Role;
import org.triangulate.model.Span;

/**
 * Reads an event's arguments from the parse around its trigger: its time ({@link EventTimes}),
 * the place it happened or hit, who acted and who was acted on, and the casualty counts
 * ({@link Casualties}).
 */
final class EventArguments {
  /** Words of two sides fighting: "clashes with", "a gunbattle with". */
  private static final Set<String> FIGHTS = Set.of("clash", "fight", "fighting", "gunfight", "gunbattle", "firefight",
      "shootout", "skirmish", "battle", "encounter", "exchange");
  /** Verbs that tell an event's toll: "killed in the blast", "wounded in shelling". */
  private static final Set<String> TOLL_VERBS = Set.of("kill", "wound", "injure");
  /** Verbs of harm done in an attack, whose doer the toll beside them shares: toll verbs and "burned down", "looted". */
  private static final Set<String> HARM_VERBS = Set.of("kill", "wound", "injure", "shoot", "burn", "torch", "destroy",
      "loot", "raze", "behead");
  /** Words that measure from a landmark: "40 kilometers from", "west of". */
  private static final Set<String> MEASURES = Set.of("kilometer", "kilometre", "km", "mile", "north", "south",
      "east", "west", "northeast", "northwest", "southeast", "southwest", "north-east", "north-west", "south-east",
      "south-west");
  /** Words opening a clause that tells when a harm was undergone: "killed when militants hit …". */
  private static final Set<String> WHEN = Set.of("when", "as", "after");
  private static final Set<String> BACK_POINTING = Set.of("the", "this", "that");
  static final Set<String> REPORTING = Set.of("announce", "report", "say", "confirm", "reveal", "state", "claim", "tell");
  private static final Set<String> LIGHT_VERBS = Set.of("carry", "do", "launch", "conduct", "stage", "fire", "commit", "mount",
      "perpetrate", "plan", "execute", "plot", "orchestrate", "mastermind", "organise", "organize", "make", "detonate",
      "throw", "plant", "lead", "open", "place", "set", "leave", "lay", "bury");
  private static final Set<String> CONFESSING = Set.of("confess", "admit");
  /** Verbs that speak of an event without placing it: "condemned the attack", "denied the bombing". */
  private static final Set<String> JUDGING = Set.of("condemn", "deny", "denounce", "blame", "accuse", "claim",
      "investigate", "praise", "welcome", "reject", "mourn", "compare", "follow", "resemble", "recall");
  /** Nouns that call the place before them a province: "Farah province", "Kaduna State". */
  private static final Set<String> PROVINCE_WORDS = Set.of("province", "governorate", "state");
  private static final Set<String> IN = Set.of("in", "near", "across", "inside", "outside", "around");
  private static final Set<String> PRONOUNS = Set.of("he", "she", "him", "her", "they", "them", "it");
  /** Nouns that designate a place's kind: "the province of Kabul", "Anantnag district". */
  private static final Set<String> PLACE_NOUNS = Set.of("district", "province", "city", "town", "village", "area",
      "region", "state", "governorate", "department", "county", "neighbourhood", "neighborhood", "suburb", "outskirts");
  private static final Set<String> ACTORS = LexiconFile.entries(EventArguments.class, "actors.txt");
  /** Words for an operation or incident already told ("the raid", "a security operation"). */
  private static final Set<String> REFERRING = LexiconFile.entries(EventArguments.class, "referring.txt");
  /** Nouns of a person's role ("leader", "facilitator"): one an operation may go after. */
  private static final Set<String> ROLES = LexiconFile.entries(EntityIndex.class, "roles.txt");
  /** Nouns of an operation that may go after someone: "an operation in search of …", "the raid". */
  private static final Set<String> OPERATIONS = Set.of("operation", "raid", "search", "mission");
  /** Relations by which a verb governs a clause of its own: "targeted X, detaining Y". */
  private static final Set<String> CLAUSES = Set.of("advcl", "xcomp", "conj", "dep", "ccomp");
  /** Nouns of seeking whose "of" or "for" names the one sought: "in search of X", "a search for X". */
  private static final Set<String> SEEKING_NOUNS = Set.of("search", "pursuit", "hunt");
  /** Verbs of seeking whose "for" names the one sought: "searching for X". */
  private static final Set<String> SEEKING_FOR = Set.of("search", "look", "hunt");
  /** Verbs of seeking whose object is the one sought: "targeted X". */
  private static final Set<String> SEEKING_OBJECT = Set.of("target", "pursue", "seek");
  /** Every word {@link #soughtBy} reads. */
  private static final Set<String> SEEKING = java.util.stream.Stream.of(SEEKING_NOUNS, SEEKING_FOR, SEEKING_OBJECT)
      .flatMap(Set::stream).collect(java.util.stream.Collectors.toUnmodifiableSet());

  private final Analysis analysis;
  private final EntityIndex entities;
  private final EventTimes times;
  /** The span of the report's dateline in its text, or null. */
  private final @Nullable Span dateline;
  private final java.util.function.Predicate<Token> isTrigger;

  EventArguments(Analysis analysis, EntityIndex entities, @Nullable LocalDate anchor,
      java.util.function.Predicate<Token> isTrigger, @Nullable Span dateline) {
    this.isTrigger = isTrigger;
    this.analysis = analysis;
    this.entities = entities;
    this.times = new EventTimes(analysis, anchor, isTrigger);
    this.dateline = dateline;
  }

  /**
   * Where the report's dateline lies in its text ("KABUL, Afghanistan (Aug. 7) -"): its first
   * occurrence followed by a date in parentheses or a dash; null when it has none or the text does
   * not carry it.
   */
  static @Nullable Span datelineOf(Document doc) {
    String dateline = doc.meta().dateline();
    if (dateline == null || dateline.isBlank()) {
      return null;
    }
    String text = doc.text();
    for (int at = text.indexOf(dateline); at >= 0; at = text.indexOf(dateline, at + 1)) {
      int end = at + dateline.length();
      int next = end;
      while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
        next++;
      }
      if (next < text.length() && "(-–—".indexOf(text.charAt(next)) >= 0) {
        return new Span(at, end);
      }
    }
    return null;
  }

  /**
   * Whether a place may be where an event happened: not the city of the dateline, where the report
   * was filed ("KABUL, Afghanistan (Aug. 7) - … detained insurgents in Khost province").
   */
  private boolean mayBeScene(EntityIndex.Ref r) {
    return EventRules.isPlace(r.type()) && (dateline == null || !dateline.contains(r.span()));
  }

  /**
   * Reads the mention's arguments into {@code e}; returns whether its own frame dates or places it
   * or counts its casualties (before a place is borrowed from the rest of the sentence).
   */
  Frame fill(FoundEvent e, Tree tree, Token trigger) {
    times.read(e, tree, trigger);
    places(e, tree, trigger);
    boolean dated = e.time().value() != null;
    boolean placed = e.location() != null;
    nearestPlace(e, tree, trigger);
    actors(e, tree, trigger);
    Casualties.read(e, tree);
    return new Frame(dated, placed, e.counted());
  }

  EventTimes times() {
    return times;
  }

  /** The most specific place a sentence names (the first of equals), for the narrative after it. */
  Optional<EntityIndex.Ref> scenePlace(Sentence s) {
    return entities.within(s.span()).stream().filter(this::mayBeScene)
        .max(Comparator.comparingInt(this::rank));
  }

  /** What a mention's own frame says of it, before a place is borrowed from its sentence. */
  record Frame(boolean dated, boolean placed, boolean toll) {
    boolean any() {
      return dated || placed || toll;
    }
  }

  /**
   * The killing verb whose toll a noun trigger names: "the PKK killed a soldier in a grenade
   * attack" (the killing is the attack's toll, and whoever killed attacked); or a verb
   * coordinated with an active killing verb, which shares its doer: "Boko Haram gunmen killed four
   * people and torched homes in a nighttime raid".
   */
  private static Optional<Integer> tollVerb(Tree tree, Token trigger) {
    return tree.head(trigger.index())
        .filter(d -> d.governor() >= 0 && (d.relation().equals("obl:in") || d.relation().equals("obl:during")))
        .map(Dependency::governor)
        .filter(g -> tree.token(g).pos().startsWith("VB")
            && (TOLL_VERBS.contains(tree.token(g).lemma().toLowerCase(Locale.ROOT)) || coordinatedWithKilling(tree, g)));
  }

  /** The words coordinated with {@code word}, either way round: its conjuncts and the word it is a conjunct of. */
  private static List<Integer> coordinated(Tree tree, int word) {
    List<Integer> partners = new ArrayList<>(tree.children(word, "conj"));
    tree.head(word).filter(d -> d.base().equals("conj") && d.governor() >= 0).ifPresent(d -> partners.add(d.governor()));
    return partners;
  }

  /** True when the verb is coordinated with an active killing verb ("killed four people and torched homes"). */
  private static boolean coordinatedWithKilling(Tree tree, int verb) {
    return coordinated(tree, verb).stream().anyMatch(p -> tree.token(p).pos().startsWith("VB")
        && TOLL_VERBS.contains(tree.token(p).lemma().toLowerCase(Locale.ROOT)) && !tree.children(p, "nsubj").isEmpty());
  }

  /** The verb a noun trigger is the object of, unless it reports it: "fired rockets", "launched attacks". */
  static int lightVerb(Tree tree, Token trigger) {
    return tree.head(trigger.index())
        .filter(d -> d.governor() >= 0 && d.base().equals("obj"))
        .map(Dependency::governor)
        .filter(g -> !REPORTING.contains(tree.token(g).lemma().toLowerCase(Locale.ROOT)))
        .orElse(-1);
  }

  // ---- places

  private void places(FoundEvent e, Tree tree, Token trigger) {
    List<Integer> scope = scope(tree, trigger);
    List<EntityIndex.Ref> seen = new ArrayList<>();
    for (int t : scope) {
      Optional<EntityIndex.Ref> ref = entities.at(tree.token(t).span().start())
          .filter(r -> mayBeScene(r) && !seen.contains(r));
      if (ref.isEmpty() || modifiesTrigger(tree, t, trigger) || containsAnother(tree, t, ref.get())
          || landmark(tree, t)) {
        continue;
      }
      seen.add(ref.get());
      int head = tree.headOf(ref.get().span()).orElse(t);
      String marker = caseMarker(tree, head);
      boolean target = e.type() != EventType.ARREST && !IN.contains(marker)
          && (Set.of("on", "at", "against", "targeting").contains(marker) || isObject(tree, head));
      if (target) {
        e.add(new Participant(ref.get().key(), Role.TARGET, ref.get().span().of(analysis.text())));
      }
      e.location(ref.get().key(), rank(ref.get()));
    }
  }

  /** How specific a place is ({@link #rank}), least first. */
  private static final int COUNTRY = 1;
  private static final int PROVINCE = 2;
  private static final int UNKNOWN = 3;
  private static final int UNKNOWN_PLACED = 4;
  private static final int FACILITY = 5;
  private static final int TOWN = 6;

  /**
   * How specific a place is: a country, a province, a place the gazetteer lacks, one it lacks
   * that the text places inside another ("Jaldak" in "Tarnek wa Jaldak district, Zabul
   * province"), a facility, a town or district it knows. The most specific place resolved is the
   * event's location; a place the gazetteer lacks ("Bab Sinjar market, in Mosul", placed only by
   * its parent) yields to a town the gazetteer knows, and stands for the event only above a
   * province or country; so does a facility ("an army base in the town of Nagrota" is in
   * Nagrota, the base its target), which is the place where the text names no town.
   */
  int rank(EntityIndex.Ref place) {
    if (place.type() == EntityType.FACILITY) {
      return FACILITY;
    }
    org.triangulate.model.Geo geo = place.entity().geo();
    String text = analysis.text();
    String name = place.entity().name().toLowerCase(Locale.ROOT);
    boolean calledProvince = PROVINCE_WORDS.stream().anyMatch(w -> name.endsWith(" " + w)
        || text.regionMatches(true, place.span().end(), " " + w, 0, w.length() + 1));
    if (calledProvince) {
      return PROVINCE;
    }
    if (geo == null) {
      return UNKNOWN;
    }
    if (geo.gazetteerId() == null) {
      return UNKNOWN_PLACED;
    }
    if (geo.province() == null) {
      return COUNTRY;
    }
    return consonants(place.entity().name()).equals(consonants(geo.province())) ? PROVINCE : TOWN;
  }

  /** "Paktiya" and "Paktia" agree: a name's consonants, lower case, doubles single. */
  private static String consonants(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("(?i)\\s+(province|governorate|state)$", "").replaceAll("[^a-z]|[aeiouy]", "")
        .replaceAll("(.)\\1+", "$1");
  }

  /**
   * The tokens an event's arguments may lie in, nearest first: the trigger's subtree, the
   * infinitive of "plots to launch", then its light verb's subtree without that verb's subject
   * ("U.S. Central Command conducted a strike in Syria": Syria, not the subject's dateline).
   */
  private List<Integer> scope(Tree tree, Token trigger) {
    List<Integer> scope = new ArrayList<>(sorted(tree.subtree(trigger.index(), true)));
    // "Monday's assault, as well as a suicide bombing on an Islamabad police station last week":
    // what an event word coordinated with the trigger and dated apart names is that event's
    tree.children(trigger.index(), "conj").stream().filter(c -> datedApart(tree, c))
        .forEach(c -> scope.removeAll(tree.subtree(c, true)));
    if (trigger.index() + 2 < tree.sentence().tokens().getLast().index() + 1
        && tree.token(trigger.index() + 1).text().equalsIgnoreCase("to")) {
      scope.addAll(sorted(tree.subtree(trigger.index() + 2, true)));
    }
    int light = lightVerb(tree, trigger);
    if (light >= 0) {
      List<Integer> subject = tree.children(light, "nsubj").stream().flatMap(s -> tree.subtree(s).stream()).toList();
      sorted(tree.subtree(light)).stream().filter(t -> !subject.contains(t)).forEach(scope::add);
    }
    int clause = clauseVerb(tree, trigger);
    if (clause >= 0) {
      // "A bomb exploded at the German Bakery in Pune": the place is the clause's, not the noun's.
      List<Integer> reported = tree.children(clause).stream()
          .filter(d -> d.base().equals("ccomp") || d.base().equals("parataxis"))
          .flatMap(d -> tree.subtree(d.dependent()).stream()).toList();
      sorted(tree.subtree(clause)).stream().filter(t -> !reported.contains(t)).forEach(scope::add);
    }
    return scope.stream().distinct().toList();
  }

  /**
   * A country named as a modifier of the event's words ("a US drone strike", "Pakistani
   * shelling") says who acted, not where: it is no place of the event.
   */
  private static boolean modifiesTrigger(Tree tree, int token, Token trigger) {
    return modifies(tree, token, trigger, Set.of("compound", "amod", "nmod:poss"));
  }

  /**
   * True when the place at {@code token} is named as containing another place of the sentence
   * that the gazetteer resolved: "Balochistan's Kech district", "the Surobi district of the
   * province of Kabul". The place named inside it is the more specific one. A place the gazetteer
   * lacks, placed only by the chain ("the Gulzar Road area in Chaman", "the Bab Nabil district of
   * Homs"), does not push out the town that contains it: {@link #rank} chooses between them.
   */
  private boolean containsAnother(Tree tree, int token, EntityIndex.Ref place) {
    Optional<Dependency> head = tree.head(token);
    for (int hops = 0; head.isPresent() && hops < 3; hops++) {
      Dependency d = head.get();
      // not appos: "the capital of Iraq, Baghdad" hangs either way round
      boolean contains = d.relation().equals("nmod:poss") || d.relation().equals("nmod:of") || d.relation().equals("nmod:in");
      if (d.governor() < 0 || !contains && !d.base().equals("compound")) {
        return false;
      }
      if (contains && namesPlace(tree, d.governor(), place)) {
        return true;
      }
      if (!PLACE_NOUNS.contains(tree.token(d.governor()).lemma().toLowerCase(Locale.ROOT))) {
        return false;
      }
      head = tree.head(d.governor());
    }
    return false;
  }

  /**
   * True when the place at {@code token} is named as a landmark to measure from: "near Lanta Buro,
   * about 40 kilometers from the capital Mogadishu", "in Abu Gharib, west of Baghdad". The place
   * measured from is not where the event happened; it stands for the event only when the sentence
   * names no other place.
   */
  private static boolean landmark(Tree tree, int token) {
    Optional<Dependency> head = tree.head(token);
    if (head.isPresent() && head.get().governor() >= 0 && Set.of("appos", "compound").contains(head.get().base())) {
      head = tree.head(head.get().governor()); // "the capital Mogadishu"
    }
    return head.filter(d -> d.governor() >= 0 && (d.relation().endsWith(":from") || d.relation().endsWith(":of")))
        .map(d -> MEASURES.contains(tree.token(d.governor()).lemma().toLowerCase(Locale.ROOT)))
        .orElse(false);
  }

  /**
   * True when the token is, or is named by, a place the gazetteer knows other than {@code
   * place}: "Anantnag district". A facility inside a town does not make the town the less
   * specific place ("an army base in the town of Nagrota"), nor does a country before the noun,
   * which says where the place is, not what it is called ("the Mali city of Timbuktu").
   */
  private boolean namesPlace(Tree tree, int token, EntityIndex.Ref place) {
    List<Integer> words = new ArrayList<>(List.of(token));
    tree.children(token, "compound").forEach(words::add);
    return words.stream().map(w -> entities.at(tree.token(w).span().start())
            .filter(x -> w == token || rank(x) != COUNTRY))
        .anyMatch(r -> r.filter(x -> EventRules.isPlace(x.type()) && !x.equals(place)
            && rank(x) != UNKNOWN && rank(x) != UNKNOWN_PLACED && rank(x) != FACILITY).isPresent());
  }

  /** A country named as a modifier of any event word of the sentence ("U.S. drone strikes") acts in it. */
  private boolean modifiesEventWord(Tree tree, int token) {
    return tree.sentence().tokens().stream().filter(isTrigger).anyMatch(w -> modifiesTrigger(tree, token, w));
  }

  /** True when {@code token} modifies the trigger through at most three of these relations. */
  private static boolean modifies(Tree tree, int token, Token trigger, Set<String> relations) {
    Optional<Dependency> head = tree.head(token);
    for (int hops = 0; head.isPresent() && hops < 3; hops++) {
      Dependency d = head.get();
      if (!relations.contains(d.relation()) || d.governor() < 0) {
        return false;
      }
      if (d.governor() == trigger.index()) {
        return true;
      }
      head = tree.head(d.governor());
    }
    return false;
  }

  /**
   * The verb whose subject or object a noun trigger is ("a suicide bomber blew himself up in
   * Diyala", "bombs struck a school in Peshawar"), unless that verb reports, judges or is itself
   * another event's word; -1 for verb triggers and for nouns elsewhere.
   */
  private int clauseVerb(Tree tree, Token trigger) {
    if (trigger.pos().startsWith("VB")) {
      return -1;
    }
    return tree.head(trigger.index())
        .filter(d -> d.governor() >= 0 && Set.of("nsubj", "obj").contains(d.base()))
        .map(Dependency::governor)
        .filter(g -> tree.token(g).pos().startsWith("VB"))
        .filter(g -> !REPORTING.contains(tree.token(g).lemma().toLowerCase(Locale.ROOT))
            && !JUDGING.contains(tree.token(g).lemma().toLowerCase(Locale.ROOT)))
        .orElse(-1);
  }

  /**
   * A mention whose frame names no place takes the place its sentence names nearest to it: one
   * incident's sentence often puts the place in a phrase the parse hangs elsewhere ("In Nahr-e
   * Saraj district, Helmand province, a patrol targeted …").
   */
  private void nearestPlace(FoundEvent e, Tree tree, Token trigger) {
    if (e.location() != null) {
      return;
    }
    EntityIndex.Ref best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Token t : tree.sentence().tokens()) {
      Optional<EntityIndex.Ref> ref = entities.at(t.span().start()).filter(this::mayBeScene)
          .filter(r -> !modifiesEventWord(tree, t.index()) && !containsAnother(tree, t.index(), r)
              && !anotherEvents(tree, t.index(), trigger));
      // the most specific place of the sentence, the nearest of those: "In Zurmat district, Paktiya province, …"
      int rank = landmark(tree, t.index()) ? 0 : ref.map(this::rank).orElse(0);
      int distance = Math.abs(t.index() - trigger.index()) - 1000 * rank;
      if (ref.isPresent() && distance < bestDistance) {
        best = ref.get();
        bestDistance = distance;
      }
    }
    if (best != null) {
      e.location(best.key(), rank(best));
    }
  }

  /**
   * True when the place at {@code token} hangs in the phrase of another event word of the sentence
   * dated apart ("a suicide bombing on an Islamabad police station last week"), which it places,
   * not {@code trigger}. An event word without a time of its own may tell the trigger's incident
   * ("a suicide bomber killed 70 in bomb attacks on pilgrims in northern Baghdad").
   */
  private boolean anotherEvents(Tree tree, int token, Token trigger) {
    return tree.ancestors(token, 4).stream().map(Dependency::governor)
        .takeWhile(g -> g != trigger.index())
        .anyMatch(g -> datedApart(tree, g));
  }

  /**
   * An event noun whose phrase holds a time of its own: "a suicide bombing … last week",
   * "Tuesday's bombing", "a previous bombing"; not a year in a name ("the 2017 Amarnath Yatra
   * attack").
   */
  private boolean datedApart(Tree tree, int word) {
    return tree.token(word).pos().startsWith("NN") && isTrigger.test(tree.token(word))
        && (NonEvents.recent(tree, tree.token(word)) || tree.subtree(word).stream()
            .anyMatch(i -> tree.token(i).ner().equals("DATE")
                && tree.head(i).filter(d -> d.base().equals("obl") || d.base().equals("nmod")).isPresent()));
  }

  private static List<Integer> sorted(List<Integer> tokens) {
    return tokens.stream().sorted().toList();
  }

  private static String caseMarker(Tree tree, int t) {
    for (Dependency d : tree.children(t)) {
      if (d.base().equals("case")) {
        return tree.token(d.dependent()).text().toLowerCase(Locale.ROOT);
      }
    }
    Optional<Dependency> head = tree.head(t);
    if (head.isPresent() && head.get().relation().contains(":")) {
      return head.get().relation().substring(head.get().relation().indexOf(':') + 1);
    }
    return head.filter(d -> d.governor() >= 0).map(d -> tree.token(d.governor()).lemma()).orElse("");
  }

  private static boolean isObject(Tree tree, int t) {
    return tree.head(t).map(d -> d.base().equals("obj")).orElse(false);
  }

  // ---- actors

  private void actors(FoundEvent e, Tree tree, Token trigger) {
    // Who arrests, or foils a plot, acts for the state; who does anything else is its perpetrator.
    boolean foiling = Set.of("foil", "thwart", "prevent", "disrupt").contains(trigger.lemma().toLowerCase(Locale.ROOT));
    Role subjectRole = e.type() == EventType.ARREST || foiling ? Role.AGENT : Role.PERPETRATOR;
    int verb = trigger.index();
    if (!trigger.pos().startsWith("VB")) {
      // The subject of "carried out the attack" did it; the subject of "condemned the attack" did not.
      verb = tree.head(trigger.index()).filter(d -> d.governor() >= 0 && (d.base().equals("obj") || d.base().equals("nsubj")))
          .map(Dependency::governor).filter(g -> tree.token(g).pos().startsWith("VB"))
          .filter(g -> LIGHT_VERBS.contains(tree.token(g).lemma().toLowerCase(Locale.ROOT))
              || e.type() == EventType.ARREST && REPORTING.contains(tree.token(g).lemma().toLowerCase(Locale.ROOT)))
          .or(() -> tollVerb(tree, trigger))
          .orElse(-1);
      tree.children(trigger.index(), "nmod").stream().filter(c -> caseMarker(tree, c).equals("of"))
          .findFirst().ifPresent(c -> participant(e, tree, c, EventRules.objectRole(e.type())));
      tree.children(trigger.index(), "nmod:poss").forEach(c -> participant(e, tree, c, subjectRole));
      modifierActors(e, tree, trigger, subjectRole);
    }
    if (HostileFire.receiver(tree, trigger).isPresent()) {
      // "coalition forces received machine gun fire from insurgents": who fired, and at whom
      HostileFire.shooters(tree, trigger).forEach(a -> participant(e, tree, a, Role.PERPETRATOR));
      HostileFire.targets(tree, trigger).forEach(a -> participant(e, tree, a, Role.TARGET));
    }
    agentsOfParticiples(e, tree, trigger, subjectRole);
    whenClauseDoers(tree, trigger).forEach(a -> participant(e, tree, a, subjectRole));
    soughtTargets(e, tree, trigger);
    describedPatient(e, tree, trigger);
    sides(e, tree, trigger);
    if (verb >= 0) {
      for (int s : subjects(tree, verb)) {
        if (between(tree, s).isEmpty()) { // "a shootout between militants and police killed …": the sides fought, not the shootout
          participant(e, tree, s, subjectRole);
        }
      }
      for (int o : tree.children(verb, "nsubj:pass")) {
        participant(e, tree, o, EventRules.objectRole(e.type()));
      }
      if (verb == trigger.index()) {
        tree.children(verb, "obj").forEach(o -> participant(e, tree, o, EventRules.objectRole(e.type())));
      }
      tree.children(verb, "obl:agent").forEach(a -> participant(e, tree, a, subjectRole));
      coordinatedTollAgents(tree, verb).forEach(a -> participant(e, tree, a, subjectRole));
      // "A bomb planted by Boko Haram militants exploded …", parsed with "planted" as the verb; "a
      // rocket attack carried out by Taliban militants left …", with "carried" read as a past tense
      // whose subject is the attack itself: either way the by-phrase did it
      boolean doneToTheTrigger = verb != trigger.index() && tree.children(verb, "nsubj").contains(trigger.index());
      if (tree.token(verb).pos().equals("VBN") || doneToTheTrigger) {
        tree.children(verb, "obl:by").forEach(a -> participant(e, tree, a, subjectRole));
      }
    }
    accused(e, tree, trigger);
    int confessor = tree.ancestors(trigger.index(), 4).stream().map(Dependency::governor)
        .filter(g -> CONFESSING.contains(tree.token(g).lemma())).findFirst().orElse(-1);
    if (confessor >= 0) {
      tree.children(confessor, "nsubj").forEach(s -> participant(e, tree, s, Role.PERPETRATOR));
    }
  }

  /**
   * The sides of a fight: "a shootout between militants of Lashkar-e-Taiba and police", "clashes
   * between Taliban insurgents and Afghan soldiers", "fighting broke out between al-Shabaab and
   * AMISOM troops" (the between-phrase of the event's noun, of the noun subject of its verb, or of
   * the verb its noun is subject of), "soldiers were killed in clashes with Boko Haram"
   * ({@link #withSides}). A side that names an armed group the knowledge base knows
   * fought as the perpetrator and the other side was its target; when no side names one ("a
   * clash between two families"), no one is read as either.
   */
  private void sides(FoundEvent e, Tree tree, Token trigger) {
    List<Integer> holders = new ArrayList<>(List.of(trigger.index()));
    if (trigger.pos().startsWith("VB")) {
      holders.addAll(tree.children(trigger.index(), "nsubj"));
    } else {
      tree.head(trigger.index()).filter(d -> d.base().equals("nsubj") && d.governor() >= 0).map(Dependency::governor)
          .ifPresent(holders::add);
    }
    for (int h : holders) {
      List<Integer> sides = between(tree, h);
      if (sides.isEmpty() && h == trigger.index()) {
        sides = withSides(tree, trigger);
      }
      List<Optional<EntityIndex.Ref>> groups = sides.stream().map(x -> armedGroup(tree, x)).toList();
      if (groups.stream().allMatch(Optional::isEmpty)) {
        continue;
      }
      for (int i = 0; i < sides.size(); i++) {
        Optional<EntityIndex.Ref> group = groups.get(i);
        if (group.isPresent()) {
          e.add(new Participant(group.get().key(), Role.PERPETRATOR, group.get().span().of(analysis.text())));
        } else {
          participant(e, tree, sides.get(i), Role.TARGET);
        }
      }
      return;
    }
    fallenFighters(e, tree, trigger);
  }

  /**
   * "Three Jaish-e-Mohammed terrorists were killed and two soldiers wounded in a gunfight": a fight
   * that names no sides was fought by the armed group whose members it killed or wounded, a side
   * as in {@link #sides}. Only a fight: members of a group killed in an air strike were its
   * target, and people of no known armed group killed in a gunfight name no side.
   */
  private void fallenFighters(FoundEvent e, Tree tree, Token trigger) {
    Optional<Integer> toll = FIGHTS.contains(trigger.lemma().toLowerCase(Locale.ROOT)) ? tollVerb(tree, trigger) : Optional.empty();
    if (toll.isEmpty()) {
      return;
    }
    List<Integer> verbs = new ArrayList<>(List.of(toll.get()));
    verbs.addAll(coordinated(tree, toll.get()));
    verbs.stream().filter(v -> TOLL_VERBS.contains(tree.token(v).lemma().toLowerCase(Locale.ROOT)))
        .flatMap(v -> tree.children(v, "nsubj:pass").stream())
        .map(x -> armedGroup(tree, x)).flatMap(Optional::stream)
        .forEach(g -> e.add(new Participant(g.key(), Role.PERPETRATOR, g.span().of(analysis.text()))));
  }

  /**
   * The sides a word's between-phrase names, each conjunct on its own ("between X and Y"; the
   * parser may hang Y from the of-phrase of X: "militants of Lashkar-e-Taiba and police").
   */
  private static List<Integer> between(Tree tree, int word) {
    List<Integer> out = new ArrayList<>();
    for (Dependency d : tree.children(word)) {
      if ((d.base().equals("nmod") || d.base().equals("obl")) && d.relation().endsWith(":between")) {
        out.add(d.dependent());
        out.addAll(tree.children(d.dependent(), "conj:and"));
        tree.children(d.dependent(), "nmod:of").forEach(o -> out.addAll(tree.children(o, "conj:and")));
      }
    }
    return out;
  }

  /**
   * The sides of a fight told with "with": "soldiers were killed in clashes with Boko Haram"
   * (those killed, and the with-phrase), "they clashed with Islamic State militants" (the subject,
   * and the with-phrase). Only a word of fighting takes sides so: "killed in an attack with
   * rockets" names no side.
   */
  private static List<Integer> withSides(Tree tree, Token trigger) {
    if (!FIGHTS.contains(trigger.lemma().toLowerCase(Locale.ROOT))) {
      return List.of();
    }
    List<Integer> with = tree.children(trigger.index()).stream()
        .filter(d -> (d.base().equals("nmod") || d.base().equals("obl")) && d.relation().endsWith(":with"))
        .map(Dependency::dependent).toList();
    if (with.isEmpty()) {
      return List.of();
    }
    List<Integer> out = new ArrayList<>();
    if (trigger.pos().startsWith("VB")) {
      out.addAll(tree.children(trigger.index(), "nsubj"));
    } else {
      tollVerb(tree, trigger).ifPresent(v -> {
        out.addAll(tree.children(v, "nsubj:pass"));
        out.addAll(tree.children(v, "nsubj"));
      });
    }
    out.addAll(with);
    return out;
  }

  /** The armed group of the knowledge base a side names, without the sides conjoined to it. */
  private Optional<EntityIndex.Ref> armedGroup(Tree tree, int side) {
    Set<Integer> others = new HashSet<>();
    between(tree, side).forEach(o -> others.addAll(tree.subtree(o)));
    tree.children(side, "conj:and").forEach(c -> others.addAll(tree.subtree(c)));
    tree.children(side, "nmod:of").forEach(o -> tree.children(o, "conj:and").forEach(c -> others.addAll(tree.subtree(c))));
    return tree.subtree(side).stream().filter(t -> !others.contains(t))
        .map(t -> entities.at(tree.token(t).span().start())).flatMap(Optional::stream)
        .filter(r -> r.type() == EntityType.ORGANIZATION && r.entity().kb() != null).findFirst();
  }

  /**
   * A group or country named as a modifier of the event's noun acted in it: "a Taliban attack",
   * "a NATO air strike", "a US drone strike" (through the chain "US drone strike").
   */
  private void modifierActors(FoundEvent e, Tree tree, Token trigger, Role role) {
    for (Token t : tree.sentence().tokens()) {
      if (t.index() >= trigger.index() || !modifies(tree, t.index(), trigger, Set.of("compound", "amod"))) {
        continue;
      }
      Optional<EntityIndex.Ref> ref = entities.at(t.span().start())
          .filter(r -> r.type() == EntityType.ORGANIZATION || r.type() == EntityType.LOCATION && r.entity().geo() != null
              && r.entity().geo().province() == null);
      ref.ifPresent(r -> e.add(new Participant(r.key(), role, r.span().of(analysis.text()))));
    }
  }

  /**
   * "Two were killed and four others wounded in shelling by Islamic State militants", "four people
   * were killed and several houses burned down by unknown militants", "a worker was shot dead
   * while another person was injured by Lashkar-e-Jhangvi terrorists": the by-phrase the parser
   * gave one of two toll or harm verbs, coordinated or joined by "while", names the doer of both.
   * Only harm shares it: "arrested by police, and four others were wounded" does not.
   */
  private static List<Integer> coordinatedTollAgents(Tree tree, int verb) {
    if (!HARM_VERBS.contains(tree.token(verb).lemma().toLowerCase(Locale.ROOT))) {
      return List.of();
    }
    List<Integer> partners = coordinated(tree, verb);
    partners.addAll(tree.children(verb, "advcl:while"));
    tree.head(verb).filter(d -> d.relation().equals("advcl:while") && d.governor() >= 0)
        .ifPresent(d -> partners.add(d.governor()));
    // the parser may read an auxiliary-less passive as active with a by-phrase ("houses burned down by militants")
    return partners.stream().filter(p -> HARM_VERBS.contains(tree.token(p).lemma().toLowerCase(Locale.ROOT)))
        .flatMap(p -> java.util.stream.Stream.concat(tree.children(p, "obl:agent").stream(),
            tree.children(p, "obj").isEmpty() ? tree.children(p, "obl:by").stream() : java.util.stream.Stream.of()))
        .toList();
  }

  /**
   * "a bomb planted by Boko Haram militants", "an attack carried out by gunmen", "an operation
   * by the NDS", "an attack from the Taliban": the agent of a participle that modifies the event's noun, or of the noun itself;
   * also of a participle set off by commas right after the noun that the parser hung elsewhere
   * ("a bomb, planted by Islamic State, exploded").
   */
  private void agentsOfParticiples(FoundEvent e, Tree tree, Token trigger, Role role) {
    List<Integer> holders = new ArrayList<>(List.of(trigger.index()));
    // "a rocket fired by Taliban militants": the parser may call the participle after the noun amod
    tree.children(trigger.index()).stream().filter(d -> d.base().equals("acl") || d.base().equals("amod")
            && d.dependent() > trigger.index() && tree.token(d.dependent()).pos().equals("VBN"))
        .map(Dependency::dependent).forEach(holders::add);
    setOffParticiple(tree, trigger).ifPresent(holders::add);
    byRightAfter(tree, trigger).ifPresent(a -> participant(e, tree, a, role));
    for (int h : holders) {
      for (Dependency d : tree.children(h)) {
        // "an attack carried out by Islamic State militants": the by-phrase of a participle
        // modifying the event's noun names who did it, however the parser labels it
        // a gerund told as a noun ("Shelling by the so-called Islamic State killed 31") is one too
        boolean nounLike = !trigger.pos().startsWith("VB") || gerundAsNoun(tree, trigger);
        boolean agent = d.relation().equals("obl:agent") || d.relation().equals("nmod:agent")
            || h == trigger.index() && nounLike
                && (d.relation().equals("nmod:by") || d.relation().equals("nmod:from") || d.relation().equals("obl:by"))
            || h != trigger.index() && d.relation().equals("obl:by");
        if (agent && h != trigger.index() || agent && nounLike) {
          participant(e, tree, d.dependent(), role);
        }
      }
    }
  }

  /** A gerund that stands where a noun would, as a subject or object: "Shelling by … killed 31". */
  private static boolean gerundAsNoun(Tree tree, Token t) {
    return t.pos().equals("VBG") && tree.children(t.index(), "aux").isEmpty()
        && tree.head(t.index()).filter(d -> Set.of("nsubj", "nsubj:pass", "obj").contains(d.relation())).isPresent();
  }

  /**
   * "Three soldiers were killed when Islamic State militants hit their tank", "two died after
   * gunmen opened fire": who acted in the clause that tells when a harm was undergone did the
   * harm. Only the active subject of that clause, and only someone who acts ("were killed when
   * their car hit a mine" names no doer: {@link #participant} keeps actors only).
   */
  private static List<Integer> whenClauseDoers(Tree tree, Token trigger) {
    String lemma = trigger.lemma().toLowerCase(Locale.ROOT);
    boolean undergone = trigger.pos().equals("VBN") && TOLL_VERBS.contains(lemma)
        && tree.children(trigger.index()).stream().anyMatch(d -> d.relation().equals("aux:pass"))
        || trigger.pos().startsWith("VB") && lemma.equals("die");
    if (!undergone) {
      return List.of();
    }
    return tree.children(trigger.index(), "advcl").stream()
        .filter(c -> tree.token(c).pos().startsWith("VB")
            && tree.children(c).stream().noneMatch(d -> d.relation().equals("aux:pass"))
            && tree.children(c).stream().anyMatch(d -> (d.base().equals("advmod") || d.base().equals("mark"))
                && WHEN.contains(tree.token(d.dependent()).text().toLowerCase(Locale.ROOT))))
        .flatMap(c -> tree.children(c, "nsubj").stream())
        .toList();
  }

  /**
   * "lost their lives in an ambush by Boko Haram fighters": a by-phrase that follows the event's
   * noun word for word, which the parser hung on the verb instead of the noun.
   */
  private static Optional<Integer> byRightAfter(Tree tree, Token trigger) {
    if (trigger.pos().startsWith("VB")) {
      return Optional.empty();
    }
    return tree.head(trigger.index()).filter(d -> d.governor() >= 0).stream()
        .flatMap(d -> tree.children(d.governor()).stream())
        .filter(d -> d.relation().equals("obl:by") || d.relation().equals("obl:agent"))
        .map(Dependency::dependent)
        .filter(a -> tree.children(a, "case").stream().anyMatch(c -> c == trigger.index() + 1))
        .findFirst();
  }

  /** The subjectless participle that follows a noun trigger after a comma: "a bomb, planted by …". */
  private static Optional<Integer> setOffParticiple(Tree tree, Token trigger) {
    int comma = trigger.index() + 1;
    int next = trigger.index() + 2;
    if (trigger.pos().startsWith("VB") || !tree.sentence().contains(next) || !tree.token(comma).text().equals(",")) {
      return Optional.empty();
    }
    Token p = tree.token(next);
    boolean subjectless = tree.children(next, "nsubj").isEmpty() && tree.children(next, "nsubj:pass").isEmpty();
    return p.pos().equals("VBN") && subjectless ? Optional.of(next) : Optional.empty();
  }

  /**
   * Whom an operation went after: "in search of a Haqqani leader", "while searching for a Taliban
   * facilitator", "in pursuit of militants", "targeted a Haqqani facilitator and detained …". The
   * seeking word must belong to this event's word: under it with no other event word between
   * (the "while …" clause of "detained"), or coordinated with it. The one sought is the event's
   * target, named or not.
   */
  private void soughtTargets(FoundEvent e, Tree tree, Token trigger) {
    if (e.type() == EventType.PLOT) {
      return;
    }
    for (Token w : tree.sentence().tokens()) {
      if (w.index() != trigger.index() && seeks(tree, w, trigger)) {
        soughtBy(tree, w).stream().filter(c -> someone(tree, c)).forEach(c -> participant(e, tree, c, Role.TARGET));
      }
    }
  }

  /** A word of seeking someone, so that its sentence is parsed: an operation's quarry may be told there. */
  static boolean mayTellSought(Token w) {
    return SEEKING.contains(w.lemma().toLowerCase(Locale.ROOT));
  }

  /** Whom seeking word {@code w} goes after: "search of X", "a search for X", "searching for X", "targeted X". */
  private static List<Integer> soughtBy(Tree tree, Token w) {
    String lemma = w.lemma().toLowerCase(Locale.ROOT);
    if (SEEKING_NOUNS.contains(lemma) && w.pos().startsWith("NN")) {
      // "in search of a leader", "a security search for a leader"
      List<Integer> sought = tree.children(w.index(), "nmod").stream()
          .filter(c -> Set.of("of", "for").contains(caseMarker(tree, c))).toList();
      return sought.isEmpty() ? forRightAfter(tree, w) : sought;
    } else if (SEEKING_FOR.contains(lemma) && w.pos().startsWith("VB")) {
      return tree.children(w.index(), "obl").stream().filter(c -> caseMarker(tree, c).equals("for")).toList();
    } else if (SEEKING_OBJECT.contains(lemma) && w.pos().startsWith("VB")) {
      return tree.children(w.index(), "obj");
    }
    return List.of();
  }

  /**
   * "conducted a search operation for a Taliban leader", the for-phrase hung on the verb: the
   * phrase whose "for" follows the seeking noun, or the noun it modifies, word for word.
   */
  private static List<Integer> forRightAfter(Tree tree, Token w) {
    int head = tree.head(w.index()).filter(d -> d.base().equals("compound") && d.governor() > w.index())
        .map(Dependency::governor).orElse(w.index());
    int next = head + 1;
    if (!tree.sentence().contains(next) || !tree.token(next).text().equalsIgnoreCase("for")) {
      return List.of();
    }
    return tree.sentence().dependencies().stream()
        .filter(d -> d.base().equals("case") && d.dependent() == next && d.governor() >= 0)
        .map(Dependency::governor).toList();
  }

  /**
   * Whom an operation told in {@code s} went after, when the sentence tells an operation ("conducted
   * an operation in search of a Taliban leader"); empty for an operation that sought no one told,
   * and for a sentence with no operation (operations in the bare plural are a habit, not one).
   */
  Optional<List<Integer>> soughtInOperation(Sentence s) {
    Tree tree = new Tree(s);
    // "The leader directs insurgent operations": a bare plural tells a habit, no operation
    boolean operation = s.tokens().stream().anyMatch(t -> t.pos().startsWith("NN")
        && OPERATIONS.contains(t.lemma().toLowerCase(Locale.ROOT)) && !NonEvents.barePlural(tree, t));
    if (!operation) {
      return Optional.empty();
    }
    return Optional.of(s.tokens().stream().flatMap(w -> soughtBy(tree, w).stream()).toList());
  }

  /**
   * Whether {@code s} refers back to an operation told before: "during the operation", "in the
   * raid", "the security force …".
   */
  static boolean refersToOperation(Sentence s) {
    Tree tree = new Tree(s);
    // "the operation", "the raid"; or the force that conducted it named again ("The security
    // force detained …", "the security force member"; "the force of the blast" is no such force)
    return s.tokens().stream().anyMatch(t -> t.pos().startsWith("NN")
        && (OPERATIONS.contains(t.lemma().toLowerCase(Locale.ROOT))
            || t.lemma().equalsIgnoreCase("force") && tree.children(t.index(), "nmod:of").isEmpty())
        && (pointsBack(tree, t.index()) || tree.head(t.index()).filter(d -> d.base().equals("compound") && d.governor() >= 0)
            .map(d -> pointsBack(tree, d.governor())).orElse(false)));
  }

  /** Whether a noun has "the", "this" or "that": what it names was told before ("the operation", "the force"). */
  static boolean pointsBack(Tree tree, int noun) {
    return tree.hasDeterminer(noun, BACK_POINTING);
  }

  /** The ones {@link #soughtInOperation} found in {@code s} become the event's targets. */
  void sought(FoundEvent e, Sentence s, List<Integer> heads) {
    Tree tree = new Tree(s);
    heads.stream().filter(h -> someone(tree, h)).forEach(h -> participant(e, tree, h, Role.TARGET));
  }

  /**
   * Whether a phrase an operation went after names someone: a person, a group, one who acts or
   * holds a role ("a Taliban leader", "insurgents"), not what was searched for ("weapons").
   */
  private boolean someone(Tree tree, int head) {
    return actsItself(tree, head) || ROLES.contains(tree.token(head).lemma().toLowerCase(Locale.ROOT))
        || entities.within(phrase(tree, head)).stream().anyMatch(r -> !EventRules.isPlace(r.type()));
  }

  /**
   * The noun a passive participle describes is what it did to: "resulting in one Taliban
   * facilitator killed", "two suspected insurgents detained".
   */
  private void describedPatient(FoundEvent e, Tree tree, Token trigger) {
    boolean participle = trigger.pos().equals("VBN") || trigger.pos().equals("VBD");
    boolean bare = tree.children(trigger.index(), "obj").isEmpty() && tree.children(trigger.index(), "nsubj").isEmpty()
        && tree.children(trigger.index(), "nsubj:pass").isEmpty();
    Optional<Dependency> head = tree.head(trigger.index()).filter(d -> d.governor() >= 0);
    if (!participle || !bare || head.isEmpty()) {
      return;
    }
    Dependency d = head.get();
    if ((d.base().equals("acl") || d.base().equals("amod")) && tree.token(d.governor()).pos().startsWith("NN")) {
      participant(e, tree, d.governor(), EventRules.objectRole(e.type()));
    } else if (d.base().equals("dep") && tree.sentence().contains(trigger.index() - 1)
        && tree.token(trigger.index() - 1).pos().startsWith("NN") && !caseMarker(tree, trigger.index() - 1).equals("by")) {
      // the parser may leave "… one Taliban facilitator killed" as a loose dependent: the noun before it
      // (not "a bomb planted by Islamic State exploded": who planted it is no one it was done to)
      participant(e, tree, trigger.index() - 1, EventRules.objectRole(e.type()));
    }
  }

  /** True when seeking word {@code w} belongs to the trigger: under it, no other trigger between, or its conjunct. */
  private boolean seeks(Tree tree, Token w, Token trigger) {
    boolean conjunct = tree.head(trigger.index())
        .filter(d -> d.base().equals("conj") && d.governor() == w.index()).isPresent();
    if (conjunct) {
      return true;
    }
    // "detained four men, and police targeted smugglers": a clause with a subject of its own seeks for itself
    boolean ownSubject = !tree.children(w.index(), "nsubj").isEmpty();
    for (Dependency d : tree.ancestors(w.index(), 4)) {
      if (d.governor() == trigger.index()) {
        return !(ownSubject && d.dependent() == w.index() && d.base().equals("conj"));
      }
      if (isTrigger.test(tree.token(d.governor()))) {
        break;
      }
    }
    // "forces targeted a Taliban leader, detaining four suspected insurgents": the seeking verb governs
    // the event word's clause, one with no subject of its own ("searched for survivors after militants
    // attacked" is not the attack's quarry)
    boolean subjectless = tree.children(trigger.index()).stream()
        .noneMatch(d -> d.base().equals("nsubj") && !d.relation().equals("nsubj:xsubj"));
    // "targeted a senior Taliban leader, killing one insurgent": the participle after the comma is
    // parsed as the leader's modifier, but tells what the targeting verb's subject did
    boolean afterComma = trigger.pos().equals("VBG") && tree.sentence().contains(trigger.index() - 1)
        && tree.token(trigger.index() - 1).text().equals(",");
    for (Dependency d : subjectless ? tree.ancestors(trigger.index(), 2) : List.<Dependency>of()) {
      if (d.governor() == w.index() && w.pos().startsWith("VB") && CLAUSES.contains(d.base())) {
        return true;
      }
      if (afterComma && d.base().equals("acl") && tree.children(w.index(), "obj").contains(d.governor())) {
        return true;
      }
      if (d.governor() < 0 || isTrigger.test(tree.token(d.governor()))) {
        return false;
      }
    }
    return false;
  }

  /**
   * "accused the Taliban of the killing", "blamed ISIS for the attack", "blamed the attack on
   * ISIS": the one accused is the event's perpetrator.
   */
  private void accused(FoundEvent e, Tree tree, Token trigger) {
    Optional<Dependency> head = tree.head(trigger.index());
    if (head.isEmpty() || head.get().governor() < 0) {
      return;
    }
    int verb = head.get().governor();
    String lemma = tree.token(verb).lemma().toLowerCase(Locale.ROOT);
    if (!Set.of("accuse", "blame", "charge", "suspect", "hold").contains(lemma)) {
      return;
    }
    String rel = head.get().relation();
    if (rel.endsWith(":of") || rel.endsWith(":for") || rel.endsWith(":over")) {
      tree.children(verb, "obj").forEach(o -> participant(e, tree, o, Role.PERPETRATOR));
    } else if (rel.equals("obj")) {
      tree.children(verb, "obl").stream().filter(o -> caseMarker(tree, o).equals("on"))
          .forEach(o -> participant(e, tree, o, Role.PERPETRATOR));
    }
  }

  /** The verb's subjects, else those of the verb it is coordinated with or controlled by. */
  private List<Integer> subjects(Tree tree, int verb) {
    Optional<Integer> reporter = tree.head(verb).filter(d -> d.base().equals("conj") && d.governor() >= 0)
        .map(Dependency::governor).filter(g -> REPORTING.contains(tree.token(g).lemma().toLowerCase(Locale.ROOT)));
    // "the military said the group killed five soldiers and wounded nine others", the second verb
    // parsed as the speaker's: its doer is the subject of the deed reported, not the speaker ("he
    // said so and left" keeps him, there being no deed reported)
    List<Integer> reported = reporter.stream().flatMap(r -> tree.children(r, "ccomp").stream())
        .filter(c -> tree.token(c).pos().startsWith("VB")).flatMap(c -> tree.children(c, "nsubj").stream()).toList();
    if (!reported.isEmpty()) {
      return reported;
    }
    List<Integer> own = tree.children(verb, "nsubj").stream().map(s -> apposedToPlace(tree, s)).toList();
    if (!own.isEmpty()) {
      return own;
    }
    for (Dependency d : tree.ancestors(verb, 3)) {
      // "Boko Haram pillaged three villages, killing 28 people": a subjectless participle clause
      // is done by the subject of the clause it hangs from
      // (or, left unlabelled by the parser, after a comma: ", killing 28 people")
      int at = d.dependent();
      boolean afterComma = tree.sentence().contains(at - 1) && tree.token(at - 1).text().equals(",");
      boolean participleClause = tree.token(at).pos().equals("VBG")
          && (d.base().equals("advcl") || d.base().equals("dep") && afterComma)
          // "militants dressed in Iraqi uniforms attacked a village": the parser took the participle
          // describing the subject for the verb, and left the deed its loose dependent
          || d.base().equals("dep") && tree.token(at).pos().equals("VBD") && tree.token(d.governor()).pos().equals("VBN");
      if (!d.base().equals("conj") && !d.base().equals("xcomp") && !participleClause) {
        // "Taliban militants overran checkpoints in Warduj, killing 17 policemen": the participle
        // hung on the object of the verb before it tells what that verb's subject did, unless
        // the object itself is one who acts ("troops surrounded militants firing at them"); a
        // seeking verb's quarry is read by soughtTargets ("targeted a Taliban leader, killing …")
        int object = d.governor();
        Optional<Integer> clause = tree.head(object)
            .filter(h -> h.base().equals("obj") && h.governor() >= 0 && tree.token(h.governor()).pos().startsWith("VB"))
            .map(Dependency::governor)
            .filter(v -> !SEEKING_OBJECT.contains(tree.token(v).lemma().toLowerCase(Locale.ROOT))
                && !SEEKING_FOR.contains(tree.token(v).lemma().toLowerCase(Locale.ROOT)));
        boolean onObject = tree.token(at).pos().equals("VBG") && (d.base().equals("acl") || d.base().equals("dep"))
            && clause.isPresent() && !actsItself(tree, object);
        return onObject ? tree.children(clause.get(), "nsubj") : List.of();
      }
      List<Integer> theirs = tree.children(d.governor(), "nsubj");
      if (!theirs.isEmpty()) {
        return theirs;
      }
    }
    return List.of();
  }

  /** Whether the noun names one who acts: a group, a person, or an actor noun ("militants"). */
  private boolean actsItself(Tree tree, int noun) {
    Token t = tree.token(noun);
    return entities.at(t.span().start()).map(r -> !EventRules.isPlace(r.type())).orElse(false)
        || ACTORS.contains(t.lemma().toLowerCase(Locale.ROOT));
  }

  /**
   * "In Ghorak district, Kandahar province, a security force detained …" is parsed with the
   * province as subject and the force in apposition to it: a place's apposition is the subject.
   */
  private int apposedToPlace(Tree tree, int subject) {
    Token x = tree.token(subject);
    boolean place = PLACE_NOUNS.contains(x.lemma().toLowerCase(Locale.ROOT))
        || entities.at(x.span().start()).map(r -> EventRules.isPlace(r.type())).orElse(false);
    List<Integer> apposed = tree.children(subject, "appos");
    return place && apposed.size() == 1 && !PLACE_NOUNS.contains(tree.token(apposed.getFirst()).lemma().toLowerCase(Locale.ROOT))
        ? apposed.getFirst() : subject;
  }

  private void participant(FoundEvent e, Tree tree, int head, @Nullable Role role) {
    if (role == null) {
      return;
    }
    Token h = tree.token(head);
    Span phrase = phrase(tree, head);
    boolean place = EventRules.isPlace(entities.at(h.span().start()).map(EntityIndex.Ref::type).orElse(EntityType.PERSON));
    boolean actorInside = entities.within(phrase).stream().anyMatch(r -> !EventRules.isPlace(r.type()));
    if (e.triggers().contains(head) || place && !actorInside) {
      return; // places are handled as places, and they do not act ("KABUL -- the NDS …" is the NDS)
    }
    if (Set.of("DATE", "TIME", "DURATION", "SET").contains(h.ner())) {
      return; // "the second attack of the day": a time, not whom it was aimed at
    }
    if (PRONOUNS.contains(h.text().toLowerCase(Locale.ROOT))) {
      // Only acting pronouns are resolved: in "he … killed him" the nearest name is the killer's.
      boolean acting = role == Role.PERPETRATOR || role == Role.AGENT;
      Optional<EntityIndex.Ref> antecedent = acting ? antecedent(tree, h) : Optional.empty();
      e.add(new Participant(antecedent.map(EntityIndex.Ref::key).orElse(null), role, h.text()));
      return;
    }
    String text = phrase.of(analysis.text());
    if (text.length() > 100) {
      text = h.text();
    }
    boolean acting = role == Role.PERPETRATOR || role == Role.AGENT;
    // An acted-on participant is the entity only when it heads the phrase: in "a TTP commander"
    // the victim is the commander, not the TTP.
    Optional<EntityIndex.Ref> named = entities.within(phrase).stream()
        .filter(r -> !EventRules.isPlace(r.type()) || role == Role.TARGET)
        .filter(r -> acting || r.span().contains(h.span()))
        .findFirst();
    if (named.isEmpty() && acting) {
      named = memberOf(tree, head); // "Militants belonging to Boko Haram"
    }
    Optional<EntityIndex.Ref> found = named;
    if (named.isEmpty() && acting && !ACTORS.contains(h.lemma().toLowerCase(Locale.ROOT))) {
      return; // an unnamed actor must be named as people or a group ("gunmen"), not "tactics"
    }
    if (acting && named.isPresent() && e.participants().stream()
        .anyMatch(p -> p.role() == Role.VICTIM && found.get().key().equals(p.entity()))) {
      return; // one cannot be both the victim and the perpetrator
    }
    e.add(new Participant(named.map(EntityIndex.Ref::key).orElse(null), role, text));
    conjuncts(tree, head).forEach(c -> participant(e, tree, c, role));
  }

  /**
   * The phrase {@code head} heads, without the preposition opening it ("a Taliban leader", not "of
   * a Taliban leader"), a coordinator before it, or the phrases the parser hung on its end that
   * tell where, when or by what the deed was done ("a Haqqani network leader in Gomal district",
   * "a group of insurgents with a precision airstrike", "… during two separate operations"). What
   * names the participant stays: "the governor of Uruzgan province", "a man with explosives".
   */
  private Span phrase(Tree tree, int head) {
    TreeSet<Integer> kept = new TreeSet<>(tree.subtree(head));
    for (int c : conjuncts(tree, head)) {
      List<Integer> own = tree.subtree(c);
      if (!own.contains(head)) { // an enhanced graph may loop back
        kept.removeAll(own); // each is a participant of its own
      }
    }
    for (int c : tree.children(head, "cc")) {
      kept.remove(c);
    }
    boolean trimmed = true;
    while (trimmed) {
      trimmed = false;
      for (int n : kept.descendingSet()) {
        if (n <= head) {
          break;
        }
        List<Integer> under = tree.subtree(n);
        boolean trailing = under.contains(kept.last()) && !under.contains(head) && Collections.min(under) > head;
        if (trailing && circumstance(tree, n)) {
          kept.removeAll(under);
          trimmed = true;
          break;
        }
      }
    }
    while (kept.first() < head
        && Set.of("cc", "punct").contains(tree.head(kept.first()).map(Dependency::base).orElse(""))) {
      kept.pollFirst(); // "and several suspected insurgents"
    }
    for (int c : tree.children(head, "case")) {
      if (c == kept.first() && c + 1 <= head) {
        kept.pollFirst();
      }
    }
    return new Span(tree.token(kept.first()).span().start(), tree.token(kept.last()).span().end());
  }

  /** Nouns coordinated with {@code head}'s noun: "a man … and the governor of Uruzgan province". */
  private static List<Integer> conjuncts(Tree tree, int head) {
    return tree.token(head).pos().startsWith("NN") || tree.token(head).pos().startsWith("PRP")
        ? tree.children(head, "conj").stream().filter(c -> c > head && tree.token(c).pos().startsWith("NN")).toList()
        : List.of();
  }

  /**
   * A prepositional phrase that tells the deed's circumstance, not who the participant is: a
   * place ("in Gomal district"), a time ("on Monday"), or an event or operation ("during a security
   * operation", "with a precision airstrike").
   */
  private boolean circumstance(Tree tree, int n) {
    Optional<Dependency> rel = tree.head(n);
    if (rel.isEmpty() || !Set.of("nmod", "obl").contains(rel.get().base()) || rel.get().relation().endsWith(":of")
        || rel.get().relation().endsWith(":poss")) {
      return false;
    }
    Token t = tree.token(n);
    if (rel.get().relation().endsWith(":with")) {
      return isTrigger.test(t) && !NonEvents.weapon(t); // an act done with, not a weapon held ("a man with explosives")
    }
    String lemma = t.lemma().toLowerCase(Locale.ROOT);
    return isTrigger.test(t) || REFERRING.contains(lemma) || PLACE_NOUNS.contains(lemma)
        || t.ner().equals("DATE") || t.ner().equals("TIME")
        || entities.at(t.span().start()).map(r -> EventRules.isPlace(r.type())).orElse(false);
  }

  /** A group named in a clause that modifies an actor's head: "militants belonging to Boko Haram". */
  private Optional<EntityIndex.Ref> memberOf(Tree tree, int head) {
    return tree.subtree(head, true).stream().map(i -> entities.at(tree.token(i).span().start()))
        .flatMap(Optional::stream).filter(r -> r.type() == EntityType.ORGANIZATION).findFirst();
  }

  /**
   * The nearest person or group named before a pronoun, in its sentence or the one before; for
   * "they", none when that is an organisation of no armed group and people the text names by a
   * plural noun come between as a subject ("Voice of America … a few dozen militants came … and
   * told his father that they had been ordered …": they are the militants).
   */
  private Optional<EntityIndex.Ref> antecedent(Tree tree, Token pronoun) {
    boolean plural = Set.of("they", "them").contains(pronoun.text().toLowerCase(Locale.ROOT));
    List<EntityType> types = plural || pronoun.text().equalsIgnoreCase("it")
        ? List.of(EntityType.ORGANIZATION) : List.of(EntityType.PERSON);
    int floor = analysis.sentences().stream().filter(s -> s.span().end() <= pronoun.span().start())
        .map(s -> s.span().start()).reduce((a, b) -> b).orElse(0);
    int sentenceBefore = analysis.sentences().stream().filter(s -> s.span().end() <= floor)
        .map(s -> s.span().start()).reduce((a, b) -> b).orElse(0);
    Optional<EntityIndex.Ref> named = entities.before(pronoun.span().start(), types).filter(r -> r.span().start() >= sentenceBefore);
    // an armed group the knowledge base knows may be those people ("a Taliban leader … several
    // insurgents … they"); another organisation is not ("Voice of America … militants … they")
    return named.filter(r -> !plural || r.entity().kb() != null || !pluralSubjectBetween(tree, r.span().end(), pronoun));
  }

  /**
   * Whether a plural common noun whose phrase names no one is a subject between {@code from} and
   * the pronoun, in the pronoun's sentence ({@code tree}).
   */
  private boolean pluralSubjectBetween(Tree tree, int from, Token pronoun) {
    // "20 Taliban militants were killed when they launched …": the militants are the Taliban's
    return tree.sentence().tokens().stream().anyMatch(t -> t.span().start() >= from && t.span().end() <= pronoun.span().start()
        && t.pos().equals("NNS") && entities.within(tree.span(t.index())).isEmpty()
        && tree.head(t.index()).filter(d -> d.base().equals("nsubj")).isPresent());
  }
}
