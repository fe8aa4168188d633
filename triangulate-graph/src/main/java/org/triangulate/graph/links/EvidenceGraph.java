package org.triangulate.graph.links;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/**
 * Links and conflicts over all stored claims.
 *
 * <p><b>Links.</b> Claims with the same subject, predicate and object (either order for
 * COOPERATES_WITH) make one link. Claims that deny it contradict it; the others support it. Each
 * claim is traced to its {@link Origins origin}; a link counts its supporting documents, named
 * speakers and independent origins.
 *
 * <p><b>Grade</b> (Admiralty code, reliability letter then credibility digit):
 *
 * <ul>
 *   <li>reliability: the best rating in the {@link SourceTable} among the supporting origins (F
 *       when none is rated);
 *   <li>credibility: with no contradicting origin, 1 when three or more independent origins
 *       support it, 2 with two, 3 with one; with contradicting origins, 4 when supporters
 *       outnumber them, else 5; one step worse (at most 5) when every supporting claim is
 *       hedged; 6 when only reader comments support it;
 *   <li>an interested party among the supporting origins (a belligerent, or its security
 *       service speaking about its enemy) is named in the explanation.
 * </ul>
 *
 * <p><b>Conflicts.</b> An event whose claimed responsibility (CLAIMED) differs from the
 * responsibility others attribute (PERPETRATOR_OF); within one document, one speaker reporting
 * that a group claimed attacks and that another was behind them (the event may then be
 * unspecified: null); a statement asserted by some and denied by others; and, within one event
 * group, a coded row's perpetrator that no news report names, or two sources' counts of the dead
 * or wounded that differ beyond a tolerance ({@link Disagreements}).
 *
 * <p>Cost: linear in the claims, plus sorting. Immutable once built.
 */
public final class EvidenceGraph {
  private final List<Link> links;
  private final List<Conflict> conflicts;
  private final Map<String, Origin> origins;

  private EvidenceGraph(List<Link> links, List<Conflict> conflicts, Map<String, Origin> origins) {
    this.links = List.copyOf(links);
    this.conflicts = List.copyOf(conflicts);
    this.origins = Map.copyOf(origins);
  }

  /** Loads the store's claims through {@code h} and analyses them. */
  public static EvidenceGraph of(Handle h, SourceTable sources) {
    return of(ClaimFacts.load(h), ReportFacts.load(h), entityNames(h), sources);
  }

  /** Each stored entity's display name, type and knowledge-base id. */
  static Map<String, Origins.EntityName> entityNames(Handle h) {
    Map<String, Origins.EntityName> names = new HashMap<>();
    h.createQuery("SELECT DISTINCT ON (entity) entity, name, type, kb FROM entities ORDER BY entity, id")
        .map((rs, ctx) -> Map.entry(rs.getString("entity"),
            new Origins.EntityName(rs.getString("name"), rs.getString("type"), rs.getString("kb"))))
        .forEach(e -> names.put(e.getKey(), e.getValue()));
    return names;
  }

  static EvidenceGraph of(List<ClaimFact> claims, Map<String, Origins.EntityName> names, SourceTable sources) {
    return of(claims, List.of(), names, sources);
  }

  static EvidenceGraph of(List<ClaimFact> claims, List<ReportFact> reports,
      Map<String, Origins.EntityName> names, SourceTable sources) {
    Origins tracer = new Origins(claims, names);
    Map<String, Origin> origins = new LinkedHashMap<>();
    claims.forEach(c -> origins.put(c.id(), withinFamily(tracer.of(c), sources)));
    Map<List<String>, List<ClaimFact>> byLink = new LinkedHashMap<>();
    for (ClaimFact c : claims) {
      if (c.object() == null || c.predicate().equals("OCCURRED")) {
        continue;
      }
      byLink.computeIfAbsent(key(c), k -> new ArrayList<>()).add(c);
    }
    byLink.values().forEach(cs -> joinCitedOutlets(cs, tracer, origins));
    List<Link> links = new ArrayList<>();
    byLink.forEach((k, cs) -> links.add(link(k, cs, origins, sources)));
    links.sort(Comparator.comparingInt(Link::independentOrigins).reversed()
        .thenComparing(Link::source).thenComparing(Link::target).thenComparing(Link::type));
    return new EvidenceGraph(links, Conflicts.find(claims, reports), origins);
  }

  /**
   * An organisation's origin, moved up to the organisation the source table says it is part of:
   * the Office of Foreign Assets Control speaks within the U.S. Department of the Treasury.
   */
  static Origin withinFamily(Origin o, SourceTable sources) {
    if (!o.kind().equals("org") && !o.kind().equals("basis")) {
      return o;
    }
    return sources.family(o.name())
        .map(top -> new Origin("family:" + top.toLowerCase(Locale.ROOT), top, "org",
            top.equals(o.name()) ? o.kb() : null,
            top.equals(o.name()) ? o.why() : o.why() + "; " + o.name() + " is part of " + top))
        .orElse(o);
  }

  /**
   * A coded row citing several outlets counts within the first of them that another supporting
   * claim of the same link already comes from, else within the first it cites: a row and each
   * article it was coded from are one origin, while the articles stay independent of each other.
   * A claim belongs to one link, so its origin here is the one views group it by.
   */
  private static void joinCitedOutlets(List<ClaimFact> link, Origins tracer, Map<String, Origin> origins) {
    Set<String> present = new LinkedHashSet<>();
    link.stream().filter(c -> !c.denied() && tracer.cited(c).size() <= 1)
        .forEach(c -> present.add(origins.get(c.id()).key()));
    for (ClaimFact c : link) {
      List<Origin> cited = tracer.cited(c);
      if (cited.size() > 1 && !c.denied()) {
        Origin chosen = cited.stream().filter(o -> present.contains(o.key())).findFirst().orElse(cited.getFirst());
        origins.put(c.id(), chosen);
        present.add(chosen.key());
      }
    }
  }

  public List<Link> links() {
    return links;
  }

  public List<Conflict> conflicts() {
    return conflicts;
  }

  /** The origin each claim was traced to, by claim id. */
  Map<String, Origin> originsByClaim() {
    return origins;
  }

  private static List<String> key(ClaimFact c) {
    String a = c.subject();
    String b = Objects.requireNonNull(c.object());
    if (c.predicate().equals("COOPERATES_WITH") && a.compareTo(b) > 0) {
      return List.of(b, a, c.predicate());
    }
    return List.of(a, b, c.predicate());
  }

  private static Link link(List<String> key, List<ClaimFact> claims, Map<String, Origin> origins,
      SourceTable sources) {
    List<ClaimFact> support = claims.stream().filter(c -> !c.denied()).toList();
    Map<String, Origin> supporting = new LinkedHashMap<>();
    support.forEach(c -> supporting.putIfAbsent(origins.get(c.id()).key(), origins.get(c.id())));
    Set<String> against = new LinkedHashSet<>();
    claims.stream().filter(ClaimFact::denied).forEach(c -> against.add(origins.get(c.id()).key()));
    Set<String> documents = new LinkedHashSet<>();
    Set<String> speakers = new LinkedHashSet<>();
    LocalDate from = null;
    LocalDate to = null;
    for (ClaimFact c : support) {
      documents.add(c.document());
      if (c.speaker() != null) {
        speakers.add(c.speaker());
      }
      if (c.published() != null) {
        from = from == null || c.published().isBefore(from) ? c.published() : from;
        to = to == null || c.published().isAfter(to) ? c.published() : to;
      }
    }
    Grade grade = Grade.of(supporting.values(), against.size(), support, sources);
    List<String> explanation = new ArrayList<>();
    explanation.add(support.size() + " supporting claim(s) in " + documents.size() + " document(s) by "
        + speakers.size() + " named speaker(s); " + (claims.size() - support.size()) + " denial(s)");
    supporting.values().forEach(o -> explanation.add("origin " + o.name() + ": " + o.why()));
    explanation.addAll(grade.reasons());
    return new Link(key.get(0), key.get(1), key.get(2), claims.stream().map(ClaimFact::id).toList(),
        documents.size(), speakers.size(), supporting.size(), against.size(), grade.code(), from, to,
        supporting.values().stream().map(Origin::name).toList(), explanation);
  }
}
