package org.triangulate.extract.claims;

import static org.triangulate.extract.claims.ClaimRules.negated;
import static org.triangulate.extract.claims.ClaimRules.lower;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.triangulate.extract.claims.ClaimRules.Draft;
import org.triangulate.extract.entities.EntityIndex;
import org.triangulate.extract.events.FoundEvent;
import org.triangulate.extract.nlp.Dependency;
import org.triangulate.extract.nlp.Sentence;
import org.triangulate.extract.nlp.Token;
import org.triangulate.extract.nlp.Tree;
import org.triangulate.model.Document;
import org.triangulate.model.EntityType;
import org.triangulate.model.Evidence;
import org.triangulate.model.Modality;
import org.triangulate.model.Participant;
import org.triangulate.model.Predicate;
import org.triangulate.model.Role;
import org.triangulate.model.Section;

/**
 * What one sentence claims: that its events happened and who took part (in the modality the
 * attribution gives, or ACCUSED/CONFESSED where the event sits under "accusing"/"confessed"),
 * responsibility claimed, who "was behind" events, blame and denial ({@link Blame}), and the
 * relations between groups a sentence states ({@link RelationStatements}); what its words refer to
 * is {@link Referents}' to find.
 */
final class ClaimContent {
  private static final Set<String> RESPONSIBILITY_VERBS = Set.of("claim", "take", "assume", "bear", "accept");
  private static final Set<String> ACCUSING = Set.of("accuse", "blame", "allege", "charge");
  private static final Set<String> CONFESSING = Set.of("confess", "admit");
  private static final Set<String> HEDGING = Set.of("suspected", "suspect", "alleged", "allegedly", "presumed",
      "believe", "believed", "think", "thought", "likely", "possibly", "apparent", "apparently", "reportedly",
      "probably", "presumably");

  /** Nouns that, pointing back, name an incident told before or those it struck or who did it. */
  static final Set<String> INCIDENT_NOUNS = Set.of("attack", "assault", "bombing", "blast", "explosion",
      "siege", "raid", "strike", "killing", "act", "incident", "violence", "victim", "dead", "casualty", "assailant",
      "attacker", "gunman", "bomber", "bomb", "landmine", "device", "explosive", "ied");
  /** Verbs of doing or placing whose passive agent did the incident: "the bomb was placed by …". */
  private static final Set<String> DOING = Set.of("place", "plant", "carry", "set", "detonate", "conduct", "perpetrate",
      "commit", "launch", "stage", "plan", "orchestrate", "mastermind", "leave", "lay", "bury");
  private static final Set<String> QUANTITIES = Set.of("most", "all", "some", "many", "several", "both", "one",
      "each", "majority");
  /** Determiners that point back to what was told: "the attack", "this act", "both bombs". */
  private static final Set<String> BACK_POINTING = Set.of("the", "this", "these", "that", "those", "both");

  private final Document doc;
  private final EntityIndex entities;
  private final List<FoundEvent> events;
  private final Set<List<String>> told = new java.util.HashSet<>();
  private final RelationStatements relations;
  private final Referents refs;
  private final Blame blame;

  ClaimContent(Document doc, EntityIndex entities, List<FoundEvent> events) {
    this.doc = doc;
    this.entities = entities;
    this.events = events;
    this.relations = new RelationStatements(entities);
    this.refs = new Referents(doc, entities, events);
    this.blame = new Blame(doc, refs);
  }

  List<Draft> of(Sentence s, Attribution a, Section section) {
    List<Draft> out = new ArrayList<>();
    Tree tree = new Tree(s);
    Evidence evidence = Evidence.of(doc, s.span());
    Modality base = a.modality() == Modality.CLAIMED ? Modality.ASSERTED : a.modality();
    if (!s.parsed()) {
      return out; // a sentence with no trigger, reporting verb or relation word states nothing here
    }
    // "denied involvement in the attack": a part in it is denied, not that it happened
    boolean partDenied = base == Modality.DENIED && blame.deniesAPart(tree);
    for (FoundEvent e : refs.eventsIn(s)) {
      Modality m = eventModality(tree, e, base);
      // That an event happened is claimed once per speaker, where the speaker first tells it.
      if (!partDenied && told.add(List.of(String.valueOf(a.speaker()), String.valueOf(a.speakerText()), e.key()))) {
        out.add(Draft.of(a, m, section, e.key(), Predicate.OCCURRED, null, evidence));
      }
      for (Participant p : e.participantsIn(s.index())) {
        Predicate predicate = predicate(p.role());
        boolean placeTargeted = p.role() == Role.TARGET && entities.find(p.entity() == null ? "" : p.entity())
            .map(x -> x.type() == EntityType.LOCATION || x.type() == EntityType.FACILITY).orElse(false);
        boolean pronoun = Set.of("it", "they", "he", "she", "we").contains(lower(p.text()));
        boolean ownDeed = p.role() == Role.PERPETRATOR && p.entity() != null && p.entity().equals(a.speaker())
            && m != Modality.DENIED && m != Modality.CONFESSED && isGroup(p.entity()) && !pronoun;
        if (ownDeed) {
          // A group saying it did something claims responsibility for it.
          e.addClaimant(p.entity(), p.text(), s.index());
          out.add(Draft.of(a, Modality.CLAIMED, section, p.entity(), Predicate.CLAIMED, e.key(), evidence));
        } else if (p.entity() != null && predicate != null && !placeTargeted) {
          Modality said = p.role() == Role.PERPETRATOR && suspected(p.text()) && m == Modality.ASSERTED
              ? Modality.HEDGED : accusing(m, predicate, p.entity(), a);
          out.add(Draft.of(a, said, section, p.entity(), predicate, e.key(), evidence));
        }
      }
    }
    if (a.explicit() && refs.eventsIn(s).isEmpty() && (base == Modality.ASSERTED || base == Modality.HEDGED)) {
      referredBack(tree, s)
          .filter(e -> told.add(List.of(String.valueOf(a.speaker()), String.valueOf(a.speakerText()), e.key())))
          .ifPresent(e -> out.add(Draft.of(a, base, section, e.key(), Predicate.OCCURRED, null, evidence)));
    }
    responsibility(tree, s, a, section, evidence, out);
    blame.denial(tree, s, section, evidence, out);
    behind(tree, s, a, base, section, evidence, out);
    doneBy(tree, s, a, base, section, evidence, out);
    blame.blamed(tree, s, a, section, evidence, out);
    groups(tree, a, base, section, evidence, out);
    return out;
  }

  private static Modality eventModality(Tree tree, FoundEvent e, Modality base) {
    for (int t : e.triggers()) {
      if (!tree.sentence().contains(t)) {
        continue;
      }
      // "a suspected U.S. missile strike killed 12"; "Al-Shabaab allegedly executed a soldier"
      boolean suspectedEvent = tree.children(t).stream().anyMatch(d -> Set.of("amod", "advmod").contains(d.base())
          && HEDGING.contains(lower(tree.token(d.dependent()).text())));
      if (suspectedEvent && base == Modality.ASSERTED) {
        return Modality.HEDGED;
      }
      for (Dependency d : tree.ancestors(t, 5)) {
        String lemma = lower(tree.token(d.governor()).lemma());
        if (ACCUSING.contains(lemma)) {
          return Modality.ACCUSED;
        }
        if (CONFESSING.contains(lemma)) {
          return Modality.CONFESSED;
        }
      }
    }
    return base;
  }

  /**
   * The incident a statement with no event of its own speaks of, through a noun that points back
   * to it or to those in it: "the attack would not deter the government", "all the victims were
   * militants", "this senseless act", "the assailants targeted …". A noun with no "the", "this" or
   * "these" ("attacks would not deter …") speaks of none.
   */
  private Optional<FoundEvent> referredBack(Tree tree, Sentence s) {
    for (Token t : s.tokens()) {
      if (pointsBackToIncident(tree, t.index())) {
        return refs.firstInParagraph(s, lower(t.lemma())).or(() -> refs.nearestEvent(s));
      }
    }
    return Optional.empty();
  }

  /** "the attack", "this senseless act", "the victims": a noun of {@link #INCIDENT_NOUNS} that points back. */
  private static boolean pointsBackToIncident(Tree tree, int noun) {
    Token t = tree.token(noun);
    return INCIDENT_NOUNS.contains(lower(t.lemma())) && !t.pos().startsWith("VB") && tree.hasDeterminer(noun, BACK_POINTING);
  }

  /**
   * "The bomb was probably placed by Islamic State militants", "the attack was carried out by
   * gunmen": an incident or its weapon told before, done by the agent of a passive verb of doing
   * or placing — a perpetrator in the speaker's words (HEDGED under "probably" and the like).
   */
  private void doneBy(Tree tree, Sentence s, Attribution a, Modality m, Section section, Evidence evidence,
      List<Draft> out) {
    for (Token v : s.tokens()) {
      if (!DOING.contains(lower(v.lemma())) || !v.pos().equals("VBN") || negated(tree, v.index())) {
        continue;
      }
      Optional<Integer> done = tree.children(v.index(), "nsubj:pass").stream()
          .filter(n -> pointsBackToIncident(tree, n)).findFirst();
      if (done.isEmpty()) {
        continue;
      }
      Optional<FoundEvent> event = refs.firstInParagraph(s, lower(tree.token(done.get()).lemma()))
          .or(() -> refs.nearestEvent(s));
      boolean hedged = tree.children(v.index()).stream().anyMatch(d -> d.base().equals("advmod")
          && HEDGING.contains(lower(tree.token(d.dependent()).text())));
      for (int agent : Referents.agents(tree, v.index())) {
        refs.named(tree, agent, EntityType.ORGANIZATION, EntityType.PERSON).ifPresent(x -> {
          Modality said = hedged && m == Modality.ASSERTED ? Modality.HEDGED
              : accusing(m, Predicate.PERPETRATOR_OF, x.key(), a);
          out.add(Draft.of(a, said, section, x.key(), Predicate.PERPETRATOR_OF, event.map(FoundEvent::key).orElse(null),
              evidence));
        });
      }
    }
  }

  /** Saying that someone else did it is an accusation: "ISIS-K was behind the killing", said police. */
  private static Modality accusing(Modality m, Predicate p, String subject, Attribution a) {
    return m == Modality.ASSERTED && p == Predicate.PERPETRATOR_OF && !subject.equals(a.speaker())
        ? Modality.ACCUSED : m;
  }

  private boolean isGroup(String key) {
    return entities.find(key).map(x -> x.type() == EntityType.ORGANIZATION).orElse(false);
  }

  private static @Nullable Predicate predicate(Role role) {
    return role.predicate();
  }

  /** "ISIS claimed responsibility for the attack"; "no group has claimed responsibility" claims nothing. */
  private void responsibility(Tree tree, Sentence s, Attribution a, Section section, Evidence evidence, List<Draft> out) {
    for (Token t : s.tokens()) {
      boolean word = Set.of("responsibility", "credit").contains(lower(t.lemma()));
      boolean claimedEvent = lower(t.lemma()).equals("claim") && claimedObjects(tree, t.index()).stream()
          .anyMatch(o -> refs.eventsIn(s).stream().anyMatch(e -> e.triggers().contains(o)) || manyOfThem(tree, s, o)
              || pointsBackToIncident(tree, o));
      // "in an attack claimed by Lashkar-e-Jhangvi": the participle's agent claims the event it describes
      boolean claimedParticiple = lower(t.lemma()).equals("claim") && t.pos().equals("VBN") && tree.head(t.index())
          .filter(d -> d.base().equals("acl") && refs.eventsIn(s).stream().anyMatch(e -> e.triggers().contains(d.governor())))
          .isPresent();
      int verb = word ? tree.head(t.index()).map(Dependency::governor).orElse(-1)
          : claimedEvent || claimedParticiple ? t.index() : -1;
      if (verb < 0 || !RESPONSIBILITY_VERBS.contains(lower(tree.token(verb).lemma())) || negated(tree, verb)) {
        continue;
      }
      boolean passive = !tree.children(verb, "nsubj:pass").isEmpty() || !tree.children(verb, "aux:pass").isEmpty();
      // "responsibility was claimed by Al-Shabaab", "the attack was claimed by Islamic State": the agent claims
      List<Integer> claimants = claimedParticiple || passive ? Referents.agents(tree, verb) : tree.children(verb, "nsubj");
      if (claimants.isEmpty() && !claimedParticiple) {
        claimants = nameRightBefore(tree, verb); // "…, including VOA, Baitullah Mehsud claimed": a misparsed subject
      }
      for (int subject : claimants) {
        Optional<EntityIndex.Ref> claimant = refs.named(tree, subject, EntityType.ORGANIZATION, EntityType.PERSON);
        if (claimant.isEmpty() || negated(tree, subject)) {
          continue;
        }
        Optional<FoundEvent> event = claimedEvent(tree, s, verb, word ? t.index() : -1, claimedEvent);
        event.ifPresent(e -> e.addClaimant(claimant.get().key(), claimant.get().span().of(doc.text()), s.index()));
        boolean own = !a.explicit() || claimant.get().key().equals(a.speaker());
        // "A Taliban commander (Mullah Sadiq) claimed responsibility": one of the group claims it for the group
        boolean forItsGroup = a.speaker() != null && entities.within(tree.span(subject)).stream()
            .anyMatch(r -> r.key().equals(a.speaker()));
        Attribution speaker = own ? new Attribution(claimant.get().key(), null, List.of(), Modality.CLAIMED, true) : a;
        Modality m = own || forItsGroup ? Modality.CLAIMED
            : (a.modality() == Modality.CLAIMED ? Modality.ASSERTED : a.modality());
        out.add(Draft.of(speaker, m, section, claimant.get().key(), Predicate.CLAIMED,
            event.map(FoundEvent::key).orElse(null), evidence));
      }
    }
  }

  /**
   * What "claimed" takes: its object, or — where the parser read "claimed the attack in a statement
   * posted online" as a clause — that clause's subject, unless the clause says what the attack did
   * to something ("claimed the attack killed 50 soldiers" claims a toll).
   */
  private List<Integer> claimedObjects(Tree tree, int verb) {
    List<Integer> out = new ArrayList<>(tree.children(verb, "obj"));
    out.addAll(tree.children(verb, "nsubj:pass")); // "the attack was claimed by …"
    for (int c : tree.children(verb, "ccomp")) {
      boolean statement = refs.isTrigger(c) || !tree.children(c, "obj").isEmpty();
      if (!statement) {
        out.addAll(tree.children(c, "nsubj"));
      }
    }
    return out;
  }

  /**
   * "most of the attacks in the province, including the suicide blast": a share of attacks
   * (a quantity word with "of") that holds an event the sentence tells.
   */
  private boolean manyOfThem(Tree tree, Sentence s, int object) {
    boolean share = tree.children(object).stream().anyMatch(d -> d.relation().equals("nmod:of"));
    List<Integer> phrase = tree.subtree(object);
    return share && QUANTITIES.contains(lower(tree.token(object).lemma()))
        && refs.eventsIn(s).stream().anyMatch(e -> e.triggers().stream().anyMatch(phrase::contains));
  }

  /**
   * The name that ends right before a verb the parser gave no subject, when it names a group or
   * person: the parser hung "…, including VOA, Baitullah Mehsud claimed …" on VOA as an apposition.
   */
  private List<Integer> nameRightBefore(Tree tree, int verb) {
    int before = verb - 1;
    if (!tree.sentence().contains(before)) {
      return List.of();
    }
    Token t = tree.token(before);
    boolean named = entities.at(t.span().start())
        .filter(r -> r.type() == EntityType.ORGANIZATION || r.type() == EntityType.PERSON)
        .filter(r -> r.span().end() == t.span().end()).isPresent();
    return named ? List.of(before) : List.of();
  }

  /**
   * "… the Haqqani Network and the Taliban were actually behind these terror acts"; "the leader
   * is believed to be responsible for Wednesday's attack" (HEDGED when believed, suspected or
   * thought, or under "may", "might", "could").
   */
  private void behind(Tree tree, Sentence s, Attribution a, Modality m, Section section, Evidence evidence, List<Draft> out) {
    for (Token t : s.tokens()) {
      boolean behind = lower(t.text()).equals("behind");
      boolean responsible = lower(t.lemma()).equals("responsible") && t.pos().startsWith("JJ");
      if (!behind && !responsible) {
        continue;
      }
      int head = behind ? tree.head(t.index()).map(Dependency::governor).orElse(-1) : t.index();
      if (head < 0 || negated(tree, head)) {
        continue;
      }
      boolean hedged = hedged(tree, head);
      // "denied involvement, strengthening suspicions X could be behind it": the suspicion, set off
      // from the denial, is the article's, and no denial
      boolean besideDenial = m == Modality.DENIED && tree.ancestors(head, 5).stream()
          .anyMatch(d -> Set.of("advcl", "parataxis", "dep").contains(d.base()));
      Attribution who = besideDenial ? Attribution.ARTICLE : a;
      Modality base = besideDenial ? Modality.ASSERTED : m;
      for (int subject : subjectsOf(tree, head)) {
        for (EntityIndex.Ref x : entities.within(tree.span(subject))) {
          if (x.type() == EntityType.ORGANIZATION || x.type() == EntityType.PERSON) {
            Modality said = hedged && base == Modality.ASSERTED ? Modality.HEDGED
              : accusing(base, Predicate.PERPETRATOR_OF, x.key(), who);
            out.add(Draft.of(who, said, section, x.key(),
                Predicate.PERPETRATOR_OF, refs.nearestEvent(s).map(FoundEvent::key).orElse(null), evidence));
          }
        }
      }
    }
  }

  /** The subjects of a predicate, or of the verb that raises it ("X is believed to be behind …"). */
  private static List<Integer> subjectsOf(Tree tree, int head) {
    List<Integer> own = new ArrayList<>(tree.children(head, "nsubj"));
    own.addAll(tree.children(head, "nsubj:pass"));
    for (Dependency d : tree.ancestors(head, 2)) {
      if (!own.isEmpty()) {
        break;
      }
      own.addAll(tree.children(d.governor(), "nsubj"));
      own.addAll(tree.children(d.governor(), "nsubj:pass"));
    }
    return own;
  }

  /** Under "believed", "suspected", "thought", or with "may", "might", "could": said as a possibility. */
  private static boolean hedged(Tree tree, int head) {
    List<Integer> scope = new ArrayList<>(List.of(head));
    tree.ancestors(head, 2).forEach(d -> scope.add(d.governor()));
    return scope.stream().anyMatch(i -> HEDGING.contains(lower(tree.token(i).lemma()))
        || tree.children(i).stream().anyMatch(d -> d.base().equals("aux")
            && Set.of("may", "might", "could").contains(lower(tree.token(d.dependent()).text()))));
  }

  /** A perpetrator named as suspected, alleged or presumed: "Suspected Taliban insurgents". */
  private static boolean suspected(String phrase) {
    return java.util.Arrays.stream(lower(phrase).split("[^a-z]+")).anyMatch(HEDGING::contains);
  }

  /** Relations between groups the sentence states ({@link RelationStatements}); a negated one is denied. */
  private void groups(Tree tree, Attribution a, Modality m, Section section, Evidence evidence, List<Draft> out) {
    for (RelationStatements.Stated r : relations.of(tree)) {
      Modality said = r.denied() ? Modality.DENIED : r.hedged() && m == Modality.ASSERTED ? Modality.HEDGED : m;
      out.add(Draft.of(a, said, section, r.subject(), r.predicate(), r.object(), evidence));
    }
  }

  /**
   * The event a claim of responsibility is for. The "for" phrase of the claim ("claimed
   * responsibility for the Quetta bombing"), or what "claimed" takes when it takes an event ("claimed
   * most of the attacks …, including the suicide blast"), names an event of the sentence when it
   * holds one's word; a bare reference back ("for the attack", "for the bombing", "claimed responsibility")
   * is the first event of its paragraph, told before or in this sentence, of a kind the noun fits:
   * the incident the paragraph is about, not the gunfight that ended it or the arrests after it.
   * Else the event the sentence speaks of ({@link Referents#nearestEvent}).
   */
  private Optional<FoundEvent> claimedEvent(Tree tree, Sentence s, int verb, int responsibility, boolean claimedEvent) {
    List<Integer> phrases = new ArrayList<>(claimedEvent ? claimedObjects(tree, verb) : List.of());
    for (int head : responsibility >= 0 ? List.of(verb, responsibility) : List.of(verb)) {
      for (Dependency d : tree.children(head)) {
        if (Set.of("obl", "nmod").contains(d.base()) && d.relation().endsWith(":for")) {
          phrases.add(d.dependent());
        }
      }
    }
    for (int p : phrases) {
      List<Integer> phrase = tree.subtree(p);
      Optional<FoundEvent> own = refs.eventsIn(s).stream().filter(e -> phrase.stream().anyMatch(e.triggers()::contains))
          .findFirst();
      if (own.isPresent()) {
        return own;
      }
    }
    Optional<String> noun = phrases.isEmpty() ? Optional.of("") : phrases.stream()
        .filter(p -> bareReference(tree, p)).map(p -> lower(tree.token(p).lemma())).findFirst();
    if (noun.isPresent()) {
      Optional<FoundEvent> first = refs.firstInParagraph(s, noun.get());
      if (first.isPresent()) {
        return first;
      }
    }
    return refs.nearestEvent(s);
  }

  /** "the attack", "the attacks", "the bombing": a determiner and the noun, nothing that picks one out. */
  private static boolean bareReference(Tree tree, int head) {
    return tree.children(head).stream().allMatch(d -> Set.of("det", "case", "punct").contains(d.base()))
        && tree.children(head).stream().anyMatch(d -> d.base().equals("det")
            && BACK_POINTING.contains(lower(tree.token(d.dependent()).lemma())));
  }
}
