package org.triangulate.extract.claims;

import static org.triangulate.extract.claims.ClaimRules.lower;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.triangulate.extract.entities.EntityIndex;
import org.triangulate.extract.events.FoundEvent;
import org.triangulate.extract.nlp.Dependency;
import org.triangulate.extract.nlp.Sentence;
import org.triangulate.extract.nlp.Token;
import org.triangulate.extract.nlp.Tree;
import org.triangulate.model.Document;
import org.triangulate.model.EntityType;
import org.triangulate.model.EventType;

/**
 * What a claim's words refer to: the events a sentence tells or refers back to ("the attack", "the
 * incident", "it"), the incident a paragraph is about, and the named group or person a phrase
 * holds. Shared by the readers of one document's claims; not thread-safe.
 */
final class Referents {
  /** Words that name the event just told without being an event word themselves: "the incident was blamed on …". */
  static final Set<String> INCIDENT = Set.of("incident", "act", "it", "this", "that");

  /** Nouns that, with "the", refer back to the group last named: "the group said". */
  private static final Set<String> GROUP_NOUNS = Set.of("group", "organisation", "organization", "movement",
      "militants", "network", "outfit", "faction", "insurgents");

  /** Pronouns that stand for one person. */
  private static final Set<String> PERSONAL = Set.of("he", "she");

  private final Document doc;
  private final EntityIndex entities;
  private final List<FoundEvent> events;

  // The events' positions by trigger token and by sentence, so that a long document's sentences
  // do not each scan all its events.
  private final TreeMap<Integer, TreeSet<Integer>> byTrigger = new TreeMap<>();
  private final TreeMap<Integer, TreeSet<Integer>> bySentence = new TreeMap<>();

  Referents(Document doc, EntityIndex entities, List<FoundEvent> events) {
    this.doc = doc;
    this.entities = entities;
    this.events = events;
    for (int p = 0; p < events.size(); p++) {
      for (int t : events.get(p).triggers()) {
        byTrigger.computeIfAbsent(t, k -> new TreeSet<>()).add(p);
      }
      for (int i : events.get(p).sentences()) {
        bySentence.computeIfAbsent(i, k -> new TreeSet<>()).add(p);
      }
    }
  }

  List<FoundEvent> eventsIn(Sentence s) {
    TreeSet<Integer> in = new TreeSet<>();
    byTrigger.subMap(s.tokens().getFirst().index(), true, s.tokens().getLast().index(), true).values()
        .forEach(in::addAll);
    return in.stream().map(events::get).toList();
  }

  Optional<FoundEvent> nearestEvent(Sentence s) {
    List<FoundEvent> own = eventsIn(s).stream().filter(e -> e.type() != EventType.ARREST).toList();
    if (!own.isEmpty()) {
      return Optional.of(own.getFirst());
    }
    TreeSet<Integer> before = new TreeSet<>();
    bySentence.subMap(s.index() - 2, true, s.index(), false).values().forEach(before::addAll);
    return before.descendingSet().stream().map(events::get).filter(e -> e.type() != EventType.ARREST).findFirst();
  }

  /** Whether token {@code index} is the trigger of one of the events. */
  boolean isTrigger(int index) {
    return byTrigger.containsKey(index);
  }

  /**
   * The event of a kind {@code noun} fits that comes first (by its first sentence, then in order)
   * among those told wholly in the paragraph of {@code s} up to {@code s}. Each kind's events are
   * read in that order until one qualifies, not all the document's events for each sentence.
   */
  Optional<FoundEvent> firstInParagraph(Sentence s, String noun) {
    int paragraphStart = doc.parts().stream().filter(p -> p.span().contains(s.span()))
        .mapToInt(p -> p.span().start()).findFirst().orElse(s.span().start());
    Optional<Integer> first = Optional.empty();
    for (Map.Entry<EventType, List<Integer>> kind : inOrderByType().entrySet()) {
      EventType type = kind.getKey();
      if (type == EventType.ARREST || type == EventType.PLOT || !fits(noun, type)) {
        continue;
      }
      for (int p : kind.getValue()) {
        FoundEvent e = events.get(p);
        if (firstSentence(e) > s.index()) {
          break;
        }
        if (e.type() == type && e.sentences().stream().allMatch(i -> i <= s.index())
            && e.evidence().stream().allMatch(x -> x.span().start() >= paragraphStart)) {
          if (first.isEmpty() || byFirstSentence().compare(p, first.get()) < 0) {
            first = Optional.of(p);
          }
          break;
        }
      }
    }
    return first.map(events::get);
  }

  private Comparator<Integer> byFirstSentence() {
    return Comparator.comparingInt((Integer p) -> firstSentence(events.get(p))).thenComparingInt(p -> p);
  }

  private @Nullable Map<EventType, List<Integer>> inOrderByType;

  /** The events' positions by kind, each kind in order of first sentence, then position. */
  private Map<EventType, List<Integer>> inOrderByType() {
    if (inOrderByType == null) {
      inOrderByType = new EnumMap<>(EventType.class);
      for (int p = 0; p < events.size(); p++) {
        inOrderByType.computeIfAbsent(events.get(p).type(), k -> new ArrayList<>()).add(p);
      }
      inOrderByType.values().forEach(l -> l.sort(byFirstSentence()));
    }
    return inOrderByType;
  }

  private static int firstSentence(FoundEvent e) {
    return e.sentences().stream().mapToInt(Integer::intValue).min().orElse(0);
  }

  private static boolean fits(String noun, EventType type) {
    return switch (noun) {
      case "bombing", "blast", "explosion", "bomb" -> type == EventType.BOMBING;
      case "kidnapping", "abduction" -> type == EventType.KIDNAPPING;
      case "killing", "murder", "assassination" -> Set.of(EventType.KILLING, EventType.ASSASSINATION).contains(type);
      default -> type != EventType.KIDNAPPING;
    };
  }

  /**
   * The group or person a phrase names, of the kinds wanted; "he" or "she" alone is the person
   * named last before it ("… the arrest of Taliban leader Mullah Abdul Rahman. He is accused of …").
   */
  Optional<EntityIndex.Ref> named(Tree tree, int head, EntityType... types) {
    Set<EntityType> wanted = Set.of(types);
    Token h = tree.token(head);
    if (PERSONAL.contains(lower(h.text())) && wanted.contains(EntityType.PERSON) && tree.children(head).isEmpty()) {
      return entities.before(h.span().start(), List.of(EntityType.PERSON));
    }
    Optional<EntityIndex.Ref> own = entities.within(tree.span(head)).stream()
        .filter(r -> wanted.contains(r.type())).findFirst();
    return own.isPresent() || !wanted.contains(EntityType.ORGANIZATION) ? own : groupReferredTo(tree, head, entities);
  }

  /**
   * The group a phrase such as "the group" or "the terrorist group" refers back to: the
   * organisation named last before it. A phrase with a name of its own, or without "the", refers to
   * none.
   */
  static Optional<EntityIndex.Ref> groupReferredTo(Tree tree, int head, EntityIndex entities) {
    Token h = tree.token(head);
    boolean the = tree.hasDeterminer(head, Set.of("the"));
    if (!GROUP_NOUNS.contains(lower(h.lemma())) || !the || !entities.within(tree.span(head)).isEmpty()) {
      return Optional.empty();
    }
    return entities.before(h.span().start(), List.of(EntityType.ORGANIZATION));
  }

  static List<Integer> agents(Tree tree, int verb) {
    List<Integer> out = new ArrayList<>(tree.children(verb, "obl:agent"));
    out.addAll(tree.children(verb, "obl:by"));
    return out;
  }

  static String marker(Dependency d) {
    return d.relation().contains(":") ? d.relation().substring(d.relation().indexOf(':') + 1) : "";
  }

  /**
   * The event a blamed phrase names: the event word in it nearest its head ("of being involved in
   * an IED attack", "for its role in the bombing"), or "the incident", "it" for the last one told.
   */
  Optional<FoundEvent> blamedEvent(Tree tree, Sentence s, int head) {
    List<Integer> phrase = tree.subtree(head);
    Optional<FoundEvent> own = eventsIn(s).stream().filter(e -> phrase.stream().anyMatch(e.triggers()::contains))
        .min(Comparator.comparingInt(e -> e.triggers().stream().mapToInt(t -> Math.abs(t - head)).min().orElse(0)));
    if (own.isPresent()) {
      return own;
    }
    Token h = tree.token(head);
    return INCIDENT.contains(lower(h.lemma())) ? nearestEvent(s) : Optional.empty();
  }
}
