package org.triangulate.extract.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.triangulate.extract.claims.ClaimRules.Draft;
import org.triangulate.extract.entities.EntityIndex;
import org.triangulate.model.Description;
import org.triangulate.model.Document;
import org.triangulate.model.EntityType;
import org.triangulate.model.LocalEntity;
import org.triangulate.model.Modality;
import org.triangulate.model.Predicate;

/**
 * Relations the article states through the roles it gives people: "NDS spokesman Haris Jebran"
 * (SPOKESPERSON_FOR the NDS), "founder of the Haqqani Network" (FOUNDED), "a suspected member of
 * …" (MEMBER_OF, hedged). The speaker is the article.
 */
final class RoleClaims {
  private static final Map<String, Predicate> ROLES = Map.ofEntries(
      Map.entry("spokesman", Predicate.SPOKESPERSON_FOR), Map.entry("spokeswoman", Predicate.SPOKESPERSON_FOR),
      Map.entry("spokesperson", Predicate.SPOKESPERSON_FOR), Map.entry("founder", Predicate.FOUNDED),
      Map.entry("chief", Predicate.LEADS), Map.entry("head", Predicate.LEADS), Map.entry("leader", Predicate.LEADS),
      Map.entry("commander", Predicate.MEMBER_OF), Map.entry("emir", Predicate.LEADS), Map.entry("director", Predicate.LEADS),
      Map.entry("chairman", Predicate.LEADS), Map.entry("president", Predicate.LEADS),
      Map.entry("member", Predicate.MEMBER_OF), Map.entry("fighter", Predicate.MEMBER_OF),
      Map.entry("militant", Predicate.MEMBER_OF), Map.entry("operative", Predicate.MEMBER_OF),
      Map.entry("official", Predicate.WORKS_FOR), Map.entry("officer", Predicate.WORKS_FOR),
      Map.entry("financier", Predicate.WORKS_FOR), Map.entry("facilitator", Predicate.WORKS_FOR),
      Map.entry("recruiter", Predicate.WORKS_FOR), Map.entry("treasurer", Predicate.WORKS_FOR),
      Map.entry("courier", Predicate.WORKS_FOR), Map.entry("adviser", Predicate.WORKS_FOR),
      Map.entry("minister", Predicate.WORKS_FOR), Map.entry("deputy", Predicate.MEMBER_OF),
      Map.entry("researcher", Predicate.WORKS_FOR), Map.entry("analyst", Predicate.WORKS_FOR));

  private final Document doc;
  private final EntityIndex entities;

  RoleClaims(Document doc, EntityIndex entities) {
    this.doc = doc;
    this.entities = entities;
  }

  List<Draft> claims(List<LocalEntity> all) {
    List<Draft> out = new ArrayList<>();
    for (LocalEntity person : all) {
      if (person.type() != EntityType.PERSON) {
        continue;
      }
      for (Description d : person.descriptions()) {
        role(d).ifPresent(p -> organisation(person, d).ifPresent(org -> out.add(new Draft(null, "the article",
            List.of(), hedged(d) ? Modality.HEDGED : Modality.ASSERTED, d.evidence().section(), person.key(), p,
            org.key(), d.evidence()))));
      }
    }
    return out;
  }

  private static Optional<Predicate> role(Description d) {
    for (String w : d.text().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      Predicate p = ROLES.get(w.endsWith("s") ? w.substring(0, w.length() - 1) : w);
      if (p != null) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  private Optional<EntityIndex.Ref> organisation(LocalEntity person, Description d) {
    return entities.within(d.evidence().span()).stream()
        .filter(r -> r.type() == EntityType.ORGANIZATION && !r.key().equals(person.key()))
        .findFirst();
  }

  private static boolean hedged(Description d) {
    String t = d.text().toLowerCase(Locale.ROOT);
    return t.contains("suspected") || t.contains("alleged") || t.contains("reported");
  }
}
