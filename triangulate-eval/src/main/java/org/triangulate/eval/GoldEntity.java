package org.triangulate.eval;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A named entity the document mentions.
 *
 * @param type PERSON, ORGANIZATION, LOCATION or FACILITY
 * @param name the fullest name in the document
 * @param aliases the other names the document gives it
 * @param descriptions short roles ("spokesman", "founder")
 * @param optional neither rewarded nor penalised: matched, it is ignored; missed, it is no error
 */
public record GoldEntity(
    String type, String name, List<String> aliases, List<String> descriptions, boolean optional) {

  public GoldEntity {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(name, "name");
    aliases = List.copyOf(aliases);
    descriptions = List.copyOf(descriptions);
  }

  /** The keys of the name and every alias. */
  public Set<String> keys() {
    Set<String> keys = new LinkedHashSet<>();
    keys.add(NameKeys.key(name));
    aliases.forEach(a -> keys.add(NameKeys.key(a)));
    return keys;
  }
}
