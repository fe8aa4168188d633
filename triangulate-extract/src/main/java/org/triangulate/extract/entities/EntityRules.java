package org.triangulate.extract.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.triangulate.extract.kb.KbMatch;
import org.triangulate.extract.kb.KnowledgeBase;
import org.triangulate.extract.nlp.Analysis;
import org.triangulate.model.Document;
import org.triangulate.model.Section;
import org.triangulate.model.EntityType;
import org.triangulate.model.LocalEntity;

/**
 * Entities within one document, from the analysis of its text: names are found
 * ({@link CandidateFinder}), linked by the aliases the text states ({@link AliasRules}), grouped
 * by knowledge-base id, name, acronym and short name ({@link Grouping}), completed by looking for
 * every further occurrence of each name, and described by their roles ({@link RoleRules}).
 *
 * <p>Thread-safety: immutable after construction; safe to share.
 */
public final class EntityRules {
  private final KnowledgeBase kb;
  private final PlaceNames places;
  private final WordList honorifics = WordList.load("honorifics.txt");
  private final WordList facilities = WordList.load("facilities.txt");
  private final WordList roles = WordList.load("roles.txt");

  /**
   * {@code places} tells whether a name is a province's, a country's or a town's (the gazetteer's
   * knowledge; see {@link CandidateFinder}).
   */
  public EntityRules(KnowledgeBase kb, PlaceNames places) {
    this.kb = kb;
    this.places = places;
  }

  /**
   * The document's entities, in order of first mention; {@code known} are the knowledge base's
   * matches in its text ({@link KnowledgeBase#scan}), scanned once by the caller.
   */
  public List<LocalEntity> entities(Document doc, Analysis analysis, List<KbMatch> known) {
    Tokens tokens = new Tokens(analysis);
    String text = doc.text();
    CandidateFinder finder = new CandidateFinder(honorifics, facilities, roles, places);
    Grouping g = new Grouping(finder.find(analysis, tokens, known));
    for (AliasLink link : new AliasRules().find(text)) {
      g.addAlias(link, text, honorifics);
    }
    g.resolveCompoundModifiers(text);
    g.groupByName();
    g.foldShortNames(bodyStart(doc));
    g.linkAcronyms();
    g.propagate(text);
    return build(doc, g, tokens);
  }

  /** Where the text after the title begins (0 when there is no title part). */
  private static int bodyStart(Document doc) {
    return doc.parts().stream().filter(p -> p.section() == Section.TITLE).mapToInt(p -> p.span().end()).max().orElse(0);
  }

  private List<LocalEntity> build(Document doc, Grouping g, Tokens tokens) {
    RoleRules roleRules = new RoleRules(roles, honorifics);
    Map<Integer, EntityBuilder> byRoot = new LinkedHashMap<>();
    List<Candidate> all = g.candidates();
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparing(i -> all.get(i).span()));
    for (int i : order) {
      Candidate c = all.get(i);
      EntityBuilder b = byRoot.computeIfAbsent(g.root(i), r -> new EntityBuilder(doc));
      b.add(c, g.aliasEvidence(i));
      if (c.type() == EntityType.PERSON) {
        roleRules.rolesOf(c, doc.text(), tokens).forEach(b::describe);
      }
    }
    List<LocalEntity> out = new ArrayList<>();
    for (EntityBuilder b : byRoot.values()) {
      b.build("e" + (out.size() + 1), this::kbName).ifPresent(out::add);
    }
    return out;
  }

  private Optional<String> kbName(String id) {
    return kb.find(id).map(group -> group.name());
  }
}
