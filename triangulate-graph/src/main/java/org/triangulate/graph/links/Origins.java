package org.triangulate.graph.links;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Traces each claim to its origin, the organisation behind the information:
 *
 * <ol>
 *   <li>an organisation speaking is its own origin; a reporting chain ("citing the NDS") has
 *       already made the original speaker the claim's speaker;
 *   <li>a person who speaks for, leads, works for or belongs to an organisation speaks for it (a
 *       spokesman and a chief of one agency are one origin);
 *   <li>a claim whose stated basis is another source ("documents provided by the security
 *       forces", "according to the ministry") joins that source;
 *   <li>a publisher speaking in its own voice through an outlet it cites — a coded row (ACLED,
 *       GTD), whose dataset speaks and whose claims reached it through the outlet the row cites
 *       ({@link ClaimFact#via()}) — counts within that outlet, as that outlet's own reports do:
 *       a row and the article it was coded from are one origin, not two; a row citing several
 *       outlets counts within the first, unless {@link EvidenceGraph} finds another of them
 *       supporting the same link ({@link #cited});
 *   <li>anyone else — the article, unnamed officials, an analyst's opinion — counts within the
 *       outlet that published it, and a near-copy of a document within the original's outlet;
 *   <li>each reader comment is its own origin.
 * </ol>
 */
final class Origins {
  /** Who speaks for an organisation: its spokespeople, leaders and staff, not its rank and file. */
  private static final Set<String> AFFILIATIONS = Set.of("SPOKESPERSON_FOR", "LEADS", "WORKS_FOR");
  private static final Pattern BASIS = Pattern.compile(
      "(?:provided by|according to|citing|based on|released by|obtained from)\\s+(?:the\\s+)?"
          + "([^,.;:\"“”]{3,60}?)(?=\\s+(?:show|shows|showed|say|says|said|reveal|reveals|indicate|indicates"
          + "|suggest|suggests|prove|proves|confirm|confirms|that|was|were|is|are)\\b|[,.;:\"“”]|$)",
      Pattern.CASE_INSENSITIVE);

  private final Map<String, String> affiliation = new HashMap<>();
  private final Map<String, EntityName> entities;

  /** An entity's display name and knowledge-base id. */
  record EntityName(String name, String type, @org.jspecify.annotations.Nullable String kb) {}

  Origins(List<ClaimFact> claims, Map<String, EntityName> entities) {
    this.entities = entities;
    for (ClaimFact c : claims) {
      boolean person = entities.containsKey(c.subject()) && entities.get(c.subject()).type().equals("PERSON");
      boolean org = c.object() != null && entities.containsKey(c.object())
          && entities.get(c.object()).type().equals("ORGANIZATION");
      if (person && org && AFFILIATIONS.contains(c.predicate()) && !c.denied() && !c.hedged()) {
        affiliation.putIfAbsent(c.subject(), c.object());
      }
    }
  }

  Origin of(ClaimFact c) {
    if ("reader comment".equals(c.speakerText())) {
      return new Origin("comment:" + c.document() + ":" + c.evidence().hashCode(), "a reader comment", "comment", null,
          "reader comments are each their own origin");
    }
    if (c.speaker() != null && "ORGANIZATION".equals(c.speakerType())) {
      return org(c.speaker(), "said by the organisation itself");
    }
    if (c.speaker() != null && affiliation.containsKey(c.speaker())) {
      return org(affiliation.get(c.speaker()), c.speakerName() + " speaks for it");
    }
    if (c.speaker() != null && c.modality().equals("CONFESSED") && !c.via().isEmpty()
        && entities.containsKey(c.via().getFirst())
        && entities.get(c.via().getFirst()).type().equals("ORGANIZATION")) {
      return org(c.via().getFirst(), "it reached the report through " + entities.get(c.via().getFirst()).name()
          + ", who released it"); // a confession in a video an agency released
    }
    List<Origin> cited = cited(c);
    if (!cited.isEmpty()) {
      return cited.getFirst();
    }
    Optional<Origin> basis = basis(c);
    if (basis.isPresent()) {
      return basis.get();
    }
    String who = c.speakerName() != null ? c.speakerName() : c.speakerText();
    String outlet = c.outlet().startsWith("doc-") ? "the outlet of " + c.outlet() : c.outlet();
    return new Origin("outlet:" + c.outlet().toLowerCase(Locale.ROOT), outlet, "outlet", null,
        who + " with no stated basis counts within the publishing outlet");
  }

  /**
   * The origins a publisher speaking in its own voice through outlets it cites (a coded row) may
   * count within, one per cited outlet, first cited first; empty for any other claim.
   */
  List<Origin> cited(ClaimFact c) {
    if (c.speaker() != null || !c.outlet().equals(c.speakerText())) {
      return List.of();
    }
    List<String> names = c.via().stream().filter(entities::containsKey).map(k -> entities.get(k).name()).toList();
    String cites = c.outlet() + " cites " + String.join("; ", names);
    return names.stream().map(cited -> new Origin("outlet:" + cited.toLowerCase(Locale.ROOT), cited, "outlet",
        null, cites + ": counts within " + (names.size() == 1 ? "that outlet" : cited))).toList();
  }

  private Origin org(String entity, String why) {
    EntityName e = entities.get(entity);
    return new Origin("org:" + entity, e == null ? entity : e.name(), "org", e == null ? null : e.kb(), why);
  }

  /** "documents provided by Afghan security forces": the claim rests on that source. */
  private Optional<Origin> basis(ClaimFact c) {
    Matcher m = BASIS.matcher(c.evidence());
    if (!m.find()) {
      return Optional.empty();
    }
    String phrase = m.group(1).strip();
    for (Map.Entry<String, EntityName> e : entities.entrySet()) {
      if (e.getValue().type().equals("ORGANIZATION") && phrase.toLowerCase(Locale.ROOT)
          .startsWith(e.getValue().name().toLowerCase(Locale.ROOT))) {
        return Optional.of(org(e.getKey(), "its stated basis is " + e.getValue().name()));
      }
    }
    String key = phrase.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    return Optional.of(new Origin("basis:" + key, phrase, "basis", null, "its stated basis is " + phrase));
  }
}
