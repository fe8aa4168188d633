package org.triangulate.extract.kb;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.triangulate.model.EntityType;

/**
 * One record of the knowledge base: an armed group (or, rarely, a person the sources list as an
 * entity) with every name it is matched by.
 *
 * @param id stable id: lower-case letters and digits joined by '-', e.g. {@code isis-k}
 * @param name canonical name for display
 * @param type {@link EntityType#ORGANIZATION} or {@link EntityType#PERSON}
 * @param active years the group existed under this record, {@link Years#UNKNOWN} if not known
 * @param synonyms names matched case-insensitively (usually including {@code name})
 * @param acronyms forms matched case-sensitively as whole tokens
 * @param relations relations to other groups of the same knowledge base
 * @param formerNames earlier names of the same group, matched case-insensitively
 * @param source where the facts come from: {@code misp <entry id>}, {@code general} or a user
 *     file's own note
 */
public record Group(
    String id,
    String name,
    EntityType type,
    Years active,
    List<String> synonyms,
    List<String> acronyms,
    List<Relation> relations,
    List<FormerName> formerNames,
    String source) {
  private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

  public Group {
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "id must be lower-case letters and digits joined by '-': " + id);
    }
    if (name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank: id=" + id);
    }
    synonyms = List.copyOf(synonyms);
    acronyms = List.copyOf(acronyms);
    relations = List.copyOf(relations);
    formerNames = List.copyOf(formerNames);
  }

  /** The ids this group points to by relations of {@code type}, in file order. */
  public List<String> targets(String type) {
    return relations.stream().filter(r -> r.type().equals(type)).map(Relation::target).toList();
  }

  /** The group this one is a branch of, if any. */
  public Optional<String> parent() {
    return targets(Relation.BRANCH_OF).stream().findFirst();
  }

  /** Whether this group has a relation of {@code type} to {@code target}. */
  public boolean has(String type, String target) {
    return relations.contains(new Relation(type, target));
  }
}
