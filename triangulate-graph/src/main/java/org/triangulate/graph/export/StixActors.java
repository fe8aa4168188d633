package org.triangulate.graph.export;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.triangulate.graph.internal.EntityGroup;
import org.triangulate.graph.links.Link;
import org.triangulate.graph.links.SourceTable;
import org.triangulate.model.EntityType;

/**
 * Which entities are STIX {@code threat-actor}s and which {@code identity}s. An organisation is
 * a threat actor when the source table rates it as an armed group (by default every group of
 * the armed-groups knowledge base, and no agency, even one with a knowledge-base id) or it is
 * said to have carried out or claimed an event (a PERPETRATOR or CLAIMANT participant, or the subject of a PERPETRATOR_OF
 * or CLAIMED link); every other organisation (agencies, ministries, outlets) is an identity of
 * class organization. A person is a threat actor when the knowledge base lists them, when they
 * are said to have carried out or claimed an event, or when a link makes them a member, leader,
 * founder or spokesperson of a threat-actor organisation; otherwise an identity of class
 * individual. Immutable.
 */
final class StixActors {
  private static final Set<String> ACTING_ROLES = Set.of("PERPETRATOR", "CLAIMANT");
  private static final Set<String> ACTING_LINKS = Set.of("PERPETRATOR_OF", "CLAIMED");
  private static final Set<String> BELONGING_LINKS =
      Set.of("MEMBER_OF", "LEADS", "FOUNDED", "SPOKESPERSON_FOR");

  private final Set<String> actors;

  private StixActors(Set<String> actors) {
    this.actors = Set.copyOf(actors);
  }

  static StixActors of(GraphSnapshot g) {
    Set<String> acting = new HashSet<>();
    g.events().forEach(v -> v.participants().stream()
        .filter(p -> p.entity() != null && ACTING_ROLES.contains(p.role()))
        .forEach(p -> acting.add(p.entity())));
    g.links().stream().filter(l -> ACTING_LINKS.contains(l.type()))
        .forEach(l -> acting.add(l.source()));
    Set<String> actors = new HashSet<>();
    for (EntityGroup e : g.entities()) {
      boolean actor = armedGroup(e, g.sources()) || acting.contains(e.id());
      if (actor && (e.type() == EntityType.ORGANIZATION || e.type() == EntityType.PERSON)) {
        actors.add(e.id());
      }
    }
    List<Link> belonging = g.links().stream().filter(l -> BELONGING_LINKS.contains(l.type()))
        .toList();
    var index = g.entityIndex();
    for (Link l : belonging) {
      EntityGroup person = index.get(l.source());
      if (person != null && person.type() == EntityType.PERSON && actors.contains(l.target())) {
        actors.add(person.id());
      }
    }
    return new StixActors(actors);
  }

  /** Whether the source table rates {@code e} as an armed group. */
  static boolean armedGroup(EntityGroup e, SourceTable sources) {
    return sources.rate(e.name(), e.kb(), "org").category().equals("armed group");
  }

  boolean isThreatActor(EntityGroup e) {
    return actors.contains(e.id());
  }
}
