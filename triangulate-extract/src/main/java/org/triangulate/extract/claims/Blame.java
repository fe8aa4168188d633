package org.triangulate.extract.claims;

import static org.triangulate.extract.claims.ClaimRules.lower;
import static org.triangulate.extract.claims.ClaimRules.negated;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
import org.triangulate.model.Predicate;
import org.triangulate.model.Section;

/**
 * Blame laid on someone for an event (ACCUSED; HEDGED when only suspected) and denial of a part in
 * one (DENIED), read from the verbs and nouns that state them. Not thread-safe; one per document.
 */
final class Blame {
  private static final Set<String> DENYING = Set.of("deny", "reject", "dismiss");
  /** What a denial of a part in a deed denies: "denied responsibility", "rejected the claims". */
  private static final Set<String> DENIED_PARTS = Set.of("responsibility", "involvement", "role", "part", "hand",
      "link", "connection", "participation", "presence", "claim", "report", "allegation", "accusation", "charge", "credit");
  /** Verbs that lay an event on someone: ACCUSED, but HEDGED for "suspect". */
  private static final Set<String> BLAMING = Set.of("blame", "attribute", "pin", "accuse", "charge", "suspect");
  /** Of those, the ones that blame for the incident just told when they name no deed: "the Taliban is suspected". */
  private static final Set<String> BLAMING_BARE = Set.of("blame", "suspect");
  /** Verbs of belief whose passive tells who is thought to have done it: "is believed to have been carried out by". */
  private static final Set<String> BELIEVING = Set.of("believe", "suspect", "think");
  /** Nouns for the doers of an incident, whose believed identity names them: "the attackers are believed to be …". */
  private static final Set<String> DOERS = Set.of("perpetrator", "attacker", "assailant", "bomber", "gunman", "killer",
      "culprit", "shooter", "kidnapper", "abductor");

  private final Document doc;
  private final Referents refs;

  Blame(Document doc, Referents refs) {
    this.doc = doc;
    this.refs = refs;
  }

  /**
   * "The Taliban denied involvement", "… denied carrying out the attack", "… called reporters to
   * deny involvement": a DENIED claim by the denier that it did it. What is denied must be a part
   * in something (responsibility, involvement, a role, a claim) or a deed; "denied journalists
   * access" denies no deed.
   */
  void denial(Tree tree, Sentence s, Section section, Evidence evidence, List<Draft> out) {
    for (Token t : s.tokens()) {
      if (!DENYING.contains(lower(t.lemma())) || !t.pos().startsWith("VB") || negated(tree, t.index())
          || !deniesADeed(tree, s, t.index())) {
        continue;
      }
      for (int subject : deniers(tree, t.index())) {
        refs.named(tree, subject, EntityType.ORGANIZATION, EntityType.PERSON).ifPresent(x -> {
          // "a Taliban spokesman (X) called reporters to deny involvement": X speaks, the Taliban deny
          String who = refs.named(tree, subject, EntityType.PERSON).map(EntityIndex.Ref::key).orElse(x.key());
          Attribution speaker = new Attribution(who, null, List.of(), Modality.DENIED, true);
          out.add(Draft.of(speaker, Modality.DENIED, section, x.key(), Predicate.PERPETRATOR_OF,
              refs.nearestEvent(s).map(FoundEvent::key).orElse(null), evidence));
        });
      }
    }
  }

  /**
   * Whether the sentence denies a part in something ("denied involvement", "rejected the claim"),
   * not a deed: the denial's object is such a noun, or, where the parse lost the object, the noun
   * phrase right after the verb is ("has denied its involvement in the attack, strengthening …").
   */
  boolean deniesAPart(Tree tree) {
    List<Token> tokens = tree.sentence().tokens();
    for (Token t : tokens) {
      if (!DENYING.contains(lower(t.lemma())) || !t.pos().startsWith("VB")) {
        continue;
      }
      if (tree.children(t.index(), "obj").stream().anyMatch(o -> DENIED_PARTS.contains(lower(tree.token(o).lemma())))) {
        return true;
      }
      int next = tokens.indexOf(t) + 1;
      while (next < tokens.size() && Set.of("DT", "PRP$", "JJ", "RB").contains(tokens.get(next).pos())) {
        next++;
      }
      if (next < tokens.size() && tokens.get(next).pos().startsWith("NN")
          && DENIED_PARTS.contains(lower(tokens.get(next).lemma()))) {
        return true;
      }
    }
    return false;
  }

  private boolean deniesADeed(Tree tree, Sentence s, int verb) {
    List<Integer> objects = tree.children(verb, "obj");
    boolean clause = tree.children(verb).stream().anyMatch(d -> Set.of("xcomp", "ccomp").contains(d.base()));
    return clause || objects.isEmpty() || objects.stream().anyMatch(o -> DENIED_PARTS.contains(lower(tree.token(o).lemma()))
        || Referents.INCIDENT.contains(lower(tree.token(o).lemma()))
        || refs.eventsIn(s).stream().anyMatch(e -> e.triggers().contains(o)));
  }

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
   * Blame laid on someone for an event: "the attack was blamed on Boko Haram", "officials
   * attributed the attack to ISIS", "the army blamed the Taliban for the bombing", "the bombing,
   * which authorities blamed on Boko Haram, …", "Razaq is suspected of being involved in the
   * attack" (HEDGED). The blamed one is accused of that event, by whoever blames it (the verb's
   * subject or agent), else by the sentence's speaker. Blame for what is no event told ("the
   * economic crisis"), or denied, accuses no one.
   */
  void blamed(Tree tree, Sentence s, Attribution a, Section section, Evidence evidence, List<Draft> out) {
    for (Token v : s.tokens()) {
      if (!BLAMING.contains(lower(v.lemma())) || !v.pos().startsWith("VB") || negated(tree, v.index())) {
        continue;
      }
      List<Integer> patients = new ArrayList<>(tree.children(v.index(), "obj"));
      patients.addAll(tree.children(v.index(), "nsubj:pass"));
      // the noun a relative clause or a participle describes: "the bombing, which authorities
      // blamed on …", "in an attack attributed to Boko Haram" (the parser's amod)
      // — an amod only when it lays the blame on someone ("a suspected Taliban commander" blames no one)
      boolean laidOn = tree.children(v.index()).stream()
          .anyMatch(d -> d.base().equals("obl") && Set.of("on", "to").contains(Referents.marker(d)));
      tree.head(v.index()).filter(d -> (d.base().equals("acl") || d.base().equals("amod") && laidOn) && d.governor() >= 0)
          .ifPresent(d -> patients.add(d.governor()));
      List<Integer> culprits = new ArrayList<>();
      List<Integer> deeds = new ArrayList<>();
      for (Dependency d : tree.children(v.index())) {
        String marker = Referents.marker(d);
        if (d.base().equals("obl") && Set.of("on", "to").contains(marker)) {
          culprits.add(d.dependent());
          deeds.addAll(patients);
        } else if (Set.of("obl", "advcl").contains(d.base()) && Set.of("for", "of", "in", "over").contains(marker)) {
          deeds.add(d.dependent());
          culprits.addAll(patients);
        }
      }
      Optional<FoundEvent> event = deeds.stream().map(x -> refs.blamedEvent(tree, s, x)).flatMap(Optional::stream).findFirst();
      boolean bare = deeds.isEmpty() && culprits.isEmpty() && BLAMING_BARE.contains(lower(v.lemma()));
      if (bare) {
        // "… but the Taliban is suspected", "police blamed the Taliban": for the incident the paragraph tells
        culprits.addAll(patients);
        event = refs.firstInParagraph(s, "").or(() -> refs.nearestEvent(s));
      }
      if (event.isEmpty()) {
        continue;
      }
      Modality m = lower(v.lemma()).equals("suspect") ? Modality.HEDGED : Modality.ACCUSED;
      accuse(blamer(tree, v.index()).orElse(a).withModality(m), m, tree, culprits, event.get(), section, evidence, out);
    }
    suspects(tree, s, a, section, evidence, out);
    believedDoers(tree, s, a, section, evidence, out);
  }

  /**
   * Who is believed to have done it, told as a belief about the deed or its doers: "the attack is
   * suspected to have been done by the Islamic State", "the bombing is believed to have been
   * carried out by Boko Haram" (the by-phrase of the deed), "the perpetrators are believed to be
   * of the Islamic State", "the attackers were suspected to be members of Boko Haram" (what the
   * doers are believed to be, for the incident the paragraph tells). HEDGED, by whoever believes
   * it when the text says. "The detainees are believed to be members of …" names no doer.
   */
  private void believedDoers(Tree tree, Sentence s, Attribution a, Section section, Evidence evidence, List<Draft> out) {
    for (Token v : s.tokens()) {
      if (!BELIEVING.contains(lower(v.lemma())) || !v.pos().equals("VBN") || negated(tree, v.index())) {
        continue;
      }
      for (int subject : tree.children(v.index(), "nsubj:pass")) {
        for (int c : tree.children(v.index(), "xcomp")) {
          List<Integer> culprits = new ArrayList<>();
          Optional<FoundEvent> event = Optional.empty();
          List<Integer> agents = tree.children(c, "obl:agent");
          if (!agents.isEmpty()) {
            culprits.addAll(agents);
            // "The attack is suspected to …" after the attack is told: the noun points back to it
            event = refs.blamedEvent(tree, s, subject).or(() -> ClaimContent.INCIDENT_NOUNS.contains(lower(tree.token(subject).lemma()))
                ? refs.nearestEvent(s) : Optional.empty());
          } else if (DOERS.contains(lower(tree.token(subject).lemma()))) {
            // "to be of the Islamic State", "to be members of Boko Haram", "to be Taliban militants"
            culprits.add(c);
            culprits.addAll(tree.children(c, "nmod:of"));
            culprits.addAll(tree.children(c, "compound"));
            event = refs.firstInParagraph(s, "").or(() -> refs.nearestEvent(s));
          }
          if (event.isPresent()) {
            Attribution by = blamer(tree, v.index()).orElse(a).withModality(Modality.HEDGED);
            accuse(by, Modality.HEDGED, tree, culprits, event.get(), section, evidence, out);
          }
        }
      }
    }
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
          .filter(d -> d.base().equals("nmod") && Set.of("in", "of", "for").contains(Referents.marker(d)))
          .map(d -> refs.blamedEvent(tree, s, d.dependent())).flatMap(Optional::stream).findFirst();
      if (event.isEmpty()) {
        continue;
      }
      List<Integer> who = new ArrayList<>(tree.children(n.index(), "nsubj"));
      Attribution by = a;
      Optional<Dependency> naming = tree.head(n.index())
          .filter(d -> d.base().equals("xcomp") || d.base().equals("obl") && Referents.marker(d).equals("as"));
      if (who.isEmpty() && naming.isPresent()) {
        who.addAll(tree.children(naming.get().governor(), "obj"));
        by = blamer(tree, naming.get().governor()).orElse(a);
      }
      accuse(by.withModality(Modality.HEDGED), Modality.HEDGED, tree, who, event.get(), section, evidence, out);
    }
  }

  private void accuse(Attribution by, Modality m, Tree tree, List<Integer> culprits, FoundEvent event, Section section,
      Evidence evidence, List<Draft> out) {
    for (int c : culprits) {
      Optional<EntityIndex.Ref> culprit = refs.named(tree, c, EntityType.ORGANIZATION, EntityType.PERSON);
      boolean told = culprit.isPresent() && out.stream().anyMatch(o -> o.predicate() == Predicate.PERPETRATOR_OF
          && o.subject().equals(culprit.get().key()) && event.key().equals(o.object()));
      if (culprit.isPresent() && !told && !culprit.get().key().equals(by.speaker())) {
        out.add(Draft.of(by, m, section, culprit.get().key(), Predicate.PERPETRATOR_OF, event.key(), evidence));
      }
    }
  }

  private Optional<Attribution> blamer(Tree tree, int verb) {
    List<Integer> who = new ArrayList<>(tree.children(verb, "nsubj"));
    who.addAll(Referents.agents(tree, verb));
    return who.stream().findFirst().map(h -> {
      Optional<EntityIndex.Ref> named = refs.named(tree, h, EntityType.ORGANIZATION, EntityType.PERSON);
      return named.map(n -> new Attribution(n.key(), null, List.of(), Modality.ACCUSED, true))
          .orElse(new Attribution(null, tree.span(h).of(doc.text()), List.of(), Modality.ACCUSED, true));
    });
  }
}
