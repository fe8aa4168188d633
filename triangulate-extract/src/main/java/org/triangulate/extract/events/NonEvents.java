package org.triangulate.extract.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.triangulate.extract.LexiconFile;
import org.triangulate.extract.entities.EntityIndex;
import org.triangulate.extract.nlp.Dependency;
import org.triangulate.extract.nlp.Token;
import org.triangulate.extract.nlp.Tree;
import org.triangulate.model.EntityType;
import org.triangulate.model.Role;

/**
 * What looks like an event word and tells no incident: weapons found, held or moved ({@code
 * inventory.txt}), weapons named but never used ({@code weapons.txt}), plural patterns of conduct
 * with nothing that anchors them, quantified plurals; and the one misparse where an event word is
 * taken for an adjective.
 *
 * <p>Stateless; each check is linear in the tokens of one sentence.
 */
final class NonEvents {
  private static final Set<String> INVENTORY_VERBS = LexiconFile.entries(NonEvents.class, "inventory.txt", "verb ");
  private static final Set<String> INVENTORY_NOUNS = LexiconFile.entries(NonEvents.class, "inventory.txt", "noun ");

  private static final Set<String> WEAPONS = lowered("weapon ");
  private static final Set<String> USE = lowered("use ");
  private static final Set<String> HARM = lowered("harm ");
  private static final Set<String> STILL = lowered("still ");
  private static final Set<String> AGENTS = lowered("agent ");

  private static final Set<String> INTENT = Set.of("wait", "threaten", "vow", "warn", "promise", "pledge", "want",
      "seek", "aim", "hope", "ready", "threat", "determined", "eager");
  /** Spans of time deeds are tallied over: "in recent months", "over the past two years". */
  private static final Set<String> PERIODS = Set.of("week", "month", "year", "decade");
  /** Words that make a period a span reaching to now: "recent months", "the past two years". */
  private static final Set<String> SPAN_OPENERS = Set.of("recent", "past", "last", "several", "few", "many");
  /** Verbs whose object is a deed not yet done: "threatening attacks", "vowed more bombings". */
  private static final Set<String> THREAT = Set.of("threaten", "vow", "promise", "pledge", "warn");
  /** Verbs of trying: what they govern is the conduct of a deed, or a plot when nothing was done. */
  private static final Set<String> TRYING = Set.of("try", "attempt");
  private static final Set<String> PLACE_NOUNS = Set.of("city", "town", "village", "district", "centre", "center",
      "area", "territory", "province", "region", "base", "checkpoint", "post", "outpost", "headquarters", "airport",
      "part", "swath", "swathe", "stretch",
      "building", "bridge", "road", "highway", "hill", "valley", "port", "oilfield", "field");

  /** Nouns that gather incidents into one: "a wave of bombings", "a series of attacks". */
  private static final Set<String> GATHERING = Set.of("wave", "series", "spate", "string", "rash", "spree");
  /** Verbs that make more of what they govern: "has stepped up suicide bombings", "intensified their attacks". */
  private static final Set<String> MORE_OF = Set.of("intensify", "escalate", "increase", "step", "ramp", "multiply");

  private NonEvents() {}

  private static Set<String> lowered(String kind) {
    return LexiconFile.entries(NonEvents.class, "weapons.txt", kind).stream()
        .map(w -> w.toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.toUnmodifiableSet());
  }

  /** A word for a weapon ({@code weapons.txt}: "rocket", "grenade"), not for an act done with one ("airstrike"). */
  static boolean weapon(Token t) {
    return WEAPONS.contains(t.lemma().toLowerCase(Locale.ROOT)) || WEAPONS.contains(t.text().toLowerCase(Locale.ROOT));
  }

  /**
   * A weapon word the text does not have act or be used ({@code weapons.txt}): "the cache
   * contained several rocket-propelled grenades", "a roadside bomb facilitator", "grenades and
   * chest racks were found along with an IED blasting cap". A weapon tells an incident as the
   * subject of a verb ("a roadside bomb exploded") or of a passive of use or harm ("rockets were
   * fired"), the object of any verb but one of holding or finding ("fired rockets", "hit a mine";
   * "the cache contained grenades" is none), what harm was done by or in ("killed by a landmine",
   * "ran over a mine"), or the head of a headline with no verb. Words in a list are judged by the
   * list's head; a relation the parser could not name, and a definite weapon ("the bomb", which
   * refers back to an incident told), are left to the other checks.
   */
  static boolean idleWeapon(Tree tree, Token t, Predicate<Token> trigger) {
    String word = t.lemma().toLowerCase(Locale.ROOT);
    if (!t.pos().startsWith("NN") || !weapon(t) && !AGENTS.contains(word) && !PhrasalTriggers.explosiveDevice(tree, t)) {
      return false;
    }
    boolean definite = EventArguments.pointsBack(tree, t.index());
    boolean held = tree.head(t.index()).filter(d -> d.base().equals("obj") && d.governor() >= 0)
        .map(d -> tree.token(d.governor()).lemma().toLowerCase(Locale.ROOT))
        .filter(v -> INVENTORY_VERBS.contains(v) || STILL.contains(v)).isPresent();
    if (held) {
      return true; // "the car carrying the explosives": held, definite or not
    }
    if (definite) {
      return false; // "the bomber's car": the incident already told, which the mention refers back to
    }
    boolean setOff = tree.children(t.index()).stream().anyMatch(d -> d.base().equals("amod")
        && USE.contains(tree.token(d.dependent()).lemma().toLowerCase(Locale.ROOT))
        && tree.token(d.dependent()).pos().startsWith("VB"));
    if (setOff) {
      return false; // "the vehicle … hit a roadside bomb", parsed with "hit" as the bomb's adjective
    }
    int at = t.index();
    Optional<Dependency> head = tree.head(at);
    if (tree.sentence().contains(at - 1) && tree.token(at - 1).text().equals("(") && head.isPresent()
        && head.get().governor() >= 0) {
      // "an improvised explosive device (IED) blasting cap" is a gloss: judged as the words it glosses
      at = head.get().governor();
      head = tree.head(at);
    }
    for (int hops = 0; head.isPresent() && head.get().base().equals("conj") && hops < 6; hops++) {
      at = head.get().governor();
      head = tree.head(at);
    }
    if (head.isEmpty() || head.get().governor() < 0) {
      int root = at; // a headline with no verb names its incident; "X is a bomb …" says what X is
      return tree.children(root).stream().anyMatch(d -> d.base().equals("nsubj") || d.base().equals("cop"));
    }
    Dependency d = head.get();
    Token governor = tree.token(d.governor());
    String lemma = governor.lemma().toLowerCase(Locale.ROOT);
    boolean verb = governor.pos().startsWith("VB");
    return switch (d.base()) {
      case "nsubj" -> verb ? idleSubject(word, lemma, d.relation().equals("nsubj:pass"))
          // "the bomber was a young man" says who; a subject of a noun with no copula is a
          // misparse ("a grenade was on Sunday launched")
          : tree.children(d.governor()).stream().anyMatch(c -> c.base().equals("cop"));
      case "obj" -> !verb || INVENTORY_VERBS.contains(lemma) || STILL.contains(lemma);
      case "obl", "nmod" -> !HARM.contains(lemma) && !USE.contains(lemma) && !trigger.test(governor);
      case "dep" -> false; // the parser could not tell: leave it to the other checks
      default -> true;
    };
  }

  /**
   * A weapon or agent that is the subject of {@code verb}: it acts, unless the verb holds it ("the
   * compound held grenades" read the other way round), a passive does something to it other than
   * use or harm ("grenades were found"), or an agent only waits or threatens ("bombers are waiting
   * to launch attacks").
   */
  private static boolean idleSubject(String word, String verb, boolean passive) {
    boolean agent = AGENTS.contains(word);
    return STILL.contains(verb) || passive && !agent && !USE.contains(verb) && !HARM.contains(verb)
        || agent && INTENT.contains(verb);
  }

  /** A plural noun with no article, number or possessive: "attacks", "IEDs". */
  static boolean barePlural(Tree tree, Token t) {
    return t.pos().equals("NNS") && tree.children(t.index()).stream().noneMatch(d -> d.base().equals("det")
        || d.base().equals("nummod") || d.relation().equals("nmod:poss"));
  }

  /**
   * A plural that acts in the past simple or is set off: "suicide bombers on motorcycles detonated
   * themselves", "militants launched mortars": an episode told, not a pattern of conduct
   * ("organized attacks against Afghan forces" is one).
   */
  static boolean episode(Tree tree, Token t) {
    return tree.head(t.index()).filter(d -> d.governor() >= 0).map(d -> {
      Token governor = tree.token(d.governor());
      boolean past = governor.pos().equals("VBD") || governor.pos().equals("VBN");
      return past && (d.relation().equals("nsubj")
          || d.base().equals("obj") && USE.contains(governor.lemma().toLowerCase(Locale.ROOT)));
    }).orElse(false);
  }

  /**
   * A word inside a relative clause that describes someone: "a Taliban leader who led roadside
   * bomb and direct fire attacks". What the clause tells is the person's record, dated only by
   * what the clause itself says ("who attacked a checkpoint on Monday"), not by a day set off
   * after it that the parser hung there ("…, in Paktika province, Saturday").
   */
  static boolean describes(Tree tree, Token t) {
    return tree.ancestors(t.index(), 4).stream().filter(d -> d.relation().equals("acl:relcl"))
        .anyMatch(d -> tree.subtree(d.dependent()).stream().noneMatch(i -> tree.token(i).ner().equals("DATE")
            && tree.head(i).filter(h -> h.base().equals("appos")).isEmpty()));
  }

  /** "recent attacks", "the latest bombings": a plural the text places in time, however vaguely. */
  static boolean recent(Tree tree, Token t) {
    return tree.children(t.index()).stream().anyMatch(d -> d.base().equals("amod")
        && Set.of("recent", "latest", "previous", "past", "last").contains(tree.token(d.dependent()).lemma().toLowerCase(Locale.ROOT)));
  }

  /**
   * Deeds named as a kind, by likeness to the incident told: "attacks like these", "attacks similar
   * to these", "similar attacks", "such attacks" ("Al-Shabaab has done attacks like these"). They
   * are no incident, and whoever did them did not do this one.
   */
  static boolean comparison(Tree tree, Token t) {
    boolean likened = tree.children(t.index()).stream().anyMatch(d -> d.relation().equals("nmod:like")
        || d.base().equals("amod") && Set.of("similar", "such", "comparable").contains(tree.token(d.dependent()).lemma().toLowerCase(Locale.ROOT)));
    boolean likeObject = tree.head(t.index()).filter(d -> d.base().equals("obj") && d.governor() >= 0)
        .map(d -> tree.children(d.governor()).stream().anyMatch(c -> c.relation().equals("obl:like")))
        .orElse(false);
    return likened || likeObject;
  }

  /** Attacks a named group carried out are a campaign the text attributes, not a habit of nobody in particular. */
  static boolean byNamedGroup(FoundEvent e, EntityIndex entities) {
    return e.participants().stream().filter(p -> p.role() == Role.PERPETRATOR && p.entity() != null)
        .anyMatch(p -> entities.find(p.entity()).filter(x -> x.type() == EntityType.ORGANIZATION).isPresent());
  }

  /**
   * "a combined Afghan and coalition security force detained multiple suspected insurgents",
   * parsed with "detained" as an adjective of "insurgents": a past participle straight after a
   * noun and before what it acts on is the clause's verb, which the parser missed; an adjective
   * follows a determiner, a number or an adverb ("the detained men", "two recently detained men").
   */
  static boolean missedVerb(Tree tree, Token t) {
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
  static boolean inventory(Tree tree, Token t) {
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

  /**
   * "eight suicide attackers also died in the assault after they tried to kill as many people as
   * possible": what the doers of a deed the sentence tells tried to do, in a clause hung on that
   * deed, is how they carried it out, not a plot of its own. "They tried to kill the minister" alone
   * stays a plot.
   */
  static boolean attemptWithinDeed(Tree tree, Token t, Predicate<Token> trigger) {
    return tree.head(t.index())
        .filter(d -> d.base().equals("xcomp") && d.governor() >= 0
            && TRYING.contains(tree.token(d.governor()).lemma().toLowerCase(Locale.ROOT)))
        .flatMap(d -> tree.head(d.governor()))
        .filter(d -> d.base().equals("advcl") && d.governor() >= 0)
        .map(d -> tree.token(d.governor()))
        .map(g -> trigger.test(g) || Casualties.DEATH_WORDS.contains(g.lemma().toLowerCase(Locale.ROOT)))
        .orElse(false);
  }

  /**
   * A deed in the infinitive under a word of waiting, threat or wish: "more bombers waiting to
   * strike", "threatened to attack polling stations", "vowed to kill"; a deed threatened as an
   * object ("threatening attacks"). (Planning words make a PLOT elsewhere.)
   */
  static boolean intended(Tree tree, Token t) {
    boolean infinitive = tree.children(t.index()).stream().anyMatch(d -> d.base().equals("mark")
        && tree.token(d.dependent()).text().equalsIgnoreCase("to"));
    if (!infinitive) {
      // "a commander who is now threatening attacks inside the United States": the deed threatened
      return t.pos().startsWith("NN") && tree.head(t.index())
          .filter(d -> d.base().equals("obj") && d.governor() >= 0 && tree.token(d.governor()).pos().startsWith("VB"))
          .map(d -> THREAT.contains(tree.token(d.governor()).lemma().toLowerCase(Locale.ROOT))).orElse(false);
    }
    return tree.head(t.index()).filter(d -> Set.of("xcomp", "advcl", "acl").contains(d.base()) && d.governor() >= 0)
        .map(d -> INTENT.contains(tree.token(d.governor()).lemma().toLowerCase(Locale.ROOT))).orElse(false);
  }

  /**
   * An arrest word whose object is a place ("captured the city of Mosul", "captured large parts of
   * Iraq", "seized the district centre"): a place taken is no person detained.
   */
  static boolean placeTaken(Tree tree, Token t, EntityIndex entities) {
    List<Integer> taken = new java.util.ArrayList<>(tree.children(t.index(), "nsubj:pass"));
    // a headline's participle takes its subject as what was taken: "Leaders Captured in Parwan, Khost"
    List<Integer> headline = t.pos().equals("VBN") ? tree.children(t.index(), "nsubj") : List.of();
    taken.addAll(headline.isEmpty() ? tree.children(t.index(), "obj") : headline);
    return !taken.isEmpty() && taken.stream().allMatch(o -> {
      Token x = tree.token(o);
      // "In Nad Ali district, Helmand province, a Taliban leader was captured" is parsed with the
      // province as subject and the leader in apposition: who was taken is the apposition
      boolean apposed = tree.children(o).stream().anyMatch(d -> d.base().equals("appos"));
      return !apposed && (PLACE_NOUNS.contains(x.lemma().toLowerCase(Locale.ROOT))
          || entities.at(x.span().start()).or(() -> entities.within(x.span()).stream().findFirst())
              .map(r -> r.type() == EntityType.LOCATION || r.type() == EntityType.FACILITY).orElse(false));
    });
  }

  /**
   * "A wave of bombings has left 70 dead", "a series of attacks", "two attacks": incidents
   * gathered by a noun of many or counted, each of which the text may tell on its own; and a deed
   * told as done in them ("blew up vehicles in two attacks"). The value is how many incidents it
   * gathers, where counted; 1 where not (a wave holds at least the one told on its own); empty
   * when the word gathers none.
   */
  static OptionalInt gathering(Tree tree, Token t) {
    // the deed, told by its verb or by its doer ("suicide bombers blew up vehicles in two attacks")
    int deed = t.pos().startsWith("VB") ? t.index() : tree.head(t.index())
        .filter(d -> d.relation().equals("nsubj") && d.governor() >= 0).map(Dependency::governor).orElse(-1);
    if (deed >= 0) {
      for (int i : tree.children(deed, "obl:in")) {
        OptionalInt within = gathering(tree, tree.token(i));
        if (within.isPresent()) {
          return within;
        }
      }
    }
    if (!t.pos().equals("NNS") && !t.pos().equals("NNPS")) {
      return OptionalInt.empty();
    }
    // counted incidents, not counted bombers or car bombs ("two suicide bombers drove their cars"),
    // nor a year ("the 14 October 2017 Mogadishu bombings")
    String word = t.lemma().toLowerCase(Locale.ROOT);
    OptionalInt counted = WEAPONS.contains(word) || AGENTS.contains(word) ? OptionalInt.empty()
        : tree.children(t.index(), "nummod").stream().filter(i -> tree.token(i).ner().equals("NUMBER"))
            .map(i -> Casualties.number(tree.token(i))).filter(n -> n != null && n > 1 && n < 100)
            .mapToInt(Integer::intValue).findFirst();
    if (counted.isPresent()) {
      return counted;
    }
    boolean head = tree.head(t.index()).filter(d -> d.governor() >= 0 && d.relation().equals("nmod:of"))
        .map(d -> GATHERING.contains(tree.token(d.governor()).lemma().toLowerCase(Locale.ROOT))).orElse(false);
    // "A wave of bombings …" is parsed with "wave of" as the plural's quantifier
    boolean quantified = tree.children(t.index()).stream().filter(d -> d.relation().startsWith("det:qmod"))
        .anyMatch(d -> GATHERING.contains(tree.token(d.dependent()).lemma().toLowerCase(Locale.ROOT))
            || tree.sentence().contains(t.index() - 2)
                && GATHERING.contains(tree.token(t.index() - 2).lemma().toLowerCase(Locale.ROOT)));
    return head || quantified ? OptionalInt.of(1) : OptionalInt.empty();
  }

  /**
   * A trend, not an incident: incidents that a verb makes more of ("al-Qaida's Iraq wing has
   * stepped up suicide bombings"), that are counted since a time ("killed in attacks since then"),
   * or spread over months or years ("fired more than 40 missiles in recent months").
   */
  static boolean trend(Tree tree, Token t) {
    Optional<Dependency> head = tree.head(t.index()).filter(d -> d.governor() >= 0);
    boolean moreOf = head.filter(d -> d.base().equals("obj"))
        .map(d -> MORE_OF.contains(tree.token(d.governor()).lemma().toLowerCase(Locale.ROOT))).orElse(false);
    List<Integer> holders = new ArrayList<>(List.of(t.index()));
    head.filter(d -> d.base().equals("obl")).map(Dependency::governor).ifPresent(holders::add);
    boolean since = t.pos().startsWith("NNS") && holders.stream().anyMatch(h -> tree.children(h).stream()
        .anyMatch(d -> d.relation().endsWith(":since")
            || d.base().equals("advmod") && tree.token(d.dependent()).text().equalsIgnoreCase("since")));
    // "fired more than 40 missiles at militants in recent months": deeds spread over a span of
    // months or years are a tally, not an incident, wherever in the clause the parser hung the span
    head.filter(d -> d.base().equals("obj")).map(Dependency::governor).ifPresent(holders::add);
    boolean spread = t.pos().startsWith("NNS") && holders.stream().flatMap(h -> tree.subtree(h).stream()).distinct()
        .anyMatch(h -> tree.children(h).stream()
        .anyMatch(d -> Set.of("obl", "nmod").contains(d.base()) && tree.token(d.dependent()).pos().equals("NNS")
            && PERIODS.contains(tree.token(d.dependent()).lemma().toLowerCase(Locale.ROOT))
            && Set.of("in", "over", "during", "throughout").contains(caseOf(tree, d.dependent()))
            && tree.children(d.dependent()).stream().anyMatch(m -> m.base().equals("nummod")
                || SPAN_OPENERS.contains(tree.token(m.dependent()).lemma().toLowerCase(Locale.ROOT)))));
    return moreOf || since || spread;
  }

  /**
   * "dozens of such killings", "many attacks", "repeated attacks": a pattern, not an event; so is a
   * singular one of a kind ("any such attack on civilians is despicable", "any attack").
   */
  static boolean quantifiedPlural(Tree tree, Token t) {
    if (t.pos().equals("NN")) {
      return tree.children(t.index()).stream().anyMatch(d -> (d.base().equals("det") || d.base().equals("amod"))
          && Set.of("any", "such").contains(tree.token(d.dependent()).text().toLowerCase(Locale.ROOT)));
    }
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

  private static String caseOf(Tree tree, int noun) {
    return tree.children(noun, "case").stream().map(c -> tree.token(c).text().toLowerCase(Locale.ROOT)).findFirst().orElse("");
  }
}
