package org.triangulate.eval.annotated;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.triangulate.eval.NameKeys;
import org.triangulate.model.Claim;
import org.triangulate.model.EntityType;
import org.triangulate.model.Event;
import org.triangulate.model.EventType;
import org.triangulate.model.Extraction;
import org.triangulate.model.LocalEntity;
import org.triangulate.model.Modality;
import org.triangulate.model.Participant;
import org.triangulate.model.Predicate;
import org.triangulate.model.Role;
import org.triangulate.model.Span;

/**
 * Aligns one extraction with one annotation and tallies, written down:
 *
 * <ul>
 *   <li>Events: an annotated incident is found by the first unmatched extracted event whose
 *       passages contain the incident's anchor words, a type-compatible one first; event
 *       precision is matched extracted events over all extracted, recall matched incidents over
 *       all. Per incident that states the field (an incident not found is a miss): type equal;
 *       date equal to {@code time.value}; place: the location's name or an alias contains or is
 *       contained in a chain part's name (designators such as "province" ignored), or its
 *       province is the annotated one; perpetrator: a perpetrator or claimant, or a claim that
 *       someone did or claimed the event, names an annotated perpetrator; killed, injured equal.
 *   <li>Claims of responsibility, blame, denial and suspicion (CLAIMED, ACCUSED, DENIED, HEDGED):
 *       found when an extracted claim of that modality has a passage overlapping the anchor;
 *       speaker: for every annotated claim with a named speaker, an extracted claim whose passage
 *       overlaps the anchor names that speaker.
 *   <li>Relations: a stated relation (not OPPOSES, not negated) is found when a claim of a
 *       relational predicate joins entities named as its two sides, in either order; every
 *       extracted COOPERATES_WITH or BRANCH_OF claim between two organisations that no stated
 *       relation supports is a false group link.
 * </ul>
 */
public final class AnnotationScoring {
  private static final Set<Modality> RESPONSIBILITY = Set.of(Modality.CLAIMED, Modality.ACCUSED, Modality.DENIED,
      Modality.HEDGED);
  private static final Set<Predicate> RELATIONAL = Set.of(Predicate.MEMBER_OF, Predicate.LEADS, Predicate.FOUNDED,
      Predicate.BRANCH_OF, Predicate.COOPERATES_WITH, Predicate.WORKS_FOR, Predicate.SPOKESPERSON_FOR);

  private AnnotationScoring() {}

  /** Adds one annotated text's tallies to {@code t} under {@code group}. */
  public static void score(Annotation a, Extraction x, Tally t, String group) {
    Map<String, LocalEntity> entities = x.entities().stream()
        .collect(Collectors.toMap(LocalEntity::key, Function.identity(), (p, q) -> p));
    List<Event> events = x.events();
    Set<Event> used = new HashSet<>();
    for (Annotation.Incident gold : a.events()) {
      Optional<Event> found = match(a, gold, events, used);
      found.ifPresent(used::add);
      t.add(group, "events.found", found.isPresent() ? 1 : 0, 1);
      t.add(group, "type", found.filter(e -> e.type() == gold.type()).isPresent() ? 1 : 0, 1);
      if (gold.date() != null) {
        t.add(group, "date", found.filter(e -> gold.date().equals(e.time().value())).isPresent() ? 1 : 0, 1);
      }
      if (!gold.place().isEmpty() || gold.province() != null) {
        t.add(group, "place", found.filter(e -> placeAgrees(a, gold, e, entities)).isPresent() ? 1 : 0, 1);
      }
      if (!gold.perpetrators().isEmpty()) {
        t.add(group, "perpetrator", found.filter(e -> perpetratorAgrees(a, gold, e, x, entities)).isPresent() ? 1 : 0, 1);
      }
      if (gold.killed() != null) {
        t.add(group, "killed", found.filter(e -> gold.killed().equals(e.killed())).isPresent() ? 1 : 0, 1);
      }
      if (gold.injured() != null) {
        t.add(group, "injured", found.filter(e -> gold.injured().equals(e.injured())).isPresent() ? 1 : 0, 1);
      }
    }
    t.add(group, "events.precision", used.size(), events.size());
    claims(a, x, entities, t, group);
    relations(a, x, entities, t, group);
  }

  private static Optional<Event> match(Annotation a, Annotation.Incident gold, List<Event> events, Set<Event> used) {
    String anchor = a.of(gold.anchor());
    List<Event> candidates = events.stream().filter(e -> !used.contains(e))
        .filter(e -> e.evidence().stream().anyMatch(ev -> norm(ev.text()).contains(anchor))).toList();
    return candidates.stream().filter(e -> compatible(e.type(), gold.type())).findFirst()
        .or(() -> candidates.stream().findFirst());
  }

  private static boolean compatible(EventType a, EventType b) {
    return a == b || a == EventType.ATTACK || b == EventType.ATTACK
        || Set.of(EventType.KILLING, EventType.ASSASSINATION).containsAll(Set.of(a, b));
  }

  private static boolean placeAgrees(Annotation a, Annotation.Incident gold, Event e, Map<String, LocalEntity> entities) {
    LocalEntity at = e.location() == null ? null : entities.get(e.location());
    if (at == null) {
      return false;
    }
    List<String> names = new ArrayList<>(List.of(at.name()));
    at.aliases().forEach(al -> names.add(al.name()));
    List<String> chain = gold.place().stream().map(a::of).map(AnnotationScoring::undesignated).toList();
    boolean byName = names.stream().map(AnnotationScoring::undesignated)
        .anyMatch(n -> chain.stream().anyMatch(c -> contains(n, c) || contains(c, n)));
    boolean byProvince = gold.province() != null && at.geo() != null && at.geo().province() != null
        && NameKeys.key(undesignated(at.geo().province())).equals(NameKeys.key(undesignated(gold.province())));
    return byName || byProvince;
  }

  private static boolean perpetratorAgrees(Annotation a, Annotation.Incident gold, Event e, Extraction x,
      Map<String, LocalEntity> entities) {
    List<String> named = new ArrayList<>();
    for (Participant p : e.participants()) {
      if (p.role() == Role.PERPETRATOR || p.role() == Role.CLAIMANT) {
        named.add(p.text());
        Optional.ofNullable(p.entity()).map(entities::get).ifPresent(en -> named.add(en.name()));
      }
    }
    for (Claim c : x.claims()) {
      if (e.key().equals(c.object()) && (c.predicate() == Predicate.PERPETRATOR_OF || c.predicate() == Predicate.CLAIMED)
          && entities.containsKey(c.subject())) {
        named.add(entities.get(c.subject()).name());
      }
    }
    List<String> wanted = gold.perpetrators().stream().map(a::of).toList();
    return named.stream().anyMatch(n -> wanted.stream().anyMatch(w -> contains(n, w) || contains(w, n)));
  }

  private static void claims(Annotation a, Extraction x, Map<String, LocalEntity> entities, Tally t, String group) {
    for (Annotation.Statement s : a.claims()) {
      List<Claim> near = x.claims().stream().filter(c -> overlaps(a, s.anchor(), c)).toList();
      if (RESPONSIBILITY.contains(s.modality())) {
        t.add(group, "claims." + s.modality().name().toLowerCase(java.util.Locale.ROOT),
            near.stream().anyMatch(c -> c.modality() == s.modality()) ? 1 : 0, 1);
      }
      if (s.speaker() != null) {
        String speaker = a.of(s.speaker());
        boolean right = near.stream().anyMatch(c -> speakerNames(c, entities).stream()
            .anyMatch(n -> contains(n, speaker) || contains(speaker, n)));
        t.add(group, "claims.speaker", right ? 1 : 0, 1);
      }
    }
  }

  private static List<String> speakerNames(Claim c, Map<String, LocalEntity> entities) {
    List<String> out = new ArrayList<>();
    if (c.speakerText() != null) {
      out.add(c.speakerText());
    }
    Optional.ofNullable(c.speaker()).map(entities::get).ifPresent(e -> {
      out.add(e.name());
      e.aliases().forEach(al -> out.add(al.name()));
    });
    return out;
  }

  private static void relations(Annotation a, Extraction x, Map<String, LocalEntity> entities, Tally t, String group) {
    List<Annotation.Relation> stated = a.relations().stream()
        .filter(r -> !r.negated() && !r.relation().equals("OPPOSES")).toList();
    for (Annotation.Relation r : stated) {
      boolean found = x.claims().stream().filter(c -> RELATIONAL.contains(c.predicate()) && c.modality() != Modality.DENIED)
          .anyMatch(c -> joins(a, r, c, entities));
      t.add(group, "relations.stated", found ? 1 : 0, 1);
    }
    for (Claim c : x.claims()) {
      boolean groupLink = (c.predicate() == Predicate.COOPERATES_WITH || c.predicate() == Predicate.BRANCH_OF)
          && c.modality() != Modality.DENIED && isGroup(entities.get(c.subject())) && isGroup(entities.get(c.object()));
      if (groupLink) {
        boolean supported = stated.stream().anyMatch(r -> joins(a, r, c, entities));
        t.add(group, "relations.falseGroupLinks", supported ? 0 : 1, 1);
      }
    }
  }

  private static boolean isGroup(@Nullable LocalEntity e) {
    return e != null && e.type() == EntityType.ORGANIZATION;
  }

  private static boolean joins(Annotation a, Annotation.Relation r, Claim c, Map<String, LocalEntity> entities) {
    LocalEntity s = entities.get(c.subject());
    LocalEntity o = c.object() == null ? null : entities.get(c.object());
    if (s == null || o == null) {
      return false;
    }
    String rs = a.of(r.subject());
    String ro = a.of(r.object());
    return names(s, rs) && names(o, ro) || names(s, ro) && names(o, rs);
  }

  private static boolean names(LocalEntity e, String text) {
    List<String> all = new ArrayList<>(List.of(e.name()));
    e.aliases().forEach(al -> all.add(al.name()));
    return all.stream().anyMatch(n -> contains(n, text) || contains(text, n));
  }

  private static boolean overlaps(Annotation a, Span anchor, Claim c) {
    String text = a.of(anchor);
    return c.evidence().stream().map(ev -> norm(ev.text())).anyMatch(ev -> ev.contains(text) || text.contains(ev)
        || ev.length() > 20 && text.length() > 20 && sharesHalf(ev, text));
  }

  private static boolean sharesHalf(String a, String b) {
    Set<String> wa = new HashSet<>(List.of(NameKeys.key(a).split(" ")));
    List<String> wb = List.of(NameKeys.key(b).split(" "));
    long common = wb.stream().filter(wa::contains).count();
    return common * 2 >= Math.min(wa.size(), wb.size());
  }

  /** Whether {@code outer}'s key holds {@code inner}'s key as whole words. */
  static boolean contains(String outer, String inner) {
    String o = NameKeys.key(outer);
    String i = NameKeys.key(inner);
    return !i.isEmpty() && !o.isEmpty() && (" " + o + " ").contains(" " + i + " ");
  }

  private static String undesignated(String place) {
    String s = place.replaceAll("(?i)\\b(province|district|agency|state|region|governorate|division|county|city|town|village)\\b", " ")
        .replaceAll("\\s+", " ").strip();
    return s.isEmpty() ? place : s;
  }

  private static String norm(String s) {
    return Objects.requireNonNull(s).replaceAll("\\s+", " ").strip();
  }
}
