package org.triangulate.graph.resolve;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.triangulate.model.EntityType;

/**
 * The context keys of the entities of one document: what else the document names beside each
 * entity, and what its descriptions say it belongs to. Keys are prefixed by kind: {@code org:}
 * (co-mentioned organisations by knowledge-base id, name and alias, and affiliations named in a
 * description), {@code per:} (co-mentioned people with full names), {@code loc:} and {@code fac:}
 * (places and facilities), {@code desc:} (descriptions of two words or more). Stateless.
 */
public final class Contexts {
  /** Runs of capitalised words (and acronyms) in a description: "Haqqani Network", "NDS". */
  private static final Pattern PROPER = Pattern.compile(
      "\\p{Lu}[\\p{L}'’-]*(?:\\s+(?:of\\s+the\\s+|of\\s+)?\\p{Lu}[\\p{L}'’-]*)*");

  private Contexts() {}

  /** The same records, each with the context keys its document gives it. */
  public static List<EntityRecord> withContext(List<EntityRecord> document) {
    List<Set<String>> own = new ArrayList<>();
    for (EntityRecord r : document) {
      own.add(identity(r));
    }
    List<EntityRecord> out = new ArrayList<>(document.size());
    for (int i = 0; i < document.size(); i++) {
      EntityRecord r = document.get(i);
      Set<String> keys = new LinkedHashSet<>();
      for (int j = 0; j < document.size(); j++) {
        if (j != i) {
          keys.addAll(own.get(j));
        }
      }
      keys.addAll(described(r));
      out.add(new EntityRecord(r.id(), r.document(), r.ordinal(), r.published(), r.key(), r.type(), r.name(),
          r.aliases(), r.descriptions(), r.kb(), r.gazetteerId(), List.copyOf(keys), r.previous()));
    }
    return out;
  }

  /** The keys by which other entities of the document know {@code r}. */
  static Set<String> identity(EntityRecord r) {
    Set<String> keys = new LinkedHashSet<>();
    String prefix = switch (r.type()) {
      case PERSON -> "per:";
      case ORGANIZATION -> "org:";
      case LOCATION -> "loc:";
      case FACILITY -> "fac:";
    };
    if (r.kb() != null) {
      keys.add(prefix + "kb:" + r.kb());
    }
    if (r.gazetteerId() != null) {
      keys.add(prefix + "gaz:" + r.gazetteerId());
    }
    List<String> names = new ArrayList<>(r.aliases());
    names.add(0, r.name());
    for (String name : names) {
      List<String> tokens = NameKeys.tokens(name);
      if (r.type() == EntityType.PERSON) {
        if (tokens.size() >= 2 && !NameKeys.startsWithInitial(tokens)) {
          keys.add(prefix + NameKeys.skeletonOf(tokens));
        }
      } else if (!tokens.isEmpty()) {
        keys.add(prefix + NameKeys.loose(name));
      }
    }
    return keys;
  }

  /** Descriptions of two words or more, and the organisations they name. */
  static Set<String> described(EntityRecord r) {
    Set<String> keys = new LinkedHashSet<>();
    for (String d : r.descriptions()) {
      List<String> words = NameKeys.tokens(d);
      if (words.size() >= 2) {
        keys.add("desc:" + NameKeys.looseOf(words));
      }
      Matcher m = PROPER.matcher(d);
      while (m.find()) {
        String org = NameKeys.loose(m.group());
        if (!org.isEmpty() && !NameKeys.isHonorific(m.group())) {
          keys.add("org:" + org);
        }
      }
    }
    return keys;
  }

  /** Whether a context key is evidence enough to join two people of one common name. */
  static boolean links(String contextKey) {
    return contextKey.startsWith("org:") || contextKey.startsWith("per:")
        || contextKey.startsWith("desc:");
  }
}
