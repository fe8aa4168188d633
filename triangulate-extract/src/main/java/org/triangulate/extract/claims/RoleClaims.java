package org.triangulate.extract.claims;

import java.util.ArrayList;
import java.util.Comparator;
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
import org.triangulate.model.Span;

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
      Map.entry("governor", Predicate.WORKS_FOR),
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
    return roleWord(d).map(w -> ROLES.get(singular(w)));
  }

  /** The description's first word that names a role this class knows ("leader" of "Taliban leader"). */
  private static Optional<String> roleWord(Description d) {
    for (String w : d.text().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (ROLES.containsKey(singular(w))) {
        return Optional.of(w);
      }
    }
    return Optional.empty();
  }

  private static String singular(String w) {
    return w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
  }

  /**
   * The group the role is held in: the one nearest before the role word ("an al-Qaeda associated
   * Taliban leader" leads the Taliban), else the first after it ("founder of the Haqqani Network").
   */
  private Optional<EntityIndex.Ref> organisation(LocalEntity person, Description d) {
    List<EntityIndex.Ref> groups = entities.within(d.evidence().span()).stream()
        .filter(r -> r.type() == EntityType.ORGANIZATION && !r.key().equals(person.key()))
        .toList();
    int at = roleAt(d);
    return groups.stream().filter(r -> r.span().end() <= at).max(Comparator.comparingInt(r -> r.span().end()))
        .or(() -> groups.stream().filter(r -> r.span().start() >= at).min(Comparator.comparingInt(r -> r.span().start())))
        .or(() -> groups.stream().findFirst());
  }

  /** Where in the document the description's role word stands (the evidence's start if it cannot be found). */
  private int roleAt(Description d) {
    Span span = d.evidence().span();
    String evidence = span.of(doc.text()).toLowerCase(Locale.ROOT);
    return roleWord(d).map(w -> java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(w) + "\\b")
        .matcher(evidence)).filter(java.util.regex.Matcher::find).map(m -> span.start() + m.start())
        .orElse(span.start());
  }

  private static boolean hedged(Description d) {
    String t = d.text().toLowerCase(Locale.ROOT);
    return t.contains("suspected") || t.contains("alleged") || t.contains("reported");
  }
}
