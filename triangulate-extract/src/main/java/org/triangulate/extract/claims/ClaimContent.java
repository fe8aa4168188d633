package org.triangulate.extract.claims;

import static org.triangulate.extract.claims.ClaimRules.negated;
import static org.triangulate.extract.claims.ClaimRules.lower;

import java.util.ArrayList;
import java.util.Comparator;
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
import org.triangulate.model.EventType;
import org.triangulate.model.Evidence;
import org.triangulate.model.Modality;
import org.triangulate.model.Participant;
import org.triangulate.model.Predicate;
import org.triangulate.model.Role;
import org.triangulate.model.Section;

/**
 * What one sentence claims: that its events happened and who took part (in the modality the
 * attribution gives, or ACCUSED/CONFESSED where the event sits under "accusing"/"confessed"),
 * responsibility claimed or denied, who "was behind" events, and the relations between groups a
 * sentence states ({@link RelationStatements}).
 */
final class ClaimContent {
  private static final Set<String> RESPONSIBILITY_VERBS = Set.of("claim", "take", "assume", "bear", "accept");
  private static final Set<String> DENYING = Set.of("deny", "reject", "dismiss");
  /** What a denial of a part in a deed denies: "denied responsibility", "rejected the claims". */
  private static final Set<String> DENIED_PARTS = Set.of("responsibility", "involvement", "role", "part", "hand",
      "link", "connection", "participation", "presence", "claim", "report", "allegation", "accusation", "charge", "credit");
  private static final Set<String> ACCUSING = Set.of("accuse", "blame", "allege", "charge");
  private static final Set<String> CONFESSING = Set.of("confess", "admit");
  /** Verbs that lay an event on someone: ACCUSED, but HEDGED for "suspect". */
  private static final Set<String> BLAMING = Set.of("blame", "attribute", "pin", "accuse", "charge", "suspect");
  /** Of those, the ones that blame for the incident just told when they name no deed: "the Taliban is suspected". */
  private static final Set<String> BLAMING_BARE = Set.of("blame", "suspect");
  /** Words that name the event just told without being an event word themselves: "the incident was blamed on …". */
  private static final Set<String> INCIDENT = Set.of("incident", "act", "it", "this", "that");
  private static final Set<String> HEDGING = Set.of("suspected", "suspect", "alleged", "allegedly", "presumed",
      "believe", "believed", "think", "thought", "likely", "possibly", "apparent", "apparently", "reportedly");

  private final Document doc;
  private final EntityIndex entities;
  private final List<FoundEvent> events;
  private final Set<List<String>> told = new java.util.HashSet<>();
  private final RelationStatements relations;

  ClaimContent(Document doc, EntityIndex entities, List<FoundEvent> events) {
    this.doc = doc;
    this.entities = entities;
    this.events = events;
    this.relations = new RelationStatements(entities);
  }

  List<Draft> of(Sentence s, Attribution a, Section section) {
    List<Draft> out = new ArrayList<>();
    Tree tree = new Tree(s);
    Evidence evidence = Evidence.of(doc, s.span());
    Modality base = a.modality() == Modality.CLAIMED ? Modality.ASSERTED : a.modality();
    if (!s.parsed()) {
      return out; // a sentence with no trigger, reporting verb or relation word states nothing here
    }
    for (FoundEvent e : eventsIn(s)) {
      Modality m = eventModality(tree, e, base);
      // That an event happened is claimed once per speaker, where the speaker first tells it.
      if (told.add(List.of(String.valueOf(a.speaker()), String.valueOf(a.speakerText()), e.key()))) {
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
    responsibility(tree, s, a, section, evidence, out);
    denial(tree, s, section, evidence, out);
    behind(tree, s, a, base, section, evidence, out);
    blamed(tree, s, a, section, evidence, out);
    groups(tree, a, base, section, evidence, out);
    return out;
  }

  private List<FoundEvent> eventsIn(Sentence s) {
    return events.stream().filter(e -> e.triggers().stream().anyMatch(s::contains)).toList();
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
          .anyMatch(o -> eventsIn(s).stream().anyMatch(e -> e.triggers().contains(o)));
      // "in an attack claimed by Lashkar-e-Jhangvi": the participle's agent claims the event it describes
      boolean claimedParticiple = lower(t.lemma()).equals("claim") && t.pos().equals("VBN") && tree.head(t.index())
          .filter(d -> d.base().equals("acl") && eventsIn(s).stream().anyMatch(e -> e.triggers().contains(d.governor())))
          .isPresent();
      int verb = word ? tree.head(t.index()).map(Dependency::governor).orElse(-1)
          : claimedEvent || claimedParticiple ? t.index() : -1;
      if (verb < 0 || !RESPONSIBILITY_VERBS.contains(lower(tree.token(verb).lemma())) || negated(tree, verb)) {
        continue;
      }
      List<Integer> claimants = claimedParticiple ? agents(tree, verb) : tree.children(verb, "nsubj");
      if (claimants.isEmpty() && !claimedParticiple) {
        claimants = nameRightBefore(tree, verb); // "…, including VOA, Baitullah Mehsud claimed": a misparsed subject
      }
      for (int subject : claimants) {
        Optional<EntityIndex.Ref> claimant = named(tree, subject, EntityType.ORGANIZATION, EntityType.PERSON);
        if (claimant.isEmpty() || negated(tree, subject)) {
          continue;
        }
        Optional<FoundEvent> event = claimedEvent(tree, s, verb, word ? t.index() : -1);
        event.ifPresent(e -> e.addClaimant(claimant.get().key(), claimant.get().span().of(doc.text()), s.index()));
        boolean own = !a.explicit() || claimant.get().key().equals(a.speaker());
        Attribution speaker = own ? new Attribution(claimant.get().key(), null, List.of(), Modality.CLAIMED, true) : a;
        Modality m = own ? Modality.CLAIMED : (a.modality() == Modality.CLAIMED ? Modality.ASSERTED : a.modality());
        out.add(Draft.of(speaker, m, section, claimant.get().key(), Predicate.CLAIMED,
            event.map(FoundEvent::key).orElse(null), evidence));
      }
    }
  }

  /**
   * "The Taliban denied involvement", "… denied carrying out the attack", "… called reporters to
   * deny involvement": a DENIED claim by the denier that it did it. What is denied must be a part
   * in something (responsibility, involvement, a role, a claim) or a deed; "denied journalists
   * access" denies no deed.
   */
  private void denial(Tree tree, Sentence s, Section section, Evidence evidence, List<Draft> out) {
    for (Token t : s.tokens()) {
      if (!DENYING.contains(lower(t.lemma())) || !t.pos().startsWith("VB") || negated(tree, t.index())
          || !deniesADeed(tree, s, t.index())) {
        continue;
      }
      for (int subject : deniers(tree, t.index())) {
        named(tree, subject, EntityType.ORGANIZATION, EntityType.PERSON).ifPresent(x -> {
          Attribution speaker = new Attribution(x.key(), null, List.of(), Modality.DENIED, true);
          out.add(Draft.of(speaker, Modality.DENIED, section, x.key(), Predicate.PERPETRATOR_OF,
              nearestEvent(s).map(FoundEvent::key).orElse(null), evidence));
        });
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
    for (int c : tree.children(verb, "ccomp")) {
      boolean statement = events.stream().anyMatch(e -> e.triggers().contains(c)) || !tree.children(c, "obj").isEmpty();
      if (!statement) {
        out.addAll(tree.children(c, "nsubj"));
      }
    }
    return out;
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

  /** Whether a denying verb denies a part in a deed: its object, or a clause it takes ("denied that it …"). */
  private boolean deniesADeed(Tree tree, Sentence s, int verb) {
    List<Integer> objects = tree.children(verb, "obj");
    boolean clause = tree.children(verb).stream().anyMatch(d -> Set.of("xcomp", "ccomp").contains(d.base()));
    return clause || objects.isEmpty() || objects.stream().anyMatch(o -> DENIED_PARTS.contains(lower(tree.token(o).lemma()))
        || INCIDENT.contains(lower(tree.token(o).lemma()))
        || eventsIn(s).stream().anyMatch(e -> e.triggers().contains(o)));
  }

  /** Who denies: the verb's own subject, else that of the verb controlling it ("X called reporters to deny …"). */
  private static List<Integer> deniers(Tree tree, int verb) {
    List<Integer> own = tree.children(verb).stream().filter(d -> d.relation().equals("nsubj"))
        .map(Dependency::dependent).toList();
    if (!own.isEmpty()) {
      return own;
    }
    return tree.head(verb).filter(d -> Set.of("xcomp", "conj", "advcl").contains(d.base()) && d.governor() >= 0)
        .map(d -> tree.children(d.governor()).stream().filter(x -> x.relation().equals("nsubj"))
            .map(Dependency::dependent).toList())
        .filter(l -> !l.isEmpty()).orElse(tree.children(verb, "nsubj"));
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
      for (int subject : subjectsOf(tree, head)) {
        for (EntityIndex.Ref x : entities.within(tree.span(subject))) {
          if (x.type() == EntityType.ORGANIZATION || x.type() == EntityType.PERSON) {
            Modality said = hedged && m == Modality.ASSERTED ? Modality.HEDGED : accusing(m, Predicate.PERPETRATOR_OF, x.key(), a);
            out.add(Draft.of(a, said, section, x.key(),
                Predicate.PERPETRATOR_OF, nearestEvent(s).map(FoundEvent::key).orElse(null), evidence));
          }
        }
      }
    }
  }

  /**
   * Blame laid on someone for an event: "the attack was blamed on Boko Haram", "officials
   * attributed the attack to ISIS", "the army blamed the Taliban for the bombing", "the bombing,
   * which authorities blamed on Boko Haram, …", "Razaq is suspected of being involved in the
   * attack" (HEDGED). The blamed one is accused of that event, by whoever blames it (the verb's
   * subject or agent), else by the sentence's speaker. Blame for what is no event told ("the
   * economic crisis"), or denied, accuses no one.
   */
  private void blamed(Tree tree, Sentence s, Attribution a, Section section, Evidence evidence, List<Draft> out) {
    for (Token v : s.tokens()) {
      if (!BLAMING.contains(lower(v.lemma())) || !v.pos().startsWith("VB") || negated(tree, v.index())) {
        continue;
      }
      List<Integer> patients = new ArrayList<>(tree.children(v.index(), "obj"));
      patients.addAll(tree.children(v.index(), "nsubj:pass"));
      // the noun a relative clause describes: "the bombing, which authorities blamed on …"
      tree.head(v.index()).filter(d -> d.base().equals("acl") && d.governor() >= 0)
          .ifPresent(d -> patients.add(d.governor()));
      List<Integer> culprits = new ArrayList<>();
      List<Integer> deeds = new ArrayList<>();
      for (Dependency d : tree.children(v.index())) {
        String marker = marker(d);
        if (d.base().equals("obl") && Set.of("on", "to").contains(marker)) {
          culprits.add(d.dependent());
          deeds.addAll(patients);
        } else if (Set.of("obl", "advcl").contains(d.base()) && Set.of("for", "of", "in", "over").contains(marker)) {
          deeds.add(d.dependent());
          culprits.addAll(patients);
        }
      }
      Optional<FoundEvent> event = deeds.stream().map(x -> blamedEvent(tree, s, x)).flatMap(Optional::stream).findFirst();
      boolean bare = deeds.isEmpty() && culprits.isEmpty() && BLAMING_BARE.contains(lower(v.lemma()));
      if (bare) {
        // "… but the Taliban is suspected", "police blamed the Taliban": for the incident the paragraph tells
        culprits.addAll(patients);
        event = firstInParagraph(s, "").or(() -> nearestEvent(s));
      }
      if (event.isEmpty()) {
        continue;
      }
      Modality m = lower(v.lemma()).equals("suspect") ? Modality.HEDGED : Modality.ACCUSED;
      accuse(blamer(tree, v.index()).orElse(a).withModality(m), m, tree, culprits, event.get(), section, evidence, out);
    }
    suspects(tree, s, a, section, evidence, out);
  }

  /**
   * One named as a suspect in an event: "X is the main suspect in the attack", "officials named X
   * as the prime suspect in the assault" (HEDGED, by the naming verb's subject when it has one).
   */
  private void suspects(Tree tree, Sentence s, Attribution a, Section section, Evidence evidence, List<Draft> out) {
    for (Token n : s.tokens()) {
      if (!lower(n.lemma()).equals("suspect") || !n.pos().startsWith("NN") || negated(tree, n.index())) {
        continue;
      }
      Optional<FoundEvent> event = tree.children(n.index()).stream()
          .filter(d -> d.base().equals("nmod") && Set.of("in", "of", "for").contains(marker(d)))
          .map(d -> blamedEvent(tree, s, d.dependent())).flatMap(Optional::stream).findFirst();
      if (event.isEmpty()) {
        continue;
      }
      List<Integer> who = new ArrayList<>(tree.children(n.index(), "nsubj"));
      Attribution by = a;
      Optional<Dependency> naming = tree.head(n.index())
          .filter(d -> d.base().equals("xcomp") || d.base().equals("obl") && marker(d).equals("as"));
      if (who.isEmpty() && naming.isPresent()) {
        who.addAll(tree.children(naming.get().governor(), "obj"));
        by = blamer(tree, naming.get().governor()).orElse(a);
      }
      accuse(by.withModality(Modality.HEDGED), Modality.HEDGED, tree, who, event.get(), section, evidence, out);
    }
  }

  /** Each named culprit is perpetrator of the event in the accuser's words, unless it is the accuser or already told. */
  private void accuse(Attribution by, Modality m, Tree tree, List<Integer> culprits, FoundEvent event, Section section,
      Evidence evidence, List<Draft> out) {
    for (int c : culprits) {
      Optional<EntityIndex.Ref> culprit = named(tree, c, EntityType.ORGANIZATION, EntityType.PERSON);
      boolean told = culprit.isPresent() && out.stream().anyMatch(o -> o.predicate() == Predicate.PERPETRATOR_OF
          && o.subject().equals(culprit.get().key()) && event.key().equals(o.object()));
      if (culprit.isPresent() && !told && !culprit.get().key().equals(by.speaker())) {
        out.add(Draft.of(by, m, section, culprit.get().key(), Predicate.PERPETRATOR_OF, event.key(), evidence));
      }
    }
  }

  /** The preposition or conjunction of a typed dependency: "on" of {@code obl:on}, "" when it has none. */
  private static String marker(Dependency d) {
    return d.relation().contains(":") ? d.relation().substring(d.relation().indexOf(':') + 1) : "";
  }

  /**
   * The event a blamed phrase names: the event word in it nearest its head ("of being involved in
   * an IED attack", "for its role in the bombing"), or "the incident", "it" for the last one told.
   */
  private Optional<FoundEvent> blamedEvent(Tree tree, Sentence s, int head) {
    List<Integer> phrase = tree.subtree(head);
    Optional<FoundEvent> own = eventsIn(s).stream().filter(e -> phrase.stream().anyMatch(e.triggers()::contains))
        .min(Comparator.comparingInt(e -> e.triggers().stream().mapToInt(t -> Math.abs(t - head)).min().orElse(0)));
    if (own.isPresent()) {
      return own;
    }
    Token h = tree.token(head);
    return INCIDENT.contains(lower(h.lemma())) ? nearestEvent(s) : Optional.empty();
  }

  /** Who lays the blame: the active verb's subject or the passive's agent, named or as written ("officials"). */
  private Optional<Attribution> blamer(Tree tree, int verb) {
    List<Integer> who = new ArrayList<>(tree.children(verb, "nsubj"));
    who.addAll(agents(tree, verb));
    return who.stream().findFirst().map(h -> {
      Optional<EntityIndex.Ref> named = named(tree, h, EntityType.ORGANIZATION, EntityType.PERSON);
      return named.map(n -> new Attribution(n.key(), null, List.of(), Modality.ACCUSED, true))
          .orElse(new Attribution(null, tree.span(h).of(doc.text()), List.of(), Modality.ACCUSED, true));
    });
  }

  /** The agent of a passive or participle: "claimed by Lashkar-e-Jhangvi", "blamed by police". */
  private static List<Integer> agents(Tree tree, int verb) {
    List<Integer> out = new ArrayList<>(tree.children(verb, "obl:agent"));
    out.addAll(tree.children(verb, "obl:by"));
    return out;
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
      out.add(Draft.of(a, r.denied() ? Modality.DENIED : m, section, r.subject(), r.predicate(), r.object(), evidence));
    }
  }

  private Optional<EntityIndex.Ref> named(Tree tree, int head, EntityType... types) {
    Set<EntityType> wanted = Set.of(types);
    return entities.within(tree.span(head)).stream().filter(r -> wanted.contains(r.type())).findFirst();
  }

  /**
   * The event a claim of responsibility is for. The "for" phrase of the claim ("claimed
   * responsibility for the Quetta bombing") names an event of the sentence when it holds one's
   * word; a bare reference back ("for the attack", "for the bombing", "claimed responsibility")
   * is the first event of its paragraph, told before or in this sentence, of a kind the noun fits:
   * the incident the paragraph is about, not the gunfight that ended it or the arrests after it.
   * Else the event the sentence speaks of ({@link #nearestEvent}).
   */
  private Optional<FoundEvent> claimedEvent(Tree tree, Sentence s, int verb, int responsibility) {
    List<Integer> phrases = new ArrayList<>();
    for (int head : responsibility >= 0 ? List.of(verb, responsibility) : List.of(verb)) {
      for (Dependency d : tree.children(head)) {
        if (Set.of("obl", "nmod").contains(d.base()) && d.relation().endsWith(":for")) {
          phrases.add(d.dependent());
        }
      }
    }
    for (int p : phrases) {
      List<Integer> phrase = tree.subtree(p);
      Optional<FoundEvent> own = eventsIn(s).stream().filter(e -> phrase.stream().anyMatch(e.triggers()::contains))
          .findFirst();
      if (own.isPresent()) {
        return own;
      }
    }
    Optional<String> noun = phrases.isEmpty() ? Optional.of("") : phrases.stream()
        .filter(p -> bareReference(tree, p)).map(p -> lower(tree.token(p).lemma())).findFirst();
    if (noun.isPresent()) {
      Optional<FoundEvent> first = firstInParagraph(s, noun.get());
      if (first.isPresent()) {
        return first;
      }
    }
    return nearestEvent(s);
  }

  /** "the attack", "the attacks", "the bombing": a determiner and the noun, nothing that picks one out. */
  private static boolean bareReference(Tree tree, int head) {
    return tree.children(head).stream().allMatch(d -> Set.of("det", "case", "punct").contains(d.base()))
        && tree.children(head).stream().anyMatch(d -> d.base().equals("det")
            && Set.of("the", "this", "these", "that").contains(lower(tree.token(d.dependent()).lemma())));
  }

  /** The first event of {@code s}'s paragraph, up to {@code s}, whose kind the noun fits. */
  private Optional<FoundEvent> firstInParagraph(Sentence s, String noun) {
    int paragraphStart = doc.parts().stream().filter(p -> p.span().contains(s.span()))
        .mapToInt(p -> p.span().start()).findFirst().orElse(s.span().start());
    return events.stream()
        .filter(e -> e.type() != EventType.ARREST && e.type() != EventType.PLOT && fits(noun, e.type()))
        .filter(e -> e.sentences().stream().allMatch(i -> i <= s.index())
            && e.evidence().stream().allMatch(x -> x.span().start() >= paragraphStart))
        .min(Comparator.comparingInt(e -> e.sentences().stream().mapToInt(Integer::intValue).min().orElse(0)));
  }

  /** Whether a noun that refers back can name an event of this kind: "bombing" no kidnapping. */
  private static boolean fits(String noun, EventType type) {
    return switch (noun) {
      case "bombing", "blast", "explosion", "bomb" -> type == EventType.BOMBING;
      case "kidnapping", "abduction" -> type == EventType.KIDNAPPING;
      case "killing", "murder", "assassination" -> Set.of(EventType.KILLING, EventType.ASSASSINATION).contains(type);
      default -> type != EventType.KIDNAPPING;
    };
  }

  /** The event this sentence speaks of: its own, else the last one of the two sentences before. */
  private Optional<FoundEvent> nearestEvent(Sentence s) {
    List<FoundEvent> own = eventsIn(s).stream().filter(e -> e.type() != EventType.ARREST).toList();
    if (!own.isEmpty()) {
      return Optional.of(own.getFirst());
    }
    return events.stream().filter(e -> e.type() != EventType.ARREST)
        .filter(e -> e.sentences().stream().anyMatch(i -> i < s.index() && i >= s.index() - 2))
        .reduce((x, y) -> y);
  }
}
